import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, parseRetryAfter } from './http-client.ts';

let server: Server;
let base: string;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ ua: req.headers['user-agent'], inm: req.headers['if-none-match'] as string | undefined });
    if (req.url === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' }).end('<rss/>');
    }
    if (req.url === '/busy') return res.writeHead(429, { 'retry-after': '120' }).end();
    if (req.url === '/big') return res.writeHead(200).end('x'.repeat(5000));
    if (req.url === '/hang') return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createHttpClient', () => {
  const http = createHttpClient({ userAgent: 'Vigia-test/1', timeoutMs: 300, maxBodyBytes: 1000 });

  it('sends our User-Agent and makes conditional requests', async () => {
    const first = await http.get(`${base}/feed`);
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT' });
    expect(new TextDecoder().decode(first.body)).toBe('<rss/>');
    const second = await http.get(`${base}/feed`, { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true, etag: '"v1"' });
    expect(seen.at(-1)).toEqual({ ua: 'Vigia-test/1', inm: '"v1"' });
  });

  it('names failures: status with Retry-After, size limit, timeout, refused', async () => {
    await expect(http.get(`${base}/busy`)).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
    await expect(http.get(`${base}/missing`)).rejects.toThrow(/^fetcher: .* answered 404/);
    await expect(http.get(`${base}/big`)).rejects.toThrow(/exceeds the 1000-byte limit/);
    await expect(http.get(`${base}/hang`)).rejects.toThrow(/timed out after 300 ms/);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(http.get(`http://127.0.0.1:${port}/feed`)).rejects.toThrow(/could not be fetched: ECONNREFUSED/);
  });
});

it('parseRetryAfter reads seconds and dates', () => {
  expect(parseRetryAfter('30')).toBe(30_000);
  expect(parseRetryAfter('Fri, 20 Nov 2026 10:01:00 GMT', Date.parse('2026-11-20T10:00:00Z'))).toBe(60_000);
  expect(parseRetryAfter('soon')).toBeUndefined();
});
