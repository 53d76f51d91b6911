// Finds the aspect terms of a text clause by clause (longest match first, context rules applied) and cuts
// the windows each aspect's sentiment is read from: its clause, or — when one clause names two aspects —
// the part of it on the aspect's side of an "and"/comma ("fast delivery and a great price").
import { prefixBucket, type AspectTaxonomy, type TrieNode } from './aspect-taxonomy.ts';
import { readAspectText, type AspectText } from './aspect-text.ts';
import type { TermEntry } from './term-syntax.ts';

/** One term found in the text. */
export interface AspectCue {
  aspect: string;
  /** The words as written ("lost luggage"). */
  cue: string;
  /** Word indices of its first and last word. */
  first: number;
  last: number;
  clause: number;
  /** The opinion the term itself carries, after a negation before it ("not expensive" → +1). */
  polarity?: -1 | 1;
}

/** Where one aspect's sentiment is read: a clause or a part of one. */
export interface AspectWindow {
  aspect: string;
  cues: AspectCue[];
  /** Character offsets of the window. */
  start: number;
  end: number;
  clause: number;
  sentence: number;
}

export interface AspectFinding {
  text: AspectText;
  cues: AspectCue[];
  windows: AspectWindow[];
}

const MAX_TERM_WORDS = 8;
const NEGATORS = new Set([
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'hardly', 'without', "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't",
  "didn't", "hasn't", "haven't", "won't", "can't", "couldn't", "wouldn't", 'nunca', 'jamas', 'ni', 'nada', 'ningun', 'ninguna',
  'ninguno', 'tampoco', 'sin',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'their', 'your', 'his', 'her', 'its', 'el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'su', 'sus', 'nuestro', 'nuestra', 'tu', 'tus']);

/** A text's word may be the plural of a term's word: "bags" → "bag", "maletas" → "maleta", "retrasos" → "retraso". */
function variants(key: string): string[] {
  const out = [key];
  if (key.length > 3 && key.endsWith('s')) out.push(key.slice(0, -1));
  if (key.length > 4 && key.endsWith('es')) out.push(key.slice(0, -2));
  return out;
}

const NONE: readonly TrieNode[] = [];

/** The nodes a word leads to from `at` (most words of a text lead nowhere: that path allocates nothing). */
function nextNodes(at: TrieNode, key: string): readonly TrieNode[] {
  let out: TrieNode[] | undefined;
  const add = (hit: TrieNode | undefined) => {
    if (hit && !out?.includes(hit)) (out ??= []).push(hit);
  };
  add(at.exact.get(key));
  if (key.length > 3 && key.charCodeAt(key.length - 1) === 115 /* s */) {
    add(at.exact.get(key.slice(0, -1)));
    if (key.length > 4 && key.charCodeAt(key.length - 2) === 101 /* e */) add(at.exact.get(key.slice(0, -2)));
  }
  if (at.prefixes.size) {
    // A one-letter stem (a brand's "x*") sits in a bucket of its own letter.
    for (const bucket of [at.prefixes.get(prefixBucket(key)), at.prefixes.get(key.slice(0, 1))]) if (bucket) for (const [stem, next] of bucket) if (key.startsWith(stem)) add(next);
  }
  return out ?? NONE;
}

const wordMatches = (pattern: string, key: string): boolean => (pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : variants(key).includes(pattern));

/** The longest term starting at word `i` (not beyond `last`) whose context rule holds in the clause. */
function longestMatch(text: AspectText, root: TrieNode, i: number, last: number, clauseKeys: readonly string[]): { length: number; entries: TermEntry[] } | undefined {
  const found: { length: number; entries: TermEntry[] }[] = [];
  const walk = (at: TrieNode, j: number, depth: number): void => {
    if (depth > 0 && at.entries.length) found.push({ length: depth, entries: at.entries });
    if (j > last || depth >= MAX_TERM_WORDS) return;
    for (const next of nextNodes(at, text.words[j]!.key)) walk(next, j + 1, depth + 1);
  };
  walk(root, i, 0);
  found.sort((a, b) => b.length - a.length);
  for (const candidate of found) {
    const entries = candidate.entries.filter((e) => !e.near || e.near.some((p) => clauseKeys.some((k) => wordMatches(p, k))));
    if (entries.length) return { length: candidate.length, entries };
  }
  return undefined;
}

function negated(text: AspectText, first: number, clauseFirst: number): boolean {
  for (let k = first - 1; k >= Math.max(clauseFirst, first - 3); k--) if (NEGATORS.has(text.words[k]!.key)) return true;
  return false;
}

/** Finds the aspects' terms of `text` (in `lang`, else both languages) and their windows. */
export function findAspects(input: string, lang: string, taxonomy: AspectTaxonomy): AspectFinding {
  const text = readAspectText(input);
  const root = taxonomy.root(lang);
  const cues: AspectCue[] = [];
  const windows: AspectWindow[] = [];
  text.clauses.forEach((clause, c) => {
    const keys = text.words.slice(clause.first, clause.last + 1).map((w) => w.key);
    const found: (AspectCue & { unless?: string[] })[] = [];
    for (let i = clause.first; i <= clause.last; ) {
      const match = longestMatch(text, root, i, clause.last, keys);
      if (!match) {
        i++;
        continue;
      }
      const last = i + match.length - 1;
      for (const entry of match.entries) {
        if (!entry.aspect) continue;
        const cue: AspectCue & { unless?: string[] } = { aspect: entry.aspect, cue: text.text.slice(text.words[i]!.start, text.words[last]!.end), first: i, last, clause: c };
        if (entry.polarity) cue.polarity = negated(text, i, clause.first) ? (-entry.polarity as -1 | 1) : entry.polarity;
        if (entry.unless) cue.unless = entry.unless;
        found.push(cue);
      }
      i = last + 1;
    }
    // Context rules: a weak term gives way to the aspect it is part of ("the wifi password in the app").
    const strong = found.filter((f) => !f.unless?.includes('*'));
    const kept = found.filter((f) => !f.unless || !strong.some((s) => s.aspect !== f.aspect && (f.unless!.includes('*') || f.unless!.includes(s.aspect))));
    const clean = kept.map(({ unless: _, ...cue }) => cue);
    cues.push(...clean);
    windows.push(...windowsOf(text, clause, c, clean));
  });
  return { text, cues, windows };
}

/** Splits a clause between different aspects at soft breaks and gives each aspect its part(s). */
function windowsOf(text: AspectText, clause: AspectText['clauses'][number], c: number, cues: AspectCue[]): AspectWindow[] {
  if (!cues.length) return [];
  const sorted = [...cues].sort((a, b) => a.first - b.first);
  const breaks: number[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const before = sorted[k - 1]!;
    const after = sorted[k]!;
    if (before.aspect === after.aspect) continue;
    const candidates: number[] = [];
    for (let b = before.last; b < after.first; b++) if (text.softAfter.has(b)) candidates.push(b);
    if (!candidates.length) continue;
    // A new noun phrase after the break ("… and the room was dirty") marks the real border; else the first break.
    const phrase = candidates.filter((b) => DETERMINERS.has(text.words[b + 1]?.key ?? '') || (text.words[b + 1] && DETERMINERS.has(text.words[b + 2]?.key ?? '') && ['and', 'y', 'e'].includes(text.words[b + 1]!.key)));
    breaks.push(phrase.at(-1) ?? candidates[0]!);
  }
  const bounds = [clause.first - 1, ...new Set(breaks), clause.last];
  const windows: AspectWindow[] = [];
  for (let s = 1; s < bounds.length; s++) {
    const first = bounds[s - 1]! + 1;
    const last = bounds[s]!;
    const inside = sorted.filter((cue) => cue.first >= first && cue.first <= last);
    for (const aspect of new Set(inside.map((cue) => cue.aspect))) {
      windows.push({ aspect, cues: inside.filter((cue) => cue.aspect === aspect), start: text.words[first]!.start, end: text.words[last]!.end, clause: c, sentence: clause.sentence });
    }
  }
  return windows;
}
