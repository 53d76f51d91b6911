// Finds where one query term (word, phrase, wildcard, hashtag) occurs among a field's words.
import { printTerm, type HashtagNode, type TermNode } from './ast.ts';
import type { PreparedField } from './prepared-target.ts';
import { toTermParts, toWords, type TermPart } from './words.ts';

/**
 * Occurrences as flat [firstWord, lastWord, firstWord, lastWord, …] word indexes.
 * With `all` false it may stop after the first one (enough to know whether the term is there).
 */
export type FindOccurrences = (field: PreparedField, all: boolean) => number[];

/** A compiled leaf: how it is shown in `QueryMatch.terms`, and how to find it. */
export interface LeafMatcher {
  label: string;
  find: FindOccurrences;
  /** Whether it occurs at all (faster than `find`). */
  has: (field: PreparedField) => boolean;
  /** For a hashtag, spans start one character earlier to cover the "#". */
  leadingMark: boolean;
}


const partMatches = (word: string | undefined, part: TermPart) =>
  word !== undefined && (part.prefix ? word.startsWith(part.word) : word === part.word);

/** Word indexes where `part` occurs. */
function positionsOf(field: PreparedField, part: TermPart): readonly number[] {
  if (!part.prefix) return field.positionsOf(part.word);
  const out: number[] = [];
  field.list.words.forEach((word, i) => {
    if (word.startsWith(part.word)) out.push(i);
  });
  return out;
}

function findParts(parts: TermPart[]): FindOccurrences {
  const [only] = parts;
  if (parts.length === 1 && only) {
    return (field) => {
      const at = positionsOf(field, only);
      const out = new Array<number>(at.length * 2);
      at.forEach((i, k) => {
        out[2 * k] = i;
        out[2 * k + 1] = i;
      });
      return out;
    };
  }
  // Anchor on the first exact word: a dictionary lookup instead of a scan of every word.
  const anchorIndex = Math.max(0, parts.findIndex((p) => !p.prefix));
  const anchor = parts[anchorIndex] as TermPart;
  return (field, all) => {
    const words = field.list.words;
    const out: number[] = [];
    for (const at of positionsOf(field, anchor)) {
      const first = at - anchorIndex;
      if (first < 0 || first + parts.length > words.length) continue;
      if (parts.every((part, k) => partMatches(words[first + k], part))) {
        out.push(first, first + parts.length - 1);
        if (!all) break;
      }
    }
    return out;
  };
}

/** Compiles a word or phrase; the parser has already checked it has words. */
export function termMatcher(node: TermNode): LeafMatcher {
  const parts = toTermParts(node.text);
  if (!Array.isArray(parts)) throw new Error(`brand query: invalid term "${node.text}"`);
  const find = findParts(parts);
  const [only] = parts;
  const has = parts.length === 1 && only && !only.prefix
    ? (field: PreparedField) => field.has(only.word)
    : (field: PreparedField) => find(field, false).length > 0;
  return { label: printTerm(node), find, has, leadingMark: false };
}

/** Compiles `#tag`: only words written with a "#" in front. */
export function hashtagMatcher(node: HashtagNode): LeafMatcher {
  const [word] = toWords(node.tag);
  if (word === undefined) throw new Error(`brand query: invalid hashtag "#${node.tag}"`);
  const find: FindOccurrences = (field) =>
    field.list.hashtags.filter((i) => field.list.words[i] === word).flatMap((i) => [i, i]);
  return { label: printTerm(node), leadingMark: true, find, has: (field) => find(field, false).length > 0 };
}
