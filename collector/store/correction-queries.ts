// A person's sentiment correction: the mention takes their label (audited, with a new change seq), urgency
// and priority are judged again, and the text is kept as a labelled example for the installation's layer
// and for `vigia export-corrections`. Also the stored layer itself.
import type { Kysely } from 'kysely';
import { isScored, sentimentLabelOf, type Mention, type SentimentLabel, type Sentiment } from '../../shared/mention.ts';
import { triageMention } from '../../shared/priority/index.ts';
import { TeamConflictError } from '../team/team-errors.ts';
import type { Edit, SentimentCorrectionRecord, StoredLayer } from '../team/team-store.ts';
import { rewriteMention } from './mention-rewrite.ts';
import type { VigiaDatabase } from './schema.ts';
import type { SqlBackend } from './sql-backend.ts';

/** Where a label sits on the -1…1 scale when the scorer's own score points the other way. */
const LABEL_SCORE: Record<SentimentLabel, number> = { negative: -0.5, neutral: 0, positive: 0.5 };

/**
 * The person's label with confidence 1. The score keeps the scorer's strength when it agrees in sign with
 * the label (how negative it reads), else the middle of the label's side of the scale: a person says
 * which way, not how much.
 */
export function correctedSentiment(before: Sentiment, label: SentimentLabel): Sentiment {
  const score = isScored(before) ? before.score : undefined;
  const agrees = score !== undefined && (label === 'negative' ? score < 0 : label === 'positive' ? score > 0 : false);
  return { score: agrees ? score : LABEL_SCORE[label], label, confidence: 1 };
}

/** The text as it was judged: the title and the text (as the scorer reads them together). */
const judgedText = (m: Mention) => (m.title ? `${m.title}.\n${m.text}` : m.text);

/** The corrected mention, with urgency and priority judged again on the new label. */
export function applyCorrection(mention: Mention, label: SentimentLabel, edit: Edit, note?: string): Mention {
  const from = mention.sentimentCorrection?.from ?? sentimentLabelOf(mention.sentiment) ?? 'unscored';
  const corrected: Mention = {
    ...mention,
    sentiment: correctedSentiment(mention.sentiment, label),
    sentimentCorrection: { by: edit.by, at: edit.at, from, ...(note ? { note } : {}) },
  };
  const churnRisk = mention.priorityWhy?.some((f) => f.factor === 'churn-risk') ?? false;
  return { ...corrected, ...triageMention(corrected, { knownCustomer: mention.customerId !== undefined, churnRisk }) };
}

export function createCorrectionQueries(backend: SqlBackend) {
  const { db } = backend;
  return {
    correctSentiment(mentionId: string, correction: { label: SentimentLabel; note?: string }, edit: Edit): Promise<Mention> {
      return rewriteMention(backend, mentionId, async (mention, trx) => {
        const stored = mention.sentimentCorrection;
        if (stored && edit.at < stored.at) {
          throw new TeamConflictError(`the sentiment of mention ${mentionId} was corrected by ${stored.by} at ${stored.at}, after this edit (${edit.at}): the later correction stays`, mention);
        }
        const before = sentimentLabelOf(mention.sentiment) ?? 'unscored';
        if (stored && before === correction.label && (stored.note ?? '') === (correction.note ?? '')) return undefined;
        const next = applyCorrection(mention, correction.label, edit, correction.note);
        const record = {
          text: judgedText(mention),
          lang: mention.lang,
          label: correction.label,
          from_label: next.sentimentCorrection!.from,
          corrected_by: edit.by,
          corrected_at: edit.at,
          note: correction.note ?? null,
        };
        await trx.insertInto('sentiment_corrections').values({ mention_id: mentionId, ...record }).onConflict((oc) => oc.column('mention_id').doUpdateSet(record)).execute();
        // Its phrases stay: they are stored for every mention, and the label column decides which side they count on.
        return {
          mention: next,
          columns: { sentiment_label: correction.label, priority: next.priority, urgency: next.urgency ?? null },
          history: [{ at: edit.at, who: edit.by, action: 'sentiment', from: before, to: correction.label, detail: correction.note ?? null }],
        };
      });
    },

    async corrections(page: { after?: { at: string; mentionId: string }; limit: number }): Promise<SentimentCorrectionRecord[]> {
      let query = db.selectFrom('sentiment_corrections').selectAll().orderBy('corrected_at').orderBy('mention_id').limit(page.limit);
      const after = page.after;
      if (after) query = query.where((eb) => eb(eb.refTuple('corrected_at', 'mention_id'), '>', eb.tuple(after.at, after.mentionId)));
      const rows = await query.execute();
      return rows.map((r) => ({
        mentionId: r.mention_id,
        text: r.text,
        lang: r.lang,
        label: r.label as SentimentLabel,
        from: r.from_label as SentimentLabel | 'unscored',
        correctedBy: r.corrected_by,
        at: r.corrected_at,
        ...(r.note ? { note: r.note } : {}),
      }));
    },

    async correctionsVersion(): Promise<string> {
      const row = await db
        .selectFrom('sentiment_corrections')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('corrected_at').as('newest')])
        .executeTakeFirst();
      return `${Number(row?.n ?? 0)}@${row?.newest ?? ''}`;
    },

    async loadLayer(name: string): Promise<StoredLayer | undefined> {
      const row = await db.selectFrom('correction_layers').selectAll().where('name', '=', name).executeTakeFirst();
      return row && { baseline: row.baseline, examples: Number(row.examples), trainedAt: row.trained_at, weights: row.weights };
    },

    async saveLayer(name: string, layer: StoredLayer): Promise<void> {
      const row = { baseline: layer.baseline, examples: layer.examples, trained_at: layer.trainedAt, weights: layer.weights };
      await backend.writeTransaction((trx) => trx.insertInto('correction_layers').values({ name, ...row }).onConflict((oc) => oc.column('name').doUpdateSet(row)).execute());
    },
  };
}
