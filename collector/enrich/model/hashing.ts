// 32-bit hashes of words, character n-grams and word pairs, computed straight from char codes so the hot
// path builds no strings. FNV-1a steps fold the characters in; murmur3's finaliser spreads the bits
// before a hash becomes a table key. The trainer and the scorer share these: a change here changes
// every feature, so a model file records the version it was built with (FEATURE_VERSION).

/** Bumped whenever hashing or feature extraction changes; a model file of another version is refused. */
export const FEATURE_VERSION = 1;

const FNV_PRIME = 0x01000193;

/** Seeds that keep the kinds of feature apart (the same letters as a word and as a negated word differ). */
export const SEED = {
  word: 0x811c9dc5 | 0,
  negated: 0x2f9be6cd,
  symbol: 0x5bd1e995,
  pair: 0x1b873593,
  char: 0x68e31da4,
  hashtag: 0x3c6ef372,
} as const;

/** One FNV-1a step: fold a char code into the running hash. */
export const step = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/** Hash of `text` from `from` on, starting at `seed`. */
export function hashChars(text: string, seed: number, from = 0): number {
  let h = seed;
  for (let i = from; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h;
}

/** Hash of an ordered pair of hashes (a word bigram). */
export const hashPair = (first: number, second: number): number => step(step(SEED.pair ^ first, second >>> 16), second & 0xffff);

/** murmur3's 32-bit finaliser; never 0, which marks an empty slot in the model's table. */
export function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}
