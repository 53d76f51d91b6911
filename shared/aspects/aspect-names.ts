// What each shipped aspect is called in English and Spanish: the extension's chips and panels and the
// collector's reports all read these names. A brand's own aspect ids have none: they are shown as the
// config spells them.
import type { ShippedAspect } from './aspect-ids.ts';

export const ASPECT_NAMES: Record<ShippedAspect, { en: string; es: string }> = {
  price: { en: 'Price', es: 'Precio' },
  billing: { en: 'Billing', es: 'Facturación' },
  refund: { en: 'Refund', es: 'Reembolso' },
  delivery: { en: 'Delivery', es: 'Entrega' },
  product: { en: 'Product', es: 'Producto' },
  // Speed, signal and coverage are read here too ("great fibre speed" is praise of it), so not "outage" alone.
  'service-outage': { en: 'Connection & outages', es: 'Conexión y caídas' },
  support: { en: 'Support', es: 'Soporte' },
  staff: { en: 'Staff', es: 'Personal' },
  'app-website': { en: 'App / website', es: 'App / web' },
  booking: { en: 'Booking', es: 'Reserva' },
  delay: { en: 'Delay', es: 'Retraso' },
  baggage: { en: 'Baggage', es: 'Equipaje' },
  returns: { en: 'Returns', es: 'Devoluciones' },
  installation: { en: 'Installation', es: 'Instalación' },
  other: { en: 'Other', es: 'Otro' },
};

/** The name of `aspect` in `lang`; a brand's own id as it is. */
export const aspectName = (aspect: string, lang: 'en' | 'es'): string => (ASPECT_NAMES as Record<string, { en: string; es: string } | undefined>)[aspect]?.[lang] ?? aspect;
