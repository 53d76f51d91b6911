// Mute rules on either engine: adding one hides the stored mentions of its brand it matches, removing one
// shows them again (unless another rule still matches), all in the transaction that changes the rule, each
// changed mention with a new change seq. Candidates are narrowed in SQL, then judged by the one matcher
// ingest uses (shared/mutes/mute-match.ts), so stored and new mentions are hidden alike.
import { randomUUID } from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { Muted, MuteKind, MuteRule } from '../../shared/mutes/mute-rule.ts';
import { findMutingRule, muteKeyOf, muteMatches } from '../../shared/mutes/mute-match.ts';
import { foldText } from '../../shared/text-fold.ts';
import type { ConfigMute, MuteAdded, NewMute } from '../mutes/noise-store.ts';
import { toMention } from './mention-rows.ts';
import type { MutesTable } from './noise-tables.ts';
import type { MentionsTable, VigiaDatabase } from './schema.ts';
import type { ChangeAnnouncer, SqlBackend } from './sql-backend.ts';

/** Mentions judged per read while hiding or showing. */
const BATCH = 500;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const contains = (column: 'search' | 'doc' | 'muted', text: string, lower = false) =>
  sql<SqlBool>`${lower ? sql`lower(${sql.ref(column)})` : sql.ref(column)} LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;

export const toMuteRule = (row: MutesTable): MuteRule => ({ id: row.id, brand: row.brand, kind: row.kind as MuteKind, value: row.value, by: row.created_by, at: row.created_at });

/** The mark a mention hidden by `rule` carries. */
export const mutedBy = (rule: MuteRule, at: string): Muted => ({ by: rule.by, rule: { kind: 'rule', ruleId: rule.id, brand: rule.brand, muteKind: rule.kind, value: rule.value }, at });

/** A cheap SQL test every mention the rule matches passes (the matcher then decides). */
function candidates(eb: ExpressionBuilder<VigiaDatabase, 'mentions'>, rule: Pick<MuteRule, 'kind' | 'value'>): Expression<SqlBool> {
  const key = muteKeyOf(rule.kind, rule.value);
  if (rule.kind === 'phrase') return eb.and(key.split(' ').map((word) => contains('search', word)));
  if (rule.kind === 'source') return eb.or([eb('source', '=', key), contains('doc', key, true)]);
  const local = key.split('@')[0] ?? key;
  return eb.or([contains('search', foldText(local)), contains('doc', local, true)]);
}

export async function nextSeq(db: Kysely<VigiaDatabase>): Promise<number> {
  const row = await db.selectFrom('mentions').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Sets (or clears) what hides each mention, each with its own new seq; announces the last. */
export async function writeMuted(trx: Kysely<VigiaDatabase>, changes: readonly { id: string; muted: Muted | null }[], announce: ChangeAnnouncer): Promise<void> {
  if (!changes.length) return;
  let seq = await nextSeq(trx);
  for (const change of changes) {
    await trx.updateTable('mentions').set({ muted: change.muted && JSON.stringify(change.muted), seq }).where('id', '=', change.id).execute();
    seq += 1;
  }
  announce(seq - 1);
}

/** Reads mentions in id order, a batch at a time, through `where`. */
async function* batches(trx: Kysely<VigiaDatabase>, where: (eb: ExpressionBuilder<VigiaDatabase, 'mentions'>) => Expression<SqlBool>): AsyncGenerator<MentionsTable[]> {
  let after = '';
  for (;;) {
    const rows = await trx.selectFrom('mentions').selectAll().where(where).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

/** Hides the shown mentions of the rule's brand it matches; returns how many. */
export async function hideMatching(trx: Kysely<VigiaDatabase>, rule: MuteRule, at: string, announce: ChangeAnnouncer): Promise<number> {
  const brandMentions = trx.selectFrom('mention_brands').select('mention_id').where('brand', '=', rule.brand);
  const changes: { id: string; muted: Muted }[] = [];
  for await (const rows of batches(trx, (eb) => eb.and([eb('muted', 'is', null), eb('id', 'in', brandMentions), candidates(eb, rule)]))) {
    for (const row of rows) if (muteMatches(toMention(row), rule)) changes.push({ id: row.id, muted: mutedBy(rule, at) });
  }
  await writeMuted(trx, changes, announce);
  return changes.length;
}

/** Shows again what `rule` hid, or hands it to another rule that matches it; returns how many are shown. */
async function showHiddenBy(trx: Kysely<VigiaDatabase>, rule: MuteRule, at: string, announce: ChangeAnnouncer): Promise<number> {
  const others = (await trx.selectFrom('mutes').selectAll().where('id', '!=', rule.id).orderBy('created_at').execute()).map(toMuteRule);
  const changes: { id: string; muted: Muted | null }[] = [];
  for await (const rows of batches(trx, () => contains('muted', `"ruleId":${JSON.stringify(rule.id)}`))) {
    for (const row of rows) {
      const still = findMutingRule(toMention(row), others);
      changes.push({ id: row.id, muted: still ? mutedBy(still, at) : null });
    }
  }
  await writeMuted(trx, changes, announce);
  return changes.filter((c) => c.muted === null).length;
}

async function insertRule(trx: Kysely<VigiaDatabase>, mute: NewMute, origin: 'user' | 'config', id: string, at: string): Promise<MuteRule> {
  const row: MutesTable = { id, brand: mute.brand, kind: mute.kind, value: mute.value.trim(), mute_key: muteKeyOf(mute.kind, mute.value), created_by: mute.by, created_at: at, origin };
  await trx.insertInto('mutes').values(row).execute();
  return toMuteRule(row);
}

export function createMuteQueries(backend: SqlBackend) {
  const { db } = backend;
  return {
    async listMutes(): Promise<MuteRule[]> {
      return (await db.selectFrom('mutes').selectAll().orderBy('brand').orderBy('created_at').orderBy('id').execute()).map(toMuteRule);
    },

    addMute(mute: NewMute, at: string): Promise<MuteAdded> {
      return backend.changeTransaction(async (trx, announce) => {
        // The config's rule or a person's: either already hides what this one would.
        const same = await trx.selectFrom('mutes').selectAll().where('brand', '=', mute.brand).where('kind', '=', mute.kind).where('mute_key', '=', muteKeyOf(mute.kind, mute.value)).orderBy('origin').executeTakeFirst();
        if (same) return { rule: toMuteRule(same), created: false, hidden: 0 };
        const rule = await insertRule(trx, mute, 'user', randomUUID(), at);
        return { rule, created: true, hidden: await hideMatching(trx, rule, at, announce) };
      });
    },

    removeMute(id: string, at: string): Promise<{ rule: MuteRule; shown: number } | undefined> {
      return backend.changeTransaction(async (trx, announce) => {
        const row = await trx.selectFrom('mutes').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return undefined;
        await trx.deleteFrom('mutes').where('id', '=', id).execute();
        const rule = toMuteRule(row);
        return { rule, shown: await showHiddenBy(trx, rule, at, announce) };
      });
    },

    syncConfigMutes(mutes: readonly ConfigMute[], at: string): Promise<{ added: number; removed: number }> {
      return backend.changeTransaction(async (trx, announce) => {
        const wanted = new Map(mutes.map((m) => [`config:${m.brand}:${m.kind}:${muteKeyOf(m.kind, m.value)}`, m]));
        const stored = (await trx.selectFrom('mutes').selectAll().where('origin', '=', 'config').execute()).map(toMuteRule);
        const gone = stored.filter((r) => !wanted.has(r.id));
        for (const rule of gone) {
          await trx.deleteFrom('mutes').where('id', '=', rule.id).execute();
          await showHiddenBy(trx, rule, at, announce);
        }
        const known = new Set(stored.map((r) => r.id));
        let added = 0;
        for (const [id, mute] of wanted) {
          if (known.has(id)) continue;
          const rule = await insertRule(trx, { ...mute, by: 'config' }, 'config', id, at);
          await hideMatching(trx, rule, at, announce);
          added += 1;
        }
        return { added, removed: gone.length };
      });
    },
  };
}
