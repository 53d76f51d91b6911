import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import { createCollectorClient } from './collector-client.ts';
import { followMentionStream, StreamIdleError } from './live-stream.ts';
import { makeMention } from './testing/mention-fixtures.ts';

/** A client whose stream body is exactly these chunks (then stays open unless `end`). */
function clientStreaming(chunks: string[], end: boolean) {
  const encoder = new TextEncoder();
  const fetchImpl: typeof fetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
          if (end) controller.close();
        },
      }),
      { status: 200 },
    );
  return createCollectorClient({ collectorUrl: 'http://127.0.0.1:8787', token: 't' }, fetchImpl);
}

describe('followMentionStream', () => {
  it('hands over valid mentions in order with their event ids, and reports the invalid ones', async () => {
    const [a, b] = [makeMention(), makeMention()];
    const received: [string, string][] = [];
    const rejected: string[] = [];
    const client = clientStreaming(
      [
        `: ping\n\nevent: mention\nid: c1\ndata: ${JSON.stringify(a)}\n\n`,
        'event: mention\nid: c2\ndata: {not json\n\n',
        `event: mention\nid: c3\ndata: ${JSON.stringify({ id: 'half' })}\n\nevent: other\ndata: x\n\n`,
        `event: mention\nid: c4\ndata: ${JSON.stringify(b).slice(0, 20)}`,
        `${JSON.stringify(b).slice(20)}\n\n`,
      ],
      true,
    );
    await followMentionStream(client, {
      lastEventId: 'c0',
      signal: new AbortController().signal,
      onMention: async (m: Mention, cursor) => void received.push([m.id, cursor]),
      onRejected: (reason) => rejected.push(reason),
    });
    expect(received).toEqual([
      [a!.id, 'c1'],
      [b!.id, 'c4'],
    ]);
    expect(rejected).toEqual(['sync: stream event c2 is not JSON', 'sync: stream event c3 is not a Mention']);
  });

  it('gives up on a connection that stays silent longer than the idle timeout', async () => {
    const client = clientStreaming([': ping\n\n'], false);
    await expect(
      followMentionStream(client, { lastEventId: undefined, signal: new AbortController().signal, onMention: async () => undefined, idleTimeoutMs: 30 }),
    ).rejects.toBeInstanceOf(StreamIdleError);
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    const client = clientStreaming([], false);
    const following = followMentionStream(client, { lastEventId: undefined, signal: controller.signal, onMention: async () => undefined, onOpen: () => controller.abort(new Error('stopped')) });
    await expect(following).rejects.toThrow('stopped');
  });
});
