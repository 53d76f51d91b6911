// The demo web's own pages: an index linking every page where the extension shows something (the demo
// CRM's contacts, and social and review pages shaped like the real sites'), and those site pages.
import { SITE_PAGES, sitePageHtml } from './site-pages.ts';

/** One page the index links, with what a newcomer sees there. */
export interface DemoPageLink {
  label: string;
  url: string;
  group: 'crm' | 'social';
}

const CRM_PAGES = [
  { label: 'CRM: Marta Ruiz (ES)', path: '/crm/contact-marta.html' },
  { label: 'CRM: James Porter (EN)', path: '/crm/contact-james.html' },
] as const;

/** Every page the index links, absolute under `baseUrl`. */
export function demoPageLinks(baseUrl: string): DemoPageLink[] {
  return [
    ...CRM_PAGES.map((page) => ({ label: page.label, url: `${baseUrl}${page.path}`, group: 'crm' as const })),
    ...SITE_PAGES.map((page) => ({ label: page.label, url: `${baseUrl}${page.path}`, group: 'social' as const })),
  ];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function indexHtml(baseUrl: string): string {
  const links = demoPageLinks(baseUrl);
  const list = (group: DemoPageLink['group']) =>
    links
      .filter((link) => link.group === group)
      .map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></li>`)
      .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Vigía demo: Lumora</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2933}h1{margin-bottom:.2rem}p{color:#52606d}li{margin:.3rem 0}</style></head>
<body>
<main>
<h1>Vigía demo · Lumora</h1>
<p>Lumora is a fictional fibre-internet provider. Everything here is invented and served from your machine. /
Lumora es un operador de fibra ficticio; todo es inventado y se sirve desde tu equipo.</p>
<h2>CRM contacts · Contactos del CRM</h2>
<p>The overlay shows the customer's journey and public mentions. / El panel muestra el recorrido del cliente y sus menciones públicas.</p>
<ul>
${list('crm')}
</ul>
<h2>Social and review sites · Redes y reseñas</h2>
<p>A badge beside each post or review shows its sentiment and triage actions. / Una insignia junto a cada publicación o reseña muestra su sentimiento y acciones.</p>
<ul>
${list('social')}
</ul>
<h2>Feeds the collector polls · Fuentes que lee el recolector</h2>
<ul>
<li><a href="${baseUrl}/feeds/reddit-search.atom">Reddit search (Atom)</a></li>
<li><a href="${baseUrl}/feeds/mastodon-tag.rss">Mastodon #lumora (RSS)</a></li>
<li><a href="${baseUrl}/feeds/google-news.rss">Google News (RSS)</a></li>
</ul>
</main>
</body>
</html>
`;
}

/** For the fixture server's `pages`: the index at `/` and the site pages; undefined for anything else. */
export function demoPages(path: string, baseUrl: string): string | undefined {
  if (path === '/' || path === '/index.html') return indexHtml(baseUrl);
  const page = SITE_PAGES.find((candidate) => candidate.path === path);
  return page ? sitePageHtml(page) : undefined;
}
