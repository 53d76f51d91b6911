// The generic touchpoint record checked without zod when every field is plain and valid (what nearly every
// row of an export is): the same checks and the same output as import-record.ts's schemas, field by field,
// at a fraction of the cost per row. Anything it is not sure of — a bad value, a sentiment or CRM reference
// given as an object, a key it does not know — returns undefined, and the schemas then validate the record
// and word the errors, so a bad row is reported exactly as before.
import { normalizeHandle } from '../../shared/author-handle.ts';
import { CRM_SYSTEMS, emailSchema, type CustomerIdentity } from '../../shared/customer/customer.ts';
import { CHANNELS } from '../../shared/journey/touchpoint.ts';
import type { Sentiment } from '../../shared/mention.ts';
import { MOMENTS, STAGES } from '../../shared/moment-of-truth.ts';

/** The touchpoint fields of a validated record, before its external id is settled. */
export interface PlainTouchpoint {
  externalId?: string;
  customer: CustomerIdentity;
  fields: Record<string, unknown>;
}

const CHANNEL = new Set<string>(CHANNELS);
const DIRECTION = new Set(['inbound', 'outbound']);
const OUTCOME = new Set(['resolved', 'unresolved', 'pending']);
const MOMENT = new Set<string>(MOMENTS);
const STAGE = new Set<string>(STAGES);
const CRM_SYSTEM = new Set<string>(CRM_SYSTEMS);
// The patterns of touchpoint.ts (isoInstantSchema) and mention.ts (platformSchema).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const PLATFORM = /^[a-z0-9][a-z0-9.-]{0,62}$/;
const TOUCHPOINT_KEYS = new Set(['type', 'externalId', 'customer', 'channel', 'at', 'direction', 'summary', 'outcome', 'resolvedAt', 'sentiment', 'effort', 'moment', 'stage', 'mentionId']);
const IDENTITY_KEYS = new Set(['name', 'names', 'email', 'emails', 'handles', 'crmIds']);

/** A customer's e-mails repeat on each of their rows: each spelling is checked by the schema once. */
const emails = new Map<string, string | undefined>();
const MAX_EMAILS = 10_000;

/** `text(max)` of import-record.ts: trimmed, 1…max characters. */
const text = (v: unknown, max: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= max ? t : undefined;
};

/** isoInstantSchema: the pattern, a real date, normalised to UTC. */
function instant(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (!ISO_INSTANT.test(t) || Number.isNaN(Date.parse(t))) return undefined;
  return new Date(t).toISOString();
}

const inRange = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

function email(raw: string): string | undefined {
  if (emails.has(raw)) return emails.get(raw);
  const parsed = emailSchema.safeParse(raw);
  if (emails.size >= MAX_EMAILS) emails.clear();
  emails.set(raw, parsed.success ? parsed.data : undefined);
  return parsed.success ? parsed.data : undefined;
}

/** `oneOrMany` as a list, or undefined when it is neither a string nor a list of strings. */
function strings(v: unknown): string[] | undefined {
  if (v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v as string[];
  return undefined;
}

/** Plain objects only: `{platform: handle}` and `{system: id}` maps with string values. */
function stringMap(v: unknown): [string, string][] | undefined {
  if (v === undefined) return [];
  if (!v || typeof v !== 'object' || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return undefined;
  const entries = Object.entries(v);
  return entries.every(([, s]) => typeof s === 'string') ? (entries as [string, string][]) : undefined;
}

/** identityInput, then toIdentity's lists and customerIdentitySchema; undefined unless all is plain and valid. */
function identity(input: unknown): CustomerIdentity | undefined {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const o = input as Record<string, unknown>;
  for (const key in o) if (!IDENTITY_KEYS.has(key)) return undefined;
  const [name, names, mail, mails, handles, crmIds] = [strings(o.name), strings(o.names), strings(o.email), strings(o.emails), stringMap(o.handles), stringMap(o.crmIds)];
  if (!name || !names || !mail || !mails || !handles || !crmIds) return undefined;
  const out: CustomerIdentity = { names: [], emails: [], handles: [], crmIds: [] };
  for (const n of [...name, ...names]) {
    if (!n.trim()) continue;
    const t = text(n, 200);
    if (t === undefined) return undefined;
    out.names.push(t);
  }
  for (const e of [...mail, ...mails]) {
    if (!e.trim()) continue;
    const normal = email(e);
    if (normal === undefined) return undefined;
    out.emails.push(normal);
  }
  // Keys are checked whatever their value, as the record schemas check them before empty values are dropped.
  for (const [platform, handle] of handles) {
    if (!PLATFORM.test(platform)) return undefined;
    if (!handle.trim()) continue;
    const t = text(handle, 300);
    const normal = t === undefined ? '' : normalizeHandle(t);
    if (!normal) return undefined;
    out.handles.push({ platform, handle: normal });
  }
  for (const [system, id] of crmIds) {
    if (!CRM_SYSTEM.has(system)) return undefined;
    if (!id.trim()) continue;
    const t = text(id, 200);
    if (t === undefined) return undefined;
    out.crmIds.push({ system: system as CustomerIdentity['crmIds'][number]['system'], id: t });
  }
  return out.emails.length || out.handles.length || out.crmIds.length ? out : undefined;
}

/** A number −1 … 1 as sentimentInput reads it. */
const sentimentOf = (score: number): Sentiment => ({ score, label: score <= -0.05 ? 'negative' : score >= 0.05 ? 'positive' : 'neutral', confidence: 1 });

/** The record's parts when every field is plain and valid; undefined sends it through the schemas. */
export function plainTouchpoint(input: Record<string, unknown>): PlainTouchpoint | undefined {
  for (const key in input) if (!TOUCHPOINT_KEYS.has(key)) return undefined;
  if (input.type !== 'touchpoint') return undefined;
  const customer = identity(input.customer);
  const at = instant(input.at);
  if (!customer || at === undefined || typeof input.channel !== 'string' || !CHANNEL.has(input.channel)) return undefined;
  const fields: Record<string, unknown> = { channel: input.channel, at };
  const { externalId, direction, summary, outcome, resolvedAt, sentiment, effort, moment, stage, mentionId } = input;
  let id: string | undefined;
  if (externalId !== undefined && (id = text(externalId, 300)) === undefined) return undefined;
  if (direction !== undefined) {
    if (typeof direction !== 'string' || !DIRECTION.has(direction)) return undefined;
    fields.direction = direction;
  }
  if (summary !== undefined && (fields.summary = text(summary, 4000)) === undefined) return undefined;
  if (outcome !== undefined) {
    if (typeof outcome !== 'string' || !OUTCOME.has(outcome)) return undefined;
    fields.outcome = outcome;
  }
  if (resolvedAt !== undefined && (fields.resolvedAt = instant(resolvedAt)) === undefined) return undefined;
  if (sentiment !== undefined) {
    if (!inRange(sentiment, -1, 1)) return undefined;
    fields.sentiment = sentimentOf(sentiment);
  }
  if (effort !== undefined) {
    if (!inRange(effort, 0, 1)) return undefined;
    fields.effort = effort;
  }
  if (moment !== undefined) {
    if (typeof moment !== 'string' || !MOMENT.has(moment)) return undefined;
    fields.moment = moment;
  }
  if (stage !== undefined) {
    if (typeof stage !== 'string' || !STAGE.has(stage)) return undefined;
    fields.stage = stage;
  }
  if (mentionId !== undefined && (fields.mentionId = text(mentionId, 200)) === undefined) return undefined;
  return { ...(id !== undefined ? { externalId: id } : {}), customer, fields };
}
