import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isScored } from '../../../shared/mention.ts';
import { loadConfig } from '../../config.ts';
import { analyzeText } from '../analyze.ts';
import { configureEnrichment } from '../settings.ts';
import { DECISION_FEATURES } from './cue-features.ts';
import { decodeModel, encodeModel, FORMAT, type ModelHeader } from './model-file.ts';
import { sentimentModel } from './model.ts';
import { splitOf, type TrainingRow } from './train/corpora.ts';
import { trainLanguage, type TrainSettings } from './train/fit-language.ts';

// A tiny synthetic corpus: opinion words in neutral filler, so a few hundred rows train in a blink.
function syntheticCorpus(): TrainingRow[] {
  const opinion = [['awful', 'terrible', 'hate', 'broken', 'slow'], ['table', 'monday', 'street', 'paper', 'window'], ['great', 'love', 'excellent', 'fast', 'happy']];
  const filler = ['the', 'service', 'was', 'today', 'our', 'order', 'and', 'it', 'really', 'again'];
  const rows: TrainingRow[] = [];
  for (let i = 0; i < 600; i++) {
    const label = (i % 3) as 0 | 1 | 2;
    const words = [filler[i % 10]!, opinion[label]![i % 5]!, filler[(i * 7) % 10]!, filler[(i * 3) % 10]!, opinion[label]![(i * 3) % 5]!, `n${i}`];
    const text = words.join(' ');
    rows.push({ text, label, corpus: ['posts', 'reviews', 'news'][Math.floor(i / 3) % 3]!, split: splitOf(text), weight: 1 });
  }
  return rows;
}

const settings: TrainSettings = { minCount: 1, wordWeight: 1, charWeight: 1, keep: 2000, epochs: 2, learningRate: 0.2, l2: 1e-5, seed: 11, decisionL2: 1e-3, outOfDomainShare: 0.5 };
const header: ModelHeader = { format: FORMAT, featureVersion: 1, lang: 'en', notice: 'test', trainedOn: [], commercialUse: true, settings: {}, heldOut: {}, decisionInputs: ['model: negative', 'model: neutral', 'model: positive', ...DECISION_FEATURES] };
// Three corpora, so the decision's out-of-domain readings (one text model per corpus left out) are seeded too.
const trainBytes = (s: TrainSettings) => encodeModel({ header, ...trainLanguage('en', syntheticCorpus(), s, () => {}).data });

describe('the trainer', () => {
  it('is seeded: the same corpus and settings give the same bytes, another seed other bytes', () => {
    const first = trainBytes(settings);
    expect(Buffer.from(trainBytes(settings)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(trainBytes({ ...settings, seed: 12 })).equals(Buffer.from(first))).toBe(false);
    // What it learned is the corpus's signal, read back through the file format.
    const decoded = decodeModel(first);
    expect(decoded.words.keys.length).toBeGreaterThan(0);
    expect(Array.from(decoded.words.keys)).toEqual(Array.from(decoded.words.keys).sort((a, b) => (a >>> 0) - (b >>> 0)));
  });
});

describe('the shipped models', () => {
  it('carry the terms of what they were trained on', () => {
    for (const lang of ['en', 'es'] as const) {
      const model = sentimentModel(lang);
      if (model instanceof Error) throw model;
      expect(model.header.trainedOn.length).toBeGreaterThan(0);
      for (const corpus of model.header.trainedOn) expect(corpus.terms).not.toBe('');
      expect(model.header.commercialUse).toBe(model.header.trainedOn.every((c) => c.commercial));
      expect(model.header.notice).toMatch(/non-commercial|commercial use/);
    }
  });

  it('read a wait as a complaint and a denied problem as praise', () => {
    // The cue scorer alone left the first unscored and, before "no regrets", the second negative.
    expect(analyzeText({ text: 'El chat… 40 minutos esperando' }, { model: 'off' }).sentiment).toMatchObject({ unscored: 'no sentiment signal' });
    expect(analyzeText({ text: 'El chat… 40 minutos esperando', lang: 'es' }, { confidenceFloor: 0 }).sentiment).toMatchObject({ label: 'negative' });
    expect(analyzeText({ text: 'Been using Lumora for years and never had a problem. No regrets.' }).sentiment).toMatchObject({ label: 'positive' });
  });

  it('say why in the words of the text', () => {
    const { why } = analyzeText({ text: 'The delivery was late and the box arrived broken', lang: 'en' });
    const line = why.find((w) => w.includes('model:'));
    expect(line).toMatch(/^sentiment: \d+ % negative — model: /);
    expect(line).toMatch(/"(late|broken|arrived broken|was late)" −/);
  });

  it('leave a text unscored, with the reason, below the confidence floor', () => {
    const { sentiment, why } = analyzeText({ text: 'The package arrived on Tuesday', lang: 'en' }, { confidenceFloor: 0.999 });
    expect(isScored(sentiment)).toBe(false);
    expect(sentiment).toMatchObject({ unscored: expect.stringMatching(/^uncertain: \d+ % negative, \d+ % neutral, \d+ % positive$/) });
    expect(why.some((w) => w.startsWith('sentiment: unscored (uncertain:'))).toBe(true);
  });
});

describe('below the confidence floor', () => {
  it('a confident reading of the cues decides, and why says the model was unsure', () => {
    const { sentiment, why } = analyzeText({ text: 'Tercera vez que me falla el router. Me cambio a Telvia.' });
    expect(sentiment).toMatchObject({ label: 'negative' });
    expect(why).toContainEqual(expect.stringMatching(/^sentiment: model unsure \(uncertain: .*\); the cues decide$/));
  });
});

describe('enrichment.model in the config', () => {
  afterEach(() => configureEnrichment({ model: 'on' }));
  const dir = mkdtempSync(join(tmpdir(), 'vigia-model-config-'));
  const brands = [{ name: 'Acme', query: 'acme' }];

  it('"off" leaves sentiment to the cues alone', async () => {
    const text = 'The delivery was late and the box arrived broken';
    const withModel = analyzeText({ text });
    writeFileSync(join(dir, 'off.json'), JSON.stringify({ brands, enrichment: { model: 'off' } }));
    expect((await loadConfig(join(dir, 'off.json'))).enrichment.model).toBe('off');
    const cuesOnly = analyzeText({ text });
    expect(cuesOnly.sentiment).toEqual(analyzeText({ text }, { model: 'off' }).sentiment);
    expect(cuesOnly.why.some((w) => w.includes('model:'))).toBe(false);
    expect(withModel.why.some((w) => w.includes('model:'))).toBe(true);
  });

  it('names a bad value', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ brands, enrichment: { model: 'maybe' } }));
    await expect(loadConfig(join(dir, 'bad.json'))).rejects.toMatchObject({ problems: [expect.stringMatching(/^enrichment\.model: must be "on" or "off"/)] });
  });
});
