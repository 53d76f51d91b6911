// The contract of a source adapter: one file per adapter, declared with defineSource, returning raw items.
import type { z } from 'zod';
import type { MentionKind } from '../../../shared/mention.ts';
import type { SourceConfig } from '../../config.ts';
import type { HttpClient } from '../../http/http-client.ts';
import type { BrowserPool } from '../../reviews/browser/browser-pool.ts';

/** What a source yields before normalisation: data as the platform gave it, nothing invented. */
export interface RawItem {
  /** A ready-made stable id (review sources compute it to stop paging at reviews already stored). */
  id?: string;
  /** The platform's own id (guid, Atom id, post id), when it has one. */
  guid?: string;
  /** Link to the post or review. */
  url?: string;
  /** Plain text as written ("<" and "&" are characters), unless `titleHtml` says it is HTML to be read as text. */
  title?: string;
  titleHtml?: boolean;
  /** Body text; `html: true` when it is HTML to be stripped. */
  content?: string;
  html?: boolean;
  author?: { name?: string; handle?: string; url?: string };
  /** As the source wrote it; normalisation parses it and drops it if unparseable. */
  publishedAt?: string;
  /** Platform override for this item (else told from the source config or the URL). */
  platform?: string;
  kind?: MentionKind;
  /** 0–1. */
  rating?: number;
  /** Language hint from the platform (ISO 639-1). */
  lang?: string;
  reach?: number;
}

/** What a source keeps between runs: conditional-GET validators and, for APIs, where the last run stopped. */
export interface SourceCursor {
  etag?: string;
  lastModified?: string;
  /** Newest post id seen (X `since_id`, Mastodon `min_id`): the next run asks only for newer posts. */
  sinceId?: string;
  /** Newest post time seen (ISO 8601; Bluesky `since`, Hacker News `created_at_i`). */
  since?: string;
}

export interface SourceContext {
  /** The shared browser, started on first use; only for sources that declare `needs.browser`. */
  browser?: () => BrowserPool;
  /** True when a mention with this id is already stored. */
  isStored?: (id: string) => Promise<boolean>;
  config: SourceConfig;
  http: HttpClient;
  cursor: SourceCursor;
  signal?: AbortSignal;
}

export interface SourceResult {
  items: RawItem[];
  /** Validators for the next run; `notModified` when the server answered 304. */
  cursor: SourceCursor;
  notModified?: boolean;
}

export interface SourceDefinition {
  /** The adapter id that config `kind` names, e.g. "rss". */
  id: string;
  /** Category of the adapter. */
  kind: 'feed' | 'social' | 'review';
  name: string;
  /** An example config entry, shown in docs and errors. */
  example: Record<string, unknown>;
  needs: { browser?: boolean; config?: string[] };
  /** Schema of the adapter's own fields in a source entry (entries are loose), so config loading can check them. */
  options?: z.ZodType;
  /** Whether a bare URL is one this adapter reads (used by `vigia fetch URL` to pick the adapter). */
  claims?(url: URL): boolean;
  fetch(ctx: SourceContext): Promise<SourceResult>;
}

export const defineSource = (definition: SourceDefinition): SourceDefinition => definition;
