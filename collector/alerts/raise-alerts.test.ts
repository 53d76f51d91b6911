import { describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { defaultAlertSettings } from './alert-settings.ts';
import { negativeSamples, raiseAlerts } from './raise-alerts.ts';
import { createSpikeDetector } from './spike-detector.ts';

const now = new Date('2026-11-20T10:30:00.000Z');
const settings = defaultAlertSettings();
const fresh = { collectedAt: '2026-11-20T10:29:00.000Z', publishedAt: '2026-11-20T10:20:00.000Z' };

describe('raiseAlerts', () => {
  it('raises a mention alert for a fresh, untriaged negative at or above the threshold', () => {
    const m = makeMention({ ...fresh, id: 'm-high', priority: 82, author: { name: 'Marta', handle: 'marta_rz', url: 'https://www.reddit.com/user/marta_rz' } });
    expect(raiseAlerts(m, settings, undefined, now)).toEqual([
      {
        id: 'mention:m-high',
        kind: 'mention',
        raisedAt: '2026-11-20T10:30:00.000Z',
        brand: 'Lumora',
        priority: 82,
        summary: 'Negative reddit post by @marta_rz (priority 82)',
        mention: { id: 'm-high', platform: 'reddit', url: m.url, author: m.author, title: undefined, text: m.text, priority: 82, publishedAt: '2026-11-20T10:20:00.000Z' },
      },
    ]);
  });

  it('never alerts on a hidden mention (a muted author, not about us), nor counts it towards a spike', () => {
    const muted = { by: 'ana', at: fresh.collectedAt, rule: { kind: 'rule' as const, ruleId: 'r1', brand: 'Lumora', muteKind: 'author' as const, value: '@promo_bot' } };
    const m = makeMention({ ...fresh, priority: 95, author: { handle: 'promo_bot' }, muted });
    const spikes = createSpikeDetector({ ...settings.spike, minCount: 1 });
    expect(raiseAlerts(m, settings, spikes, now)).toEqual([]);
    expect(negativeSamples(m)).toEqual([]);
    const { muted: _, ...shown } = m;
    expect(raiseAlerts(shown, settings, undefined, now).map((a) => a.id)).toEqual([`mention:${m.id}`]);
  });

  it("never alerts on a competitor's complaint nor counts it towards any spike; a mention of us and them still alerts for us", () => {
    const spikes = createSpikeDetector({ ...settings.spike, minCount: 1 });
    const theirs = makeMention({ ...fresh, priority: 95, matches: [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true }] });
    expect(raiseAlerts(theirs, settings, spikes, now)).toEqual([]);
    expect(negativeSamples(theirs)).toEqual([]);
    const both = makeMention({ ...fresh, priority: 95, matches: [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true }, { brand: 'Lumora', terms: ['lumora'] }] });
    expect(raiseAlerts(both, settings, undefined, now).map((a) => [a.id, a.brand])).toEqual([[`mention:${both.id}`, 'Lumora']]);
    expect(negativeSamples(both).map((s) => s.brand)).toEqual(['Lumora']);
  });

  it('stays quiet below the threshold, for positive or unscored text, once triaged, and for old news', () => {
    const quiet = [
      makeMention({ ...fresh, priority: 69 }),
      makeMention({ ...fresh, priority: 90, sentiment: { score: 0.7, label: 'positive', confidence: 0.9 } }),
      makeMention({ ...fresh, priority: 90, sentiment: { unscored: 'language not supported: ja' } }),
      makeMention({ ...fresh, priority: 90, triage: { status: 'assigned', assignee: 'ana', updatedAt: '2026-11-20T10:29:30.000Z' } }),
      makeMention({ priority: 90, collectedAt: '2026-11-20T07:00:00.000Z' }),
    ];
    expect(quiet.flatMap((m) => raiseAlerts(m, settings, undefined, now))).toEqual([]);
  });

  it('alerts for mentions that need a person now, whatever their sentiment, and says why', () => {
    const why = [{ factor: 'urgency', points: 84, en: 'Needs a person now: a customer stranded ("stranded")', es: 'Requiere atención ya: un cliente varado ("stranded")' }];
    const sarcastic = makeMention({ ...fresh, id: 'm-now', priority: 84, urgency: 'now', priorityWhy: why, sentiment: { score: 0.4, label: 'positive', confidence: 0.6 }, author: { handle: 'ana' } });
    const [alert] = raiseAlerts(sarcastic, settings, undefined, now);
    expect(alert).toMatchObject({ id: 'mention:m-now', summary: 'Needs a person now: a customer stranded ("stranded") — reddit post by @ana (priority 84)' });
    expect(alert!.mention).toMatchObject({ urgency: 'now', why: [why[0]!.en] });
  });

  it('stays quiet for questions and milder issues unless the config widens alerts to them', () => {
    const question = makeMention({ ...fresh, priority: 75, urgency: 'soon', sentiment: { score: -0.5, label: 'negative', confidence: 0.8 } });
    expect(raiseAlerts(question, settings, undefined, now)).toEqual([]);
    expect(raiseAlerts(question, { ...settings, urgency: ['now', 'soon'] }, undefined, now)).toHaveLength(1);
    expect(raiseAlerts(makeMention({ ...fresh, priority: 40, urgency: 'none' }), { ...settings, urgency: ['now', 'soon'], minPriority: 0 }, undefined, now)).toEqual([]);
  });

  it('raises a spike alert with a stable per-brand, per-hour id when negatives pile up', () => {
    const spikes = createSpikeDetector(settings.spike);
    const alerts = Array.from({ length: 5 }, (_, i) => raiseAlerts(makeMention({ ...fresh, id: `n${i}`, priority: 40 }), settings, spikes, now)).flat();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: 'spike:Lumora:2026-11-20T10:00:00.000Z', kind: 'spike', brand: 'Lumora', priority: 100, summary: 'Negative spike for Lumora: 5 negative mentions this hour (usually 0)', spike: { count: 5, threshold: 5, mentionIds: ['n0', 'n1', 'n2', 'n3', 'n4'] } });
  });

  it('counts a mention that matches no brand under all sources, and only negatives', () => {
    expect(negativeSamples(makeMention({ ...fresh, id: 'x', matches: [] }))).toEqual([{ mentionId: 'x', brand: '*', at: Date.parse(fresh.publishedAt) }]);
    expect(negativeSamples(makeMention({ sentiment: { score: 0, label: 'neutral', confidence: 0.5 } }))).toEqual([]);
  });
});
