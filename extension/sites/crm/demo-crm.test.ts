import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import demoCrm, { isDemoCrmPage } from './demo-crm.ts';
import { emailsInText, handlesInText } from './person-identifiers.ts';
import { crmSiteFor } from './registry.ts';

// happy-dom gives modules an http import.meta.url, so locate files by directory name.
const fixture = (relative: string) => readFileSync(join(import.meta.dirname, relative), 'utf8');
const load = (html: string) => {
  document.open();
  document.write(html);
  document.close();
};

describe('isDemoCrmPage', () => {
  it.each([
    ['http://127.0.0.1:4173/crm/contact-marta.html', true],
    ['http://localhost/crm/contacts/7', true],
    ['http://127.0.0.1:4173/feeds/reddit-search.atom', false],
    ['https://127.0.0.1/crm/contact.html', false],
    ['http://crm.example.com/crm/contact.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isDemoCrmPage(url)).toBe(expected);
    expect(crmSiteFor(url)?.id).toBe(expected ? 'demo-crm' : undefined);
  });
});

describe('demo CRM recipe', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('finds Marta on the demo contact page the fixture server serves', () => {
    load(fixture('../../../collector/demo/fixtures/crm/contact-marta.html'));
    expect(demoCrm.findPerson(document)).toEqual({
      emails: ['marta@example.com'],
      handles: [
        { platform: 'reddit', handle: 'marta_rz' },
        { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
      ],
    });
  });

  it('reads links and text of the contact card only, normalised and deduplicated', () => {
    load(fixture('testdata/contact-with-noise.html'));
    expect(demoCrm.findPerson(document)).toEqual({
      emails: ['ana.gil@example.com', 'ana+home@example.org'],
      handles: [
        { platform: 'reddit', handle: 'ana_gil' },
        { platform: 'x', handle: 'ana_gil_x' },
        { platform: 'mastodon', handle: 'anagil@fosstodon.org' },
        { platform: 'reddit', handle: 'ana_alt' },
      ],
    });
  });

  it('falls back to the whole body on a page without a contact card', () => {
    load('<!doctype html><body><p>Write to bob@example.com or @bob@mastodon.social</p></body>');
    expect(demoCrm.findPerson(document)).toEqual({
      emails: ['bob@example.com'],
      handles: [{ platform: 'mastodon', handle: 'bob@mastodon.social' }],
    });
  });
});

describe('text helpers', () => {
  it('tells a fediverse handle from an e-mail address', () => {
    expect(emailsInText('@ana@fosstodon.org, ana@example.com')).toEqual(['ana@example.com']);
    expect(handlesInText('@ana@fosstodon.org, ana@example.com')).toEqual([{ platform: 'mastodon', handle: 'ana@fosstodon.org' }]);
  });

  it('reads Reddit handles only as u/ words, not inside URLs', () => {
    expect(handlesInText('see reddit.com/user/x_y and (u/Real_One)')).toEqual([{ platform: 'reddit', handle: 'real_one' }]);
  });
});
