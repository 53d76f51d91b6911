import { describe, expect, it } from 'vitest';
import { brandLine } from './share-of-voice-lines.ts';

describe('share-of-voice brand lines', () => {
  it('draws every point as a dot, so a day between silent days shows; competitors dashed, each brand its colour', () => {
    const ours = brandLine({ brand: 'Lumora', competitor: false }, 0, 'Lumora', undefined);
    const rival = brandLine({ brand: 'Rivalia', competitor: true }, 1, 'Rivalia (competitor)', undefined);
    expect(ours.points?.show).toBe(true);
    expect(rival.points?.show).toBe(true);
    expect(rival.points?.fill).toBe(rival.stroke);
    expect(ours.dash).toBeUndefined();
    expect(rival.dash).toEqual([6, 4]);
    expect(ours.stroke).not.toBe(rival.stroke);
  });
});
