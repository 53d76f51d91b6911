// The reasons behind an urgency in plain words, English and Spanish, for priorityWhy.
import type { Urgency } from '../mention.ts';
import type { UrgencyReason } from './urgency.ts';

export interface Words {
  en: string;
  es: string;
}

export const REASON_WORDS: Record<UrgencyReason, Words> = {
  safety: { en: 'a safety risk', es: 'un riesgo para la seguridad' },
  legal: { en: 'a legal or regulator threat', es: 'una amenaza legal o una reclamación oficial' },
  stranded: { en: 'a customer stranded', es: 'un cliente varado' },
  money: { en: 'money taken wrongly (charged twice, fraud)', es: 'dinero cobrado por error (cobro doble, fraude)' },
  security: { en: 'account security, phishing or identity theft', es: 'seguridad de la cuenta, phishing o suplantación' },
  'churn-risk': { en: 'a customer at churn risk (3+ bad experiences)', es: 'un cliente en riesgo de baja (3 o más malas experiencias)' },
  churn: { en: 'threatens to leave', es: 'amenaza con irse' },
  viral: { en: 'spreading fast', es: 'se está difundiendo' },
  blocked: { en: 'cannot use the service or reach their money', es: 'no puede usar el servicio ni acceder a su dinero' },
  outage: { en: 'the service is down for them', es: 'el servicio no le funciona' },
  waiting: { en: 'still waiting, nobody answers', es: 'sigue esperando, nadie responde' },
  broken: { en: 'something does not work', es: 'algo no funciona' },
  delay: { en: 'a delay or a cancellation', es: 'un retraso o una cancelación' },
  mismatch: { en: 'not what was promised (wrong, damaged, smaller)', es: 'no es lo prometido (equivocado, dañado, más pequeño)' },
  fee: { en: 'an unexpected charge or fee', es: 'un cobro o una comisión inesperados' },
  slow: { en: 'slowness or queues', es: 'lentitud o colas' },
  discomfort: { en: 'discomfort (cold, dirty, cramped, rude)', es: 'incomodidad (frío, suciedad, poco espacio, malos modos)' },
  'switched-to-brand': { en: 'a new customer who switched to the brand', es: 'un cliente nuevo que se ha cambiado a la marca' },
  competitor: { en: 'about a competitor, not us', es: 'sobre un competidor, no sobre nosotros' },
  question: { en: 'asks a question', es: 'hace una pregunta' },
  complaint: { en: 'a complaint', es: 'una queja' },
  'low-rating': { en: 'a low rating', es: 'una valoración baja' },
  praise: { en: 'praise or thanks', es: 'un elogio o un agradecimiento' },
  nothing: { en: 'no question or problem', es: 'sin pregunta ni problema' },
  joke: { en: 'a joke', es: 'una broma' },
  resolved: { en: 'already resolved', es: 'ya resuelto' },
  news: { en: 'a news article', es: 'una noticia' },
  'press-release': { en: 'a press release', es: 'una nota de prensa' },
  'job-ad': { en: 'a job ad', es: 'una oferta de empleo' },
};

export const URGENCY_WORDS: Record<Urgency, Words> = {
  now: { en: 'Needs a person now', es: 'Requiere atención ya' },
  soon: { en: 'Worth a reply within 48 h', es: 'Merece respuesta en 48 h' },
  none: { en: 'Nothing to answer', es: 'Nada que responder' },
};

/** "Needs a person now: money taken wrongly (“cobrado dos veces”)". */
export function urgencyWords(urgency: Urgency, reason: UrgencyReason, cue?: string): Words {
  const head = URGENCY_WORDS[urgency];
  const what = REASON_WORDS[reason];
  const detail = cue ? ` (${cue})` : '';
  return { en: `${head.en}: ${what.en}${detail}`, es: `${head.es}: ${what.es}${detail}` };
}
