// A spike: an outage in one city, and the burst of complaints it sets off in a few minutes. Most are about a
// slow or flaky line (worth a reply soon), some say they have no service at all (a person should answer
// now). Every template reads as negative to the enrichment (spike-templates.test.ts), so the burst is what
// the spike detector counts.

export interface SpikeTemplates {
  /** Where the outage is (one per burst). */
  cities: readonly string[];
  /** `{city}` is the burst's city; the rest are slots. */
  posts: readonly string[];
  slots: Readonly<Record<string, readonly string[]>>;
}

export const SPIKE: Readonly<Record<'en' | 'es', SpikeTemplates>> = {
  es: {
    cities: ['Valencia', 'Sevilla', 'Zaragoza', 'Málaga'],
    posts: [
      'Lumora va fatal esta tarde en {city}, las páginas no cargan. {tail}',
      'Qué desastre lo de Lumora hoy en {city}: la fibra va a pedales. {tail}',
      'La Lumora Box con la luz roja otra vez en {city}. Horrible. {tail}',
      'Sin internet en {city} desde hace {mins} minutos. Lumora, ¿qué pasa? {tail}',
      'Lumora caída en {city}, ni fibra ni móvil. Vaya servicio. {tail}',
      'Videollamada cortada tres veces por la fibra de Lumora en {city}. Fatal. {tail}',
    ],
    slots: {
      tail: ['#Lumora', '¿A alguien más le pasa?', 'Qué mal.', '', 'Otra vez.'],
      mins: ['veinte', 'treinta', 'cuarenta'],
    },
  },
  en: {
    cities: ['Manchester', 'Leeds', 'Bristol'],
    posts: [
      'Lumora is awful in {city} this evening, pages just hang. {tail}',
      'What a mess, Lumora fibre in {city} is crawling tonight. {tail}',
      'Lumora Box on red again in {city}. Terrible. {tail}',
      'No internet in {city} for {mins} minutes now. Lumora, what is going on? {tail}',
      'Lumora down in {city}, no broadband and no mobile data. Terrible service. {tail}',
      'Video call dropped three times on Lumora fibre in {city}. Awful. {tail}',
    ],
    slots: {
      tail: ['#Lumora', 'Anyone else?', 'Not good.', '', 'Again.'],
      mins: ['twenty', 'thirty', 'forty'],
    },
  },
};
