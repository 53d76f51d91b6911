import { describe, expect, it } from 'vitest';
import { compileMatchPattern, MatchPatternError, matchesAny, originPatternOf } from './match-pattern.ts';

describe('match patterns', () => {
  it.each([
    ['https://*.zendesk.com/agent/*', 'https://lumora.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/agent/*', 'https://zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/agent/*', 'https://lumora.zendesk.com/hc/en-us', false],
    ['https://*.zendesk.com/agent/*', 'https://evilzendesk.com/agent/x', false],
    ['https://*.zendesk.com/agent/*', 'http://lumora.zendesk.com/agent/x', false],
    ['https://*.zendesk.com/agent/*', 'https://lumora.zendesk.com:8443/agent/x', true],
    ['http://127.0.0.1/crm/*', 'http://127.0.0.1:4173/crm/contact.html', true],
    ['*://crm.lumora.example/*', 'http://crm.lumora.example/contacts?id=7', true],
    ['*://crm.lumora.example/*', 'ftp://crm.lumora.example/x', false],
    ['<all_urls>', 'https://anything.example/', true],
  ])('%s ~ %s → %s', (pattern, url, expected) => expect(compileMatchPattern(pattern)(url)).toBe(expected));

  it('refuses what is not a pattern', () => {
    expect(() => compileMatchPattern('zendesk.com')).toThrow(MatchPatternError);
    expect(() => compileMatchPattern('https://*zendesk.com/*')).toThrow(/not a match pattern/);
  });

  it('tests lists and builds the pattern that grants one site', () => {
    expect(matchesAny(['https://a.example/*', 'https://b.example/*'], 'https://b.example/x')).toBe(true);
    expect(originPatternOf('https://crm.lumora.example:8443/contacts/7?tab=1')).toBe('https://crm.lumora.example/*');
    expect(originPatternOf('chrome://extensions')).toBeUndefined();
    expect(originPatternOf('nonsense')).toBeUndefined();
  });
});
