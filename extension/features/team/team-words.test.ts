import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/dictionary.ts';
import { makeMention } from '../../sync/testing/mention-fixtures.ts';
import { historyLine } from './history-view.tsx';
import { outcomeNotice, refusalText } from './team-data.ts';
import { teamViewOf } from './team-overlay.ts';

const en = translatorFor('en');
const es = translatorFor('es');

describe('what the team panel says', () => {
  it('names 401, 403 and 409 with what to do, in both languages, with the collector’s reason and not its route', () => {
    expect(refusalText('collector: 401 unauthorized (invalid token)', en)).toBe('The collector refused the token (401): check it in the settings. Your change waits here.');
    expect(refusalText("collector: 403 on /api/mentions/m1/notes/n1 (team: note n1 is Bea's: only its author may edit it)", es)).toBe("No permitido (403): team: note n1 is Bea's: only its author may edit it");
    expect(refusalText('collector: 409 on /api/mentions/m1/sentiment (the later correction stays)', en)).toBe('Someone changed this first (409): the later correction stays');
    expect(refusalText('collector: 404 on /api/mentions/m1/notes (no mention m1)', en)).toBe('The collector refused this change: no mention m1');
    expect(outcomeNotice({ delivered: false, detail: 'collector: 401 unauthorized (x)' }, es)).toEqual({ tone: 'error', text: expect.stringContaining('(401)') });
    expect(outcomeNotice({ delivered: false, detail: 'collector: unreachable at http://127.0.0.1:1' }, en).tone).toBe('waiting');
    expect(outcomeNotice({ delivered: true }, es)).toEqual({ tone: 'ok', text: 'Guardado.' });
  });

  it('writes history entries in words, labels and statuses translated', () => {
    expect(historyLine({ at: '', who: 'Ana', action: 'sentiment', from: 'negative', to: 'positive' }, es)).toBe('sentimiento Negativa → Positiva');
    expect(historyLine({ at: '', who: 'Ana', action: 'assignee', to: 'Bea' }, en)).toBe('assignee Nobody → Bea');
    expect(historyLine({ at: '', who: 'Ana', action: 'note-deleted', from: 'old text', detail: 'n1' }, en)).toBe('deleted a note: “old text”');
  });

  it('lays queued edits over the collector’s mention in the order made, leaving refused ones out', () => {
    const mention = { ...makeMention(), tags: ['vip'], notes: [{ id: 'n_server01', author: 'Bea', text: 'server', createdAt: '2026-12-01T09:00:00.000Z' }] };
    const base = { mentionId: mention.id, by: 'Ana', attempts: 0 };
    const view = teamViewOf(mention, [
      { ...base, seq: 3, kind: 'note-delete', noteId: 'n_local001', at: '2026-12-01T10:03:00.000Z' },
      { ...base, seq: 1, kind: 'note-add', noteId: 'n_local001', text: 'local', at: '2026-12-01T10:01:00.000Z' },
      { ...base, seq: 2, kind: 'tags', add: ['Facturación'], remove: ['vip'], at: '2026-12-01T10:02:00.000Z' },
      { ...base, seq: 4, kind: 'sentiment', label: 'positive', at: '2026-12-01T10:04:00.000Z', refused: 'collector: 409 on x (later)' },
    ]);
    expect(view).toMatchObject({ tags: ['facturación'], pendingTags: true, pendingSentiment: false, notes: [{ id: 'n_server01', pending: false }] });
    expect(view.refused.map((e) => e.kind)).toEqual(['sentiment']);
  });
});
