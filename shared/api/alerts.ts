// Alerts (collector/alerts): `event: alert` frames on GET /api/stream and GET /api/alerts. One stable id
// per event, so the stream, the webhooks and a restarted collector agree on what was already said.
import { z } from 'zod';
import { authorSchema, urgencySchema } from '../mention.ts';

/** The mention that raised a mention alert (or the newest of a spike's). */
export const alertMentionSchema = z.object({
  id: z.string(),
  platform: z.string(),
  url: z.string().optional(),
  author: authorSchema,
  title: z.string().optional(),
  /** The start of the text, at most 500 characters. */
  text: z.string(),
  priority: z.number(),
  publishedAt: z.string().optional(),
  /** How soon a person should answer. */
  urgency: urgencySchema.optional(),
  /** The reasons behind `priority`, in English, most decisive first. */
  why: z.array(z.string()).optional(),
});
export type AlertMention = z.infer<typeof alertMentionSchema>;

/** A negative-volume spike: `count` negatives in the hour from `hourStart`, against `baseline` an hour. */
export const alertSpikeSchema = z.object({
  hourStart: z.string(),
  count: z.number(),
  baseline: z.number(),
  /** The count that made it a spike: max(minCount, ⌈factor × baseline⌉). */
  threshold: z.number(),
  /** Ids of the mentions counted so far (at most 20). */
  mentionIds: z.array(z.string()),
});
export type AlertSpike = z.infer<typeof alertSpikeSchema>;

/** A recovery clock about to run out with no response (shared/journey/recovery-clock.ts). */
export const alertRecoverySchema = z.object({
  customerId: z.string(),
  /** When the 48 h run out (ISO 8601). */
  deadline: z.string(),
  /** Hours left when it was raised. */
  hoursLeft: z.number(),
});

export const alertSchema = z.object({
  /** Stable: "mention:<mention id>", "spike:<brand>:<hour start ISO>" or "recovery:<brand>:<mention id>". */
  id: z.string().min(1),
  kind: z.enum(['spike', 'mention', 'recovery']),
  /** When it was raised (ISO 8601). */
  raisedAt: z.string(),
  /** The brand concerned, when the mention or spike is about one. */
  brand: z.string().optional(),
  /** 0–100: the mention's priority; spikes count as 100. */
  priority: z.number(),
  /** One line saying what happened. */
  summary: z.string(),
  mention: alertMentionSchema.optional(),
  spike: alertSpikeSchema.optional(),
  recovery: alertRecoverySchema.optional(),
});
export type Alert = z.infer<typeof alertSchema>;

/** GET /api/alerts: this API server's recent alerts, newest first. */
export const alertListAnswerSchema = z.object({ items: z.array(alertSchema) });
