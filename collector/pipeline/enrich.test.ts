import { describe, expect, it } from 'vitest';
import { detectItemLanguages } from './detect-language.ts';
import { enrichItems } from './enrich.ts';
import { identifyItems } from './identify.ts';
import { createBrandMatcher, matchBrands } from './match-brands.ts';
import { normalizeItems } from './normalize.ts';

const now = new Date('2026-11-23T12:00:00Z');
const publishedAt = '2026-11-23T09:00:00Z';

function enrich(raw: Parameters<typeof normalizeItems>[0], platform?: string) {
  const items = detectItemLanguages(identifyItems(normalizeItems(raw, { id: 'test', platform })));
  return enrichItems(matchBrands(items, createBrandMatcher([{ name: 'Lumora', query: '(lumora OR #lumora) -jobs' }])), now);
}

describe('enrichItems: the triage a person meets at the top of the inbox', () => {
  it('puts a real complaint above a polite question, and a happy new customer and a headline at the bottom', () => {
    const [crash, question, switched] = enrich([
      { guid: '1', publishedAt, content: 'The Mi Lumora app crashed three times while I was trying to pay a bill. Gave up and rang them. Sigh. #Lumora' },
      { guid: '2', publishedAt, content: '¿Se puede cambiar la cita del técnico desde la app Mi Lumora? Tengo cita el martes.' },
      { guid: '3', publishedAt, content: 'Switched to #Lumora from Nubitel last month: cheaper, faster evenings, and the app is actually usable. No regrets.' },
    ], 'mastodon');
    const [news] = enrich([{ guid: '4', publishedAt, title: 'Broadband complaints rise again, with Lumora among the most reported - The Broadband Ledger', content: 'Complaints rose 12 % in the quarter, the regulator said.' }], 'google-news');
    expect(crash!.priority).toBeGreaterThan(question!.priority);
    expect(question).toMatchObject({ urgency: 'soon' });
    expect(switched).toMatchObject({ urgency: 'none' });
    expect(switched!.moment).not.toBe('LZMOT');
    expect(switched!.priority).toBeLessThan(50);
    expect(news).toMatchObject({ urgency: 'none', kind: 'article' });
    expect(news!.moment ?? news!.stage).toBeUndefined();
  });

  it('explains every priority: the reasons add up to it, in English and Spanish', () => {
    const [stranded] = enrich([{ guid: '5', publishedAt, content: 'Stranded at the airport: Lumora cancelled my connection and there is no hotel. Please help!' }]);
    expect(stranded).toMatchObject({ urgency: 'now' });
    expect(stranded!.priorityWhy!.reduce((sum, f) => sum + f.points, 0)).toBe(stranded!.priority);
    expect(stranded!.priorityWhy![0]).toMatchObject({ factor: 'urgency', en: expect.stringMatching(/^Needs a person now: a customer stranded/), es: expect.stringMatching(/^Requiere atención ya: un cliente varado/) });
  });
});
