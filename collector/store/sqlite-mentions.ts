// Mentions in SQLite: insert-once by stable id, keyset paging, a change feed by seq, field-wise triage.
import type { Mention } from '../../shared/mention.ts';
import { sentimentLabelOf } from '../../shared/mention.ts';
import { foldText } from '../../shared/text-fold.ts';
import type { SqliteDatabase } from './database.ts';
import type { MentionFilter, MentionPage, MentionPosition, TriagePatch } from './store.ts';

interface MentionRow {
  doc: string;
  seq: number;
  sort_at: string;
  id: string;
  status: string;
  assignee: string | null;
  status_at: string;
  assignee_at: string;
}

function toMention(row: MentionRow): Mention {
  const doc = JSON.parse(row.doc) as Mention;
  const updatedAt = row.status_at > row.assignee_at ? row.status_at : row.assignee_at;
  doc.triage = { status: row.status as Mention['triage']['status'], updatedAt, ...(row.assignee ? { assignee: row.assignee } : {}) };
  return doc;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(filter: MentionFilter): { sql: string[]; args: unknown[] } {
  const sql: string[] = [];
  const args: unknown[] = [];
  if (filter.q) (sql.push("search LIKE ? ESCAPE '\\'"), args.push(`%${escapeLike(foldText(filter.q))}%`));
  if (filter.sentiment) (sql.push('sentiment_label = ?'), args.push(filter.sentiment));
  if (filter.platform) (sql.push('platform = ?'), args.push(filter.platform));
  if (filter.moment) (sql.push('moment = ?'), args.push(filter.moment));
  if (filter.status) (sql.push('status = ?'), args.push(filter.status));
  if (filter.author) (sql.push('author_handle = ?'), args.push(filter.author));
  return { sql, args };
}

export function createSqliteMentions(db: SqliteDatabase) {
  const nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM mentions').pluck();
  const insert = db.prepare(`INSERT OR IGNORE INTO mentions
    (id, seq, source, platform, author_handle, sort_at, published_at, collected_at, sentiment_label, moment, priority,
     status, assignee, status_at, assignee_at, customer_id, search, doc)
    VALUES (@id, @seq, @source, @platform, @author_handle, @sort_at, @published_at, @collected_at, @sentiment_label, @moment,
     @priority, @status, @assignee, @status_at, @assignee_at, @customer_id, @search, @doc)`);
  const byId = db.prepare('SELECT * FROM mentions WHERE id = ?');

  const insertMany = db.transaction((mentions: Mention[]) => {
    const inserted: Mention[] = [];
    for (const m of mentions) {
      const { triage, ...doc } = m;
      const result = insert.run({
        id: m.id,
        seq: nextSeq.get() as number,
        source: m.source,
        platform: m.platform,
        author_handle: m.author.handle ?? null,
        sort_at: m.publishedAt ?? m.collectedAt,
        published_at: m.publishedAt ?? null,
        collected_at: m.collectedAt,
        sentiment_label: sentimentLabelOf(m.sentiment) ?? 'unscored',
        moment: m.moment ?? null,
        priority: m.priority,
        status: triage.status,
        assignee: triage.assignee ?? null,
        status_at: triage.updatedAt,
        assignee_at: triage.updatedAt,
        customer_id: m.customerId ?? null,
        search: foldText([m.title, m.text, m.author.name, m.author.handle].filter(Boolean).join('\n')),
        doc: JSON.stringify({ ...doc, triage }),
      });
      if (result.changes) inserted.push(m);
    }
    return inserted;
  });

  const triageTx = db.transaction((id: string, patch: TriagePatch) => {
    const row = byId.get(id) as MentionRow | undefined;
    if (!row) return undefined;
    const sets: string[] = [];
    const args: unknown[] = [];
    if (patch.status !== undefined && patch.updatedAt >= row.status_at && patch.status !== row.status) {
      sets.push('status = ?', 'status_at = ?');
      args.push(patch.status, patch.updatedAt);
    }
    if (patch.assignee !== undefined && patch.updatedAt >= row.assignee_at && (patch.assignee ?? null) !== row.assignee) {
      sets.push('assignee = ?', 'assignee_at = ?');
      args.push(patch.assignee, patch.updatedAt);
    }
    if (sets.length) db.prepare(`UPDATE mentions SET ${sets.join(', ')}, seq = ? WHERE id = ?`).run(...args, nextSeq.get(), id);
    return toMention(byId.get(id) as MentionRow);
  });

  return {
    knownIds(ids: string[]): Set<string> {
      const known = new Set<string>();
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = db.prepare(`SELECT id FROM mentions WHERE id IN (${chunk.map(() => '?').join(',')})`).pluck().all(...chunk) as string[];
        for (const id of rows) known.add(id);
      }
      return known;
    },
    insert: (mentions: Mention[]) => insertMany(mentions),
    get(id: string): Mention | undefined {
      const row = byId.get(id) as MentionRow | undefined;
      return row && toMention(row);
    },
    updateTriage: (id: string, patch: TriagePatch) => triageTx(id, patch),
    latestSeq: () => (db.prepare('SELECT COALESCE(MAX(seq), 0) FROM mentions').pluck().get() as number),
    count: () => (db.prepare('SELECT COUNT(*) FROM mentions').pluck().get() as number),
    list(filter: MentionFilter, position: MentionPosition, limit: number): MentionPage {
      const { sql, args } = whereOf(filter);
      let order: string;
      if (position.mode === 'changes') {
        sql.push('seq > ?');
        args.push(position.afterSeq);
        order = 'seq ASC';
      } else {
        if (position.publishedSince) (sql.push('sort_at >= ?'), args.push(position.publishedSince));
        if (position.after) (sql.push('(sort_at < ? OR (sort_at = ? AND id < ?))'), args.push(position.after.sortAt, position.after.sortAt, position.after.id));
        order = 'sort_at DESC, id DESC';
      }
      const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
      const rows = db.prepare(`SELECT * FROM mentions ${where} ORDER BY ${order} LIMIT ?`).all(...args, limit + 1) as MentionRow[];
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      if (position.mode === 'changes') {
        const lastSeq = last?.seq ?? position.afterSeq;
        return { items: page.map(toMention), seqs: page.map((r) => r.seq), lastSeq, next: more ? { mode: 'changes', afterSeq: lastSeq } : undefined };
      }
      return {
        items: page.map(toMention),
        lastSeq: 0,
        next: more && last ? { mode: 'newest', after: { sortAt: last.sort_at, id: last.id }, publishedSince: position.publishedSince } : undefined,
      };
    },
  };
}
