import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse-parser.ts';

function parse(...chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((e) => events.push(e));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

describe('createSseParser', () => {
  it('reads event, id and data fields and dispatches on a blank line', () => {
    expect(parse('event: mention\nid: c7\ndata: {"id":"m1"}\n\n')).toEqual([{ type: 'mention', data: '{"id":"m1"}', lastEventId: 'c7' }]);
  });

  it('joins data lines, defaults the type to message and strips only one leading space', () => {
    expect(parse('data:  a\ndata:b\n\n')).toEqual([{ type: 'message', data: ' a\nb', lastEventId: '' }]);
  });

  it('gives the same events however the bytes are chunked, including a CRLF split across chunks', () => {
    const stream = 'event: mention\r\nid: c1\r\ndata: one\r\n\r\n: ping\r\n\r\nevent: mention\r\nid: c2\r\ndata: two\r\n\r\n';
    const whole = parse(stream);
    expect(whole.map((e) => [e.data, e.lastEventId])).toEqual([['one', 'c1'], ['two', 'c2']]);
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parse(stream.slice(0, cut), stream.slice(cut))).toEqual(whole);
    }
    expect(parse(...stream.split(''))).toEqual(whole);
  });

  it('ignores comments (pings), events without data, and keeps the last id for later events', () => {
    expect(parse(': ping\n\nid: c3\n\nevent: mention\ndata: x\n\n')).toEqual([{ type: 'mention', data: 'x', lastEventId: 'c3' }]);
  });

  it('does not dispatch an event until its blank line arrives', () => {
    expect(parse('event: mention\ndata: half')).toEqual([]);
  });

  it('accepts lone CR line endings and a leading BOM', () => {
    expect(parse('\uFEFFdata: a\r\rdata: b\r\r')).toEqual([
      { type: 'message', data: 'a', lastEventId: '' },
      { type: 'message', data: 'b', lastEventId: '' },
    ]);
  });

  it('remembers a numeric retry and ignores a malformed one', () => {
    const parser = createSseParser(() => undefined);
    parser.push('retry: 2500\n\nretry: soon\n\n');
    expect(parser.retryMs).toBe(2500);
  });

  it('ignores an id containing NUL, as the spec says', () => {
    expect(parse('id: c1\ndata: a\n\nid: bad\0id\ndata: b\n\n').map((e) => e.lastEventId)).toEqual(['c1', 'c1']);
  });
});
