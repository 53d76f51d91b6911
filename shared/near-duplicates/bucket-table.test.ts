import { describe, expect, it } from 'vitest';
import { BucketTable } from './bucket-table.ts';

describe('BucketTable', () => {
  it('stores, replaces and finds heads through collisions and growth', () => {
    const table = new BucketTable(16);
    // Keys sharing their low bits all probe the same first slot; negative and large keys wrap to int32.
    const keys = Array.from({ length: 5000 }, (_, i) => (i % 2 ? -(i << 8) : (i << 12) + 0x7fff0000));
    keys.forEach((key, i) => table.set(key, i));
    keys.forEach((key, i) => expect(table.get(key)).toBe(i));
    table.set(keys[10] ?? 0, 99_999);
    expect(table.get(keys[10] ?? 0)).toBe(99_999);
    expect(table.get(123_456_789)).toBe(-1);
  });
});
