import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '../customers/testing/customer-fixtures.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { runExportCorrections } from './export-corrections.ts';
import { addUserCommand, listUsersCommand } from './user.ts';

let temp: TempStore;
let dir: string;
beforeEach(() => {
  temp = openTempStore();
  dir = mkdtempSync(join(tmpdir(), 'vigia-cli-'));
});
afterEach(async () => {
  await temp.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('vigia user', () => {
  it('adds a person with a token of their own, printed alone on the last line, and lists the team without secrets', async () => {
    const lines: string[] = [];
    const token = await addUserCommand(temp.store, 'Lucía', { email: 'lucia@example.com' }, (l) => lines.push(l));
    expect(lines[0]).toMatch(/^Added Lucía <lucia@example.com> \(u_\S+\) with a token of their own\./);
    expect(lines[1]).toBe(token);
    expect(await temp.store.verifyToken(token)).toBe('Lucía');
    await expect(addUserCommand(temp.store, 'Lucía', {}, () => undefined)).rejects.toThrow('user: a user named "Lucía" exists');
    await expect(addUserCommand(temp.store, 'Tom', { email: 'tom@' }, () => undefined)).rejects.toThrow('user: "tom@" is not an e-mail address');
    const listed: string[] = [];
    await listUsersCommand(temp.store, (l) => listed.push(l));
    expect(listed).toHaveLength(2);
    expect(listed[1]).toMatch(/^Lucía\s+lucia@example.com\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+(never|\d{4}-\d\d-\d\d \d\d:\d\d UTC)$/);
    expect(listed.join('\n')).not.toContain(token.slice(6));
  });

  it('says how to add someone when there is nobody', async () => {
    const lines: string[] = [];
    await listUsersCommand(temp.store, (l) => lines.push(l));
    expect(lines).toEqual(['No users yet. Add one with "vigia user add NAME --email ADDRESS".']);
  });
});

describe('vigia export-corrections', () => {
  it('writes each correction as one JSON line, oldest first, names only when asked, and never overwrites a file', async () => {
    const a = makeMention({ text: 'Switched to Lumora… No regrets', lang: 'en' });
    const b = makeMention({ text: 'El chat… 40 minutos esperando', lang: 'es' });
    await temp.store.insertMentions([a, b]);
    await temp.store.team.correctSentiment(b.id, { label: 'negative' }, { by: 'Ana', at: '2026-12-01T10:00:00.000Z' });
    await temp.store.team.correctSentiment(a.id, { label: 'positive', note: 'happy customer' }, { by: 'Bea', at: '2026-12-01T11:00:00.000Z' });
    const out = join(dir, 'corrections.jsonl');
    const logs: string[] = [];
    expect(await runExportCorrections(temp.store, { out }, (l) => logs.push(l))).toBe(2);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toEqual([
      { text: b.text, lang: 'es', label: 'negative', from: expect.any(String), at: '2026-12-01T10:00:00.000Z', mentionId: b.id },
      { text: a.text, lang: 'en', label: 'positive', from: expect.any(String), at: '2026-12-01T11:00:00.000Z', mentionId: a.id, note: 'happy customer' },
    ]);
    expect(logs).toEqual([`Wrote 2 corrections to ${out} (JSON Lines: text, lang, label, from, at).`]);
    await expect(runExportCorrections(temp.store, { out }, () => undefined)).rejects.toThrow(/EEXIST/);
    const named = join(dir, 'named.jsonl');
    await runExportCorrections(temp.store, { out: named, withNames: true }, () => undefined);
    expect(readFileSync(named, 'utf8')).toContain('"correctedBy":"Bea"');
  });
});
