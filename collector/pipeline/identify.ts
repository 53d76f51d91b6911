// Stage 2: stable id per item (guid → canonical URL → content hash) and dedupe within the batch;
// the first occurrence wins, so the id and content first stored never change.
import { mentionIdOf } from '../../shared/stable-id.ts';
import type { NormalizedItem } from './normalize.ts';

export interface IdentifiedItem extends NormalizedItem {
  id: string;
}

/** `seen`: the ids of the run's earlier items, when it is read a slice at a time. */
export function identifyItems(items: readonly NormalizedItem[], seen = new Set<string>()): IdentifiedItem[] {
  const out: IdentifiedItem[] = [];
  for (const item of items) {
    const id = item.id ?? mentionIdOf({ platform: item.platform, guid: item.guid, url: item.url, title: item.title, text: item.text });
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...item, id });
  }
  return out;
}

/** Drops items whose id is already stored (`known` answers for a batch of ids at once). */
export async function dropKnownItems<T extends { id: string }>(items: readonly T[], known: (ids: string[]) => Promise<Set<string>>): Promise<T[]> {
  if (!items.length) return [];
  const stored = await known(items.map((i) => i.id));
  return items.filter((i) => !stored.has(i.id));
}
