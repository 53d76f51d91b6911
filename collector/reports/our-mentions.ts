// Our brands' mentions, read from the store: every mention but those about competitors only (as
// `GET /api/mentions?competitor=false` lists them; a post naming us and a competitor is ours). What an
// all-brands report and the key drivers count: a competitor's complaints are not ours to explain or answer.
import type { Mention } from '../../shared/mention.ts';
import type { MentionPosition, VigiaStore } from '../store/store.ts';

/** Mentions read per page. */
const PAGE = 500;

/** Newest first from the end of [from, to) (the page key is exclusive: nothing at `to` itself). */
const startOf = (range: { from: string; to: string }): MentionPosition => ({ mode: 'newest', after: { sortAt: range.to, id: '' }, publishedSince: range.from });

/** Whether [from, to) holds a mention about competitors only — else ours are all of them, and SQL aggregates them at once. */
export async function competitorsIn(store: VigiaStore, range: { from: string; to: string }): Promise<boolean> {
  return (await store.listMentions({ competitor: true }, startOf(range), 1)).items.length > 0;
}

/** Calls `visit` with each of our mentions published (else collected) in [from, to), newest first. */
export async function forEachOurMention(store: VigiaStore, range: { from: string; to: string }, visit: (m: Mention) => void): Promise<void> {
  for (let position: MentionPosition | undefined = startOf(range); position; ) {
    const page = await store.listMentions({ competitor: false }, position, PAGE);
    for (const m of page.items) visit(m);
    position = page.next;
  }
}
