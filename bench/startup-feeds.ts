// Feeds for the start-up bench, served on 127.0.0.1: `/feed/<n>.rss`, each with its own items (customer
// talk about a fictional brand in English and Spanish, the same on every run), so every source stores.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const TALK = [
  'The Lumora router dropped the connection again tonight, third time this week',
  'Lumora support fixed my billing problem in ten minutes, really impressed',
  'Thinking of switching to Lumora, is their fibre any good in Leeds?',
  'Cancelled my Lumora contract after two months of outages. Never again.',
  'La fibra de Lumora va genial desde que cambiaron el router',
  'Llevo tres días sin internet y nadie de Lumora me contesta',
  '¿Alguien sabe si Lumora tiene cobertura en Sevilla?',
  'Pésima atención: me cobraron dos veces la factura de Lumora',
  'Lumora app update broke the speed test, shows zero all the time',
  'Muy contenta con el técnico de Lumora, puntual y amable',
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Feed `n`: `items` items, dated a minute apart from a fixed day. */
export function benchFeedXml(n: number, items: number): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const text = `${TALK[(n * 7 + i) % TALK.length]} (#${n}-${i})`;
    const date = new Date(Date.UTC(2026, 10, 2, 9, 0) + (n * items + i) * 60_000).toUTCString();
    return `<item><title>${escapeXml(text.slice(0, 60))}</title><link>https://social.example/feed-${n}/${i}</link><guid>feed-${n}-${i}</guid><pubDate>${date}</pubDate><description>${escapeXml(text)}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${n}</title><link>https://social.example/feed-${n}</link><description>bench</description>${entries.join('')}</channel></rss>`;
}

/** Serves the feeds on an ephemeral loopback port until `close()`. */
export async function serveBenchFeeds(itemsPerFeed: number): Promise<{ url: (n: number) => string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const match = /^\/feed\/(\d{1,4})\.rss$/.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(benchFeedXml(Number(match[1]), itemsPerFeed));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (n) => `http://127.0.0.1:${port}/feed/${n}.rss`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
