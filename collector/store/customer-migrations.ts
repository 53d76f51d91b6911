// Migrations 3 and 4 (listed in migrations.ts): customers, identities, touchpoints, links, journeys; then the mention facets that
// author candidates and the sentiment statistics query (with a backfill of mentions stored before them).
import type { Kysely } from 'kysely';
import { normalizeName } from '../../shared/customer/customer.ts';
import type { Mention } from '../../shared/mention.ts';
import { insertMentionFacets } from './mention-facets.ts';
import type { columnTypes } from './migrations.ts';
import type { StoreDialect } from './sql-backend.ts';

type ColumnTypes = ReturnType<typeof columnTypes>;

/** The author's display name as compared for "same display name" suggestions, or null. */
export const authorNameKey = (name: string | undefined): string | null => (name && normalizeName(name)) || null;

const BACKFILL_BATCH = 500;

/** Migration 3. */
export async function createCustomerTables(db: Kysely<any>, t: ColumnTypes, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('names', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .addColumn('journeys_stale', t.integer, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('customers_stale').on('customers').column('journeys_stale').execute();
  await db.schema
    .createTable('customer_identities')
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('scope', t.text, (c) => c.notNull())
    .addColumn('value', t.text, (c) => c.notNull())
    .addColumn('customer_id', t.text, (c) => c.notNull())
    .addColumn('position', t.integer, (c) => c.notNull())
    .addColumn('added_at', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_identities_pk', ['kind', 'scope', 'value'])
    .execute();
  await db.schema.createIndex('customer_identities_customer').on('customer_identities').column('customer_id').execute();
  await db.schema
    .createTable('touchpoints')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('external_id', t.text, (c) => c.notNull().unique())
    .addColumn('customer_id', t.text, (c) => c.notNull())
    .addColumn('at', t.text, (c) => c.notNull())
    .addColumn('doc', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('touchpoints_customer').on('touchpoints').columns(['customer_id', 'at']).execute();
  await db.schema.createIndex('touchpoints_at').on('touchpoints').column('at').execute();
  await db.schema
    .createTable('identity_links')
    .addColumn('id', t.integer, (c) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('customer_id', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('scope', t.text, (c) => c.notNull())
    .addColumn('value', t.text, (c) => c.notNull())
    .addColumn('previous_customer_id', t.text)
    .addColumn('previous_position', t.integer)
    .addColumn('already_owned', t.integer, (c) => c.notNull())
    .addColumn('linked_by', t.text, (c) => c.notNull())
    .addColumn('linked_at', t.text, (c) => c.notNull())
    .addColumn('unlinked_by', t.text)
    .addColumn('unlinked_at', t.text)
    .execute();
  await db.schema.createIndex('identity_links_customer').on('identity_links').columns(['customer_id', 'kind', 'scope', 'value']).execute();
  await db.schema.createIndex('identity_links_previous').on('identity_links').column('previous_customer_id').execute();
  await db.schema
    .createTable('identity_link_mentions')
    .addColumn('link_id', t.integer, (c) => c.notNull())
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('previous_customer_id', t.text)
    .addColumn('previous_moment', t.text)
    .addColumn('previous_priority', t.real, (c) => c.notNull())
    .addPrimaryKeyConstraint('identity_link_mentions_pk', ['link_id', 'mention_id'])
    .execute();
  await db.schema
    .createTable('journey_moves')
    .addColumn('customer_id', t.text, (c) => c.notNull())
    .addColumn('touchpoint_id', t.text, (c) => c.notNull())
    .addColumn('journey_id', t.text, (c) => c.notNull())
    .addColumn('moved_by', t.text, (c) => c.notNull())
    .addColumn('moved_at', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('journey_moves_pk', ['customer_id', 'touchpoint_id'])
    .execute();
  await db.schema
    .createTable('journeys')
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('customer_id', t.text, (c) => c.notNull())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('started_at', t.text, (c) => c.notNull())
    .addColumn('ended_at', t.text, (c) => c.notNull())
    .addColumn('touchpoints', t.integer, (c) => c.notNull())
    .addColumn('channels', t.integer, (c) => c.notNull())
    .addColumn('resolved', t.integer, (c) => c.notNull())
    .addColumn('effort', t.real, (c) => c.notNull())
    .addColumn('first_contact_at', t.text)
    .addColumn('first_response_hours', t.real)
    .addColumn('refreshed_at', t.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('journeys_customer').on('journeys').column('customer_id').execute();
  await db.schema.createIndex('journeys_started').on('journeys').column('started_at').execute();
}

/** Migration 4. */
export async function addMentionFacets(db: Kysely<any>, t: ColumnTypes, dialect: StoreDialect): Promise<void> {
  for (const column of ['stage', 'author_name', 'first_response_at']) await db.schema.alterTable('mentions').addColumn(column, t.text).execute();
  await db.schema.createIndex('mentions_customer').on('mentions').column('customer_id').execute();
  await db.schema.createIndex('mentions_author_name').on('mentions').column('author_name').execute();
  await db.schema
    .createTable('mention_brands')
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('brand', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_brands_pk', ['mention_id', 'brand'])
    .execute();
  await db.schema.createIndex('mention_brands_brand').on('mention_brands').column('brand').execute();
  await db.schema
    .createTable('mention_terms')
    .addColumn('mention_id', t.text, (c) => c.notNull())
    .addColumn('term', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_terms_pk', ['mention_id', 'term'])
    .execute();
  // Mentions stored before: their facets from the stored document. The first change away from "new" was
  // not recorded then; the last status change is the best evidence left.
  for (let after = ''; ; ) {
    const rows: { id: string; doc: string; status: string; status_at: string }[] = await db
      .selectFrom('mentions')
      .select(['id', 'doc', 'status', 'status_at'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BACKFILL_BATCH)
      .execute();
    if (!rows.length) break;
    const mentions = rows.map((r) => JSON.parse(r.doc) as Mention);
    for (const [i, row] of rows.entries()) {
      const m = mentions[i]!;
      await db
        .updateTable('mentions')
        .set({ stage: m.stage ?? null, author_name: authorNameKey(m.author?.name), first_response_at: row.status === 'new' ? null : row.status_at })
        .where('id', '=', row.id)
        .execute();
    }
    await insertMentionFacets(db, dialect, mentions.map((m) => ({ ...m, matches: m.matches ?? [] })));
    after = rows.at(-1)!.id;
  }
}
