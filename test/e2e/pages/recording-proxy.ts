// A pass-through in front of the collector's API that remembers every request that changes something
// (PATCH, POST, PUT, DELETE): what the collector was asked to do, as the collector itself would see it.
// Reads (and the live SSE stream) flow through untouched.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One changing request that reached the collector. */
export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

export interface RecordingProxy {
  /** The proxy's base URL, to give the extension as its "Collector URL". */
  url: string;
  /** Every PATCH/POST/PUT/DELETE so far, in arrival order. */
  readonly changes: RecordedRequest[];
  close(): Promise<void>;
}

const CHANGING = new Set(['PATCH', 'POST', 'PUT', 'DELETE']);

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const changes: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      if (CHANGING.has(method)) changes.push({ method, path: req.url ?? '/', body: body.toString('utf8') });
      const forward = httpRequest(
        { hostname: upstream.hostname, port: upstream.port, path: req.url, method, headers: { ...req.headers, host: upstream.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.headersSent || res.writeHead(502).end());
      res.on('close', () => forward.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    changes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
