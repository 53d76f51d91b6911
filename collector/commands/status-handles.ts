// Sources whose posts name author handles but no platform: a feed on a host Vigía does not know (a Reddit
// mirror, an RSSHub instance read as plain RSS) stores its posts as platform "rss", and a handle there never
// meets a customer's handle on the real platform. `sources[].platform` fixes it; `vigia status` says so.
import type { Author } from '../../shared/mention.ts';
import type { SourceConfig } from '../config.ts';
import type { VigiaStore } from '../store/store.ts';

/** How many of the newest "rss" mentions are looked at: enough to notice, one cheap query. */
const SAMPLE = 1000;

/** The handle an author shows: the stored one, or a name written as one ("u/marta_rz", "@acme"). */
export function shownHandle(author: Author): string | undefined {
  if (author.handle) return author.handle;
  return /^(?:\/?u\/|@)([\w.-]{2,40})$/.exec(author.name?.trim() ?? '')?.[1];
}

/** One source's problem: how many sampled posts show a handle, and one of them. */
export interface HandleWarning {
  posts: number;
  example: string;
}

/** Sources (by id) whose newest posts carry handles under platform "rss", unless their config sets a platform. */
export async function handlesWithoutPlatform(store: Pick<VigiaStore, 'listMentions'>, sources: readonly Pick<SourceConfig, 'id' | 'platform'>[] | undefined): Promise<Map<string, HandleWarning>> {
  const fixed = new Set(sources?.filter((s) => s.platform).map((s) => s.id));
  const { items } = await store.listMentions({ platform: 'rss' }, { mode: 'newest' }, SAMPLE);
  const found = new Map<string, HandleWarning>();
  for (const mention of items) {
    const handle = shownHandle(mention.author);
    if (!handle || fixed.has(mention.source)) continue;
    const seen = found.get(mention.source);
    found.set(mention.source, { posts: (seen?.posts ?? 0) + 1, example: seen?.example ?? handle });
  }
  return found;
}

/** The warning as `vigia status` prints it. */
export function handleWarningText(id: string, w: HandleWarning): string {
  const posts = w.posts === 1 ? '1 post carries' : `${w.posts} posts carry`;
  return `${id}: ${posts} author handles (e.g. ${w.example}) but no platform, so they cannot be linked to customers: set "platform" on this source (e.g. "reddit", "mastodon", "x")`;
}
