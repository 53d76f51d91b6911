import { describe, expect, it } from 'vitest';
import { sentimentSchema } from '../../shared/mention.ts';
import { analyzeText } from './analyze.ts';

describe('analyzeText', () => {
  it('enriches a complaint with language, sentiment, moment, stage and the reasons', () => {
    const analysis = analyzeText({ text: 'Tercera vez que me falla el router. Me cambio a Telvia.' });
    expect(analysis).toMatchObject({ lang: 'es', sentiment: { label: 'negative' }, moment: 'LZMOT', stage: 'loyalty' });
    expect(analysis.why).toContain('moment LZMOT: "me cambio a"');
  });

  it('marks other languages unscored, but still detected', () => {
    expect(analyzeText({ text: 'Das ist ein sehr gutes Produkt und ich bin zufrieden' })).toMatchObject({
      lang: 'de',
      sentiment: { unscored: 'language not supported: de' },
    });
  });

  it('lets the star rating decide the ends of the scale', () => {
    expect(analyzeText({ text: 'The room was fine', rating: 0 }).sentiment).toMatchObject({ label: 'negative' });
    expect(analyzeText({ text: 'Meh', rating: 1 }).sentiment).toMatchObject({ label: 'positive' });
  });

  it('reads the title with the text', () => {
    expect(analyzeText({ title: 'Pésimo', text: 'Fuimos el sábado.' }).sentiment).toMatchObject({ label: 'negative' });
  });

  it('uses the customer history: a third bad experience shared is LZMOT', () => {
    const text = 'The technician did not show up today';
    expect(analyzeText({ text }).moment).not.toBe('LZMOT');
    expect(analyzeText({ text, history: { badExperiences: 3 } }).moment).toBe('LZMOT');
  });
});

describe('analyzeText: bad input gets a defined answer', () => {
  const answers = (text: string) => {
    const analysis = analyzeText({ text });
    expect(sentimentSchema.safeParse(analysis.sentiment).success).toBe(true);
    return analysis;
  };

  it('empty text: undetermined language, unscored', () => {
    expect(answers('')).toMatchObject({ lang: 'und', sentiment: { unscored: 'language undetermined' } });
  });

  it('only a URL: unscored', () => {
    expect(answers('https://example.com/review?id=1')).toMatchObject({ lang: 'und', sentiment: { unscored: 'language undetermined' } });
  });

  it('only emoji: scored from the emoji', () => {
    expect(answers('😡😡👎')).toMatchObject({ lang: 'und', sentiment: { label: 'negative' } });
    expect(answers('🙂🙂')).toMatchObject({ lang: 'und', sentiment: { label: 'positive' } });
  });

  it('1 MB of text: read up to the limit, answered', () => {
    const analysis = answers('The service was terrible. '.repeat(40_000));
    expect(analysis).toMatchObject({ lang: 'en', sentiment: { label: 'negative' } });
  });

  it('binary junk: no exception, a valid answer', () => {
    let seed = 1;
    const junk = Array.from({ length: 5000 }, () => String.fromCharCode((seed = (seed * 48271) % 2147483647) % 65536)).join('');
    answers(junk);
    answers('\u0000\u0001\ud800\udfff\ufffd\u0007constructor __proto__ toString');
  });

  it('mixed languages: one language, scored when it is one of ours', () => {
    const analysis = answers('El servicio es pésimo, never again, nunca más');
    expect(['es', 'en']).toContain(analysis.lang);
    expect(analysis.sentiment).toMatchObject({ label: 'negative' });
  });

  it('non-string text from an untyped caller: treated as empty', () => {
    expect(analyzeText({ text: 42 as unknown as string })).toMatchObject({ lang: 'und' });
  });
});
