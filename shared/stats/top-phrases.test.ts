import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { mentionTerms } from './mention-terms.ts';
import { sentimentStatsOf } from './sentiment-tally.ts';
import type { SentimentStatsQuery } from './sentiment-stats.ts';

const query: SentimentStatsQuery = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', bucket: 'week', by: 'platform', now: '2026-12-01T00:00:00.000Z' };
const lumora = [{ brand: 'Lumora', terms: ['lumora', 'lumora fibra'] }];
let seq = 0;

function mention(text: string, label: 'negative' | 'neutral' | 'positive', lang: 'en' | 'es' = 'en'): Mention {
  seq += 1;
  return {
    id: `m${seq}`, source: 's', platform: 'reddit', kind: 'post', author: {}, text, lang,
    publishedAt: `2026-11-${String((seq % 27) + 1).padStart(2, '0')}T10:00:00.000Z`, collectedAt: '2026-11-28T11:00:00.000Z',
    sentiment: { score: label === 'negative' ? -0.7 : label === 'positive' ? 0.7 : 0, label, confidence: 0.8 },
    matches: lumora, triage: { status: 'new', updatedAt: '2026-11-28T11:00:00.000Z' }, priority: 50,
  };
}
const repeat = (n: number, make: (i: number) => Mention) => Array.from({ length: n }, (_, i) => make(i));

describe('phrases of a mention', () => {
  it('keeps 1–3-word phrases that start and end on content words, never across punctuation, brands, numbers, links or handles', () => {
    const phrases = mentionTerms({
      title: 'Lumora Fibra: charged twice!',
      text: 'Anyone else? @lumora_help charged twice for 39.99 https://lumora.example/x — waste of money, 3 weeks and no refund',
      matches: lumora,
    });
    expect(phrases).toEqual(expect.arrayContaining(['charged twice', 'waste of money', 'no refund', 'refund', 'money', 'waste']));
    for (const junk of ['anyone', 'anyone else', 'lumora', 'fibra', 'lumora_help', 'help', '39', 'weeks', 'example', 'twice waste', 'money refund']) expect(phrases).not.toContain(junk);
    expect(phrases.every((p) => !/\d/.test(p) && p.split(' ').length <= 3)).toBe(true);
  });

  it('reads Spanish the same way: accents folded, stopwords at the edges left out, joiners kept inside', () => {
    const phrases = mentionTerms({ text: 'Me han cobrado dos veces la factura de Lumora y nadie me devuelve el dinero. Cobro de más otra vez.', matches: lumora });
    expect(phrases).toEqual(expect.arrayContaining(['cobrado', 'factura', 'dinero', 'devuelve', 'cobro']));
    for (const junk of ['dos', 'nadie', 'han', 'lumora', 'factura de', 'de lumora', 'el dinero']) expect(phrases).not.toContain(junk);
  });
});

describe('top negative phrases', () => {
  it('ranks what the complaints are about, not the words every post uses (box, text, anyone, admin)', () => {
    const negatives = [
      ...repeat(6, (i) => mention(`Anyone else? ${['The router box', 'My box', 'The new box'][i % 3]} keeps dropping the connection, ${['text the admin', 'the admin is useless', 'admin never replies'][i % 3]}`, 'negative')),
      ...repeat(5, (i) => mention(`${['Charged twice this month', 'I was charged twice', 'They charged twice for the box'][i % 3]}, admin says wait.`, 'negative')),
      ...repeat(3, () => mention('Still no refund after the box came back, anyone?', 'negative')),
    ];
    const others = [
      ...repeat(8, () => mention('Got the new box today, setup text was clear, admin panel is nice. Anyone want tips?', 'positive')),
      ...repeat(6, () => mention('Text me if anyone needs the admin guide for the box', 'neutral')),
    ];
    const top = sentimentStatsOf([...negatives, ...others], query).topNegativeTerms.map((t) => t.term);
    expect(top.slice(0, 3)).toEqual(expect.arrayContaining(['charged twice', 'dropping the connection']));
    expect(top).toContain('no refund');
    for (const junk of ['box', 'text', 'anyone', 'admin']) expect(top).not.toContain(junk);
    // "charged" and "twice" live inside their longer phrase.
    expect(top.filter((t) => t.includes('charged'))).toEqual(['charged twice']);
  });

  it('does the same in Spanish', () => {
    const negatives = [
      ...repeat(5, (i) => mention(`¿Alguien más? Sin conexión desde ayer, el técnico no vino${i % 2 ? '' : ' y el administrador del grupo no contesta'}`, 'negative', 'es')),
      ...repeat(4, () => mention('Cobro duplicado en la factura, el administrador del grupo dice que espere', 'negative', 'es')),
    ];
    const others = repeat(10, () => mention('El administrador del grupo compartió el mensaje, alguien tiene la factura de noviembre', 'neutral', 'es'));
    const top = sentimentStatsOf([...negatives, ...others], query).topNegativeTerms.map((t) => t.term);
    expect(top).toEqual(expect.arrayContaining(['cobro duplicado', 'sin conexion', 'tecnico']));
    for (const junk of ['administrador', 'grupo', 'factura', 'alguien', 'mensaje']) expect(top).not.toContain(junk);
  });
});
