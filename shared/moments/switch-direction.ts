// Which way a switch goes. "Switched to Lumora from Nubitel" is a new customer for Lumora and a lost one for
// Nubitel: the same words are churn or a gain depending on which brand is watched. "Thinking of switching"
// is neither yet: a prospect doing research.

/** How a mention's switching words read for the watched brand. */
export interface SwitchReading {
  /** `to-brand`: joining the watched brand; `from-brand`: leaving it; `unknown`: a switch, the brand's side untold. */
  direction: 'to-brand' | 'from-brand' | 'unknown';
  /** Only considered or asked about ("thinking of switching to…", "should I move to…?"). */
  hypothetical: boolean;
  /** The switching words as found, e.g. "me cambio a". */
  cue: string;
}

type Motion = 'move' | 'leave' | 'greet';

/** Switching words, folded; `move` takes "to X" / "from X", `leave` names what is left, `greet` what is joined. */
const MOTIONS: ReadonlyArray<[string, Motion]> = [
  ['switched', 'move'], ['switching', 'move'], ['switch', 'move'], ['moved', 'move'], ['moving', 'move'], ['move', 'move'],
  ['ported', 'move'], ['porting', 'move'], ['port', 'move'], ['went with', 'move'], ['going with', 'move'], ['go with', 'move'],
  ['changed to', 'move'], ['changing to', 'move'], ['signed up with', 'move'], ['joined', 'move'],
  ['me cambio', 'move'], ['me cambie', 'move'], ['me he cambiado', 'move'], ['cambiarme', 'move'], ['me voy a cambiar', 'move'],
  ['me paso', 'move'], ['me pase', 'move'], ['me he pasado', 'move'], ['pasarme', 'move'], ['me voy a pasar', 'move'],
  ['me voy con', 'move'], ['me fui con', 'move'], ['irme a', 'move'], ['irme con', 'move'], ['me iria a', 'move'], ['me fui a', 'move'], ['portabilidad', 'move'], ['contrate', 'move'],
  ['leaving', 'leave'], ['left', 'leave'], ['leave', 'leave'], ['quit', 'leave'], ['quitting', 'leave'], ['ditched', 'leave'],
  ['ditching', 'leave'], ['dumped', 'leave'], ['goodbye', 'leave'], ['good bye', 'leave'], ['bye', 'leave'], ['farewell', 'leave'],
  ['dejo', 'leave'], ['deje', 'leave'], ['he dejado', 'leave'], ['adios', 'leave'], ['out of', 'leave'],
  ['hello', 'greet'], ['hola', 'greet'], ['welcome', 'greet'], ['bienvenido', 'greet'],
];
const TO = new Set(['to', 'a', 'al', 'con', 'hacia', 'for', 'por', 'into']);
const FROM = new Set(['from', 'de', 'desde', 'del']);
/** Where the name of what is left ends: "leaving X for Y", "adiós X, hola Y", "out of X to Y". */
const LEAVE_STOPS = new Set(['for', 'por', 'to', 'a', 'hola', 'hello', 'welcome', '?']);
/** Words just before a switch that make it a plan or a question rather than a fact. */
const CONSIDERING = new Set([
  'thinking', 'considering', 'consider', 'should', 'might', 'may', 'planning', 'plan', 'want', 'wanted', 'about', 'would',
  'could', 'whether', 'worth', 'pensando', 'planteando', 'planteo', 'quiero', 'queria', 'quisiera', 'deberia', 'conviene',
  'dudando', 'ojala', 'tempted',
]);
/** Words to look ahead for the switch's target or origin, and for a question mark that makes it a question. */
const REACH = 6;
const QUESTION_REACH = 9;

const compiled = MOTIONS.map(([phrase, motion]) => ({ words: phrase.split(' '), motion, phrase }));
/** First words of the switching phrases: most words of a text start none, and skip the scan. */
const FIRST_WORDS: ReadonlySet<string> = new Set(compiled.map((m) => m.words[0]!));

function matchesAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k] === w);
}

/** Leaving words that say churn on their own, even when the brand's side is untold. */
const LEAVING_ALONE = new Set(['goodbye', 'good bye', 'bye', 'farewell', 'adios', 'quitting', 'ditched', 'ditching', 'dumped', 'quit']);
const STRICT = new Set(['dejo', 'deje', 'he dejado']);
const CLITICS = new Set(['me', 'te', 'le', 'nos', 'os', 'les', 'lo', 'la', 'se']);
const ARTICLES = new Set(['the', 'a', 'an', 'la', 'el', 'los', 'las', 'un', 'una', 'my', 'mi']);
/** A target that is "the competition" or "another one": leaving, whoever the brand is. */
const ELSEWHERE = new Set(['competencia', 'competition', 'competitor', 'competitors', 'otra', 'otro', 'another', 'other']);

