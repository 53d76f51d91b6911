// An in-memory collector speaking docs/api-contract.md through a `fetch` function, for unit tests.
import type { Mention, TriageStatus } from '../../../shared/mention.ts';
import { fakeAnalyzeAnswer, fakeStats } from './fake-analysis.ts';
import { FakeCustomerDirectory } from './fake-customers.ts';

interface StoredMention {
  mention: Mention;
  change: number;
}

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body?: unknown;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export class FakeCollector {
  readonly url = 'http://127.0.0.1:8787';
  readonly token = 'secret-token';
  readonly requests: RecordedRequest[] = [];
  /** When true, every request fails like a network error. */
  offline = false;
  /** Per-day counts GET /api/stats/sentiment answers with; undefined answers 404 (an older collector). */
  stats: { negative: number; neutral: number; positive: number } | undefined;
  /** Per field, when the triage last changed (the store keeps one time per field for last-writer-wins). */
  private readonly fieldTimes = new Map<string, { status: string; assignee: string }>();
  /** The customer and journey routes. */
  readonly customers = new FakeCustomerDirectory();
  private changeCounter = 0;
  private readonly store = new Map<string, StoredMention>();
  private readonly streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  private readonly encoder = new TextEncoder();

  /** Adds or replaces mentions as new changes (and pushes them to open streams). */
  add(...mentions: Mention[]): void {
    for (const mention of mentions) {
      const change = ++this.changeCounter;
      this.store.set(mention.id, { mention, change });
      for (const stream of this.streams) stream.enqueue(this.frame(mention, change));
    }
  }

  mention(id: string): Mention | undefined {
    return this.store.get(id)?.mention;
  }

  /** Ends every open stream as a server restart would. */
  closeStreams(): void {
    for (const stream of this.streams) stream.close();
    this.streams.clear();
  }

  get openStreams(): number {
    return this.streams.size;
  }

  /** Pass as the client's `fetchImpl`. */
  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    this.requests.push({ method: init.method ?? 'GET', path: url.pathname, query: url.searchParams, headers, body });
    if (this.offline) throw new TypeError('Failed to fetch');
    const authorized = headers.get('Authorization') === `Bearer ${this.token}`;
    // Only a caller with a valid token learns how much is stored.
    if (url.pathname === '/api/health') return json(200, { ok: true, version: '0.1.0', ...(authorized ? { mentions: this.store.size } : {}) });
    if (!authorized) return json(401, { error: 'api: missing or invalid token' });
    if (url.pathname === '/api/mentions') return this.changes(url.searchParams);
    if (url.pathname === '/api/stream') return this.stream(headers.get('Last-Event-ID'), init.signal ?? undefined);
    if (url.pathname === '/api/analyze' && init.method === 'POST') {
      const answer = fakeAnalyzeAnswer(body);
      return answer ? json(200, answer) : json(400, { error: 'api: bad body', issues: [{ path: 'texts', message: 'required' }] });
    }
    if (url.pathname === '/api/stats/sentiment' && this.stats) return json(200, fakeStats(url.searchParams, this.stats));
    const triage = /^\/api\/mentions\/([^/]+)\/triage$/.exec(url.pathname);
    if (triage?.[1] && init.method === 'PATCH') return this.patch(decodeURIComponent(triage[1]), body);
    const customerAnswer = this.customers.route(init.method ?? 'GET', url, body);
    if (customerAnswer) return customerAnswer;
    return json(404, { error: `api: no route ${url.pathname}` });
  };

  private changes(query: URLSearchParams): Response {
    const limit = Number(query.get('limit') ?? 50);
    const since = query.get('since');
    if (since === null) {
      const items = [...this.store.values()].map((s) => s.mention).slice(0, limit);
      return json(200, { items, next: null, cursor: `c${this.changeCounter}` });
    }
    const after = since === '0' ? 0 : Number(since.replace(/^c/, ''));
    const pending = [...this.store.values()].filter((s) => s.change > after).sort((a, b) => a.change - b.change);
    const page = pending.slice(0, limit);
    const cursor = page.length > 0 ? `c${page[page.length - 1]?.change}` : since;
    return json(200, { items: page.map((s) => s.mention), next: pending.length > limit ? cursor : null, cursor });
  }

  /** Pushes an `event: alert` frame (no id: alerts do not move the cursor) to open streams. */
  alert(alert: unknown): void {
    const frame = this.encoder.encode(`event: alert\ndata: ${JSON.stringify(alert)}\n\n`);
    for (const stream of this.streams) stream.enqueue(frame);
  }

  /** Field-wise last-writer-wins, as the store does: each field keeps the time it last changed. */
  private patch(id: string, body: unknown): Response {
    const stored = this.store.get(id);
    if (!stored) return json(404, { error: `api: no mention ${id}` });
    const edit = body as { status?: TriageStatus; assignee?: string | null; updatedAt?: string };
    if (edit.status === undefined && edit.assignee === undefined) return json(400, { error: 'api: bad body', issues: [{ path: 'status', message: 'give "status" and/or "assignee"' }] });
    const updatedAt = edit.updatedAt ?? new Date().toISOString();
    const current = stored.mention.triage;
    const times = this.fieldTimes.get(id) ?? { status: current.updatedAt, assignee: current.updatedAt };
    const triage = { ...current };
    let changed = false;
    if (edit.status !== undefined && updatedAt >= times.status && edit.status !== current.status) {
      triage.status = edit.status;
      times.status = updatedAt;
      changed = true;
    }
    if (edit.assignee !== undefined && updatedAt >= times.assignee && (edit.assignee ?? undefined) !== current.assignee) {
      if (edit.assignee === null) delete triage.assignee;
      else triage.assignee = edit.assignee;
      times.assignee = updatedAt;
      changed = true;
    }
    if (!changed) return json(200, stored.mention);
    this.fieldTimes.set(id, times);
    const mention: Mention = { ...stored.mention, triage: { ...triage, updatedAt: [times.status, times.assignee].sort().at(-1) ?? updatedAt } };
    this.add(mention);
    return json(200, mention);
  }

  private stream(lastEventId: string | null, signal: AbortSignal | undefined): Response {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        controller = c;
      },
      cancel: () => void this.streams.delete(controller),
    });
    const after = lastEventId ? Number(lastEventId.replace(/^c/, '')) : this.changeCounter;
    for (const s of [...this.store.values()].sort((a, b) => a.change - b.change)) {
      if (s.change > after) controller.enqueue(this.frame(s.mention, s.change));
    }
    controller.enqueue(this.encoder.encode(': ping\n\n'));
    this.streams.add(controller);
    signal?.addEventListener('abort', () => {
      this.streams.delete(controller);
      try {
        controller.error(signal.reason);
      } catch {
        // Already closed.
      }
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
  }

  private frame(mention: Mention, change: number): Uint8Array {
    return this.encoder.encode(`event: mention\nid: c${change}\ndata: ${JSON.stringify(mention)}\n\n`);
  }
}
