// GET /api/stream: Server-Sent Events of new and changed mentions; Last-Event-ID (or ?since=) replays
// what a reconnecting client missed before live events continue.
import type { FastifyInstance } from 'fastify';
import { streamQuerySchema, toStreamFrame } from '../../../shared/api/stream.ts';
import type { Mention } from '../../../shared/mention.ts';
import type { VigiaStore } from '../../store/store.ts';
import type { ChangeFeed } from '../change-feed.ts';

const frame = (mention: Mention, seq: number) => toStreamFrame({ type: 'mention', data: mention }, seq);

export function streamRoutes(app: FastifyInstance, store: VigiaStore, changes: ChangeFeed, opts: { pingMs?: number } = {}): void {
  app.get('/api/stream', async (request, reply) => {
    const header = request.headers['last-event-id'];
    const resumeFrom = header !== undefined ? streamQuerySchema.parse({ since: header }).since : streamQuerySchema.parse(request.query).since;
    const from = resumeFrom === undefined ? undefined : Number(resumeFrom);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...Object.fromEntries(Object.entries(reply.getHeaders()).filter(([k]) => k.startsWith('access-control') || k === 'vary')),
    });
    res.write(': connected\n\n');
    let sentUpTo = from ?? (await store.latestSeq());
    const pending: [Mention, number][] = [];
    let replaying = from !== undefined;
    const send = (mention: Mention, seq: number) => {
      if (seq <= sentUpTo) return;
      sentUpTo = seq;
      res.write(frame(mention, seq));
    };
    const unsubscribe = changes.subscribe((mention, seq) => (replaying ? pending.push([mention, seq]) : send(mention, seq)));
    const ping = setInterval(() => res.write(': ping\n\n'), opts.pingMs ?? 15_000);
    request.raw.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
    if (from !== undefined) {
      for (let after = from; ; ) {
        const page = await store.listMentions({}, { mode: 'changes', afterSeq: after }, 200);
        page.items.forEach((m, i) => send(m, page.seqs?.[i] ?? page.lastSeq));
        after = page.lastSeq;
        if (!page.next || res.destroyed) break;
      }
      replaying = false;
      for (const [m, seq] of pending.splice(0)) send(m, seq);
    }
  });
}
