// Groups near-duplicate mentions (one complaint reposted on X, Reddit and Mastodon) incrementally, with MinHash LSH.
import { hashString, leastCommonShingles, mix32, toShingles, toSignature } from './fingerprint.ts';
import { BucketTable } from './bucket-table.ts';
import { toDuplicateWords } from './normalize.ts';

/** How similar two mentions must be to share a cluster, and how hard to look. */
export interface NearDuplicateOptions {
  /**
   * Jaccard similarity of the texts' word-pair shingles at or above which a mention joins an earlier one's cluster.
   * @default 0.5
   */
  threshold?: number;
  /**
   * Texts with fewer normalised words than this only group when identical after normalisation.
   * @default 5
   */
  minWords?: number;
  /**
   * LSH bands; with `rows` per band the signature has bands × rows MinHash values. A pair with similarity s
   * becomes a candidate with probability 1 − (1 − s^rows)^bands: ≈ 0.93 at 0.5, 0.99 at 0.6 with the defaults.
   * @default 20
   */
  bands?: number;
  /** @default 3 */
  rows?: number;
  /**
   * Most earlier mentions compared per `add` (bounds the work when one text is posted thousands of times).
   * @default 500
   */
  maxCandidates?: number;
}

const grow = <T extends Int32Array | Uint32Array>(array: T, size: number, make: (n: number) => T): T => {
  if (size <= array.length) return array;
  const bigger = make(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** An incremental index of mentions by near-duplicate cluster; every mention stays, under its cluster id. */
export class NearDuplicateIndex {
  private readonly threshold: number;
  private readonly minWords: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly maxCandidates: number;
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
  /** Index of the first mention of each mention's cluster. */
  private roots = new Int32Array(1024);
  /** 52-bit hash of the normalised text → first mention with it. */
  private readonly exact = new Map<number, number>();
  /** (band, band hash) → newest mention in that bucket; `older` links each to the next older one. */
  private readonly buckets = new BucketTable(1 << 16);
  private older: Int32Array;
  private shingles = new Uint32Array(16_384);
  private shingleStart = new Int32Array(1025);
  private seen = new Int32Array(1024);
  /** Scratch for one `add`: its band keys, and the earlier mentions it is compared with. */
  private readonly bandKeys: Int32Array;
  private candidates = new Int32Array(512);

  constructor(options: NearDuplicateOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
    this.minWords = options.minWords ?? 5;
    this.bands = Math.max(1, Math.floor(options.bands ?? 20));
    this.rows = Math.max(1, Math.floor(options.rows ?? 3));
    this.maxCandidates = Math.max(1, Math.floor(options.maxCandidates ?? 500));
    if (!(this.threshold > 0 && this.threshold <= 1)) throw new RangeError('near-duplicates: threshold must be in (0, 1]');
    if (this.bands * this.rows > 1024) throw new RangeError('near-duplicates: bands × rows must be at most 1024');
    this.older = new Int32Array(1024 * this.bands);
    this.bandKeys = new Int32Array(this.bands);
  }

  /** How many mentions were added. */
  get size(): number {
    return this.ids.length;
  }

  /** The cluster id of a mention added before, or undefined. */
  clusterOf(id: string): string | undefined {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.ids[this.roots[index] ?? index];
  }

  /**
   * Adds a mention and returns its cluster id: the cluster of the earliest similar mention, else its own id.
   * Adding an id again returns its cluster without changing anything.
   */
  add(id: string, text: string): string {
    const known = this.clusterOf(id);
    if (known !== undefined) return known;
    const index = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, index);
    this.roots = grow(this.roots, index + 1, (n) => new Int32Array(n));
    this.shingleStart = grow(this.shingleStart, index + 2, (n) => new Int32Array(n));
    this.shingleStart[index + 1] = this.shingleStart[index] ?? 0;
    const root = this.place(index, toDuplicateWords(text));
    this.roots[index] = root;
    return this.ids[root] ?? id;
  }

  /** Finds the cluster root for a new mention and records what later mentions need to find it. */
  private place(index: number, words: string[]): number {
    if (words.length === 0) return index; // nothing left to compare (only links, handles or emoji)
    const key = words.join(' ');
    const exactKey = hashString(key, 0x9747b28c) * 0x200000 + (hashString(key, 0x3c6ef372) & 0x1fffff);
    const twin = this.exact.get(exactKey);
    if (twin !== undefined) return this.roots[twin] ?? twin;
    this.exact.set(exactKey, index);
    if (words.length < this.minWords) return index;

    const shingles = toShingles(words);
    const start = this.shingleStart[index] ?? 0;
    this.shingles = grow(this.shingles, start + shingles.length, (n) => new Uint32Array(n));
    this.shingles.set(shingles, start);
    this.shingleStart[index + 1] = start + shingles.length;

    const signature = toSignature(shingles, this.bands * this.rows);
    const { bands, rows, bandKeys } = this;
    for (let b = 0; b < bands; b++) {
      let h = b;
      for (let r = 0; r < rows; r++) h = mix32(Math.imul(h, 0x9e3779b1) ^ (signature[b * rows + r] ?? 0));
      bandKeys[b] = h;
    }
    const root = this.similarEarlier(index, shingles);
    this.older = grow(this.older, (index + 1) * bands, (n) => new Int32Array(n));
    for (let b = 0; b < bands; b++) {
      const bandKey = bandKeys[b] ?? 0;
      this.older[index * bands + b] = this.buckets.get(bandKey);
      this.buckets.set(bandKey, index);
    }
    return root;
  }

  /**
   * The root of the earliest candidate similar enough, else `index` itself. Candidates are the mentions in
   * this one's LSH buckets, band by band, newest first, at most `maxCandidates`; they are compared oldest first.
   */
  private similarEarlier(index: number, shingles: Uint32Array): number {
    this.seen = grow(this.seen, index + 1, (n) => new Int32Array(n));
    this.candidates = grow(this.candidates, Math.min(index, this.maxCandidates), (n) => new Int32Array(n));
    const { seen, older, bands, bandKeys, candidates, maxCandidates } = this;
    const mark = index + 1; // marks this search in `seen` without clearing it
    let found = 0;
    for (let b = 0; b < bands; b++) {
      let c = this.buckets.get(bandKeys[b] ?? 0);
      while (c >= 0 && found < maxCandidates) {
        if (seen[c] !== mark) {
          seen[c] = mark;
          candidates[found++] = c;
        }
        c = older[c * bands + b] ?? -1;
      }
    }
    if (found === 0) return index;
    const ordered = candidates.subarray(0, found).sort();
    const all = this.shingles;
    const starts = this.shingleStart;
    for (let k = 0; k < found; k++) {
      const c = ordered[k] ?? 0;
      if (similarEnough(shingles, all, starts[c] ?? 0, starts[c + 1] ?? 0, this.threshold)) return this.roots[c] ?? c;
    }
    return index;
  }
}

/**
 * shingleSimilarity(a, b[from, to)) ≥ threshold, without making b's view: the merge stops as soon as the
 * shingles left cannot bring the common count up to the least that reaches the threshold.
 */
function similarEnough(a: Uint32Array, all: Uint32Array, from: number, to: number, threshold: number): boolean {
  const aLength = a.length;
  const bLength = to - from;
  if (aLength === 0 && bLength === 0) return true;
  const needed = leastCommonShingles(aLength, bLength, threshold);
  if (needed > (aLength < bLength ? aLength : bLength)) return false;
  let i = 0;
  let j = from;
  let common = 0;
  while (i < aLength && j < to) {
    const x = a[i] ?? 0;
    const y = all[j] ?? 0;
    if (x === y) {
      if (++common >= needed) return true;
      i++;
      j++;
    } else {
      if (x < y) i++;
      else j++;
      const left = aLength - i < to - j ? aLength - i : to - j;
      if (common + left < needed) return false;
    }
  }
  return common >= needed;
}
