// Serves the CRM pages over HTTPS on 127.0.0.1, under their products' real hosts and paths (Chromium maps
// the hosts here and accepts the throwaway self-signed certificate made at start with openssl).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRM_PAGES, type CrmPage } from './crm-pages.ts';

/** A running server; `urlOf` gives a page's address with the server's port. */
export interface CrmPageServer {
  port: number;
  urlOf(page: CrmPage): string;
  close(): Promise<void>;
}

/** Raised when the certificate cannot be made (no openssl on this machine). */
export class CrmPageServerError extends Error {
  override name = 'CrmPageServerError';
}

/** A throwaway self-signed certificate (Chromium is told to accept it) for pages served under real hosts. */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-crm-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=vigia-e2e-crm'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (error) {
    throw new CrmPageServerError(`e2e: could not make a test certificate with openssl: ${(error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startCrmPageServer(): Promise<CrmPageServer> {
  const pages = Object.values(CRM_PAGES) as CrmPage[];
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x.invalid').pathname;
    const page = pages.find((p) => p.host === host && p.path === path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(page.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    urlOf: (page) => `https://${page.host}:${port}${page.path}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
