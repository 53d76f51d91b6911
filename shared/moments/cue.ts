// Text cues for the moment and stage rules: folded phrases indexed by their first word, so a text is
// read once, word by word, for every rule at the same time, and each rule can say which phrases fired.
import { foldText } from '../text-fold.ts';

/** When a cue counts: always, or only if the text's sentiment has this sign. */
export type CueCondition = 'negative' | 'positive' | 'not-positive';

/** A group of phrases (English and Spanish mixed) with one weight and an optional condition. */
export interface CueGroup {
  /** Phrases, folded when compiled; a trailing `*` on the last word matches any ending ("me queda*"). */
  phrases: readonly string[];
  weight: number;
  when?: CueCondition;
}

interface IndexedPhrase<T> {
  words: string[];
  /** The last word only has to start with its text. */
  open: boolean;
  text: string;
  tag: T;
}

interface Starts<T> {
  all: IndexedPhrase<T>[];
  /** By the number WORD_IDS gives the second word. */
  bySecond: Map<number, IndexedPhrase<T>[]> | undefined;
}

/** Every phrase of some tagged groups, ready to find in a text. */
export interface PhraseIndex<T> {
  byFirstWord: Map<string, IndexedPhrase<T>[]>;
  /** The same lists by the number WORD_IDS gives each first word (undefined past the end or where none
   * starts), and by second word too (same order) where every phrase of a first word has a second word compared
   * whole: "me" opens dozens of phrases, and the next word leaves a few to compare. */
  byId: (Starts<T> | undefined)[];
  /** One-word phrases ending in `*`: compared by prefix with every word. */
  openWords: IndexedPhrase<T>[];
}

/** A phrase found in a text, with the tag of its group. */
export interface FoundCue<T> {
  tag: T;
  text: string;
  /** Index of its first word in the words searched (the first place it occurs). */
  at: number;
}

/** The words of a text, folded, with "?" kept as a word of its own ("don’t" and "don't" alike). */
export function toCueWords(text: string): string[] {
  return foldText(text).replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\?/gu) ?? [];
}

/** Every first word of every index, and every second word compared whole, numbered from 1: the four triage
 * readers search the same words, and each word is looked up once for all of them (wordIds) instead of once
 * per index, and once more per phrase list for the word after it. */
const WORD_IDS = new Map<string, number>();

function idOf(word: string): number {
  let id = WORD_IDS.get(word);
  if (id === undefined) WORD_IDS.set(word, (id = WORD_IDS.size + 1));
  return id;
}

/** The numbers of the last words searched (0: no index has a phrase starting with it). The same array comes
 * back for each reader of one text; the words of a text are never changed once read. */
let lastWords: readonly string[] | undefined;
let lastIds = new Int32Array(0);
let lastKnown = 0;

function wordIds(words: readonly string[]): Int32Array {
  if (words === lastWords && lastIds.length === words.length && lastKnown === WORD_IDS.size) return lastIds;
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = WORD_IDS.get(words[i]!) ?? 0;
  lastWords = words;
  lastIds = ids;
  lastKnown = WORD_IDS.size;
  return ids;
}

/** Index the phrases of tagged groups. */
export function indexPhrases<T>(groups: readonly { tag: T; phrases: readonly string[] }[]): PhraseIndex<T> {
  const index: PhraseIndex<T> = { byFirstWord: new Map(), byId: [], openWords: [] };
  for (const { tag, phrases } of groups) {
    for (const phrase of phrases) {
      const open = phrase.endsWith('*');
      const words = toCueWords(open ? phrase.slice(0, -1) : phrase);
      if (words.length === 0) continue;
      const entry = { words, open, text: words.join(' '), tag };
      if (open && words.length === 1) {
        index.openWords.push(entry);
        continue;
      }
      const list = index.byFirstWord.get(words[0]!) ?? [];
      list.push(entry);
      index.byFirstWord.set(words[0]!, list);
    }
  }
  for (const [first, list] of index.byFirstWord) {
    // A one-word phrase, or a two-word one open at its end, is not found by its second word whole.
    let bySecond: Map<number, IndexedPhrase<T>[]> | undefined;
    if (list.every((entry) => entry.words.length > 2 || (entry.words.length === 2 && !entry.open))) {
      bySecond = new Map();
      for (const entry of list) {
        const second = idOf(entry.words[1]!);
        const same = bySecond.get(second);
        if (same) same.push(entry);
        else bySecond.set(second, [entry]);
      }
    }
    const starts = { all: list, bySecond };
    const id = idOf(first);
    while (index.byId.length < id) index.byId.push(undefined);
    index.byId[id] = starts;
  }
  return index;
}

/** Every phrase of `index` found in `words`, in text order (a phrase once per group). */
export function findPhrases<T>(index: PhraseIndex<T>, words: readonly string[]): FoundCue<T>[] {
  const found: FoundCue<T>[] = [];
  // Most texts fire a few phrases: the set of those already found is made on the first.
  let seen: Set<IndexedPhrase<T>> | undefined;
  const ids = wordIds(words);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const id = ids[i]!;
    const starts = id === 0 ? undefined : index.byId[id];
    const starting = starts?.bySecond ? (i + 1 < words.length ? starts.bySecond.get(ids[i + 1]!) : undefined) : starts?.all;
    if (starting) for (const entry of starting) if (matchesAt(entry, words, i) && !seen?.has(entry)) ((seen ??= new Set()).add(entry), found.push({ tag: entry.tag, text: entry.text, at: i }));
    for (const entry of index.openWords) if (word.startsWith(entry.words[0]!) && !seen?.has(entry)) ((seen ??= new Set()).add(entry), found.push({ tag: entry.tag, text: entry.text, at: i }));
  }
  return found;
}

function matchesAt(entry: IndexedPhrase<unknown>, words: readonly string[], i: number): boolean {
  const last = entry.words.length - 1;
  for (let k = 1; k <= last; k++) {
    const word = words[i + k];
    if (word === undefined) return false;
    if (k === last && entry.open ? !word.startsWith(entry.words[k]!) : word !== entry.words[k]) return false;
  }
  return true;
}

/** Whether a cue group's condition holds for this sentiment label. */
export function conditionHolds(when: CueCondition | undefined, label: string | undefined): boolean {
  if (!when) return true;
  if (when === 'not-positive') return label !== 'positive';
  return label === when;
}
