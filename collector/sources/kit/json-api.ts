// JSON APIs (Reddit, Mastodon, Bluesky, Hacker News, X) through the one HTTP client: conditional GET,
// then a zod check of the envelope so an unexpected answer fails with a located "parser:" error.
import { z } from 'zod';
import { ParseError } from '../../errors.ts';
import { decodeBody } from '../../http/decode-body.ts';
import type { SourceContext, SourceCursor } from './define-source.ts';

export interface JsonAnswer<T> {
  /** Undefined when the server answered 304 Not Modified. */
  body?: T;
  /** Conditional-GET validators of this answer. */
  validators: Pick<SourceCursor, 'etag' | 'lastModified'>;
}

const ACCEPT_JSON = 'application/json, text/json;q=0.9, */*;q=0.1';

/** Checks a parsed JSON body against `schema`; the error names the first bad path. */
export function readJson<T extends z.ZodType>(label: string, json: unknown, schema: T): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = firstLeafIssue(parsed.error.issues[0]);
  throw new ParseError(`${label}: unexpected answer at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
}

type Issue = z.core.$ZodIssue;
/** A union's "Invalid input" says nothing: report what its first alternative missed instead. */
function firstLeafIssue(issue: Issue | undefined, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string } | undefined {
  if (!issue) return undefined;
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors[0]?.[0]) return firstLeafIssue(issue.errors[0][0], path);
  return { path, message: issue.message };
}

/** GETs `url` and checks its JSON body; `conditional` sends the cursor's ETag / Last-Modified. */
export async function getJson<T extends z.ZodType>(
  ctx: SourceContext,
  url: URL,
  schema: T,
  opts: { headers?: Record<string, string>; conditional?: boolean } = {},
): Promise<JsonAnswer<z.infer<T>>> {
  const conditional = opts.conditional ?? true;
  const response = await ctx.http.get(url.href, {
    etag: conditional ? ctx.cursor.etag : undefined,
    lastModified: conditional ? ctx.cursor.lastModified : undefined,
    timeoutMs: ctx.config.timeoutMs,
    accept: ACCEPT_JSON,
    headers: opts.headers,
    signal: ctx.signal,
  });
  const validators = { etag: response.etag, lastModified: response.lastModified };
  if (response.notModified) return { validators };
  const text = decodeBody(response.body, response.contentType);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    throw new ParseError(`${ctx.config.id}: ${url.host} did not answer JSON (it starts "${start}")`);
  }
  return { body: readJson(ctx.config.id, json, schema), validators };
}

/** The entries of `list` that fit `schema`; one malformed post never costs the rest of the page. */
export function validEntries<T extends z.ZodType>(list: readonly unknown[], schema: T): z.infer<T>[] {
  const out: z.infer<T>[] = [];
  for (const entry of list) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * A date field of an API answer, read leniently: a post whose date is missing or of the wrong type keeps
 * its place without a date (normalisation then decides whether the date can be believed).
 */
export const dateText = z.unknown().transform((v) => (typeof v === 'string' ? v : undefined)).optional();
/** Epoch seconds (Reddit's created_utc, Algolia's created_at_i), read as leniently. */
export const dateSeconds = z.unknown().transform((v) => (typeof v === 'number' ? v : undefined)).optional();
