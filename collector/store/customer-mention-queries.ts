// Which customers and authors have stored public mentions at all, for many at once: an import's customers
// mostly have none, so the per-customer and per-handle reads that follow run only for those that do.
import type { Kysely } from 'kysely';
import { normalizeHandle } from '../../shared/author-handle.ts';
import { authorKey } from '../customers/customer-store.ts';
import { chunked } from './customer-queries.ts';
import type { VigiaDatabase } from './schema.ts';

export function createCustomerMentionQueries(db: Kysely<VigiaDatabase>) {
  return {
    async customersWithMentions(customerIds: readonly string[]): Promise<Set<string>> {
      const rows = await chunked([...new Set(customerIds)], (ids) => db.selectFrom('mentions').select('customer_id').distinct().where('customer_id', 'in', ids).execute());
      return new Set(rows.flatMap((r) => r.customer_id ?? []));
    },

    /** Keyed by the handle as given (it is normalised for the lookup, as mentionsByAuthor does). */
    async authorsWithMentions(handles: readonly { platform: string; handle: string }[]): Promise<Set<string>> {
      // Per platform: the handles as stored → the handles as given.
      const byPlatform = new Map<string, Map<string, string[]>>();
      for (const { platform, handle } of handles) {
        const own = byPlatform.get(platform) ?? new Map<string, string[]>();
        const stored = normalizeHandle(handle);
        own.set(stored, [...(own.get(stored) ?? []), handle]);
        byPlatform.set(platform, own);
      }
      const found = new Set<string>();
      for (const [platform, own] of byPlatform) {
        const rows = await chunked([...own.keys()], (chunk) =>
          db.selectFrom('mentions').select('author_handle').distinct().where('platform', '=', platform).where('author_handle', 'in', chunk).execute(),
        );
        for (const row of rows) for (const handle of own.get(row.author_handle ?? '') ?? []) found.add(authorKey(platform, handle));
      }
      return found;
    },
  };
}
