// A hash table from 32-bit LSH bucket keys to the newest mention in the bucket, in two typed arrays:
// about a third of the memory of a Map with millions of entries.

const EMPTY = -1;

/** Open addressing with linear probing; values are mention indexes (≥ 0). */
export class BucketTable {
  private keys: Int32Array;
  private heads: Int32Array;
  private used = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
  }

  /** The mention stored under `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const head = this.heads[slot] ?? EMPTY;
      if (head === EMPTY || this.keys[slot] === (key | 0)) return head;
    }
  }

  /** Stores `head` (≥ 0) under `key`, replacing what was there. */
  set(key: number, head: number): void {
    if ((this.used + 1) * 10 > this.keys.length * 7) this.resize();
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const current = this.heads[slot] ?? EMPTY;
      if (current === EMPTY || this.keys[slot] === (key | 0)) {
        if (current === EMPTY) this.used++;
        this.keys[slot] = key;
        this.heads[slot] = head;
        return;
      }
    }
  }

  private resize(): void {
    const { keys, heads } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.heads = new Int32Array(keys.length * 2).fill(EMPTY);
    this.used = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const head = heads[slot] ?? EMPTY;
      if (head !== EMPTY) this.set(keys[slot] ?? 0, head);
    }
  }
}
