// Stage 4a: group near-duplicates (one complaint reposted on X, Reddit and Mastodon) under the id of the
// first mention of the group; every mention is still stored. The index lives in memory for the process
// and is seeded from the newest stored mentions, so groups continue across restarts.
import { NearDuplicateIndex } from '../../shared/near-duplicates/index.ts';

export interface Clusterer {
  /** The cluster id for a new mention (its own id when nothing similar was seen). */
  clusterOf(id: string, text: string): string;
}

/** @param seed mentions already stored, oldest first, with the cluster they belong to */
export function createClusterer(seed: Iterable<{ id: string; text: string; clusterId?: string }> = []): Clusterer {
  const index = new NearDuplicateIndex();
  // The index answers with the first similar *id* it holds; stored mentions keep their stored cluster.
  const stored = new Map<string, string>();
  for (const mention of seed) {
    index.add(mention.id, mention.text);
    stored.set(mention.id, mention.clusterId ?? mention.id);
  }
  return {
    clusterOf(id, text) {
      const first = index.add(id, text);
      const cluster = stored.get(first) ?? first;
      stored.set(id, cluster);
      return cluster;
    },
  };
}
