import { describe, expect, it } from 'vitest';
import { matchesSearch, mentionSearchText, searchNeedle } from './mention-search.ts';

const mention = { title: 'Técnico no vino', text: 'Llevo 3 días SIN conexión con Lumóra.\nNadie responde', author: { name: 'Marta Núñez', handle: 'marta_rz' } };
const found = (q: string): boolean => matchesSearch(mentionSearchText(mention), searchNeedle(q));

describe('mention search (the collector\'s q, locally)', () => {
  it('ignores case and accents in both directions', () => {
    expect(found('tecnico')).toBe(true);
    expect(found('LUMORA')).toBe(true);
    expect(found('conexion')).toBe(true);
    expect(found('Conexión')).toBe(true);
  });

  it('keeps ñ apart from n, as Spanish does', () => {
    expect(found('núñez')).toBe(true);
    expect(found('nunez')).toBe(false);
  });

  it('searches the title, the text, the author name and the handle', () => {
    expect(found('no vino')).toBe(true);
    expect(found('nadie responde')).toBe(true);
    expect(found('marta')).toBe(true);
    expect(found('marta_rz')).toBe(true);
  });

  it('matches the query as one piece, like the collector (not word by word)', () => {
    expect(found('sin conexion')).toBe(true);
    expect(found('conexion sin')).toBe(false);
    expect(found('  sin conexion  ')).toBe(true);
  });

  it('takes %, _ and other symbols literally, and an empty query as no search', () => {
    expect(matchesSearch(mentionSearchText({ text: 'descuento del 100%_ok', author: {} }), searchNeedle('100%_'))).toBe(true);
    expect(found('100%')).toBe(false);
    expect(found('   ')).toBe(true);
  });
});
