// The demo CRM served by Vigía's fixture server on loopback: a contact page under /crm/. Loopback is no
// place for a released extension to run: only the demo build (`npm start`, wxt.config.ts) declares these
// pages; a release build reads them once the user allows the site, like any self-hosted CRM.
import { defineCrmSite } from './crm-site.ts';
import { readPerson } from './page-fields.ts';

/** Loopback only, declared by the demo build alone: the demo never runs on a real site. */
export const DEMO_CRM_MATCHES = ['http://127.0.0.1/crm/*', 'http://localhost/crm/*'];

/** A page of the demo CRM: http on 127.0.0.1 or localhost (any port), path under /crm/. */
export function isDemoCrmPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(parsed.hostname) && parsed.pathname.startsWith('/crm/');
}

/** The part of the page about the contact (not the tickets): its summary card, else the main content, else the body. */
export function demoCrmContactRoot(document: Document): ParentNode & Node {
  return (
    document.querySelector('[data-record-type="contact"] .contact-summary') ??
    document.querySelector('main, [role="main"]') ??
    document.body
  );
}

export default defineCrmSite({
  id: 'demo-crm',
  name: 'Vigía demo CRM',
  matches: [],
  isPage: isDemoCrmPage,
  findPerson: (document) => {
    const root = demoCrmContactRoot(document);
    return readPerson({ parts: [root], record: root });
  },
});
