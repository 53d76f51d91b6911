// A minimal Server-Sent Events client for tests: follows GET /api/stream and keeps every mention it was sent.
export interface StreamClient {
  /** Ids of the mentions received, each once. */
  readonly mentionIds: Set<string>;
  /** Events received (a mention can come more than once: insert, then triage). */
  readonly events: number;
  /** The stream ended or failed, with the reason. */
  readonly ended?: string;
  close(): void;
}

export async function followStream(apiUrl: string, token: string, opts: { lastEventId?: string } = {}): Promise<StreamClient> {
  const controller = new AbortController();
  const response = await fetch(`${apiUrl}/api/stream`, {
    headers: { authorization: `Bearer ${token}`, ...(opts.lastEventId ? { 'last-event-id': opts.lastEventId } : {}) },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream: ${apiUrl} answered ${response.status}`);
  const client = { mentionIds: new Set<string>(), events: 0, ended: undefined as string | undefined, close: () => controller.abort() };
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (!frame.startsWith('event: mention') || !data) continue;
          client.events += 1;
          client.mentionIds.add((JSON.parse(data.slice(6)) as { id: string }).id);
        }
      }
      client.ended = 'closed by the server';
    } catch (error) {
      client.ended = (error as Error).name === 'AbortError' ? 'closed' : String(error);
    }
  })();
  return client;
}
