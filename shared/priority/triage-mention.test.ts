import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { triageMention, type TriageTarget } from './triage-mention.ts';

const stranded: TriageTarget = {
  text: 'Flight cancelled, stranded at the airport with two kids and nobody answers. Worst airline ever.',
  platform: 'reddit',
  kind: 'post',
  sentiment: { score: -0.9, label: 'negative', confidence: 0.9 },
  collectedAt: '2026-11-20T10:00:00.000Z',
  publishedAt: '2026-11-20T09:00:00.000Z',
  matches: [{ brand: 'Lumora', terms: ['lumora'] }],
};
const theirs: Mention['matches'] = [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true }];

describe('triageMention and competitors', () => {
  it('a stranded customer of ours is urgent; the same words about a competitor ask nothing of us', () => {
    expect(triageMention(stranded).urgency).toBe('now');
    const competitor = triageMention({ ...stranded, matches: theirs });
    expect(competitor.urgency).toBe('none');
    expect(competitor.priority).toBeLessThan(50);
    expect(competitor.priorityWhy[0]).toMatchObject({ factor: 'urgency', en: expect.stringContaining('competitor'), es: expect.stringContaining('competidor') });
  });

  it('a mention of us and a competitor is ours', () => {
    expect(triageMention({ ...stranded, matches: [...theirs, ...stranded.matches] }).urgency).toBe('now');
  });
});
