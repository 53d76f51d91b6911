// Word-pair shingles and their MinHash signature: the similarity estimate behind near-duplicate grouping.
import { toDuplicateWords } from './normalize.ts';

/** A text as near-duplicate detection sees it. */
export interface Fingerprint {
  /** The normalised words joined by spaces (see `nearDuplicateKey`). */
  key: string;
  /** How many normalised words the text has. */
  words: number;
  /** Hashes of its adjacent word pairs, sorted ascending, each once. */
  shingles: Uint32Array;
  /** MinHash: for each of `size` hash functions, the smallest shingle hash under it. */
  signature: Uint32Array;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** Sorted, distinct hashes of each pair of adjacent words (a single word is its own shingle). */
export function toShingles(words: readonly string[]): Uint32Array {
  const hashes = words.map((w) => hashString(w));
  const pairs = new Uint32Array(Math.max(1, hashes.length - 1));
  if (hashes.length === 1) pairs[0] = hashes[0] ?? 0;
  for (let i = 0; i + 1 < hashes.length; i++) pairs[i] = mix32(Math.imul(hashes[i] ?? 0, 0x9e3779b1) ^ (hashes[i + 1] ?? 0));
  pairs.sort();
  let n = 0;
  for (let i = 0; i < pairs.length; i++) if (i === 0 || pairs[i] !== pairs[n - 1]) pairs[n++] = pairs[i] ?? 0;
  return hashes.length === 0 ? new Uint32Array(0) : pairs.slice(0, n);
}

// One seed per MinHash function; x → mix32(x ^ seed) is a different permutation of 32-bit values for each.
const SEEDS = Array.from({ length: 1024 }, (_, i) => mix32(0x5bd1e995 + Math.imul(i + 1, 0x27d4eb2f)));

/** The MinHash signature of a shingle set; two signatures agree at a position with probability ≈ their Jaccard similarity. */
export function toSignature(shingles: Uint32Array, size: number): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (let k = 0; k < size; k++) {
    const seed = SEEDS[k] ?? k;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const h = mix32((shingles[i] ?? 0) ^ seed);
      if (h < min) min = h;
    }
    signature[k] = min;
  }
  return signature;
}

/** Jaccard similarity |A∩B| / |A∪B| of two sorted, distinct shingle sets (1 when both are empty). */
export function shingleSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/**
 * The least number of shared shingles at which two sets of `aLength` and `bLength` shingles (not both empty)
 * reach `threshold` as shingleSimilarity computes it: c / (a + b − c) grows with c, in floating point too.
 */
export function leastCommonShingles(aLength: number, bLength: number, threshold: number): number {
  const total = aLength + bLength;
  let c = Math.max(0, Math.floor((threshold * total) / (1 + threshold)) - 2);
  while (c <= total && !(c / (total - c) >= threshold)) c++;
  return c;
}

/** Fingerprints a text; `size` is the number of MinHash functions (at most 1024). */
export function fingerprint(text: string, size = 60): Fingerprint {
  const words = toDuplicateWords(text);
  const shingles = toShingles(words);
  return { key: words.join(' '), words: words.length, shingles, signature: toSignature(shingles, Math.min(size, SEEDS.length)) };
}
