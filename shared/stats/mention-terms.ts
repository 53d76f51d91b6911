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

/** A word's part in a phrase: content, a stopword (may only join), or undefined (a boundary). */
function tokenOf(raw: string, brandWords: ReadonlySet<string>): Token {
  const word = raw.replace(/['’]/g, '');
  if (/\p{N}/u.test(word) || brandWords.has(word)) return undefined;
  const stop = word.length < 3 || STOPWORDS.has(word) || FILLERS.has(word);
  return { word, content: !stop };
}

/** Distinct phrases of a mention's title and text, in order of first appearance (unigrams, then longer). */
export function mentionTerms(mention: Pick<Mention, 'title' | 'text' | 'matches'>): string[] {
  const brandWords = new Set(
    mention.matches.flatMap((m) => [m.brand, ...m.terms]).flatMap((w) => foldText(w).match(/[\p{L}\p{N}]+/gu) ?? []),
  );
  const text = foldText([mention.title, mention.text].filter(Boolean).join('\n')).replace(URLS_HANDLES_EMAILS, ' ');
  const phrases = new Set<string>();
  const add = (phrase: string) => phrases.size < MAX_TERMS_PER_MENTION && phrases.add(phrase);
  const segments = text.split(BREAKS).map((segment) => (segment.match(WORD) ?? []).map((raw) => tokenOf(raw, brandWords)));
  // Unigrams first, so the cap keeps what a word count kept before longer phrases.
  for (let n = 1; n <= MAX_PHRASE_WORDS; n++) {
    for (const tokens of segments) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const run = tokens.slice(i, i + n);
        if (run.some((t) => !t)) continue;
        const words = run as { word: string; content: boolean }[];
        if (!(words[0]!.content || (n > 1 && NEGATIONS.has(words[0]!.word))) || !words[n - 1]!.content) continue;
        // Inside a phrase only joiners may be stopwords ("cobro de más" yes, "router that" no).
        if (words.slice(1, -1).some((w) => !w.content && !JOINERS.has(w.word))) continue;
        // "router router" is one word said twice, not a phrase.
        if (new Set(words.map((w) => w.word)).size < n) continue;
        add(words.map((w) => w.word).join(' '));
      }
    }
  }
  return [...phrases];
}
