// How a Mention maps to a row of the mentions table and back; triage lives in columns so that it can be
// edited field by field, the rest of the Mention is kept as first stored.
import type { Mention, TriageStatus } from '../../shared/mention.ts';
import { sentimentLabelOf } from '../../shared/mention.ts';
import { mentionSearchText } from '../../shared/search/mention-search.ts';
import { authorNameKey } from './customer-migrations.ts';
import { mentionTerms } from './mention-terms.ts';
import { withNoiseColumns } from './noise-columns.ts';
import type { MentionsTable } from './schema.ts';

export function toMentionRow(m: Mention, seq: number): MentionsTable {
  // muted, reply and the first response live in columns (they change); the doc keeps the rest as first stored.
  const { triage, muted, reply, firstResponseAt: _, ...doc } = m;
  return {
    id: m.id,
    seq,
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
    search: mentionSearchText(m),
    doc: JSON.stringify({ ...doc, triage }),
    stage: m.stage ?? null,
    author_name: authorNameKey(m.author.name),
    first_response_at: triage.status === 'new' ? null : triage.updatedAt,
    urgency: m.urgency ?? null,
    muted: muted ? JSON.stringify(muted) : null,
    reply: reply ? JSON.stringify(reply) : null,
    phrases: JSON.stringify(mentionTerms(m)),
  };
}

type TriageColumns = Pick<MentionsTable, 'doc' | 'status' | 'assignee' | 'status_at' | 'assignee_at'> & Partial<Pick<MentionsTable, 'first_response_at' | 'muted' | 'reply'>>;

export function toMention(row: TriageColumns): Mention {
  const doc = JSON.parse(row.doc) as Mention;
  const updatedAt = row.status_at > row.assignee_at ? row.status_at : row.assignee_at;
  doc.triage = { status: row.status as TriageStatus, updatedAt, ...(row.assignee ? { assignee: row.assignee } : {}) };
  return withNoiseColumns(doc, row);
}
