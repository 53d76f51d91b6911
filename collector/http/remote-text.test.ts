import { expect, it } from 'vitest';
import { quoteRemote } from './remote-text.ts';

it('keeps ordinary text, Spanish included, as it is', () => {
  expect(quoteRemote('Too Many Requests')).toBe('Too Many Requests');
  expect(quoteRemote('Servicio no disponible — inténtelo más tarde')).toBe('Servicio no disponible — inténtelo más tarde');
});

it('removes terminal escapes, line breaks and bidi overrides, and bounds the length', () => {
  expect(quoteRemote('Not Found\u001b[2J\u001b]0;pwned\u0007\r\nX-Injected: 1')).toBe('Not Found [2J ]0;pwned X-Injected: 1');
  expect(quoteRemote('evil\u202egnp.exe')).toBe('evil gnp.exe');
  expect(quoteRemote('a'.repeat(500))).toHaveLength(120);
  expect(quoteRemote('a'.repeat(500)).endsWith('…')).toBe(true);
  expect(quoteRemote('é'.repeat(10), 5)).toBe('éééé…');
});
