// What two reposts of one complaint have in common: their words, without links, handles, hashtag signs, case or accents.
import { foldText } from '../text-fold.ts';

const URL = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*/gi;
// A handle starts a word ("@acme", "@marta@mastodon.social"); "ana@example.com" is an e-mail, not a handle.
const HANDLE = /(^|[^\p{L}\p{N}_@])@[\p{L}\p{N}_.]+(?:@[a-z0-9.-]+)?/giu;
const REDDIT_USER = /(^|[^\p{L}\p{N}_/])\/?u\/[A-Za-z0-9_-]+/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** Words that reposting tools add around the same text. */
const LEADING_NOISE = new Set(['rt', 'mt']);
const TRAILING_NOISE = new Set(['via', 'vía']);

/** "#NeverAgain" → "Never Again", so a hashtag meets the same words written out. */
const splitHashtag = (_: string, tag: string) => tag.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

/**
 * The words of a text as near-duplicate detection sees them: lowercase, unaccented (ñ kept), without URLs,
 * @handles, u/users, "#" signs, punctuation, emoji, a leading "RT" or a trailing "via".
 */
export function toDuplicateWords(text: string): string[] {
  // Each pattern runs only when its marker character is there: most mentions have no handle or hashtag.
  let cleaned = String(text);
  if (cleaned.includes('/') || /www\./i.test(cleaned)) cleaned = cleaned.replace(URL, ' ');
  if (cleaned.includes('@')) cleaned = cleaned.replace(HANDLE, '$1 ');
  if (cleaned.includes('u/')) cleaned = cleaned.replace(REDDIT_USER, '$1 ');
  if (cleaned.includes('#')) cleaned = cleaned.replace(HASHTAG, splitHashtag);
  const folded = NON_ASCII.test(cleaned) ? foldText(cleaned) : cleaned.toLowerCase();
  const words = folded.match(WORD) ?? [];
  let first = 0;
  let end = words.length;
  while (first < end && LEADING_NOISE.has(words[first] ?? '')) first++;
  while (end > first && TRAILING_NOISE.has(words[end - 1] ?? '')) end--;
  return first === 0 && end === words.length ? words : words.slice(first, end);
}

/** The normalised text: two mentions with the same key are exact duplicates after normalisation. */
export function nearDuplicateKey(text: string): string {
  return toDuplicateWords(text).join(' ');
}
