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

/** Adds `hit` to `out` once; returns the (possibly new) list. */
function addNode(out: TrieNode[] | undefined, hit: TrieNode | undefined): TrieNode[] | undefined {
  if (!hit) return out;
  if (!out) return [hit];
  if (!out.includes(hit)) out.push(hit);
  return out;
}

/** The nodes a word leads to from `at` (most words of a text lead nowhere: that path allocates nothing). */
function nextNodes(at: TrieNode, key: string): readonly TrieNode[] {
  let out = addNode(undefined, at.exact.get(key));
  if (key.length > 3 && key.charCodeAt(key.length - 1) === 115 /* s */) {
    out = addNode(out, at.exact.get(key.slice(0, -1)));
    if (key.length > 4 && key.charCodeAt(key.length - 2) === 101 /* e */) out = addNode(out, at.exact.get(key.slice(0, -2)));
  }
  if (at.prefixes.size) {
    // A one-letter stem (a brand's "x*") sits in a bucket of its own letter.
    const two = at.prefixes.get(prefixBucket(key));
    if (two) for (const [stem, next] of two) if (key.startsWith(stem)) out = addNode(out, next);
    const one = at.prefixes.get(key.slice(0, 1));
    if (one) for (const [stem, next] of one) if (key.startsWith(stem)) out = addNode(out, next);
  }
  return out ?? NONE;
}

/** Where a word leads from a node, remembered per node: the same words come back text after text, and the
 * trie never changes once compiled. Bounded: every node's memo is dropped when they hold MEMO_LIMIT words. */
let memos = new WeakMap<TrieNode, Map<string, readonly TrieNode[]>>();
let memoized = 0;
const MEMO_LIMIT = 200_000;
function nodeMemo(node: TrieNode): Map<string, readonly TrieNode[]> {
  let memo = memos.get(node);
  if (!memo) memos.set(node, (memo = new Map()));
  return memo;
}
function nodesFrom(node: TrieNode, memo: Map<string, readonly TrieNode[]>, key: string): readonly TrieNode[] {
  let nodes = memo.get(key);
  if (nodes === undefined) {
    nodes = nextNodes(node, key);
    if (memoized >= MEMO_LIMIT) (memos = new WeakMap()), (memoized = 0), (memo = nodeMemo(node));
    memo.set(key, nodes);
    memoized++;
  }
  return nodes;
}
/** Where `key` leads from a node below the root (the walk along a term's words). */
const nodesAfter = (node: TrieNode, key: string): readonly TrieNode[] => nodesFrom(node, nodeMemo(node), key);

const wordMatches = (pattern: string, key: string): boolean => (pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : variants(key).includes(pattern));

type Found = { length: number; entries: TermEntry[] };

/** Every term reachable from `at` (depth-first, shorter before longer along a path) into `found`. */
function walk(text: AspectText, at: TrieNode, nodes: readonly TrieNode[], j: number, depth: number, last: number, found: Found[]): void {
  if (depth > 0 && at.entries.length) found.push({ length: depth, entries: at.entries });
  if (j > last || depth >= MAX_TERM_WORDS) return;
  for (const next of nodes) walk(text, next, j + 1 <= last && depth + 1 < MAX_TERM_WORDS ? nodesAfter(next, text.words[j + 1]!.key) : NONE, j + 1, depth + 1, last, found);
}

/** Whether one of the clause's words (`first` … `last`) matches one of `near`. */
function nearHolds(text: AspectText, near: readonly string[], first: number, last: number): boolean {
  for (const p of near) for (let k = first; k <= last; k++) if (wordMatches(p, text.words[k]!.key)) return true;
  return false;
}

/** The longest term starting at word `i` (not beyond `last`) whose context rule holds in the clause. */
function longestMatch(text: AspectText, root: TrieNode, starts: readonly TrieNode[], i: number, clause: { first: number; last: number }): Found | undefined {
  const found: Found[] = [];
  walk(text, root, starts, i, 0, clause.last, found);
  found.sort((a, b) => b.length - a.length);
  for (const candidate of found) {
    let plain = true;
    for (const e of candidate.entries) if (e.near) plain = false;
    if (plain) return candidate.entries.length ? { length: candidate.length, entries: candidate.entries.slice() } : undefined;
    const entries = candidate.entries.filter((e) => !e.near || nearHolds(text, e.near, clause.first, clause.last));
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
  const memo = nodeMemo(root);
  const cues: AspectCue[] = [];
  const windows: AspectWindow[] = [];
  for (let c = 0; c < text.clauses.length; c++) {
    const clause = text.clauses[c]!;
    const found: (AspectCue & { unless?: string[] })[] = [];
    let weak = false;
    for (let i = clause.first; i <= clause.last; ) {
      // Most words start no term: skip them before any search is set up.
      const starts = nodesFrom(root, memo, text.words[i]!.key);
      const match = starts.length ? longestMatch(text, root, starts, i, clause) : undefined;
      if (!match) {
        i++;
        continue;
      }
      const last = i + match.length - 1;
      for (const entry of match.entries) {
        if (!entry.aspect) continue;
        // Every cue gets every field, in one order (undefined when absent): one hidden class for all their readers.
        const polarity = entry.polarity ? (negated(text, i, clause.first) ? (-entry.polarity as -1 | 1) : entry.polarity) : undefined;
        const cue: AspectCue & { unless?: string[] } = { aspect: entry.aspect, cue: text.text.slice(text.words[i]!.start, text.words[last]!.end), first: i, last, clause: c, polarity, unless: entry.unless };
        if (entry.unless) weak = true;
        found.push(cue);
      }
      i = last + 1;
    }
    if (!found.length) continue;
    let clean: AspectCue[] = found;
    if (weak) {
      // Context rules: a weak term gives way to the aspect it is part of ("the wifi password in the app").
      const strong = found.filter((f) => !f.unless?.includes('*'));
      const kept = found.filter((f) => !f.unless || !strong.some((s) => s.aspect !== f.aspect && (f.unless!.includes('*') || f.unless!.includes(s.aspect))));
      clean = kept.map((cue) => ({ ...cue, unless: undefined }));
    }
    for (const cue of clean) cues.push(cue);
    for (const w of windowsOf(text, clause, c, clean)) windows.push(w);
  }
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
