// The phrases of a mention, for "top negative phrases": folded 1–3-word n-grams that neither start nor end
// on an English or Spanish stopword, never cross punctuation, a brand word, a number, a URL or a handle.
// The collector stores them for every mention (so the ranking against the other mentions is one SQL
// count, see rank-phrases.ts); the extension extracts them from the mentions it holds.
import type { Mention } from '../mention.ts';
import { foldText } from '../text-fold.ts';
import { STOPWORDS } from './stopwords.ts';

/** At most this many distinct phrases are kept per mention: long articles must not outweigh short posts. */
export const MAX_TERMS_PER_MENTION = 60;

/** How many phrases the statistics rank. */
export const TOP_TERMS = 20;

/** The longest phrase, in words. */
export const MAX_PHRASE_WORDS = 3;

const URLS_HANDLES_EMAILS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[@#][\p{L}\p{N}_.]+/gu;
/** Where a phrase must stop: sentence and clause punctuation, quotes, brackets, dashes, line breaks. */
const BREAKS = /[.,;:!?¡¿()[\]{}"“”«»|/\\…–—*+=<>~^\n\r\t]+|\s-\s/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Short words that may join two content words inside a three-word phrase ("waste of money", "cobro de más"). */
const JOINERS = new Set(['of', 'de', 'del', 'for', 'para', 'con', 'with', 'sin', 'without', 'en', 'in', 'on', 'to', 'al', 'the', 'el', 'la', 'las', 'los', 'a', 'y', 'and']);
/**
 * Words that say who or how, not what: pronouns and fillers that natural's lists lack, which top every
 * chart otherwise ("anyone else?", "alguien sabe").
 */
const FILLERS = new Set(
  ('anyone anybody anything someone somebody something everyone everybody everything nobody nothing else ' +
    'please thanks thank guys hey lol omg yes okay ok sure actually literally probably maybe seems seem know think ' +
    'want need says say told tell asked ask trying try tried still another always lot lots ' +
    'alguien algun alguna algunos nadie nada todo gracias hola favor porfa igual tambien tampoco creo parece saber sabe ' +
    'dicen dijeron quiero quiere necesito intentar intentado sigue seguir ' +
    'hour hours minute minutes weeks month months year years hora horas minuto minutos dia dias semana semanas mes meses ano anos').split(' '),
);

/** Negations may open a phrase of two or three words: "no refund", "sin conexión", "never arrived". */
const NEGATIONS = new Set(['no', 'not', 'never', 'without', 'sin', 'nunca', 'cannot', 'cant']);

type Token = { word: string; content: boolean } | undefined;

/** What a written word is, whoever wrote it: its form without apostrophes, and whether it is a stopword or holds a digit. */
interface WordKind {
  word: string;
  stop: boolean;
  numeric: boolean;
}

/**
 * Words judged so far. The store extracts phrases from every mention it stores, and the same few thousand
 * words make up most posts; cleared when full, so it stays small.
 */
const wordKinds = new Map<string, WordKind>();
const WORD_KINDS_MAX = 50_000;

function kindOf(raw: string): WordKind {
  let kind = wordKinds.get(raw);
  if (!kind) {
    const word = raw.replace(/['’]/g, '');
    kind = { word, numeric: /\p{N}/u.test(word), stop: word.length < 3 || STOPWORDS.has(word) || FILLERS.has(word) };
    if (wordKinds.size >= WORD_KINDS_MAX) wordKinds.clear();
    wordKinds.set(raw, kind);
  }
  return kind;
}

/** A word's part in a phrase: content, a stopword (may only join), or undefined (a boundary). */
function tokenOf(raw: string, brandWords: ReadonlySet<string>): Token {
  const { word, numeric, stop } = kindOf(raw);
  if (numeric || brandWords.has(word)) return undefined;
  return { word, content: !stop };
}

/** The folded words of a mention's brands and their terms (a store holds mentions of a few brands: kept per brand). */
const brandWordSets = new Map<string, ReadonlySet<string>>();

function brandWordsOf(matches: Mention['matches']): ReadonlySet<string> {
  const key = matches.map((m) => [m.brand, ...m.terms].join('\u0001')).join('\u0002');
  let words = brandWordSets.get(key);
  if (!words) {
    words = new Set(matches.flatMap((m) => [m.brand, ...m.terms]).flatMap((w) => foldText(w).match(/[\p{L}\p{N}]+/gu) ?? []));
    if (brandWordSets.size >= 256) brandWordSets.clear();
    brandWordSets.set(key, words);
  }
  return words;
}

/** Whether URLS_HANDLES_EMAILS can match at all: each of its forms needs one of these (most posts hold none). */
const mayHoldLinks = (text: string): boolean => text.includes('@') || text.includes('#') || text.includes('://') || text.includes('www.');

/** Distinct phrases of a mention's title and text, in order of first appearance (unigrams, then longer). */
export function mentionTerms(mention: Pick<Mention, 'title' | 'text' | 'matches'>): string[] {
  return phrasesOfFolded(foldTitleAndText(mention), mention.matches);
}

/** The title and text as mentionTerms reads them: joined by a line break, folded. */
export const foldTitleAndText = (mention: Pick<Mention, 'title' | 'text'>): string => foldText([mention.title, mention.text].filter(Boolean).join('\n'));

/** mentionTerms of a mention whose title and text are already folded (foldTitleAndText): the store folds them once for this and its search text. */
export function phrasesOfFolded(folded: string, matches: Mention['matches']): string[] {
  const brandWords = brandWordsOf(matches);
  const text = mayHoldLinks(folded) ? folded.replace(URLS_HANDLES_EMAILS, ' ') : folded;
  const segments = text.split(BREAKS).map((segment) => (segment.match(WORD) ?? []).map((raw) => tokenOf(raw, brandWords)));
  const phrases = new Set<string>();
  // Unigrams first, so the cap keeps what a word count kept before longer phrases. A phrase opens on a
  // content word (or a negation, when longer) and closes on one; inside it only joiners may be stopwords
  // ("cobro de más" yes, "router that" no); no word twice ("router router" is one word said twice).
  const opens = (t: { word: string; content: boolean }) => t.content || NEGATIONS.has(t.word);
  for (const tokens of segments) {
    for (const t of tokens) if (t?.content && phrases.add(t.word).size >= MAX_TERMS_PER_MENTION) return [...phrases];
  }
  for (const tokens of segments) {
    for (let i = 0; i + 2 <= tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || !b.content || !opens(a) || a.word === b.word) continue;
      if (phrases.add(`${a.word} ${b.word}`).size >= MAX_TERMS_PER_MENTION) return [...phrases];
    }
  }
  for (const tokens of segments) {
    for (let i = 0; i + 3 <= tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      const c = tokens[i + 2];
      if (!a || !b || !c || !c.content || !opens(a) || !(b.content || JOINERS.has(b.word))) continue;
      if (a.word === b.word || a.word === c.word || b.word === c.word) continue;
      if (phrases.add(`${a.word} ${b.word} ${c.word}`).size >= MAX_TERMS_PER_MENTION) return [...phrases];
    }
  }
  return [...phrases];
}
