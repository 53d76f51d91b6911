import { describe, expect, it } from 'vitest';
import { parseInboxHash, toInboxHash } from './inbox-link.ts';

describe('inbox link', () => {
  it('writes and reads back the mention, customer and spike filters', () => {
    const target = { mentionId: 'reddit-00ab/1', customerId: 'c 9', negativeOnly: true, brand: 'Acme & Co' };
    expect(toInboxHash(target)).toBe('#mention=reddit-00ab%2F1&customer=c+9&sentiment=negative&brand=Acme+%26+Co');
    expect(parseInboxHash(toInboxHash(target))).toEqual(target);
  });

  it('writes and reads back a key driver: its aspect and period; a bad aspect or date is ignored', () => {
    const target = { aspect: 'service-outage', from: '2026-11-08T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z', brand: 'Lumora' };
    expect(parseInboxHash(toInboxHash(target))).toEqual(target);
    expect(parseInboxHash('#aspect=<b>&from=yesterday&to=2026-12-08')).toEqual({ to: '2026-12-08T00:00:00.000Z' });
  });

  it('writes and reads back our key drivers (no brand chosen): competitors left out; any other value ignored', () => {
    const target = { aspect: 'price', from: '2026-11-08T00:00:00.000Z', to: '2026-12-08T00:00:00.000Z', competitor: 'hide' as const };
    expect(parseInboxHash(toInboxHash(target))).toEqual(target);
    expect(parseInboxHash('#competitor=only')).toEqual({});
  });

  it('opens on nothing in particular for an empty or foreign hash', () => {
    expect(toInboxHash({})).toBe('');
    expect(parseInboxHash('')).toEqual({});
    expect(parseInboxHash('#sentiment=positive&x=1')).toEqual({});
  });
});