/** Read the switching words of a text for the brand whose folded name words are `brand` (empty when unknown). */
export function readSwitch(words: readonly string[], brand: ReadonlySet<string>): SwitchReading | undefined {
  let found: SwitchReading | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i]!)) continue;
    const motion = compiled.find((m) => matchesAt(words, i, m.words));
    if (!motion) continue;
    const after = i + motion.words.length;
    const ahead = words.slice(after, after + REACH);
    // "Dejo Lumora" leaves it; "me dejó la Lumora Box configurada" does not: the Spanish verb must name the brand next.
    if (STRICT.has(motion.phrase) && (CLITICS.has(words[i - 1] ?? '') || !isBrandWord(brand, ahead[0]))) continue;
    const direction = directionOf(motion.motion, ahead, brand);
    const marker = ahead[0] !== undefined && (TO.has(ahead[0]) || FROM.has(ahead[0])) ? ahead[0] : undefined;
    // Untold sides count only when the words say a switch outright: "me cambio a…", "adiós…"; "me dejó esperando" is none.
    if (direction === undefined) continue;
    if (direction === 'unknown' && !(motion.motion === 'move' ? marker || ahead[0] === 'out' : LEAVING_ALONE.has(motion.phrase))) continue;
    const before = words.slice(Math.max(0, i - 4), i);
    const hypothetical = before.some((w) => CONSIDERING.has(w)) || /\bno se si\b/.test(words.slice(Math.max(0, i - 7), i).join(' '))
      || words.slice(after, after + QUESTION_REACH).includes('?');
    const reading = { direction, hypothetical, cue: marker ? `${motion.phrase} ${marker}` : motion.phrase };
    // The brand's own side wins over an untold one: "adiós SkyVale, hola Kestrel" is a gain for Kestrel.
    if (!found || (found.direction === 'unknown' && direction !== 'unknown')) found = reading;
  }
  return found;
}

/** Whether a word names the brand; "Kestrel's" names it too. Out of readSwitch: a closure per text costs. */
function isBrandWord(brand: ReadonlySet<string>, w: string | undefined): boolean {
  return w !== undefined && (brand.has(w) || brand.has(w.replace(/'s?$/, '')));
}

/** The direction of one switching phrase; undefined when it is no switch at all ("hola" alone). */
function directionOf(motion: Motion, ahead: readonly string[], brand: ReadonlySet<string>): SwitchReading['direction'] | undefined {
  const isBrand = (w: string | undefined) => isBrandWord(brand, w);
  if (motion === 'greet') return ahead.slice(0, 2).some(isBrand) ? 'to-brand' : undefined;
  if (motion === 'move') return directionOfMove(ahead, isBrand);
  // What is left is named right after the word, up to where the new one is ("for", "hola", "to").
  const stop = ahead.findIndex((w) => LEAVE_STOPS.has(w));
  const left = ahead.slice(0, Math.min(2, stop >= 0 ? stop : 2));
  if (left.some(isBrand)) return 'from-brand';
  if (stop >= 0 && ahead.slice(stop + 1, stop + 4).some(isBrand)) return 'to-brand';
  return 'unknown';
}

/** "to X" / "a X" is where the switch goes, "from X" / "de X" where it comes from. */
function directionOfMove(ahead: readonly string[], isBrand: (w: string | undefined) => boolean): SwitchReading['direction'] {
  for (let k = 0; k < ahead.length; k++) {
    const word = ahead[k]!;
    // The target is named right after "to" / "from" (an article aside): "me paso a Brisa. Kestrel me…" goes to Brisa.
    const first = ARTICLES.has(ahead[k + 1] ?? '') ? k + 2 : k + 1;
    const next = ahead.slice(first, first + 1);
    if (TO.has(word) && next.some(isBrand)) return 'to-brand';
    if (TO.has(word) && next.some((w) => ELSEWHERE.has(w))) return 'from-brand';
    if (FROM.has(word) && next.some(isBrand)) return 'from-brand';
    if (word === 'out' && ahead[k + 1] === 'of' && next.some(isBrand)) return 'from-brand';
  }
  // "joined Ondina", "contraté Kestrel": the brand right after the verb is where the customer went.
  return isBrand(ahead[0]) || isBrand(ahead[1]) ? 'to-brand' : 'unknown';
}

const GENERIC_BRAND_WORDS = new Set(['air', 'airlines', 'airways', 'bank', 'banco', 'the', 'de', 'del', 'la', 'el', 'inc', 'ltd', 'sa', 'group', 'app', 'mobile', 'online', 'store', 'shop', 'co', 'and', 'y']);

/** The words that name a brand (from its name and the query terms it matched), folded, without generic words. */
export function brandWordsOf(names: readonly string[], fold: (text: string) => readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const word of fold(name.replace(/^[#@]/, ''))) if (word.length >= 3 && !GENERIC_BRAND_WORDS.has(word)) words.add(word);
  return words;
}
