// Groups near-duplicate mentions (one complaint reposted on X, Reddit and Mastodon) incrementally, with MinHash LSH.
import { hashString, mix32, shingleSimilarity, toShingles, toSignature } from './fingerprint.ts';
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

  constructor(options: NearDuplicateOptions = {}) {
    this.threshold = options.threshold ?? 0.5;
    this.minWords = options.minWords ?? 5;
    this.bands = Math.max(1, Math.floor(options.bands ?? 20));
    this.rows = Math.max(1, Math.floor(options.rows ?? 3));
    this.maxCandidates = Math.max(1, Math.floor(options.maxCandidates ?? 500));
    if (!(this.threshold > 0 && this.threshold <= 1)) throw new RangeError('near-duplicates: threshold must be in (0, 1]');
    if (this.bands * this.rows > 1024) throw new RangeError('near-duplicates: bands × rows must be at most 1024');
    this.older = new Int32Array(1024 * this.bands);
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
    const bandKeys = Array.from({ length: this.bands }, (_, b) => {
      let h = b;
      for (let r = 0; r < this.rows; r++) h = mix32(Math.imul(h, 0x9e3779b1) ^ (signature[b * this.rows + r] ?? 0));
      return h;
    });
    const root = this.similarEarlier(index, shingles, bandKeys);
    this.older = grow(this.older, (index + 1) * this.bands, (n) => new Int32Array(n));
    bandKeys.forEach((bandKey, b) => {
      this.older[index * this.bands + b] = this.buckets.get(bandKey);
      this.buckets.set(bandKey, index);
    });
    return root;
  }

  /** The root of the earliest candidate similar enough, else `index` itself. */
  private similarEarlier(index: number, shingles: Uint32Array, bandKeys: number[]): number {
    this.seen = grow(this.seen, index + 1, (n) => new Int32Array(n));
    const mark = index + 1; // marks this search in `seen` without clearing it
    const candidates: number[] = [];
    bandKeys.forEach((bandKey, b) => {
      let c = this.buckets.get(bandKey);
      while (c >= 0 && candidates.length < this.maxCandidates) {
        if (this.seen[c] !== mark) {
          this.seen[c] = mark;
          candidates.push(c);
        }
        c = this.older[c * this.bands + b] ?? -1;
      }
    });
    candidates.sort((a, b) => a - b);
    for (const c of candidates) {
      const theirs = this.shingles.subarray(this.shingleStart[c] ?? 0, this.shingleStart[c + 1] ?? 0);
      if (shingleSimilarity(shingles, theirs) >= this.threshold) return this.roots[c] ?? c;
    }
    return index;
  }
}
