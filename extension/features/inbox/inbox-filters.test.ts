import { describe, expect, it } from 'vitest';
import { toMentionRow } from '../../db/mentions.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { countByStatus, facetsOf, matchesFilters } from './inbox-filters.ts';
import { byPriority, toInboxItem } from './inbox-item.ts';

const item = (overrides: Parameters<typeof makeMention>[0], pending?: Parameters<typeof toMentionRow>[2]) => toInboxItem(toMentionRow(makeMention(overrides), 1, pending));

const marta = item({ priority: 90, moment: 'LZMOT', triage: { status: 'assigned', assignee: 'Ana', updatedAt: '2026-11-02T11:00:00.000Z' } });
const praise = item({ priority: 20, platform: 'trustpilot', sentiment: { score: 0.8, label: 'positive', confidence: 0.9 }, matches: [{ brand: 'Nubitel', terms: ['nubitel'] }] });
const unscored = item({ priority: 40, sentiment: { unscored: 'language not supported: de' }, triage: { status: 'responded', updatedAt: '2026-11-02T11:00:00.000Z' } });

describe('inbox filters', () => {
  it('filters by sentiment (unscored is its own bucket), platform, moment, status and brand', () => {
    const all = [marta, praise, unscored];
    const pick = (filters: Parameters<typeof matchesFilters>[1]) => all.filter((i) => matchesFilters(i, filters, 'Ana')).map((i) => i.id);
    expect(pick({ sentiment: 'negative' })).toEqual([marta.id]);
    expect(pick({ sentiment: 'unscored' })).toEqual([unscored.id]);
    expect(pick({ platform: 'trustpilot' })).toEqual([praise.id]);
    expect(pick({ moment: 'LZMOT' })).toEqual([marta.id]);
    expect(pick({ status: 'responded' })).toEqual([unscored.id]);
    expect(pick({ brand: 'Nubitel' })).toEqual([praise.id]);
    expect(pick({ brand: 'Acme', sentiment: 'negative', status: 'assigned' })).toEqual([marta.id]);
  });

  it('filters by assignee: me (case-insensitive), nobody, or a name; a pending edit counts', () => {
    const mine = item({}, { assignee: 'ana', updatedAt: '2026-11-03T00:00:00.000Z' });
    const cleared = item({ triage: { status: 'assigned', assignee: 'Ana', updatedAt: 'x' } }, { assignee: null, updatedAt: '2026-11-03T00:00:00.000Z' });
    const all = [marta, praise, mine, cleared];
    expect(all.filter((i) => matchesFilters(i, { assignee: { kind: 'me' } }, 'ANA ')).map((i) => i.id)).toEqual([marta.id, mine.id]);
    expect(all.filter((i) => matchesFilters(i, { assignee: { kind: 'unassigned' } }, 'Ana')).map((i) => i.id)).toEqual([praise.id, cleared.id]);
    expect(all.filter((i) => matchesFilters(i, { assignee: { kind: 'me' } }, '')).map((i) => i.id)).toEqual([]);
  });

  it('counts per status under the other filters, and lists the values each filter offers', () => {
    expect(countByStatus([marta, praise, unscored], { sentiment: 'negative', status: 'resolved' }, '')).toEqual({ new: 0, assigned: 1, responded: 0, resolved: 0, ignored: 0 });
    expect(facetsOf([marta, praise, unscored])).toEqual({ platforms: ['reddit', 'trustpilot'], brands: ['Acme', 'Nubitel'], assignees: ['Ana'], moments: ['LZMOT'], aspects: [] });
  });

  it('filters by aspect and by a dashboard period, with the other filters', () => {
    const bill = item({ publishedAt: '2026-11-10T10:00:00.000Z', aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }, { aspect: 'staff', sentiment: 'positive', cue: 'agent' }] });
    const old = item({ publishedAt: '2026-10-01T10:00:00.000Z', aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'factura' }] });
    const none = item({ publishedAt: '2026-11-10T10:00:00.000Z' });
    const pick = (filters: Parameters<typeof matchesFilters>[1]) => [bill, old, none].filter((i) => matchesFilters(i, filters, '')).map((i) => i.id);
    expect(pick({ aspect: 'billing' })).toEqual([bill.id, old.id]);
    expect(pick({ aspect: 'billing', range: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' } })).toEqual([bill.id]);
    expect(pick({ aspect: 'staff', sentiment: 'positive' })).toEqual([]);
    expect(pick({ range: { from: '2026-11-10T10:00:00.000Z', to: '2026-11-10T10:00:00.001Z' } })).toEqual([bill.id, none.id]);
    expect(facetsOf([bill, old, none]).aspects).toEqual(['billing', 'staff']);
  });

  it('sorts by priority, then newest first', () => {
    const same = item({ priority: 90, publishedAt: '2026-11-30T10:00:00.000Z' });
    expect([praise, marta, unscored, same].sort(byPriority).map((i) => i.id)).toEqual([same.id, marta.id, unscored.id, praise.id]);
  });
});
