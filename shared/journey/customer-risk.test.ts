import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { applyChurnRule, customerRisk, isBadExperience } from './customer-risk.ts';
import { martaTouchpoints, scored, touchpoint } from './testdata/hand-built.ts';
import { touchpointFromMention } from './touchpoint.ts';

const mention = (id: string, score: number, publishedAt: string, extra: Partial<Mention> = {}): Mention => ({
  id,
  source: 'reddit-lumora',
  platform: 'reddit',
  kind: 'post',
  author: { handle: 'marta_rz' },
  text: 'Tercera vez que el técnico no aparece. Me cambio a Nubitel.',
  lang: 'es',
  publishedAt,
  collectedAt: publishedAt,
  sentiment: scored(score),
  moment: 'IMOT',
  matches: [{ brand: 'Lumora', terms: ['lumora'] }],
  customerId: 'c-marta',
  triage: { status: 'new', updatedAt: publishedAt },
  priority: 40,
  ...extra,
});

describe('isBadExperience', () => {
  it('is an unresolved, negative or effortful contact, never an outbound one', () => {
    const base = { customerId: 'c', at: '2026-11-01T00:00:00Z', channel: 'phone' as const };
    expect(isBadExperience(touchpoint('a', { ...base, outcome: 'unresolved' }))).toBe(true);
    expect(isBadExperience(touchpoint('b', { ...base, sentiment: scored(-0.3) }))).toBe(true);
    expect(isBadExperience(touchpoint('c', { ...base, effort: 0.7 }))).toBe(true);
    expect(isBadExperience(touchpoint('d', { ...base, effort: 0.69, outcome: 'pending', sentiment: { unscored: 'no text' } }))).toBe(false);
    expect(isBadExperience(touchpoint('e', { ...base, direction: 'outbound', outcome: 'unresolved' }))).toBe(false);
  });
});

describe('customerRisk', () => {
  it('flags churn risk at three bad experiences in the window', () => {
    const risk = customerRisk({ touchpoints: martaTouchpoints }, { now: '2026-11-24T00:00:00Z' });
    expect(risk).toEqual({
      badExperiences: 3,
      churnRisk: true,
      windowDays: 90,
      evidence: { touchpointIds: martaTouchpoints.slice(2).map((tp) => tp.id), mentionIds: [] },
    });
  });

  it('leaves out experiences older than the window', () => {
    const risk = customerRisk({ touchpoints: martaTouchpoints }, { now: '2026-12-05T14:00:00Z', windowDays: 30 });
    expect(risk.badExperiences).toBe(2);
    expect(risk.churnRisk).toBe(false);
  });

  it('counts negative public mentions once, even when a touchpoint stands for one', () => {
    const post = mention('reddit-1', -0.8, '2026-11-19T19:05:58Z');
    const happy = mention('reddit-2', 0.7, '2026-11-20T10:00:00Z');
    const asTouchpoint = touchpointFromMention(post)!;
    const risk = customerRisk(
      { touchpoints: [...martaTouchpoints.slice(0, 3), asTouchpoint], mentions: [post, happy, mention('reddit-3', -0.5, '2026-11-21T10:00:00Z')] },
      { now: '2026-11-24T00:00:00Z' },
    );
    expect(risk.evidence).toEqual({ touchpointIds: [martaTouchpoints[2]!.id, asTouchpoint.id], mentionIds: ['reddit-3'] });
    expect(risk.churnRisk).toBe(true);
  });
});

describe('applyChurnRule', () => {
  const post = mention('reddit-1', -0.8, '2026-11-19T19:05:58Z');

  const now = '2026-11-20T07:05:58Z';

  it('makes a negative post by a churn-risk customer an LZMOT in the top priority band', () => {
    const tagged = applyChurnRule(post, { churnRisk: true }, now);
    expect(tagged).toMatchObject({ moment: 'LZMOT', id: 'reddit-1', text: post.text });
    expect(tagged.priority).toBeGreaterThanOrEqual(80);
    expect(applyChurnRule({ ...post, priority: 100 }, { churnRisk: true }, now).priority).toBe(100);
  });

  it('leaves everything else as it was', () => {
    expect(applyChurnRule(post, { churnRisk: false }, now)).toBe(post);
    const happy = mention('reddit-2', 0.7, '2026-11-20T10:00:00Z');
    expect(applyChurnRule(happy, { churnRisk: true }, now)).toBe(happy);
    const unscored = { ...post, sentiment: { unscored: 'language not supported: eu' } };
    expect(applyChurnRule(unscored, { churnRisk: true }, now)).toBe(unscored);
  });
});

describe('touchpointFromMention', () => {
  it('turns a linked mention into an inbound social touchpoint with a stable id', () => {
    const tp = touchpointFromMention(mention('reddit-1', -0.8, '2026-11-19T19:05:58Z', { title: 'Me cambio a Nubitel' }));
    expect(tp).toMatchObject({
      customerId: 'c-marta',
      at: '2026-11-19T19:05:58.000Z',
      channel: 'social',
      direction: 'inbound',
      summary: 'Me cambio a Nubitel — Tercera vez que el técnico no aparece. Me cambio a Nubitel.',
      moment: 'IMOT',
      mentionId: 'reddit-1',
    });
    expect(tp?.id).toBe(touchpointFromMention(mention('reddit-1', 0, '2026-11-19T19:05:58Z'))?.id);
    expect(touchpointFromMention(mention('r', 0, '2026-11-19T19:05:58Z', { kind: 'review' }))?.channel).toBe('review');
  });

  it('gives nothing for a mention no customer is linked to', () => {
    const { customerId: _, ...unlinked } = mention('reddit-1', -0.8, '2026-11-19T19:05:58Z');
    expect(touchpointFromMention(unlinked)).toBeUndefined();
  });
});
