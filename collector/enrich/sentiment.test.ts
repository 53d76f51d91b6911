import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../../shared/mention.ts';
import { readSentiment } from './sentiment.ts';

const labelOf = (s: Sentiment): string => ('label' in s ? s.label : 'unscored');
const en = (text: string) => readSentiment(text, 'en').sentiment;
const es = (text: string) => readSentiment(text, 'es').sentiment;
const score = (s: Sentiment): number => ('score' in s ? s.score : Number.NaN);

describe('readSentiment: negation', () => {
  it.each([
    ["I don't like it", 'negative'],
    ['It is not good at all', 'negative'],
    ['Not bad, actually', 'positive'],
    ["Doesn't hold a charge", 'negative'],
    ['Please dont waste your money', 'negative'],
  ])('en %s → %s', (text, label) => expect(labelOf(en(text))).toBe(label));

  it.each([
    ['No me gustó nada', 'negative'],
    ['Nada interesante', 'negative'],
    ['Cero recomendable', 'negative'],
    ['Sin problemas, todo bien', 'positive'],
    ['El técnico no llegó', 'negative'],
    ['No es malo', 'positive'],
  ])('es %s → %s', (text, label) => expect(labelOf(es(text))).toBe(label));

  it('ends the negation at the clause, not at the end of the text', () => {
    expect(labelOf(es('No tenía hambre, pero la comida estaba deliciosa'))).toBe('positive');
  });

  it('does not read "ni" inside "niña" as a negator', () => {
    expect(labelOf(es('La niña está feliz'))).toBe('positive');
  });
});

describe('readSentiment: emphasis, contrast and phrases', () => {
  it('weighs the clause after "but" / "pero" more', () => {
    expect(labelOf(en('Great food but the service was terrible'))).toBe('negative');
    expect(labelOf(es('La habitación es fea pero el personal fue encantador'))).toBe('positive');
  });

  it('weighs less what "aunque" concedes', () => {
    expect(labelOf(es('Aunque el lugar es bonito, la atención fue pésima'))).toBe('negative');
  });

  it('counts intensifiers, diminishers, capitals, elongations and exclamations', () => {
    expect(score(es('muy bueno'))).toBeGreaterThan(score(es('bueno')));
    expect(score(en('a bit slow'))).toBeGreaterThan(score(en('slow')));
    expect(score(en('This is TERRIBLE'))).toBeLessThan(score(en('This is terrible')));
    expect(score(es('buenooo'))).toBeGreaterThan(score(es('bueno')));
    expect(score(en('good!!!'))).toBeGreaterThan(score(en('good')));
    expect(labelOf(es('poco amable'))).toBe('negative');
  });

  it('reads accents present or missing alike, and -ísimo superlatives', () => {
    expect(score(es('pesimo servicio'))).toBe(score(es('pésimo servicio')));
    expect(score(es('buenísimo'))).toBeGreaterThan(score(es('bueno')));
  });

  it.each([
    ['nunca más', 'es', 'negative'], ['no lo recomiendo', 'es', 'negative'], ['me cambio a Telvia', 'es', 'negative'],
    ['never again', 'en', 'negative'], ['waste of money', 'en', 'negative'], ['5 stars', 'en', 'positive'],
    ['10/10 would buy again', 'en', 'positive'], ['mola mucho', 'es', 'positive'], ['está chido', 'es', 'positive'],
  ])('reads the phrase "%s" (%s) as %s', (text, lang, label) => {
    expect(labelOf(readSentiment(text, lang as 'en' | 'es').sentiment)).toBe(label);
  });

  it('reads scores written out: "9 out of 10", "2 de 10", "1 star", "5 estrellas"', () => {
    expect(labelOf(en('I give it 9 out of 10'))).toBe('positive');
    expect(labelOf(es('Le doy un 2 de 10'))).toBe('negative');
    expect(labelOf(en('1 star, the app crashes'))).toBe('negative');
    expect(labelOf(es('5 estrellas para el servicio'))).toBe('positive');
  });

  it('reads emoji and emoticons, which natural drops', () => {
    expect(labelOf(es('llegó el pedido 😡'))).toBe('negative');
    expect(labelOf(en('got it today :)'))).toBe('positive');
  });

  it('discounts praise inside a question', () => {
    expect(labelOf(en('Is Acme a good brand?'))).toBe('neutral');
  });
});

describe('readSentiment: honesty', () => {
  it('says unscored when nothing carries sentiment, never a neutral guess', () => {
    expect(en('The meeting is on Tuesday at 10')).toEqual({ unscored: 'no sentiment signal' });
  });

  it('keeps the score in [-1, 1] and the confidence in [0, 1]', () => {
    const s = en('awful horrible terrible disgusting '.repeat(200));
    expect(score(s)).toBeGreaterThanOrEqual(-1);
    expect('confidence' in s && s.confidence >= 0 && s.confidence <= 1).toBe(true);
  });

  it('lists the cues it used', () => {
    expect(readSentiment("I don't like it", 'en').cues).toEqual(['negated by "don\'t": "like"']);
  });
});

describe('readSentiment: recommendations and inflected review words', () => {
  it.each([
    ['Tienes que visitarlo si vas a la ciudad', 'positive'],
    ['No dejes de probarla', 'positive'],
    ['Murales impresionantes', 'positive'],
    ['Habitaciones acogedoras', 'positive'],
    ['Meseros groseros y platos sobrevalorados', 'negative'],
  ])('es %s → %s', (text, label) => expect(labelOf(es(text))).toBe(label));

  it.each([
    ['A must visit when in town', 'positive'],
    ['Not to be missed', 'positive'],
  ])('en %s → %s', (text, label) => expect(labelOf(en(text))).toBe(label));
});

describe('readSentiment: no trouble and sarcastic openers', () => {
  it.each([
    ['Not one problem with the delivery', 'positive'],
    ['Never had an issue with them', 'positive'],
    ['The problem is not solved', 'negative'],
  ])('en %s → %s', (text, label) => expect(labelOf(en(text))).toBe(label));

  it.each([
    ['Ningún problema con el envío', 'positive'],
    ['Sin ninguna queja', 'positive'],
  ])('es %s → %s', (text, label) => expect(labelOf(es(text))).toBe(label));

  it('reads praise opening a complaint as sarcasm, and says so', () => {
    const reading = readSentiment('Oh great, another 3 hour delay', 'en');
    expect(labelOf(reading.sentiment)).toBe('negative');
    expect(reading.cues).toContain('sarcasm: praise opening a complaint');
    expect(labelOf(es('Genial, otra vez sin luz'))).toBe('negative');
    expect(labelOf(es('Genial... el técnico no vino'))).toBe('negative');
    expect(labelOf(en('Great, the package never arrived'))).toBe('negative');
  });

  it('leaves sincere praise openers alone', () => {
    expect(labelOf(en('Great, thanks for the quick reply'))).toBe('positive');
    expect(labelOf(es('Perfecto, llegó a tiempo'))).toBe('positive');
    expect(labelOf(en('Excellent, fast delivery, no problems'))).toBe('positive');
    const contrast = readSentiment('Gracias, pero no me sirvió', 'es');
    expect(labelOf(contrast.sentiment)).toBe('negative');
    expect(contrast.cues.some((cue) => cue.startsWith('sarcasm'))).toBe(false);
  });
});
