// Customer-experience mentions written for the CX vocabularies (cx-vocabulary-es.ts, cx-vocabulary-en.ts), each
// with the label a reader should give once those vocabularies are merged into the lexicon.
import type { ScoredLanguage } from '../natural-vocabulary.ts';

/** One written mention and the label it should read as. */
export interface CxExample {
  text: string;
  lang: ScoredLanguage;
  label: 'positive' | 'negative' | 'neutral';
}

const es = (text: string, label: CxExample['label']): CxExample => ({ text, lang: 'es', label });
const en = (text: string, label: CxExample['label']): CxExample => ({ text, lang: 'en', label });

export const CX_EXAMPLES: readonly CxExample[] = [
  // Telecom, billing, delivery, support, travel, product, churn and slang, in Spanish.
  es('Otra vez sin señal en todo el barrio, ya van tres días', 'negative'),
  es('Se cae el internet cada cinco minutos, así no se puede trabajar desde casa', 'negative'),
  es('Qué bajón, otra vez se cortan las llamadas', 'negative'),
  es('Qué poca madre, me cortaron el servicio estando al corriente con los pagos', 'negative'),
  es('No me dejan cancelar la suscripción y me siguen cobrando', 'negative'),
  es('Me cobraron de más en la factura de este mes y nadie me da solución', 'negative'),
  es('Doble cargo en mi tarjeta por una sola compra, ¿a alguien más le pasó?', 'negative'),
  es('Cobro indebido en mi cuenta y los del banco se lavan las manos', 'negative'),
  es('Perdí la confianza en este banco, cargos no reconocidos cada mes', 'negative'),
  es('Reembolso inmediato, en dos días tenía el dinero de vuelta en mi cuenta', 'positive'),
  es('Mi pedido nunca llegó y ya pasaron tres semanas', 'negative'),
  es('El paquete llegó roto y con la caja aplastada', 'negative'),
  es('Aparece como entregado pero aquí no llegó nada', 'negative'),
  es('Pedí una talla y me llegó otro producto, nada que ver con la foto', 'negative'),
  es('Llegó antes de lo esperado y tal cual la foto, gracias', 'positive'),
  es('El pedido llegó a tiempo, todo en orden', 'positive'),
  es('Me tuvieron en espera 40 minutos para al final colgarme', 'negative'),
  es('Me pasan de un área a otra y nadie se hace responsable', 'negative'),
  es('Horas en espera y después me dejaron en visto por WhatsApp', 'negative'),
  es('Ticket cerrado sin solución, como siempre', 'negative'),
  es('Por fin me resolvieron el problema, muy atentos en la sucursal', 'positive'),
  es('De poca madre la atención, problema solucionado en una sola llamada', 'positive'),
  es('Muy profesional el técnico, dejó la conexión funcionando en media hora', 'positive'),
  es('Habitación con olor a humedad y sin agua caliente', 'negative'),
  es('La comida fría y el mesero nos atendió de mala gana', 'negative'),
  es('Cancelaron mi vuelo sin avisar y en el hotel no respetaron la reserva', 'negative'),
  es('Atención de primera, el personal nos hizo sentir como en casa', 'positive'),
  es('Precio justo y porciones generosas, volveremos', 'positive'),
  es('Nos clavaron 80 euros por dos cafés y un bocadillo, un sablazo', 'negative'),
  es('La licuadora se descompuso al mes de uso', 'negative'),
  es('El cargador dejó de servir a la semana, plástico barato', 'negative'),
  es('La batería dura poco y el teléfono se sobrecalienta', 'negative'),
  es('Cumple su función y vale cada centavo', 'positive'),
  es('Me di de baja después de diez años, me voy con la competencia', 'negative'),
  es('Cliente de por vida, nunca me han fallado', 'positive'),
  es('Una chimba el servicio, el pedido llegó volando', 'positive'),
  es('Qué chafa la app, se cierra sola a cada rato', 'negative'),
  es('Está la raja el nuevo plan, el internet terrible bueno', 'positive'),
  es('Una chapuza de instalación, el técnico lo dejó todo a medias', 'negative'),
  es('El envío llegó a tiempo, pero el producto llegó roto', 'negative'),

  // The same ground in English.
  en('No signal at home again, third day in a row', 'negative'),
  en('Dropped calls all day, paying for this is a joke', 'negative'),
  en('Internet is down again and no one answers the phone', 'negative'),
  en('Price hike again with no warning, cancelling my plan', 'negative'),
  en('Great, another outage. Down for hours', 'negative'),
  en('Got double charged for one order and support keeps giving me the runaround', 'negative'),
  en('Overcharged again on my monthly bill', 'negative'),
  en('Unauthorized charges on my card and then the bank froze my account', 'negative'),
  en('Quick refund, the money was back in my account within two days', 'positive'),
  en('No hidden fees, transparent pricing, love it', 'positive'),
  en('My package never arrived and tracking hasn\'t updated in a week', 'negative'),
  en('Arrived broken and the box was crushed', 'negative'),
  en('Not as described, looks nothing like the photos', 'negative'),
  en('Arrived early and well packaged, thanks!', 'positive'),
  en('Fast shipping and it fits perfectly', 'positive'),
  en('Delivery was right on time and the driver was lovely', 'positive'),
  en('On hold for 45 minutes just to be transferred again', 'negative'),
  en('Ticket closed with no resolution, classic', 'negative'),
  en('Never heard back from support, they ghosted me after the first email', 'negative'),
  en('Stuck with canned responses, I just want to talk to a human', 'negative'),
  en('They went above and beyond and fixed my problem in one call', 'positive'),
  en('Resolved the problem in ten minutes, the agent was so patient with me', 'positive'),
  en('Hair in my food and the server did not care', 'negative'),
  en('Flight cancelled, then they lost my luggage', 'negative'),
  en('Overbooked flight, bumped from my seat and stranded overnight', 'negative'),
  en('Bed bugs in the room, we left at 2am', 'negative'),
  en('Top notch service, we felt right at home', 'positive'),
  en('Ice cold beer and the wings hit the spot', 'positive'),
  en('Won\'t be back, the manager refused to honor the quoted price', 'negative'),
  en('Stopped working after two weeks, cheap plastic', 'negative'),
  en('Keeps crashing every time I open it', 'negative'),
  en('Built like a tank, still works after five years', 'positive'),
  en('Exceeded my expectations, real bang for your buck', 'positive'),
  en('Game changer for our team, painless setup', 'positive'),
  en('Cancelled my subscription, switching to a provider that actually answers', 'negative'),
  en('Loyal customer for 8 years and they never let me down', 'positive'),
  en('Customer for life, these folks are first class', 'positive'),
  en('What a rip-off, hidden fees everywhere', 'negative'),
  en('Total scam, avoid at all costs', 'negative'),
  en('Fast delivery, but the item was a knockoff', 'negative'),
];
