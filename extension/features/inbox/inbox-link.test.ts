import { describe, expect, it } from 'vitest';
import { parseInboxHash, toInboxHash } from './inbox-link.ts';

describe('inbox link', () => {
  it('writes and reads back the mention, customer and spike filters', () => {
    const target = { mentionId: 'reddit-00ab/1', customerId: 'c 9', negativeOnly: true, brand: 'Acme & Co' };
    expect(toInboxHash(target)).toBe('#mention=reddit-00ab%2F1&customer=c+9&sentiment=negative&brand=Acme+%26+Co');
    expect(parseInboxHash(toInboxHash(target))).toEqual(target);
  });

  it('opens on nothing in particular for an empty or foreign hash', () => {
    expect(toInboxHash({})).toBe('');
    expect(parseInboxHash('')).toEqual({});
    expect(parseInboxHash('#sentiment=positive&x=1')).toEqual({});
  });
});
