import { describe, expect, it } from 'vitest';
import { aspectsOf } from '../../collector/aspects/aspect-sentiment.ts';
import { brandAspectsSchema, compileAspectTaxonomy } from './aspect-taxonomy.ts';
import type { MentionAspect } from './aspect-ids.ts';

const negative = { label: 'negative', score: -0.6, confidence: 0.8 } as const;
const positive = { label: 'positive', score: 0.6, confidence: 0.8 } as const;
const pairs = (aspects: MentionAspect[]) => aspects.map((a) => `${a.aspect}:${a.sentiment}`);
const read = (text: string, lang: 'en' | 'es', sentiment: typeof negative | typeof positive = negative) => pairs(aspectsOf({ text, lang, sentiment }));

describe('aspects with their own sentiment', () => {
  it('reads each side of a contrast on its own, in English and Spanish', () => {
    expect(read('The crew was lovely but they lost my bag', 'en')).toEqual(['staff:positive', 'baggage:negative']);
    expect(read('el personal fue amable pero perdieron mi maleta', 'es')).toEqual(['staff:positive', 'baggage:negative']);
    expect(read('La entrega fue rapidísima, aunque el precio es excesivo', 'es')).toEqual(['delivery:positive', 'price:negative']);
    expect(read('Great app, however support never answers', 'en', positive)).toEqual(['app-website:positive', 'support:negative']);
  });

  it('reads a negation before the term or in its clause', () => {
    expect(read('The price is not bad at all', 'en', positive)).toEqual(['price:positive']);
    expect(read('Not expensive, and the delivery was quick', 'en', positive)).toEqual(['price:positive', 'delivery:positive']);
    expect(read('Todavía no me han devuelto el dinero', 'es')).toEqual(['refund:negative']);
    expect(read('Me cobraron dos veces la factura', 'es')).toEqual(['billing:negative']);
  });

  it('gives a polar text naming no aspect to `other`, and a neutral one nothing', () => {
    expect(read('Absolutely awful, never again', 'en')).toEqual(['other:negative']);
    expect(aspectsOf({ text: 'Just landed in Madrid', lang: 'en', sentiment: { label: 'neutral', score: 0, confidence: 0.5 } })).toEqual([]);
    // Languages other than English and Spanish are not read.
    expect(aspectsOf({ text: 'Le personnel était charmant', lang: 'fr', sentiment: positive })).toEqual([]);
  });

  it('keeps the cue as written', () => {
    expect(aspectsOf({ text: 'They LOST my Bag!', lang: 'en', sentiment: negative })).toEqual([{ aspect: 'baggage', sentiment: 'negative', cue: 'Bag' }]);
  });
});

describe("a brand's own terms", () => {
  it('add new aspects and terms to shipped ones, and win over shipped terms spelled the same', () => {
    const taxonomy = compileAspectTaxonomy(brandAspectsSchema.parse({ 'wifi-onboard': ['wifi', 'wi-fi a bordo'], price: ['tarifa plana'], delivery: ['lumora box*'] }));
    expect(pairs(aspectsOf({ text: 'The wifi on board was useless but the crew were great', lang: 'en', sentiment: negative }, taxonomy))).toEqual(['wifi-onboard:negative', 'staff:positive']);
    expect(pairs(aspectsOf({ text: 'La tarifa plana me parece carísima', lang: 'es', sentiment: negative }, taxonomy))).toEqual(['price:negative']);
    expect(taxonomy.aspects).toContain('wifi-onboard');
    expect(taxonomy.aspects.at(-1)).toBe('other');
  });

  it('are validated with the problem named', () => {
    const issues = (value: unknown) => brandAspectsSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ 'Wifi Onboard': ['wifi'] })?.[0]).toMatch(/^Wifi Onboard: "Wifi Onboard" is not an aspect id/);
    expect(issues({ wifi: [] })?.[0]).toMatch(/at least one term/);
    expect(issues({ wifi: ['<script>'] })?.[0]).toMatch(/^wifi\.0: a term is words/);
    expect(issues({ other: ['meh'] })?.[0]).toMatch(/"other"/);
  });
});
