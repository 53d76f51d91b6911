import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../config.ts';
import { analyzeText } from '../enrich/analyze.ts';
import { configureBrandAspects } from './brand-aspects.ts';

const base = { sources: [{ id: 'news', kind: 'rss', url: 'https://example.org/feed.xml' }] };
const message = (config: unknown) => {
  try {
    validateConfig(config);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

afterEach(() => configureBrandAspects([]));

describe('brands[].aspects', () => {
  it('is read from the config, and names what is wrong in it', () => {
    const config = validateConfig({ ...base, brands: [{ name: 'Aerolíneas Sol', query: 'sol', aspects: { 'wifi-onboard': ['wifi', 'wi-fi a bordo'] } }] });
    expect(config.brands[0]?.aspects).toEqual({ 'wifi-onboard': ['wifi', 'wi-fi a bordo'] });
    expect(message({ ...base, brands: [{ name: 'Sol', query: 'sol', aspects: { 'Wi Fi': ['wifi'] } }] })).toMatch(/brands\[0\]\.aspects\.Wi Fi: "Wi Fi" is not an aspect id/);
    expect(message({ ...base, brands: [{ name: 'Sol', query: 'sol', aspects: { wifi: 'wifi' } }] })).toMatch(/brands\[0\]\.aspects\.wifi/);
    expect(message({ ...base, brands: [{ name: 'Sol', query: 'sol', aspects: { wifi: ['wifi'], colour: 'red' }, extra: 1 }] })).not.toBe('');
  });

  it("reads a brand's own terms on the texts that matched it, and every brand's on texts of none", () => {
    configureBrandAspects([
      { name: 'Sol', aspects: { 'wifi-onboard': ['wifi'] } },
      { name: 'Luna', aspects: { lounge: ['sala vip'] } },
    ]);
    const aspects = (text: string, brands?: string[]) => analyzeText({ text, lang: 'en', ...(brands ? { brands } : {}) }).aspects?.map((a) => a.aspect);
    expect(aspects('The wifi was useless', ['Sol'])).toEqual(['wifi-onboard']);
    expect(aspects('The wifi was useless', ['Luna'])).not.toContain('wifi-onboard');
    expect(aspects('The wifi was useless and the sala vip was closed')).toEqual(['wifi-onboard', 'lounge']);
    expect(analyzeText({ text: 'The wifi was useless' }, { aspects: false }).aspects).toBeUndefined();
  });
});
