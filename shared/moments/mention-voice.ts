// Whose voice a mention is: a customer's (or a would-be customer's), or a newsroom's, a press office's or a
// recruiter's. Only a customer's voice has a moment of truth, a journey stage and something to answer.
import type { MentionKind } from '../mention.ts';
import { findPhrases, indexPhrases, type PhraseIndex } from './cue.ts';

/** Who is speaking, as far as triage is concerned. */
export type MentionVoice = 'customer' | 'news' | 'press-release' | 'job-ad';

export interface VoiceInput {
  /** The text as written (accents matter for Spanish verb forms). */
  text: string;
  title?: string;
  /** The folded words of title and text (toCueWords). */
  words: readonly string[];
  kind?: MentionKind;
  platform?: string;
}

export interface VoiceDecision {
  voice: MentionVoice;
  /** Why, e.g. `job ad: "we're hiring", "apply via"`. */
  why: string;
}

type Signal = 'job' | 'press' | 'report';
interface SignalGroup {
  signal: Signal;
  weight: number;
  phrases: readonly string[];
}

const GROUPS: readonly SignalGroup[] = [
  { signal: 'job', weight: 2, phrases: ["we're hiring", 'we are hiring', 'is hiring', 'now hiring', 'hiring now', 'job opening', 'job openings', 'job offer', 'open position', 'open role', 'join our team', 'apply now', 'apply via', 'apply here', 'apply before', 'apply at', 'apply today', 'send your cv', 'send your resume', "we're looking for", 'we are looking for', 'estamos contratando', 'oferta de empleo', 'ofertas de empleo', 'oferta de trabajo', 'ofertas de trabajo', 'unete a nuestro equipo', 'se busca', 'vacante', 'vacantes', 'vacancy', 'vacancies', 'incorporacion inmediata', 'inscribete', 'envia tu cv', 'envia tu curriculum', 'manda tu cv', 'web de empleo', 'portal de empleo', 'trabaja con nosotros', 'careers page', 'buscamos'] },
  { signal: 'job', weight: 1, phrases: ['hiring', 'busca', 'requisitos', 'requirements', 'salary', 'salario', 'sueldo', 'full time', 'part time', 'jornada completa', 'media jornada', 'hybrid', 'hibrido', 'years of experience', 'anos de experiencia', 'benefits package', 'candidates', 'candidatos', 'candidatas'] },
  { signal: 'press', weight: 2, phrases: ['today announced', 'announced today', 'anuncia hoy', 'ha anunciado hoy', 'is pleased to announce', 'are pleased to announce', 'is proud to announce', 'is delighted to announce', 'is excited to announce', 'se complace en anunciar', 'tiene el placer de anunciar', 'press release', 'nota de prensa', 'comunicado de prensa', 'media enquiries', 'media inquiries', 'media contact', 'press contact', 'contacto de prensa', 'contacto para medios', 'prnewswire', 'business wire', 'globe newswire'] },
  { signal: 'press', weight: 1, phrases: ['announces', 'anuncia', 'lanza', 'launches', 'unveils', 'introduces', 'presenta', 'ceo', 'consejero delegado', 'consejera delegada', 'director general', 'directora general', 'ha declarado', 'founded in', 'fundada en', 'fundado en', 'headquartered', 'con sede en', 'partnership', 'alianza', 'for more information', 'para mas informacion'] },
  { signal: 'report', weight: 1, phrases: ['said', 'says', 'according to', 'reported', 'reports', 'in a statement', 'segun', 'informo', 'ha informado', 'declaro', 'afirmo', 'spokesperson', 'spokesman', 'spokeswoman', 'portavoz', 'the airline', 'la aerolinea', 'the carrier', 'the bank', 'la entidad', 'the company', 'la compania', 'la empresa', 'the firm', 'el neobanco', 'the operator', 'la operadora', 'thousands of', 'miles de', 'cientos de', 'hundreds of', 'revenue', 'shares up', 'shares down', 'shares fell', 'shares rose', 'quarterly', 'profit', 'beneficios', 'ingresos', 'facturacion', 'cotizacion', 'en bolsa'] },
];

/** Where news is published: every item there is an article by a newsroom. */
const NEWS_PLATFORMS = new Set(['google-news', 'google-alerts', 'news', 'bing-news', 'yahoo-news']);

