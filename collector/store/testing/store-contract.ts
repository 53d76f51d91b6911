// The behaviour every VigiaStore backend must show, as one vitest suite run against each of them
// (sqlite-store.test.ts, postgres-store.test.ts). A backend is given as a harness that opens stores on
// one fresh database, so the suite can also play several processes sharing it.
import { afterEach, beforeEach, describe } from 'vitest';
import type { SqlStore } from '../sql-store.ts';
import { mentionContract } from './store-contract-mentions.ts';
import { sourceContract } from './store-contract-sources.ts';
import { concurrencyContract } from './store-contract-concurrency.ts';
import { customerContract } from './store-contract-customers.ts';
import { sentimentStatsContract } from './store-contract-stats.ts';
import { alertDeliveryContract } from './store-contract-alerts.ts';
import { tokenContract } from './store-contract-tokens.ts';
import { teamContract } from './store-contract-team.ts';
import { aspectContract } from './store-contract-aspects.ts';

export interface StoreHarness {
  /** Opens a store on this harness's database; each call is another connection, like another process. */
  open(opts?: { now?: () => Date }): Promise<SqlStore>;
  /** Whether stores from separate open() calls may run write transactions at the same time from one process. */
  concurrentConnections: boolean;
  /** Closes what it opened and deletes the database. */
  destroy(): Promise<void>;
}

/** What a contract part gets: the open store of the current test, and the harness to open more. */
export interface ContractContext {
  store: SqlStore;
  harness: StoreHarness;
}

/** Registers the contract suite for one backend; `createHarness` gives a fresh database per test. */
export function describeStoreContract(name: string, createHarness: () => Promise<StoreHarness>): void {
  describe(`store contract: ${name}`, () => {
    const ctx = {} as ContractContext;
    beforeEach(async () => {
      ctx.harness = await createHarness();
      ctx.store = await ctx.harness.open();
    });
    afterEach(async () => {
      await ctx.harness.destroy();
    });
    mentionContract(ctx);
    sourceContract(ctx);
    concurrencyContract(ctx);
    customerContract(ctx);
    sentimentStatsContract(ctx);
    alertDeliveryContract(ctx);
    tokenContract(ctx);
    teamContract(ctx);
    aspectContract(ctx);
  });
}

/** Tracks the stores a harness opened, so destroy() can close every one of them. */
export function trackStores() {
  const open = new Set<SqlStore>();
  return {
    add<T extends SqlStore>(store: T): T {
      open.add(store);
      const close = store.close.bind(store);
      store.close = async () => {
        if (!open.delete(store)) return;
        await close();
      };
      return store;
    },
    async closeAll(): Promise<void> {
      await Promise.all([...open].map((s) => s.close()));
    },
  };
}
