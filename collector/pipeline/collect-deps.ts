// What every collection run shares: the HTTP client, compiled brand queries, and the near-duplicate index
// seeded from the newest stored mentions.
import type { VigiaConfig } from '../config.ts';
import { createHttpClient } from '../http/http-client.ts';
import { Politeness } from '../http/politeness.ts';
import type { VigiaStore } from '../store/store.ts';
import type { Mention } from '../../shared/mention.ts';
import { createClusterer } from './cluster.ts';
import type { CollectDeps } from './collect-source.ts';
import { createBrandMatcher } from './match-brands.ts';
import { BrowserPool } from '../reviews/browser/browser-pool.ts';
import { configMutesOf } from '../mutes/mute-config.ts';

/** How many stored mentions seed the near-duplicate index. @default 5000 */
export const CLUSTER_SEED = 5000;

export interface CollectRuntime extends CollectDeps {
  /** Closes the shared browser if a review source started it. */
  close(): Promise<void>;
}

export async function createCollectDeps(config: Pick<VigiaConfig, 'brands' | 'collector'> & Partial<Pick<VigiaConfig, 'sources'>>, store: VigiaStore, extra: Partial<CollectDeps> = {}): Promise<CollectRuntime> {
  // The config's mute rules follow the file: new lines hide what they match, removed lines show it again.
  await store.noise.syncConfigMutes(configMutesOf(config.brands), new Date().toISOString());
  const newest: Mention[] = [];
  for (let position: Parameters<VigiaStore['listMentions']>[1] | undefined = { mode: 'newest' }; position && newest.length < CLUSTER_SEED; ) {
    const page: Awaited<ReturnType<VigiaStore['listMentions']>> = await store.listMentions({}, position, 500);
    newest.push(...page.items);
    position = page.next;
  }
  let pool: BrowserPool | undefined;
  // Feeds and review pages on one host take turns, share its robots.txt and honour one Retry-After.
  const politeness = new Politeness({ userAgent: config.collector.userAgent });
  return {
    store,
    browser: () => (pool ??= new BrowserPool({ userAgent: config.collector.userAgent, politeness })),
    close: async () => pool?.close(),
    http: createHttpClient({ ...config.collector, politeness }),
    matcher: createBrandMatcher(config.brands, config.sources),
    clusterer: createClusterer(newest.reverse().map((m) => ({ id: m.id, text: m.title ? `${m.title}\n${m.text}` : m.text, clusterId: m.clusterId }))),
    ...extra,
  };
}
