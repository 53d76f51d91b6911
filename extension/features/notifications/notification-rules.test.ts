import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/dictionary.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import type { AlertEvent } from './alert-event.ts';
import { alertNotification, mentionNotification, notificationTarget } from './notification-rules.ts';
import { DEFAULT_NOTIFICATION_SETTINGS, toMinPriority } from './notification-settings.ts';

const t = translatorFor('en');
const now = Date.parse('2026-11-02T12:00:00Z');
const settings = DEFAULT_NOTIFICATION_SETTINGS;

describe('mention notifications', () => {
  it('notifies a fresh untriaged negative mention at or above the threshold, once per mention id', () => {
    const mention = makeMention({ priority: 85, title: 'Never again', publishedAt: '2026-11-02T10:00:00.000Z' });
    expect(mentionNotification(mention, settings, now, t)).toEqual({
      id: `mention:${mention.id}`,
      title: 'Negative mention on reddit (priority 85)',
      message: 'Marta: Never again. Third bad experience with Acme, never again.',
    });
  });

  it('never notifies a hidden mention (muted author, not about us)', () => {
    const muted = { by: 'ana', at: '2026-11-02T10:00:00.000Z', rule: { kind: 'not-about-us' as const, brand: 'Acme' } };
    expect(mentionNotification(makeMention({ priority: 95, urgency: 'now', publishedAt: '2026-11-02T10:00:00.000Z', muted }), settings, now, t)).toBeUndefined();
  });

  it('notifies what needs a person now, whatever its sentiment, and never a question or praise', () => {
    const base = { priority: 85, publishedAt: '2026-11-02T10:00:00.000Z' };
    const sarcastic = makeMention({ ...base, urgency: 'now', sentiment: { score: 0.5, label: 'positive', confidence: 1 } });
    expect(mentionNotification(sarcastic, settings, now, t)).toMatchObject({ title: 'Needs a person now: reddit (priority 85)' });
    expect(mentionNotification(makeMention({ ...base, urgency: 'soon' }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, urgency: 'none' }), settings, now, t)).toBeUndefined();
  });

  it('stays quiet below the threshold, for other labels, once triaged, past 48 h, or when switched off', () => {
    const base = { priority: 85, publishedAt: '2026-11-02T10:00:00.000Z' };
    expect(mentionNotification(makeMention({ ...base, priority: 79 }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, sentiment: { score: 0.5, label: 'positive', confidence: 1 } }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, sentiment: { unscored: 'no sentiment signal' } }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, triage: { status: 'assigned', updatedAt: 'x' } }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, publishedAt: '2026-10-30T10:00:00.000Z' }), settings, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention(base), { ...settings, mentions: false }, now, t)).toBeUndefined();
    expect(mentionNotification(makeMention({ ...base, publishedAt: undefined }), settings, now, t)).toBeDefined();
  });
});

const spike: AlertEvent = {
  id: 'spike:Lumora:2026-11-02T11:00:00.000Z',
  kind: 'spike',
  raisedAt: '2026-11-02T11:40:00.000Z',
  brand: 'Lumora',
  priority: 100,
  summary: 'Lumora: 12 negative mentions in the hour from 11:00 (baseline 2.5)',
  spike: { hourStart: '2026-11-02T11:00:00.000Z', count: 12, baseline: 2.46, threshold: 8 },
};

describe('alert notifications', () => {
  it('turns a spike into a notification in the UI language, unless spikes are switched off', () => {
    expect(alertNotification(spike, settings, translatorFor('es'))).toEqual({
      id: spike.id,
      title: 'Pico de negativas sobre Lumora',
      message: '12 menciones negativas esta hora (lo normal son unas 2.5).',
    });
    expect(alertNotification(spike, { ...settings, spikes: false }, t)).toBeUndefined();
  });

  it('gives a mention alert the mention’s own notification id, so the two ways in notify once', () => {
    const alert: AlertEvent = { id: 'mention:m-9', kind: 'mention', raisedAt: 'x', priority: 91, summary: 's', mention: { id: 'm-9', platform: 'x', text: 'Awful', priority: 91 } };
    expect(alertNotification(alert, settings, t)?.id).toBe('mention:m-9');
    expect(alertNotification(alert, { ...settings, minPriority: 95 }, t)).toBeUndefined();
  });

  it('leads a click to the mention, or to the brand’s negative mentions for a spike', () => {
    expect(notificationTarget('mention:reddit-00ab')).toEqual({ mentionId: 'reddit-00ab' });
    expect(notificationTarget(spike.id)).toEqual({ negativeOnly: true, brand: 'Lumora' });
    expect(notificationTarget('spike:Acme: Spain:2026-11-02T11:00:00.000Z')).toEqual({ negativeOnly: true, brand: 'Acme: Spain' });
    expect(notificationTarget('something-else')).toBeUndefined();
  });

  it('reads a typed threshold, clamped', () => {
    expect([toMinPriority('75'), toMinPriority('150'), toMinPriority('-3'), toMinPriority('abc'), toMinPriority('')]).toEqual([75, 100, 0, 80, 80]);
  });
});
