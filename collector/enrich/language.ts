// Language detection with eld (medium n-gram set: 99.3–99.8 % on the English and Spanish evaluation
// sets at ~20 000 texts/s; franc reached 66–97 %, tinyld 95–99 % at a fifth of the speed — eval/language.ts).
// Short texts are where detectors guess, so there the scored languages' function words break the tie.
import { eld } from 'eld/medium';
import { foldText } from '../../shared/text-fold.ts';

/** A detected language and why. */
export interface LanguageReading {
  /** ISO 639-1 code, or "und" when it cannot be told. */
  lang: string;
  why: string;
}

/** Detection reads at most this much: the opening of a long review says as much as all of it. */
const SAMPLE_CHARS = 600;
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\p{N}+/gu;

// Frequent words that are unambiguous between English and Spanish (no "a", "no", "me").
const FUNCTION_WORDS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'is', 'was', 'are', 'were', 'it', 'this', 'that', 'with', 'for', 'of', 'to', 'my', 'you', 'i', 'not', 'very', 'but', 'have', 'had', 'be', 'they', 'we', 'at', 'on', 'in', 'so', 'just', 'what', 'good', 'great', 'bad', 'too', 'never', 'from', 'an', 'do', 'did', "don't", "it's", 'will', 'would']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'es', 'un', 'una', 'que', 'de', 'del', 'en', 'por', 'para', 'con', 'muy', 'pero', 'lo', 'se', 'mi', 'su', 'mas', 'fue', 'esta', 'este', 'todo', 'nada', 'nunca', 'bien', 'mal', 'bueno', 'buena', 'malo', 'mala', 'sin', 'al', 'hay', 'son', 'estuvo', 'excelente', 'pesimo', 'tambien', 'ni', 'como', 'ya']),
};

/** Detect the language of `text`; `hint` (from the source) wins when it is a plausible code. */
export function detectLanguage(text: string, hint?: string): LanguageReading {
  if (hint && /^[a-z]{2}$/i.test(hint.trim())) return { lang: hint.trim().toLowerCase(), why: `language ${hint.trim().toLowerCase()}: given by the source` };
  const sample = (text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text).replace(NOISE, ' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2) return { lang: 'und', why: 'language undetermined: no words' };
  const detected = eld.detect(sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample);
  const lang = detected.language;
  if (lang && detected.isReliable()) return { lang, why: `language ${lang}: detected` };
  const vote = functionWordVote(sample);
  if (vote) return { lang: vote, why: `language ${vote}: short text, ${vote === 'es' ? 'Spanish' : 'English'} words` };
  if (lang) return { lang, why: `language ${lang}: detected, unsure` };
  return { lang: 'und', why: 'language undetermined' };
}

/** 'en' or 'es' when the text's words say so clearly, else undefined. */
function functionWordVote(sample: string): 'en' | 'es' | undefined {
  let en = 0;
  let es = 0;
  for (const word of foldText(sample).split(/[^\p{L}']+/u)) {
    if (FUNCTION_WORDS.en.has(word)) en++;
    if (FUNCTION_WORDS.es.has(word)) es++;
  }
  if (en > es) return 'en';
  if (es > en) return 'es';
  return undefined;
}
