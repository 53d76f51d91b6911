import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';
import { copyStore } from './store-copy.ts';
import { makeMention } from '../testing/mention-factory.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigia-copy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('moves alert delivery claims along, so a moved installation does not post an alert twice', async () => {
  const source = openSqliteStore(join(dir, 'old.db'));
  const target = openSqliteStore(join(dir, 'new.db'));
  try {
    await source.claimAlertDelivery('mention:a', 'https://hooks.example/1');
    const reports = await copyStore(source, target);
    expect(reports.find((r) => r.table === 'alert_deliveries')).toMatchObject({ sourceRows: 1, targetRows: 1, ok: true });
    expect(await target.claimAlertDelivery('mention:a', 'https://hooks.example/1')).toBe(false);
    expect(await target.claimAlertDelivery('mention:b', 'https://hooks.example/1')).toBe(true);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
});

it('moves the team along: users and their tokens, notes, tags, corrections, the audit trail and the learned layer', async () => {
  const source = openSqliteStore(join(dir, 'old.db'));
  const target = openSqliteStore(join(dir, 'new.db'));
  try {
    const m = makeMention({ text: 'El chat… 40 minutos esperando', lang: 'es' });
    await source.insertMentions([m]);
    const { token } = await source.team.addUser({ name: 'Ana', email: 'ana@example.com' }, '2026-12-01T10:00:00.000Z');
    const edit = { by: 'Ana', at: '2026-12-01T10:01:00.000Z' };
    await source.team.addNote(m.id, { id: 'note-0001', text: 'Cliente de empresa' }, edit);
    await source.team.setTags(m.id, ['chat'], edit);
    await source.team.correctSentiment(m.id, { label: 'negative' }, edit);
    await source.team.saveLayer('sentiment', { baseline: 'cues-1#1', examples: 1, trainedAt: edit.at, weights: '{}' });
    const reports = await copyStore(source, target);
    for (const table of ['users', 'mention_notes', 'mention_tags', 'mention_history', 'sentiment_corrections', 'correction_layers']) {
      expect(reports.find((r) => r.table === table)).toMatchObject({ ok: true });
    }
    expect(await target.verifyToken(token)).toBe('Ana');
    expect((await target.team.callerOf('Ana')).user?.email).toBe('ana@example.com');
    expect(await target.getMention(m.id)).toMatchObject({ notes: [{ text: 'Cliente de empresa' }], tags: ['chat'], sentiment: { label: 'negative' } });
    expect(await target.team.corrections({ limit: 5 })).toEqual(await source.team.corrections({ limit: 5 }));
    expect(await target.team.history(m.id)).toEqual(await source.team.history(m.id));
    expect(await target.team.loadLayer('sentiment')).toEqual(await source.team.loadLayer('sentiment'));
    // New entries after the move do not collide with copied ones.
    await target.team.addNote(m.id, { text: 'after the move' }, { by: 'Ana', at: '2026-12-01T11:00:00.000Z' });
    expect((await target.team.history(m.id))?.at(-1)).toMatchObject({ action: 'note-added', to: 'after the move' });
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
});
