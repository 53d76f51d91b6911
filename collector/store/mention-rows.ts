// How a Mention maps to a row of the mentions table and back; triage lives in columns so that it can be
// edited field by field, the rest of the Mention is kept as first stored.
import type { Mention, TriageStatus } from '../../shared/mention.ts';
import { sentimentLabelOf } from '../../shared/mention.ts';
import { foldText } from '../../shared/text-fold.ts';
import { authorNameKey } from './customer-migrations.ts';
import { foldTitleAndText, phrasesOfFolded } from './mention-terms.ts';
import { withNoiseColumns } from './noise-columns.ts';
import type { MentionsTable } from './schema.ts';

/**
 * mentionSearchText(m), from the title and text folded once for the phrases too: folding maps each line on
 * its own (a line break stops every case and accent rule), so folding the lines apart and joining them is
 * folding them joined.
 */
function searchTextOf(m: Mention, titleAndText: string): string {
  const lines: string[] = [];
  if (m.title || m.text) lines.push(titleAndText);
  for (const line of [m.author.name, m.author.handle]) if (line) lines.push(foldText(line));
  return lines.join('\n');
}

/** Fields of a Mention kept in columns of their own (they change), not in the doc. */
const OWN_COLUMNS: ReadonlySet<string> = new Set(['triage', 'muted', 'reply', 'firstResponseAt'] satisfies (keyof Mention)[]);

/**
 * The doc column: the mention without OWN_COLUMNS, triage last (as first stored). Copied key by key into a
 * plain object: a rest pattern builds a slow-mode object that JSON.stringify then serialises slowly.
 */
function docOf(m: Mention): string {
  const doc: Record<string, unknown> = {};
  for (const key in m) if (!OWN_COLUMNS.has(key)) doc[key] = m[key as keyof Mention];
  doc.triage = m.triage;
  return JSON.stringify(doc);
}

/**
 * JSON.stringify(phrases), joined by hand: a phrase is words of letters and digits joined by spaces (the phrase
 * rule's WORD, apostrophes dropped), none of which JSON escapes (mention-terms.test.ts holds it to that).
 */
const phrasesJson = (phrases: readonly string[]): string => (phrases.length ? `["${phrases.join('","')}"]` : '[]');

export function toMentionRow(m: Mention, seq: number): MentionsTable {
  const titleAndText = foldTitleAndText(m);
  const { triage, muted, reply } = m;
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
    search: searchTextOf(m, titleAndText),
    doc: docOf(m),
    stage: m.stage ?? null,
    author_name: authorNameKey(m.author.name),
    first_response_at: triage.status === 'new' ? null : triage.updatedAt,
    urgency: m.urgency ?? null,
    muted: muted ? JSON.stringify(muted) : null,
    reply: reply ? JSON.stringify(reply) : null,
    phrases: phrasesJson(phrasesOfFolded(titleAndText, m.matches)),
  };
}

type TriageColumns = Pick<MentionsTable, 'doc' | 'status' | 'assignee' | 'status_at' | 'assignee_at'> & Partial<Pick<MentionsTable, 'first_response_at' | 'muted' | 'reply'>>;

export function toMention(row: TriageColumns): Mention {
  const doc = JSON.parse(row.doc) as Mention;
  const updatedAt = row.status_at > row.assignee_at ? row.status_at : row.assignee_at;
  doc.triage = { status: row.status as TriageStatus, updatedAt, ...(row.assignee ? { assignee: row.assignee } : {}) };
  return withNoiseColumns(doc, row);
}
