// Incremental Server-Sent Events parser (WHATWG "event stream interpretation") for fetch-streamed bodies,
// since EventSource cannot send an Authorization header and does not exist in MV3 service workers.

/** One dispatched event. */
export interface SseEvent {
  /** The `event:` field, `message` when absent. */
  type: string;
  /** The `data:` lines joined by "\n". */
  data: string;
  /** The last `id:` seen on the stream so far (it carries over to later events, as in the spec). */
  lastEventId: string;
}

/** Feeds decoded text in any chunking; calls back once per complete event. */
export interface SseParser {
  push(chunk: string): void;
  /** The `retry:` value last announced by the server, in ms. */
  readonly retryMs: number | undefined;
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  let buffer = '';
  let started = false;
  let lastCharWasCr = false;
  let type = '';
  let data: string[] = [];
  let lastEventId = '';
  let retryMs: number | undefined;

  const dispatch = (): void => {
    if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n'), lastEventId });
    type = '';
    data = [];
  };

  const processLine = (line: string): void => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
  };

  return {
    push(chunk: string) {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      // A CR ending the previous chunk already ended its line: skip the LF of a split CRLF.
      if (lastCharWasCr && text.startsWith('\n')) text = text.slice(1);
      if (text.length > 0) lastCharWasCr = text.endsWith('\r');
      buffer += text;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const line of lines) processLine(line);
    },
    get retryMs() {
      return retryMs;
    },
  };
}
