// Live sync: reads the collector's SSE stream over fetch and hands each valid mention to the caller.
import { streamEventSchemas } from '../../shared/api/stream.ts';
import type { Mention } from '../../shared/mention.ts';
import type { CollectorClient } from './collector-client.ts';
import { createSseParser, type SseEvent } from './sse-parser.ts';

/** @default { idleTimeoutMs: 45000 } (the collector pings every 15 s) */
export interface FollowOptions {
  /** Sent as Last-Event-ID so the collector replays what was missed. */
  lastEventId: string | undefined;
  signal: AbortSignal;
  /** Called when the stream is open. */
  onOpen?: () => void;
  /** Called in stream order; the next event waits for it. `cursor` is the event id ('' when none). */
  onMention: (mention: Mention, cursor: string) => Promise<void>;
  /** Called for an event whose data is not a valid Mention. */
  onRejected?: (reason: string) => void;
  /** Called with the parsed data of each `event: alert` (collector/alerts); alerts carry no cursor. */
  onAlert?: (alert: unknown) => void;
  idleTimeoutMs?: number;
}

/** Raised when nothing, not even a ping, arrived for too long: the connection is presumed dead. */
export class StreamIdleError extends Error {
  override name = 'StreamIdleError';
}

/** Follows the stream until it ends (resolves), breaks or goes idle (rejects), or the signal aborts. */
export async function followMentionStream(client: CollectorClient, options: FollowOptions): Promise<void> {
  const { idleTimeoutMs = 45_000 } = options;
  options.signal.throwIfAborted();
  const connection = new AbortController();
  const abort = (): void => connection.abort(options.signal.reason);
  options.signal.addEventListener('abort', abort, { once: true });
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const armIdleTimer = (): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => connection.abort(new StreamIdleError(`sync: no data from the stream for ${idleTimeoutMs} ms`)), idleTimeoutMs);
  };
  try {
    const body = await client.openStream(options.lastEventId, connection.signal);
    options.onOpen?.();
    const events: SseEvent[] = [];
    const parser = createSseParser((event) => events.push(event));
    const decoder = new TextDecoder();
    const reader = body.getReader();
    const stopReading = (): void => void reader.cancel().catch(() => undefined);
    connection.signal.addEventListener('abort', stopReading, { once: true });
    connection.signal.throwIfAborted();
    armIdleTimer();
    for (;;) {
      const { done, value } = await reader.read();
      if (connection.signal.aborted) throw connection.signal.reason;
      if (done) return;
      armIdleTimer();
      parser.push(decoder.decode(value, { stream: true }));
      for (const event of events.splice(0)) await handleEvent(event, options);
    }
  } finally {
    clearTimeout(idleTimer);
    options.signal.removeEventListener('abort', abort);
  }
}

async function handleEvent(event: SseEvent, options: FollowOptions): Promise<void> {
  if (event.type === 'alert') {
    try {
      options.onAlert?.(JSON.parse(event.data));
    } catch {
      options.onRejected?.('sync: stream alert is not JSON');
    }
    return;
  }
  if (event.type !== 'mention') return;
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch {
    return options.onRejected?.(`sync: stream event ${event.lastEventId} is not JSON`);
  }
  const parsed = streamEventSchemas.mention.safeParse(json);
  if (!parsed.success) return options.onRejected?.(`sync: stream event ${event.lastEventId} is not a Mention`);
  await options.onMention(parsed.data, event.lastEventId);
}
