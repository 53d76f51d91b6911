// Serves the social pages over HTTPS on 127.0.0.1 under their sites' real hosts and paths; with
// `launchSocialBrowser` Chromium resolves those hosts here and accepts the throwaway certificate.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { launchExtension, type ExtensionBrowser } from '../pages/browser.ts';
import { selfSignedCertificate } from '../crm-fixtures/crm-page-server.ts';
import { SOCIAL_HOSTS, SOCIAL_PAGES, type SocialFixturePage } from './social-pages.ts';

export interface SocialPageServer {
  port: number;
  /** The page's address with the server's port, e.g. `https://www.reddit.com:41234/r/LumoraES/`. */
  urlOf(page: SocialFixturePage): string;
  close(): Promise<void>;
}

export async function startSocialPageServer(): Promise<SocialPageServer> {
  const pages = Object.values(SOCIAL_PAGES) as SocialFixturePage[];
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x.invalid').pathname;
    const page = pages.find((p) => p.host === host && p.path === path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    readFile(page.file).then(
      (body) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(404).end('no such fixture\n'),
    );
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

/** Chromium with the built extension, the social sites' hosts answered by the page server. @default { lang: 'en-US' } */
export function launchSocialBrowser(options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  return launchExtension({ ...options, mapHostsToLoopback: SOCIAL_HOSTS, acceptTestCertificates: true });
}
