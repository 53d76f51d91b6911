import { describe, expect, it } from 'vitest';
import genericPage, { isGenericPage } from './generic-page.ts';
import { loadFixture, loadHtml } from './testing/fixture-page.ts';

describe('generic page recipe', () => {
  it('takes any web page', () => {
    expect(isGenericPage('https://crm.lumora.example/clientes/7')).toBe(true);
    expect(isGenericPage('http://intranet.local/ficha?id=7')).toBe(true);
    expect(isGenericPage('chrome://extensions')).toBe(false);
    expect(isGenericPage('file:///tmp/x.html')).toBe(false);
  });

  it('reads the main content, not the header, navigation or footer', () => {
    const doc = loadFixture('generic-contact.html');
    expect(genericPage.findPerson(doc, 'https://crm.lumora.example/clientes/7')).toEqual({
      emails: ['marta@example.com'],
      handles: [
        { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
        { platform: 'reddit', handle: 'marta_rz' },
      ],
      name: 'Marta Ruiz',
    });
  });

  it('finds nobody on a page that lists many people', () => {
    const rows = Array.from({ length: 6 }, (_, i) => `<li>cliente${i}@example.com</li>`).join('');
    const doc = loadHtml(`<body><main><h1>Clientes</h1><ul>${rows}</ul></main></body>`);
    expect(genericPage.findPerson(doc, 'https://crm.lumora.example/clientes')).toEqual({ emails: [], handles: [] });
  });

  it('leaves the page itself untouched', () => {
    const doc = loadFixture('generic-contact.html');
    const before = doc.body.innerHTML;
    genericPage.findPerson(doc, 'https://crm.lumora.example/clientes/7');
    expect(doc.body.innerHTML).toBe(before);
  });
});
