// A local helpdesk for tests, on 127.0.0.1 only: Zendesk under /zendesk, Freshdesk under /freshdesk, HubSpot
// under /hubspot and Salesforce under /salesforce. Every request is checked against the vendor's documented
// shape (method, path, auth header, body fields — helpdesk-fakes.ts) and answered with the documented
// response shape; a request that breaks the shape is answered 400 and recorded in `violations`. Faults can
// be queued per vendor: an HTTP status (429 with Retry-After, 401, 403, 422, 503…), a hang, a dropped connection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HelpdeskVendor } from '../../../shared/api/tickets.ts';
import { createFakeVendors, type FakeCredentials, type FakeReply, type FakeTicket } from './helpdesk-fakes.ts';

/**
 * What the next request to a vendor meets instead of its normal answer: a status, no answer (`hang`), a cut
 * connection (`drop`), or the work done and the answer lost (`lose`: the ticket exists, the caller never hears).
 */
export type HelpdeskFault = { status: number; body?: unknown; headers?: Record<string, string> } | { hang: true } | { drop: true } | { lose: true };

export interface RecordedRequest {
  vendor: HelpdeskVendor;
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface HelpdeskServer {
  url: string;
  /** The base URL of one vendor, as a `helpdesks[].url`. */
  urlOf(vendor: HelpdeskVendor): string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Requests that broke the documented shape, with what was wrong. */
  violations: string[];
  /** Queues `fault` for the next `times` requests to `vendor`. */
  inject(vendor: HelpdeskVendor, fault: HelpdeskFault, times?: number): void;
  tickets(vendor: HelpdeskVendor): FakeTicket[];
  /** Sets a ticket's status as an agent would (for polling tests). */
  setStatus(vendor: HelpdeskVendor, id: string, status: string): void;
  close(): Promise<void>;
}

const VENDORS: readonly HelpdeskVendor[] = ['zendesk', 'freshdesk', 'hubspot', 'salesforce'];

export async function startHelpdeskServer(opts: { credentials: FakeCredentials; port?: number }): Promise<HelpdeskServer> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults = new Map<HelpdeskVendor, HelpdeskFault[]>();
  const hanging = new Set<ServerResponse>();
  let base = '';
  const fakes = createFakeVendors(opts.credentials, () => base, (v) => violations.push(v));

  const send = (res: ServerResponse, reply: FakeReply) => {
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.body !== undefined) headers['content-type'] ??= 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers).end(reply.body === undefined ? undefined : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://helpdesk.invalid');
      const vendor = VENDORS.find((v) => url.pathname.startsWith(`/${v}/`));
      if (!vendor) return send(res, { status: 404, body: { error: 'no such vendor' } });
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Kept as text: the fake says it is not JSON.
      }
      const path = url.pathname.slice(vendor.length + 1);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
      requests.push({ vendor, method: req.method ?? 'GET', path: `${path}${url.search}`, headers, body });
      const fault = faults.get(vendor)?.shift();
      if (fault && 'hang' in fault) return void hanging.add(res);
      if (fault && 'drop' in fault) return void req.socket.destroy();
      const reply = () => fakes[vendor]({ method: req.method ?? 'GET', path, query: url.searchParams, headers, body, text });
      if (fault && 'lose' in fault) {
        reply();
        return void hanging.add(res);
      }
      if (fault) return send(res, { status: fault.status, body: fault.body ?? { error: `injected ${fault.status}` }, ...(fault.headers ? { headers: fault.headers } : {}) });
      send(res, reply());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    urlOf: (vendor) => `${base}/${vendor}`,
    requests,
    violations,
    inject(vendor, fault, times = 1) {
      const queue = faults.get(vendor) ?? [];
      for (let i = 0; i < times; i++) queue.push(fault);
      faults.set(vendor, queue);
    },
    tickets: (vendor) => fakes.tickets(vendor),
    setStatus: (vendor, id, status) => fakes.setStatus(vendor, id, status),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
