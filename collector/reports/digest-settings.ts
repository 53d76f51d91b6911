// `reports` in vigia.config.json: the weekly digest posted to the alert webhooks (collector/reports/digest.ts).
import { z } from 'zod';
import { minuteOfDay } from '../../shared/time/business-hours.ts';
import { isValidTimeZone } from '../../shared/time/zoned-time.ts';
import { REPORT_LANGS } from './report-words.ts';

export const DIGEST_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const weeklyDigestSchema = z
  .object({
    /** @default true */
    enabled: z.boolean().default(true),
    /** The day it is sent, covering the seven days before. @default "mon" */
    day: z.enum(DIGEST_DAYS).default('mon'),
    /** Local time it is sent, "HH:MM". @default "09:00" */
    at: z.string().default('09:00').refine((clock) => minuteOfDay(clock) !== undefined, 'must be a time like "09:00"'),
    /** IANA time zone of `day` and `at`. @default "UTC" */
    timezone: z.string().default('UTC').refine(isValidTimeZone, 'must be an IANA time zone like "Europe/Madrid"'),
    /** @default "en" */
    lang: z.enum(REPORT_LANGS).default('en'),
    /** One brand's digest (its name in `brands`); absent, every brand. */
    brand: z.string().trim().min(1).optional(),
    /** Where the team reads the full report (a shared folder, an intranet page): linked from the digest. */
    link: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  .strict();

export const reportSettingsSchema = z
  .object({
    /** A summary of the week posted to every alert webhook; absent, none. */
    weeklyDigest: weeklyDigestSchema.optional(),
  })
  .strict()
  .prefault({});

export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export type WeeklyDigestSettings = z.infer<typeof weeklyDigestSchema>;
