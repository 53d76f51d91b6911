import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, fingerprint, nearDuplicateKey, shingleSimilarity } from './index.ts';

const REPOSTS_EN = {
  x: "Third bad experience with @LumoraHelp: router dead AGAIN after the 'repair'. Never again. https://t.co/a1b2c3 #Lumora #NeverAgain",
  reddit: 'Third bad experience with Lumora — router dead again after the “repair”. Never again.',
  mastodon: 'RT @marta@mastodon.social: third bad experience with lumora: router dead again after the repair. never again 😡 https://lumora.example/x?utm_source=masto',
};
const REPOSTS_ES = {
  x: 'Tercera vez que @LumoraES me deja sin fibra. Llevo 3 días sin internet y nadie me da solución #LumoraFail',
  reddit: 'Tercera vez que Lumora me deja sin fibra: llevo 3 días sin internet y nadie me da solución.',
  mastodon: 'tercera vez que lumora me deja sin fibra, llevo 3 dias sin internet y nadie me da solucion https://bit.ly/3xyz via @pepe',
};
const UNRELATED = {
  sameTopic: 'Lumora router dead again, second time this month. Support says wait five days for a technician.',
  otherBrand: 'Llevo 3 días sin internet con Movistar y nadie me da solución, vergüenza',
  praise: 'Honestly the new Lumora router is great, setup took two minutes and wifi reaches the garden.',
};

describe('nearDuplicateKey', () => {
  it('drops links, handles, hashtag signs, case, accents, "RT" and "via", and splits #CamelCase', () => {
    expect(nearDuplicateKey(REPOSTS_EN.x)).toBe('third bad experience with router dead again after the repair never again lumora never again');
    expect(nearDuplicateKey(REPOSTS_ES.mastodon)).toBe(nearDuplicateKey(REPOSTS_ES.reddit));
    expect(nearDuplicateKey('Mail ana@example.com, /u/marta_rz or u/pepe: ¡pésima #atención_cliente! lumora.es/ayuda')).toBe('mail ana example com or pesima atencion cliente');
  });

  it('keeps ñ apart from n', () => {
    expect(nearDuplicateKey('Feliz AÑO')).toBe('feliz año');
    expect(nearDuplicateKey('feliz ano')).not.toBe(nearDuplicateKey('feliz año'));
  });
});

describe('fingerprint', () => {
  it('scores reposts as similar and different complaints as not', () => {
    const sim = (a: string, b: string) => shingleSimilarity(fingerprint(a).shingles, fingerprint(b).shingles);
    expect(sim(REPOSTS_EN.x, REPOSTS_EN.reddit)).toBeGreaterThanOrEqual(0.6);
    expect(sim(REPOSTS_ES.x, REPOSTS_ES.mastodon)).toBeGreaterThanOrEqual(0.6);
    expect(sim(REPOSTS_EN.reddit, UNRELATED.sameTopic)).toBeLessThan(0.3);
    expect(sim(REPOSTS_ES.reddit, UNRELATED.otherBrand)).toBeLessThan(0.5);
  });

  it('gives MinHash signatures that agree about as often as the texts overlap', () => {
    const a = fingerprint(REPOSTS_EN.x, 512);
    const b = fingerprint(REPOSTS_EN.reddit, 512);
    const agree = a.signature.filter((v, i) => v === b.signature[i]).length / 512;
    expect(agree).toBeCloseTo(shingleSimilarity(a.shingles, b.shingles), 1);
  });
});

describe('NearDuplicateIndex', () => {
  it('groups one complaint reposted on X, Reddit and Mastodon, in English and in Spanish, and keeps the rest apart', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('x-1', REPOSTS_EN.x)).toBe('x-1');
    expect(index.add('es-x', REPOSTS_ES.x)).toBe('es-x');
    expect(index.add('other-1', UNRELATED.sameTopic)).toBe('other-1');
    expect(index.add('reddit-1', REPOSTS_EN.reddit)).toBe('x-1');
    expect(index.add('other-2', UNRELATED.otherBrand)).toBe('other-2');
    expect(index.add('es-reddit', REPOSTS_ES.reddit)).toBe('es-x');
    expect(index.add('mastodon-1', REPOSTS_EN.mastodon)).toBe('x-1');
    expect(index.add('es-mastodon', REPOSTS_ES.mastodon)).toBe('es-x');
    expect(index.add('other-3', UNRELATED.praise)).toBe('other-3');
    expect(index.size).toBe(9);
    expect(index.clusterOf('mastodon-1')).toBe('x-1');
    expect(index.clusterOf('unknown')).toBeUndefined();
  });

  it('returns the same cluster when a mention is added again', () => {
    const index = new NearDuplicateIndex();
    index.add('a', REPOSTS_EN.x);
    index.add('b', REPOSTS_EN.reddit);
    expect(index.add('b', 'a different text now')).toBe('a');
    expect(index.size).toBe(2);
  });

  it('groups short texts only when identical after normalisation', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('1', 'Lumora sucks')).toBe('1');
    expect(index.add('2', 'LUMORA sucks!!! https://t.co/x @lumora')).toBe('1');
    expect(index.add('3', 'Lumora sucks so much')).toBe('3');
    expect(index.add('4', 'I love Lumora')).toBe('4');
    expect(index.add('5', 'I hate Lumora')).toBe('5');
  });

  it('never groups texts that are only links, handles or emoji', () => {
    const index = new NearDuplicateIndex();
    expect(index.add('1', 'https://t.co/abc')).toBe('1');
    expect(index.add('2', '@lumora 😡 https://t.co/def')).toBe('2');
  });

  it('follows chains of reposts: a copy of a copy joins the first cluster', () => {
    const index = new NearDuplicateIndex({ threshold: 0.6 });
    const base = 'my lumora router keeps dropping the connection every evening and support never calls back';
    index.add('a', base);
    index.add('b', `${base} so annoying`);
    expect(index.add('c', `${base} so annoying honestly, do not buy`)).toBe('a');
  });

  it('honours a stricter threshold', () => {
    const index = new NearDuplicateIndex({ threshold: 0.95 });
    index.add('x', REPOSTS_EN.x);
    expect(index.add('reddit', REPOSTS_EN.reddit)).toBe('reddit');
    expect(() => new NearDuplicateIndex({ threshold: 0 })).toThrow(/threshold/);
  });

  it('groups short texts exactly when their normalised words are equal', () => {
    const word = fc.constantFrom('lumora', 'LUMÓRA', 'sucks', 'love', 'año', 'ano', '#fail', '@acme', 'https://t.co/z');
    const short = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(fc.property(short, short, (a, b) => {
      const index = new NearDuplicateIndex();
      index.add('a', a);
      const same = nearDuplicateKey(a) === nearDuplicateKey(b) && nearDuplicateKey(a) !== '';
      expect(index.add('b', b) === 'a').toBe(same);
    }));
  });
});
