import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';
import { copyStore } from './store-copy.ts';

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
