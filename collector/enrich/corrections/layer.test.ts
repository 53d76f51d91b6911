import { describe, expect, it } from 'vitest';
import { sentimentLabelOf } from '../../../shared/mention.ts';
import { analyzeText } from '../analyze.ts';
import { logitsOf } from './baseline.ts';
import { EMPTY_LAYER, learn, type CorrectionExample } from './layer.ts';

/** The shipped reading, as the layer sees it. */
const baseline = (text: string, lang: string) => logitsOf(analyzeText({ text, lang }).sentiment);
const labelAfter = (layer: ReturnType<typeof learn>, text: string, lang = 'en') => sentimentLabelOf(layer.adjust(text, lang, analyzeText({ text, lang })).sentiment);
const shipped = (text: string, lang = 'en') => sentimentLabelOf(analyzeText({ text, lang }).sentiment);

/** Mentions nobody corrected, as an installation holds them (the brand's name in each). */
const ANCHORS = [
  'Lumora fibre has been down since this morning, no internet at all',
  'Switched to Lumora last month, installation took two weeks',
  'Does anyone know if Lumora covers Valencia?',
  'Lumora support kept me on hold for an hour',
  'Great speeds with Lumora so far',
  'Lumora raised the price again',
  'I regret signing the contract',
].map((text) => ({ text, lang: 'en' }));

describe('the correction layer', () => {
  it('after "Switched to X… No regrets" is corrected to positive, paraphrases read positive and unrelated texts are unchanged', () => {
    const corrected = 'Switched to #Lumora… No regrets';
    expect(shipped(corrected)).not.toBe('positive');
    const layer = learn([{ text: corrected, lang: 'en', label: 'positive' }], { baseline, anchors: ANCHORS });
    expect(labelAfter(layer, corrected)).toBe('positive');
    // The first reads the same word for word; the others share its words only in part (the weights decide).
    const paraphrases = ['Just switched to Lumora, no regrets at all', 'Switched my home internet to Lumora and no regrets', 'Moved to Lumora in May. No regrets.'];
    // The shipped reading gets some of them right already; the layer must mend those it misreads.
    expect(paraphrases.filter((paraphrase) => shipped(paraphrase) !== 'positive').length).toBeGreaterThan(0);
    for (const paraphrase of paraphrases) expect({ paraphrase, label: labelAfter(layer, paraphrase) }).toEqual({ paraphrase, label: 'positive' });
    for (const unrelated of ['The router keeps dropping every evening', 'I regret switching to Lumora, worst decision ever', 'Lumora support kept me on hold for an hour']) {
      const before = analyzeText({ text: unrelated, lang: 'en' });
      expect(layer.adjust(unrelated, 'en', before)).toEqual(before);
    }
  });

  it('reads the same in Spanish, and says why a label changed', () => {
    const corrected = 'El chat… 40 minutos esperando';
    const layer = learn([{ text: corrected, lang: 'es', label: 'negative' }], { baseline });
    const after = layer.adjust('El chat, 40 minutos esperando otra vez', 'es', analyzeText({ text: 'El chat, 40 minutos esperando otra vez', lang: 'es' }));
    expect(sentimentLabelOf(after.sentiment)).toBe('negative');
    expect(after.why.at(-1)).toMatch(/^sentiment: negative instead of \w+: /);
    expect(labelAfter(layer, 'La instalación fue rápida y el técnico muy amable', 'es')).toBe(shipped('La instalación fue rápida y el técnico muy amable', 'es'));
  });

  it('learns from several corrections what none says alone, and the later of two corrections of one text wins', () => {
    const examples: CorrectionExample[] = [
      { text: 'Not bad at all, the technician came on time', lang: 'en', label: 'positive' },
      { text: 'Not bad at all for the price', lang: 'en', label: 'positive' },
      { text: 'The app is confusing', lang: 'en', label: 'negative' },
      { text: 'The app is confusing', lang: 'en', label: 'neutral' },
    ];
    const layer = learn(examples, { baseline });
    expect(labelAfter(layer, 'The app is confusing')).toBe('neutral');
    expect(labelAfter(layer, 'Honestly not bad at all, the new router')).toBe('positive');
  });

  it('changes nothing without corrections', () => {
    const before = analyzeText({ text: 'No regrets', lang: 'en' });
    expect(EMPTY_LAYER.adjust('No regrets', 'en', before)).toBe(before);
    expect(learn([], { baseline }).examples).toBe(0);
  });
});