const FIRST_PERSON = new Set([
  'i', "i'm", 'im', "i've", 'ive', "i'd", "i'll", 'me', 'my', 'mine', 'myself',
  'yo', 'mi', 'mis', 'conmigo', 'mio', 'mia', 'tengo', 'estoy', 'llevo', 'quiero', 'necesito', 'puedo', 'voy',
  'soy', 'hice', 'pedi', 'fui', 'creo', 'pienso', 'entiendo', 'recibi', 'escribi', 'perdi', 'intento', 'sigo',
  'acabo', 'quise', 'queria', 'tuve', 'estuve', 'pude', 'vine', 'vi', 'dije', 'puse', 'hablo', 'escribo',
]);
// Spanish drops the pronoun: a first-person preterite ("llamé", "pagué", "contraté") still says who speaks.
const FIRST_PERSON_PRETERITE = /(?<!\p{L})\p{L}{2,}é(?!\p{L})/u;
/** Words ending in "é" that are no first-person verb. */
const NOT_PRETERITE = /(?<!\p{L})(?:qu|porqu|caf|beb|jos|pur|comit|clich|merc|andr)é(?!\p{L})/giu;
/** "Headline - Outlet" or "Headline | Outlet": how news aggregators title an article. */
const OUTLET_SUFFIX = /\s[-–—|]\s[^-–—|]{2,60}$/;
/** "MADRID, Nov. 30 —" or "Madrid, 2 de diciembre de 2026." opening a text: a press dateline. */
const DATELINE = /^\s*\p{Lu}[\p{L} .]{2,30},\s+(?:\d{1,2}\s+de\s+\p{L}+|\p{Lu}\p{L}{2,8}\.?\s+\d{1,2})/u;

const MAY_HAVE_E_ACUTE = /[\u00e9\u0301\u0341]/;

let index: PhraseIndex<SignalGroup> | undefined;

/** True when the author speaks as "I" (or with a Spanish first-person verb). */
export function speaksAsSelf(text: string, words: readonly string[]): boolean {
  if (words.some((w) => FIRST_PERSON.has(w))) return true;
  // Only "é" (or "e" with a combining acute, U+0301 or its twin U+0341) becomes "é" in NFC: without any,
  // no preterite can match, and the copy normalize() and replace() make of every text is spared.
  if (!MAY_HAVE_E_ACUTE.test(text)) return false;
  return FIRST_PERSON_PRETERITE.test(text.normalize('NFC').replace(NOT_PRETERITE, ' '));
}

/** The first three cues of a signal, for `why`. */
const firstCues = (cues: readonly string[]) => cues.slice(0, 3).join(', ');

/** Decide whose voice a mention is. */
export function voiceOf(input: VoiceInput): VoiceDecision {
  index ??= indexPhrases(GROUPS.map((group) => ({ tag: group, phrases: group.phrases })));
  const score: Record<Signal, number> = { job: 0, press: 0, report: 0 };
  const cues: Record<Signal, string[]> = { job: [], press: [], report: [] };
  for (const { tag, text } of findPhrases(index, input.words)) {
    score[tag.signal] += tag.weight;
    cues[tag.signal].push(`"${text}"`);
  }
  if (input.platform === 'linkedin') score.job += 1;
  if (DATELINE.test(input.text)) (score.press += 2), cues.press.push('a dateline');
  const self = speaksAsSelf(`${input.title ?? ''}\n${input.text}`, input.words);

  if (input.kind === 'review') return { voice: 'customer', why: 'a review' };
  if (score.job >= 3) return { voice: 'job-ad', why: `job ad: ${firstCues(cues.job) || 'posted on LinkedIn'}` };
  if (score.press >= 3 && !self) return { voice: 'press-release', why: `press release: ${firstCues(cues.press)}` };
  if (input.platform && NEWS_PLATFORMS.has(input.platform)) return { voice: 'news', why: `news: published on ${input.platform}` };
  // Without a title, a one-line text may be the headline itself ("Acme to cut 200 jobs - Daily Herald").
  const headline = OUTLET_SUFFIX.test(input.title ?? (input.text.includes('\n') || input.text.length > 200 ? '' : input.text.trim()));
  if (headline && !self) return { voice: 'news', why: 'news: a headline with its outlet' };
  // Any RSS item is an "article"; only one that also reads like reporting is news.
  if (input.kind === 'article' && !self && score.report >= 1) return { voice: 'news', why: `news: an article in reported speech (${firstCues(cues.report)})` };
  if (!self && score.report >= 3 && !input.words.includes('?')) return { voice: 'news', why: `news: reported speech (${firstCues(cues.report)})` };
  return { voice: 'customer', why: self ? 'written as "I"' : 'no sign of news, press or a job ad' };
}
