// The `alerts` section of vigia.config.json: when a negative mention or a negative-volume spike raises
// an alert, and which webhooks receive it (Slack-compatible incoming webhooks, or any JSON endpoint).
import { z } from 'zod';
import { urgencySchema } from '../../shared/mention.ts';

export const webhookSchema = z.object({
  /** Incoming-webhook URL (Slack, Mattermost, Teams' Slack-compatible endpoint, or your own). */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  /** Only mention alerts at or above this priority go here (spikes always do). @default alerts.minPriority */
  minPriority: z.number().min(0).max(100).optional(),
  /** Which alerts go here. @default ["spike", "mention", "recovery"] */
  kinds: z.array(z.enum(['spike', 'mention', 'recovery'])).min(1).default(['spike', 'mention', 'recovery']),
});

const spikeSchema = z.object({
  /** false turns spike alerts off. @default true */
  enabled: z.boolean().default(true),
  /** Fewest negative mentions in one hour that can be a spike. @default 5 */
  minCount: z.number().int().min(1).default(5),
  /** How many times its baseline an hour must reach. @default 3 */
  factor: z.number().min(1).default(3),
  /** Hours before the current one that make its baseline. @default 24 */
  baselineHours: z.number().int().min(3).max(336).default(24),
});

export const alertSettingsSchema = z
  .object({
    /** A mention at or above this priority (0–100) of an urgency below raises a mention alert. @default 70 */
    minPriority: z.number().min(0).max(100).default(70),
    /**
     * Which urgencies raise mention alerts; add "soon" (and lower minPriority to 50) to hear of questions and
     * milder complaints too. Mentions stored before urgency existed alert when negative. @default ["now"]
     */
    urgency: z.array(urgencySchema).min(1, 'list at least one urgency').default(['now']),
    spike: spikeSchema.prefault({}),
    webhooks: z.array(webhookSchema).default([]),
    /** Alert when a customer's 48 h recovery clock has at most this many hours left and nobody responded; 0 turns it off. @default 6 */
    recoveryHoursLeft: z.number().min(0).max(47).default(6),
    /** Delivery attempts per webhook after the first (with exponential backoff). @default 4 */
    retries: z.number().int().min(0).max(10).default(4),
  })
  .prefault({});

export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export type WebhookSettings = z.infer<typeof webhookSchema>;
export type SpikeRule = z.infer<typeof spikeSchema>;

/** Settings when the config has no `alerts` section. */
export const defaultAlertSettings = (): AlertSettings => alertSettingsSchema.parse(undefined);
