// The key drivers for the dashboard's range and brand: from the collector (GET /api/stats/aspects), else
// from the mentions synced here, by the same shared computation.
import type { AspectStatsAnswer } from '../../../shared/api/aspects.ts';
import { previousPeriod } from '../../../shared/stats/key-drivers.ts';
import { keyDriversOf } from '../../../shared/stats/key-driver-tally.ts';
import { db } from '../../db/vigia-db.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import { describeError } from '../../sync/collector-errors.ts';

export type KeyDriversResult = { source: 'collector' | 'local'; detail?: string; drivers: AspectStatsAnswer };

export async function loadKeyDrivers(q: { from: string; to: string; brand?: string }, fetchImpl?: typeof fetch): Promise<KeyDriversResult> {
  const settings = await settingsItem.getValue();
  try {
    if (!isConfigured(settings)) throw new Error('not configured');
    const drivers = await createCollectorClient(settings, fetchImpl).aspectStats(q);
    return { source: 'collector', drivers };
  } catch (error) {
    const rows = await db.mentions.where('recency').between(previousPeriod(q.from, q.to).from, q.to, true, false).toArray();
    const drivers = keyDriversOf(rows.map((r) => r.mention), q);
    return { source: 'local', detail: describeError(error), drivers: { ...(q.brand ? { brand: q.brand } : {}), ...drivers } };
  }
}
