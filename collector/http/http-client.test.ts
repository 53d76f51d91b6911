import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../errors.ts';
import { createHttpClient } from './http-client.ts';

let server: Server;
let other: Server;
let base: string;
let otherBase: string;
let rawBase: string;
let closeRaw: () => void;
const seen: Record<string, string | undefined>[] = [];
const paths: string[] = [];

const listen = async (s: Server) => {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ ua: req.headers['user-agent'], inm: req.headers['if-none-match'] as string | undefined, auth: req.headers.authorization });
    paths.push(req.url ?? '');
    if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
    if (req.url === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' }).end('<rss/>');
    }
    if (req.url === '/private/feed') return res.writeHead(200).end('<rss>private</rss>');
    if (req.url === '/busy') return res.writeHead(429, { 'retry-after': '120' }).end();
    if (req.url === '/flood') return res.writeHead(429, { 'retry-after': '99999999' }).end();
    if (req.url === '/big') return res.writeHead(200).end('x'.repeat(5000));
    if (req.url === '/hang') return; // never answers
    if (req.url === '/moved') return res.writeHead(301, { location: '/feed' }).end();
    if (req.url === '/moved-private') return res.writeHead(301, { location: '/private/feed' }).end();
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url?.startsWith('/to?')) return res.writeHead(302, { location: decodeURIComponent(req.url.slice(4)) }).end();
    res.writeHead(404).end();
  });
  other = createServer((req, res) => {
    paths.push(`other${req.url}`);
    res.writeHead(200).end('{"internal":"secret"}');
  });
  base = await listen(server);
  otherBase = await listen(other);
  // A server whose status line carries terminal escapes and a very long reason, which Node's own server refuses to send.
  const raw = createTcpServer((socket) => socket.once('data', () => socket.end(`HTTP/1.1 500 Bad\x1b[31m\x1b]0;owned\x07 ${'reason '.repeat(80)}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`)));
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawBase = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  closeRaw = () => raw.close();
});
afterAll(async () => {
  for (const s of [server, other]) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
  closeRaw();
});

describe('createHttpClient', () => {
  const http = createHttpClient({ userAgent: 'Vigia-test/1', timeoutMs: 300, maxBodyBytes: 1000 });

  it('sends our User-Agent and makes conditional requests', async () => {
    const first = await http.get(`${base}/feed`);
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT' });
    expect(new TextDecoder().decode(first.body)).toBe('<rss/>');
    const second = await http.get(`${base}/feed`, { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true, etag: '"v1"' });
    expect(seen.at(-1)).toMatchObject({ ua: 'Vigia-test/1', inm: '"v1"' });
  });

  it('names failures: status with Retry-After, size limit, timeout, refused', async () => {
    await expect(createHttpClient({ userAgent: 'Vigia-test/1' }).get(`${base}/busy`)).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
    await expect(http.get(`${base}/missing`)).rejects.toThrow(/^fetcher: .* answered 404/);
    await expect(http.get(`${base}/big`)).rejects.toThrow(/exceeds the 1000-byte limit/);
    await expect(http.get(`${base}/hang`)).rejects.toThrow(/timed out after 300 ms/);
    const closed = createServer();
    const port = (await listen(closed)).split(':').pop();
    await new Promise((resolve) => closed.close(resolve));
    await expect(http.get(`http://127.0.0.1:${port}/feed`, { robots: false })).rejects.toThrow(/could not be fetched: ECONNREFUSED/);
    await expect(http.get(`http://127.0.0.1:${port}/feed`)).rejects.toThrow(/robots\.txt of .* is unreachable \(ECONNREFUSED\)/);
  });

  it('asks once more on a new connection when one closes before answering, and names the failure when it keeps closing', async () => {
    // The first connection is closed as soon as the request arrives (a kept-alive socket the host had just closed
    // looks the same), the second is answered; the other server closes every one.
    let connections = 0;
    const flaky = createTcpServer((socket) => {
      connections++;
      socket.once('data', () => (connections === 1 ? socket.destroy() : socket.end('HTTP/1.1 200 OK\r\ncontent-length: 6\r\nconnection: close\r\n\r\n<rss/>')));
    });
    let closedCount = 0;
    const closing = createTcpServer((socket) => {
      closedCount++;
      socket.once('data', () => socket.destroy());
    });
    const port = async (s: ReturnType<typeof createTcpServer>) => {
      await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
      return (s.address() as AddressInfo).port;
    };
    try {
      const client = createHttpClient({ userAgent: 'VigiaTest/1.0' });
      const answer = await client.get(`http://127.0.0.1:${await port(flaky)}/feed`, { robots: false });
      expect(new TextDecoder().decode(answer.body)).toBe('<rss/>');
      expect(connections).toBe(2);
      const failure = await client.get(`http://127.0.0.1:${await port(closing)}/feed`, { robots: false }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FetchError);
      expect((failure as FetchError).message).toMatch(/could not be fetched: (UND_ERR_SOCKET|ECONNRESET)/);
      expect(closedCount).toBe(2);
    } finally {
      flaky.close();
      closing.close();
    }
  });

  it('caps Retry-After at 24 hours, and asks nothing more of a host that asked for a pause', async () => {
    const client = createHttpClient({ userAgent: 'Vigia-test/1' });
    await expect(client.get(`${base}/flood`)).rejects.toMatchObject({ status: 429, retryAfterMs: 86_400_000 });
    const before = paths.length;
    const paused = await client.get(`${base}/feed`).catch((e: unknown) => e);
    expect(paused).toBeInstanceOf(FetchError);
    expect(paused).toMatchObject({ message: expect.stringMatching(/asked for a pause/) });
    expect((paused as FetchError).retryAfterMs).toBeGreaterThan(86_000_000);
    expect(paths.length).toBe(before);
  });

  it('quotes a server-chosen status text cleaned and cut, never raw', async () => {
    const error = await http.get(`${rawBase}/x`, { robots: false }).catch((e: unknown) => e);
    const { message } = error as FetchError;
    expect(message).toMatch(/^fetcher: .* answered 500 Bad/);
    expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(message.length).toBeLessThan(200);
  });
});

