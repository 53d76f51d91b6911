import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { findMutingRule, muteKeyOf, muteMatches, muteValueProblem } from './mute-match.ts';

const mention = (over: Partial<Mention> = {}): Pick<Mention, 'source' | 'url' | 'author' | 'title' | 'text' | 'matches'> => ({
  source: 'news-lumora',
  url: 'https://news.clickbait.example/2026/lumora-shock',
  author: { name: 'Ofertas Lumóra Bot', handle: 'Promo_Bot' },
  text: 'Consigue fibra gratis con este truco de Lumora',
  matches: [{ brand: 'Lumora', terms: ['lumora'] }],
  ...over,
});
const rule = (kind: 'author' | 'source' | 'phrase', value: string, brand = 'Lumora') => ({ kind, value, brand });

describe('mute rules', () => {
  it('mute an author by handle (any case, with or without @) or by display name, only for their brand', () => {
    expect(muteMatches(mention(), rule('author', '@promo_bot'))).toBe(true);
    expect(muteMatches(mention(), rule('author', 'PROMO_BOT'))).toBe(true);
    expect(muteMatches(mention(), rule('author', 'ofertas lumora bot'))).toBe(true);
    expect(muteMatches(mention(), rule('author', 'promo'))).toBe(false);
    expect(muteMatches(mention(), rule('author', 'promo_bot', 'Acme'))).toBe(false);
  });

  it('a bare handle mutes it on every fediverse server, a full one only on its own', () => {
    const fedi = mention({ author: { handle: 'spam@mastodon.social' } });
    expect(muteMatches(fedi, rule('author', 'spam'))).toBe(true);
    expect(muteMatches(fedi, rule('author', '@spam@mastodon.social'))).toBe(true);
    expect(muteMatches(fedi, rule('author', 'spam@other.example'))).toBe(false);
    // The profile URL names the handle when the feed gave none.
    expect(muteMatches(mention({ author: { url: 'https://www.reddit.com/user/Promo_Bot' } }), rule('author', 'promo_bot'))).toBe(true);
  });

  it('mute a source by its id, or a web host with its subdomains', () => {
    expect(muteMatches(mention(), rule('source', 'news-lumora'))).toBe(true);
    expect(muteMatches(mention(), rule('source', 'clickbait.example'))).toBe(true);
    expect(muteMatches(mention(), rule('source', 'https://www.clickbait.example/any/page'))).toBe(true);
    expect(muteMatches(mention(), rule('source', 'bait.example'))).toBe(false);
    expect(muteMatches(mention(), rule('source', 'reddit-lumora'))).toBe(false);
  });

  it('mute a phrase: whole words in a row, in title or text, case and accents folded', () => {
    expect(muteMatches(mention(), rule('phrase', 'FIBRA gratis'))).toBe(true);
    expect(muteMatches(mention(), rule('phrase', 'truco'))).toBe(true);
    expect(muteMatches(mention(), rule('phrase', 'gratis fibra'))).toBe(false);
    expect(muteMatches(mention(), rule('phrase', 'truc'))).toBe(false);
    expect(muteMatches(mention({ title: '¡Sorteo exprés!' }), rule('phrase', 'sorteo expres'))).toBe(true);
  });

  it('finds the first muting rule, and none for other brands or other authors', () => {
    const rules = [rule('author', 'someone'), rule('phrase', 'truco'), rule('source', 'news-lumora')];
    expect(findMutingRule(mention(), rules)).toBe(rules[1]);
    expect(findMutingRule(mention({ matches: [{ brand: 'Acme', terms: [] }] }), rules)).toBeUndefined();
  });

  it('names what is wrong with a value', () => {
    expect(muteValueProblem('phrase', '  ')).toBe('must not be empty');
    expect(muteValueProblem('phrase', '¿¡!?')).toMatch(/no letters or digits/);
    expect(muteValueProblem('source', 'Not A Source!')).toMatch(/neither a source id .* nor a web host/);
    expect(muteValueProblem('source', 'clickbait.example')).toBeUndefined();
    expect(muteValueProblem('author', 'x'.repeat(201))).toMatch(/at most 200/);
    expect(muteKeyOf('phrase', 'Kestrel  Falcón!')).toBe('kestrel falcon');
  });
});
