// Words that mark a language among those written in Latin script. When a text carries a marker of English
// and no word English never uses, or a marker of Spanish and none of English or another language, eld
// would say the same: the detector is skipped there, which saves most of its cost (eval/language.ts
// measures the agreement).
import type { ScoredLanguage } from './natural-vocabulary.ts';

// Folded (lowercase, no accents). Words shared with other Latin-script languages are left out:
// "i" (Catalan), "is"/"was" (Dutch, German), "el" (Catalan), "que" (French, Portuguese), "pero" (Italian).
const MARKERS: Record<ScoredLanguage, ReadonlySet<string>> = {
  en: new Set([
    'the', 'and', 'with', 'this', 'that', 'you', 'your', 'it', "it's", "i'm", "i've", "don't", "didn't", 'have',
    'has', 'they', 'we', 'what', 'would', 'will', 'just', 'very', 'not', 'but', 'for', 'to', 'at', 'from', 'there',
    'been', 'were', 'are', 'my', 'our', 'their', 'which', 'about', 'because', 'really', "can't", "won't", 'of',
  ]),
  es: new Set([
    'y', 'muy', 'los', 'las', 'fue', 'hay', 'estoy', 'tengo', 'tambien', 'ahora', 'cuando', 'donde', 'mucho',
    'mucha', 'gracias', 'usted', 'ustedes', 'ellos', 'hace', 'despues', 'siempre', 'pues', 'nosotros', 'nuestro',
    'nuestra', 'alguien', 'hoy', 'ayer', 'ya', 'mejor', 'peor', 'cual', 'otro', 'otra', 'veces', 'tiene', 'tienen',
    'puede', 'quiero', 'sin', 'hasta',
  ]),
};
/** Markers of other languages that share much of the Latin script vocabulary (pt, fr, it, de, ca, gl, nl);
 * none is also a common English or Spanish word ("le", "das", "van", "die", "per" are left out). */
const OTHER_MARKERS: ReadonlySet<string> = new Set([
  'nao', 'voce', 'muito', 'uma', 'com', 'sao', 'tambem', 'obrigado', 'isso', 'ele', 'eles', 'mais', 'pra', 'entao',
  'et', 'est', 'je', 'pas', 'tres', "c'est", 'avec', 'une', 'du', 'pour', 'qui', 'vous', 'nous', "j'ai", 'ce',
  'cette', 'il', 'che', 'non', 'molto', 'sono', 'gli', 'della', 'questo', 'questa', 'anche', 'perche', 'ho', 'der',
  'und', 'ist', 'nicht', 'ich', 'ein', 'eine', 'mit', 'sehr', 'auf', 'fur', 'amb', 'molt', 'els', 'aquest',
  'aquesta', 'aixo', 'perque', 'moi', 'unha', 'coa', 'tamen', 'xa', 'het', 'een', 'niet', 'ik', 'zijn', 'maar',
  'wat', 'dat', 'nog', 'ook',
]);
/** Common words of Spanish and its neighbours that English never uses: any of them rules English out. */
const NOT_ENGLISH: ReadonlySet<string> = new Set([
  'que', 'de', 'la', 'el', 'con', 'es', 'un', 'una', 'mi', 'te', 'lo', 'se', 'del', 'por', 'para', 'los', 'las',
  'al', 'en', 'y', 'muy', 'pero', 'su', 'sus', 'le', 'les', 'mas', 'esta', 'este',
]);
const MIN_MARKERS = 1;

/** 'en' or 'es' when the folded words settle it beyond doubt; undefined when the detector must decide. */
export function languageByMarkers(words: readonly string[]): ScoredLanguage | undefined {
  let en = 0;
  let es = 0;
  let notEnglish = 0;
  for (const word of words) {
    if (OTHER_MARKERS.has(word)) return undefined;
    if (MARKERS.en.has(word)) en++;
    else if (MARKERS.es.has(word)) es++;
    if (NOT_ENGLISH.has(word)) notEnglish++;
  }
  if (en >= MIN_MARKERS && notEnglish === 0) return 'en';
  if (es >= MIN_MARKERS && en === 0) return 'es';
  return undefined;
}

/** Whether a marker of another Latin-script language is among `words`. */
export const hasOtherMarkers = (words: readonly string[]): boolean => words.some((word) => OTHER_MARKERS.has(word));