describe('robots.txt', () => {
  it('is honoured for every fetch unless the request says otherwise', async () => {
    const http = createHttpClient({ userAgent: 'Vigia-test/1' });
    await expect(http.get(`${base}/private/feed`)).rejects.toThrow(`fetcher: robots.txt of ${base} disallows /private/feed`);
    expect(paths).not.toContain('/private/feed');
    expect(new TextDecoder().decode((await http.get(`${base}/private/feed`, { robots: false })).body)).toBe('<rss>private</rss>');
    await expect(http.get(`${base}/moved-private`)).rejects.toThrow(`redirected to ${base}/private/feed, refused: robots.txt of ${base} disallows /private/feed`);
  });
});

describe('redirects', () => {
  const http = createHttpClient({ userAgent: 'Vigia-test/1', resolve: async (name) => (name === 'intranet.example' ? ['10.0.0.5'] : ['93.184.216.34']) });
  const via = (target: string) => `${base}/to?${encodeURIComponent(target)}`;

  it('follows redirects on the source host, and says where it ended', async () => {
    const moved = await http.get(`${base}/moved`);
    expect(moved).toMatchObject({ status: 200, url: `${base}/feed` });
    await expect(http.get(`${base}/loop`)).rejects.toThrow(/redirect loop \(more than 10 redirects\)/);
  });

  it('refuses a redirect that leaves the source for this machine or a private network, before connecting', async () => {
    const before = paths.filter((p) => p.startsWith('other')).length;
    await expect(http.get(via(`${otherBase}/admin`))).rejects.toThrow(/redirected to http:\/\/127\.0\.0\.1:\d+\/admin, refused: 127\.0\.0\.1:\d+ is a private address \(127\.0\.0\.1\)/);
    await expect(http.get(via('http://localhost:6379/'))).rejects.toThrow(/refused: localhost:6379 is this machine/);
    await expect(http.get(via('http://intranet.example/hr'))).rejects.toThrow(/refused: intranet\.example is a private address \(10\.0\.0\.5\)/);
    await expect(http.get(via('http://[::ffff:169.254.169.254]/latest/meta-data/'))).rejects.toThrow(/is a private address/);
    await expect(http.get(via('file:///etc/passwd'))).rejects.toThrow(/refused: file: is not a web address/);
    expect(paths.filter((p) => p.startsWith('other')).length).toBe(before);
  });

  it('lets a source configured on a private address use it, and checks the others it is led to', async () => {
    expect(new TextDecoder().decode((await http.get(`${otherBase}/api`, { robots: false })).body)).toBe('{"internal":"secret"}');
    await expect(http.get(`${otherBase}/api`, { robots: false, source: `${base}/feed` })).rejects.toThrow(/refused: 127\.0\.0\.1:\d+ is a private address/);
  });

  it('keeps credentials on redirects within the origin', async () => {
    const before = seen.length;
    await http.get(`${base}/moved`, { headers: { authorization: 'Bearer secret' } });
    expect(seen.slice(before).map((s) => s.auth)).toEqual(['Bearer secret', 'Bearer secret']);
  });
});
