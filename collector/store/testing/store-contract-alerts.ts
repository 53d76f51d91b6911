// Contract, alert deliveries: a claim on an (alert, webhook) pair is granted once per database, whichever
// store handle (process) asks, until it is released; old claims are pruned so the table stays bounded.
import { expect, it } from 'vitest';
import type { ContractContext } from './store-contract.ts';

const HOOK = 'https://hooks.slack.com/services/T000/B000/secret';

export function alertDeliveryContract(ctx: ContractContext): void {
  it('grants each alert delivery claim once, across store handles, until it is released', async () => {
    const { store } = ctx;
    expect(await store.claimAlertDelivery('mention:a', HOOK)).toBe(true);
    expect(await store.claimAlertDelivery('mention:a', HOOK)).toBe(false);
    const other = await ctx.harness.open();
    expect(await other.claimAlertDelivery('mention:a', HOOK)).toBe(false);
    // Another webhook, or another alert, is another claim.
    expect(await other.claimAlertDelivery('mention:a', 'https://chat.example/hook')).toBe(true);
    expect(await other.claimAlertDelivery('spike:Lumora:2026-11-24T10:00:00.000Z', HOOK)).toBe(true);

    await store.releaseAlertDelivery('mention:a', HOOK);
    expect(await other.claimAlertDelivery('mention:a', HOOK)).toBe(true);
    expect(await store.claimAlertDelivery('mention:a', HOOK)).toBe(false);
    // The webhook URL is a secret: the table keeps only its hash.
    const rows = await store.sql.db.selectFrom('alert_deliveries').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('secret');
  });

  it('lets exactly one of many concurrent claimers have a delivery', async () => {
    const claimers = ctx.harness.concurrentConnections ? await Promise.all([0, 1, 2, 3].map(() => ctx.harness.open())) : [ctx.store, await ctx.harness.open()];
    const results = await Promise.all(claimers.flatMap((s) => [s.claimAlertDelivery('mention:b', HOOK), s.claimAlertDelivery('mention:b', HOOK)]));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('prunes claims made before the retention cut, and only those', async () => {
    let clock = Date.parse('2026-10-01T00:00:00.000Z');
    const store = await ctx.harness.open({ now: () => new Date(clock) });
    await store.claimAlertDelivery('mention:old', HOOK);
    clock = Date.parse('2026-11-24T10:00:00.000Z');
    await store.claimAlertDelivery('mention:new', HOOK);
    expect(await store.pruneAlertDeliveries('2026-10-25T10:00:00.000Z')).toBe(1);
    expect(await store.pruneAlertDeliveries('2026-10-25T10:00:00.000Z')).toBe(0);
    expect(await store.claimAlertDelivery('mention:old', HOOK)).toBe(true);
    expect(await store.claimAlertDelivery('mention:new', HOOK)).toBe(false);
  });
}
