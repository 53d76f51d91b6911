// What a touchpoint is about, from its summary: keyword stems plus journey-type concepts, in Spanish and English.
import { foldText } from '../text-fold.ts';

/** Stems are the first five letters of a folded word, so "técnico"/"técnicos" and "instalación"/"installation" meet. */
const STEM_LENGTH = 5;

/**
 * Words that say nothing about the need: function words, and the words of the channel itself ("llamada",
 * "chat", "ticket") — two calls about different problems must not look alike because both were calls.
 */
const STOPWORDS = new Set(
  (
    'que los las del por con para una uno unos unas como mas pero sus ese esa esto esta este estos estas ' +
    'han hay muy sin sobre tras entre cuando donde desde hasta porque tambien otra otro otras otros ' +
    'ser sido esta estan tiene tengo tiene fue era son nos les lo le se me mi mis su al el la de en y o a ' +
    'todo toda todos nada nadie cada vez veces dia dias hoy ayer manana dice dijo pide cliente clienta ' +
    'llama llamo llamada llamadas chat correo email mail ticket tienda visita mensaje agente soporte ' +
    'the and for with that this from was were are has have had not but you your our they them their ' +
    'she her his him its who what when where why how again still into about after before been being ' +
    'customer client agent support call calls called calling phoned email emailed chat ticket store ' +
    'visit visited message said says asked asks would could should will can did does done get got ' +
    'problema problem issue help ayuda consulta question pregunta favor please gracias thanks hola hello ' +
    'today tomorrow yesterday now ahora sigue still'
  ).split(/\s+/),
);

/**
 * Journey types: a concept per common customer need. A word belongs to a type when it starts with one
 * of the type's prefixes (folded; a trailing `$` asks for the whole word, so "plan$" leaves "planificación"
 * alone). The first type with the most hits names a journey; none → `other`.
 */
export const JOURNEY_TYPES = [
  { type: 'installation', prefixes: ['instal', 'tecnic', 'technic', 'engineer', 'cita', 'appointm', 'traslad', 'alta', 'activa', 'activat', 'setup'] },
  { type: 'fault', prefixes: ['averi', 'fallo', 'falla', 'corte', 'caida', 'conex', 'connect', 'drop', 'outage', 'router', 'wifi', 'senal', 'señal', 'signal', 'lent', 'slow', 'speed', 'velocid', 'internet', 'broken', 'splitter', 'funcion', 'datos', 'cobertura', 'coverage'] },
  { type: 'billing', prefixes: ['factur', 'cobr', 'cargo', 'bill', 'charg', 'refund', 'reembols', 'devoluc', 'pago', 'paym', 'invoice', 'recibo', 'permanenc', 'precio', 'price', 'cuota'] },
  { type: 'cancellation', prefixes: ['baja', 'cancel', 'saliente', 'leave', 'leaving', 'competid', 'retenc', 'retention', 'churn'] },
  { type: 'delivery', prefixes: ['envio', 'entreg', 'pedido', 'paquet', 'deliver', 'parcel', 'shipp', 'courier', 'arriv'] },
  { type: 'purchase', prefixes: ['contrat', 'compra', 'oferta', 'tarifa', 'plan$', 'planes$', 'upgrad', 'buy', 'order', 'offer', 'tariff', 'sim$'] },
] as const;

export type JourneyType = (typeof JOURNEY_TYPES)[number]['type'] | 'other';

/** Folded words of at least three letters that are not stopwords (digits, symbols and hyphens split words). */
export function topicWords(text: string | undefined, ignore: ReadonlySet<string> = new Set()): string[] {
  if (!text) return [];
  return (foldText(text).match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w) && !ignore.has(w));
}

/** Plural "s" dropped (drops → drop, técnicos → tecnico), then the first five letters. */
export const stemOf = (word: string): string => (word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word).slice(0, STEM_LENGTH);

/** Words whose type is known (null: none): the prefixes are tried once per word, not once per use. */
const wordTypes = new Map<string, JourneyType | null>();
const MAX_WORD_TYPES = 50_000;

/** The journey type a word names, if any. */
export function typeOfWord(word: string): JourneyType | undefined {
  let type = wordTypes.get(word);
  if (type === undefined) {
    type = JOURNEY_TYPES.find((t) => t.prefixes.some((p) => (p.endsWith('$') ? word === p.slice(0, -1) : word.startsWith(p))))?.type ?? null;
    if (wordTypes.size >= MAX_WORD_TYPES) wordTypes.clear();
    wordTypes.set(word, type);
  }
  return type ?? undefined;
}

/**
 * A touchpoint's topic: the stems of its words plus `type:<journey type>` for each concept it names, so
 * "Technician did not come" and "Fibre installation appointment" share `type:installation`.
 */
export function topicSignature(words: readonly string[]): Set<string> {
  const signature = new Set<string>();
  for (const word of words) {
    signature.add(stemOf(word));
    const type = typeOfWord(word);
    if (type) signature.add(`type:${type}`);
  }
  return signature;
}

/** Overlap coefficient |A∩B| / min(|A|,|B|): 0 … 1, and 0 when either side says nothing. */
export function topicOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/** The type with the most words across the summaries (ties: the earlier type in `JOURNEY_TYPES`). */
export function journeyTypeOf(wordLists: readonly (readonly string[])[]): JourneyType {
  const counts = new Map<JourneyType, number>();
  for (const words of wordLists) {
    for (const word of words) {
      const type = typeOfWord(word);
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  let best: JourneyType = 'other';
  let bestCount = 0;
  for (const { type } of JOURNEY_TYPES) {
    const count = counts.get(type) ?? 0;
    if (count > bestCount) [best, bestCount] = [type, count];
  }
  return best;
}

/** The most frequent words (first spelling seen per stem), to label a journey for people. */
export function topKeywords(wordLists: readonly (readonly string[])[], limit = 3): string[] {
  const byStem = new Map<string, { word: string; count: number; first: number }>();
  let order = 0;
  for (const words of wordLists) {
    for (const word of words) {
      const entry = byStem.get(stemOf(word));
      if (entry) entry.count++;
      else byStem.set(stemOf(word), { word, count: 1, first: order++ });
    }
  }
  return [...byStem.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, limit)
    .map((e) => e.word);
}
