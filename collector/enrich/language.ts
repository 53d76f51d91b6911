// Language detection with eld (medium n-gram set: 99.3–99.8 % on the English and Spanish evaluation
// sets at ~20 000 texts/s; franc reached 66–97 %, tinyld 95–99 % at a fifth of the speed — eval/language.ts).
// Short texts are where detectors guess, so there the scored languages' vocabularies break near-ties.
import { eld } from 'eld/medium';
import { foldText } from '../../shared/text-fold.ts';
import { hasOtherMarkers, languageByMarkers } from './function-words.ts';
import { lexiconFor } from './lexicon.ts';
import type { ScoredLanguage } from './natural-vocabulary.ts';

/** A detected language and why. */
export interface LanguageReading {
  /** ISO 639-1 code, or "und" when it cannot be told. */
  lang: string;
  why: string;
}

/** Detection reads at most this much: the opening of a long review says as much as all of it. */
const SAMPLE_CHARS = 300;
/** The markers are read in the first words only. */
const MARKER_WORDS = 60;
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\p{N}+/gu;

// Frequent words that are unambiguous between English and Spanish (no "a", "no", "me").
const FUNCTION_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'is', 'was', 'are', 'were', 'it', 'this', 'that', 'with', 'for', 'of', 'to', 'my', 'you', 'i', 'not', 'very', 'but', 'have', 'had', 'be', 'they', 'we', 'at', 'on', 'in', 'so', 'just', 'what', 'good', 'great', 'bad', 'too', 'never', 'from', 'an', 'do', 'did', "don't", "it's", 'will', 'would']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'es', 'un', 'una', 'que', 'de', 'del', 'en', 'por', 'para', 'con', 'muy', 'pero', 'lo', 'se', 'mi', 'su', 'mas', 'fue', 'esta', 'este', 'todo', 'nada', 'nunca', 'bien', 'mal', 'bueno', 'buena', 'malo', 'mala', 'sin', 'al', 'hay', 'son', 'estuvo', 'excelente', 'pesimo', 'tambien', 'ni', 'como', 'ya']),
};

/** Up to this many words, a text is short: detectors guess there, so the vocabularies get a say. */
const SHORT_WORDS = 6;
/** Languages whose n-grams a short Spanish text shares so closely that the detector's pick among them is a
 * coin toss ("Bonito" → ca, "Lindo" → pt, "Visita obligada" → ca): there the Spanish vocabulary decides,
 * however far behind the detector puts Spanish, unless a word of the other language is present. */
const SPANISH_NEIGHBOURS: ReadonlySet<string> = new Set(['ca', 'gl', 'pt', 'it', 'ro', 'fr', 'oc', 'la', 'sq', 'tl']);
/** Up to this many words, a text one vocabulary knows whole and the other not at all is that language. */
const VERY_SHORT = 3;
/** Score gap (0–1) within which a short text is as likely Spanish as a neighbour's. */
const NECK_AND_NECK = 0.03;
/** Runs of three or more of one letter ("taaaaan", "buenooo"): a detector reads them as another language. */
const ELONGATION = /(\p{L})\1{2,}/gu;
/** A scored language this close to the detector's favourite (0–1 scores) may take its place. */
const SHORT_MARGIN = 0.2;

/**
 * Detect the language of `text`; `hint` (from the source) wins when it is a plausible code. `folded`: the
 * text's words already folded (lowercase, no accents), when the caller has them.
 */
export function detectLanguage(text: string, hint?: string, folded?: readonly string[]): LanguageReading {
  const given = hint?.trim().toLowerCase();
  if (given && /^[a-z]{2}$/.test(given)) return { lang: given, why: `language ${given}: given by the source` };
  const words = folded ?? toWords(text);
  if (words.length === 0 || (words.length === 1 && words[0]!.length < 2)) return { lang: 'und', why: 'language undetermined: no words' };
  const marked = languageByMarkers(words.length > MARKER_WORDS ? words.slice(0, MARKER_WORDS) : words);
  if (marked) return { lang: marked, why: `language ${marked}: detected (function words)` };
  const sample = (text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text).replace(NOISE, ' ').replace(ELONGATION, '$1');
  const detected = eld.detect(sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample);
  const lang = detected.language;
  if (words.length <= VERY_SHORT && !hasOtherMarkers(words)) {
    const only = onlyOneKnows(words);
    if (only && only !== lang) return { lang: only, why: `language ${only}: short text, ${only === 'es' ? 'Spanish' : 'English'} words only` };
  }
  if (lang === 'en' || lang === 'es') return { lang, why: `language ${lang}: detected` };
  if (words.length <= SHORT_WORDS && !hasOtherMarkers(words)) {
    const scores = detected.getScores();
    const top = lang ? (scores[lang] ?? 0) : 0;
    const neighbour = lang !== undefined && SPANISH_NEIGHBOURS.has(lang);
    // Neck and neck with a neighbour, and nothing of the neighbour's own: Spanish is by far the likelier.
    if (neighbour && (scores.es ?? 0) >= top - NECK_AND_NECK) return { lang: 'es', why: `language es: short text, as likely Spanish as ${lang}` };
    const vote = vocabularyVote(words, (candidate) => (candidate === 'es' && neighbour) || (scores[candidate] ?? 0) >= top - SHORT_MARGIN);
    if (vote) return { lang: vote, why: `language ${vote}: short text, ${vote === 'es' ? 'Spanish' : 'English'} words` };
  }
  if (lang) return { lang, why: `language ${lang}: detected${detected.isReliable() ? '' : ', unsure'}` };
  return { lang: 'und', why: 'language undetermined' };
}

function toWords(text: string): string[] {
  const sample = (text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text).replace(NOISE, ' ');
  return foldText(sample).split(/[^\p{L}']+/u).filter(Boolean);
}

/** How many of `words` the language's vocabulary knows: function words, opinion words and its phrases. */
function knownWords(words: readonly string[], lang: ScoredLanguage): number {
  const lexicon = lexiconFor(lang);
  let known = 0;
  for (let i = 0; i < words.length; i++) {
    const phrase = lexicon.phrases.get(words[i]!)?.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      known += phrase.words.length;
      i += phrase.words.length - 1;
    } else if (FUNCTION_WORDS[lang].has(words[i]!) || lexicon.valenceOf(words[i]!) !== undefined) known++;
  }
  return known;
}

/** The scored language whose vocabulary knows every one of `words` while the other knows none ("Imperdible",
 * "Vale la pena"): for a text this short, n-grams decide less than that does. */
function onlyOneKnows(words: readonly string[]): ScoredLanguage | undefined {
  const es = knownWords(words, 'es');
  const en = knownWords(words, 'en');
  if (es === words.length && en === 0) return 'es';
  if (en === words.length && es === 0) return 'en';
  return undefined;
}

/** The scored language whose vocabulary knows more of `words` (and that `plausible` admits), if any. */
function vocabularyVote(words: readonly string[], plausible: (lang: ScoredLanguage) => boolean): ScoredLanguage | undefined {
  const es = knownWords(words, 'es');
  const en = knownWords(words, 'en');
  const candidates = (['es', 'en'] as const).filter(plausible).map((lang) => ({ lang, known: lang === 'es' ? es : en }));
  candidates.sort((a, b) => b.known - a.known);
  const best = candidates[0];
  // At least half the words must be known: one shared word ("no", "el") does not make a Catalan text Spanish.
  return best && best.known * 2 >= words.length ? best.lang : undefined;
}
