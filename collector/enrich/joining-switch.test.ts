import { describe, expect, it } from 'vitest';
import { sentimentLabelOf } from '../../shared/mention.ts';
import { analyzeText } from './analyze.ts';
import { joiningSwitch } from './joining-switch.ts';
import { tokenize } from './tokenize.ts';

const labelFor = (text: string, brand?: string[]) => sentimentLabelOf(analyzeText({ text, lang: text.match(/[áéíóúñ]|\b(me|es|y)\b/i) ? 'es' : 'en', ...(brand ? { brand } : {}) }).sentiment);

describe('a switch into the watched brand', () => {
  it('is read without its switching words: joining with no regrets is praise, not churn', () => {
    const analysis = analyzeText({ text: 'Switched to #Lumora… No regrets', lang: 'en', brand: ['Lumora'] });
    expect(sentimentLabelOf(analysis.sentiment)).toBe('positive');
    expect(analysis.why).toContain('sentiment: "switched to" the brand is a customer joining, not leaving; read without those words');
    expect(labelFor('Moved to Lumora in May. No regrets.', ['Lumora'])).toBe('positive');
  });

  it('keeps what the customer says about the brand: joining and regretting it is still negative', () => {
    expect(labelFor('Switched to Lumora last month and it has been a nightmare, no internet for a week', ['Lumora'])).toBe('negative');
  });

  it('leaves a switch away from the brand, a plan, or an unknown brand as they read', () => {
    expect(joiningSwitch(tokenize('Me cambio a Nubitel, Lumora es un desastre'), 'Me cambio a Nubitel, Lumora es un desastre', ['Lumora'])).toBeUndefined();
    expect(joiningSwitch(tokenize('Thinking of switching to Lumora?'), 'Thinking of switching to Lumora?', ['Lumora'])).toBeUndefined();
    expect(joiningSwitch(tokenize('Switched to Lumora'), 'Switched to Lumora', undefined)).toBeUndefined();
    expect(labelFor('Me cambio a Nubitel, Lumora es un desastre', ['Lumora'])).toBe('negative');
  });

  it('drops exactly the switching words, in either language', () => {
    const text = 'Me he cambiado a Lumora y no me arrepiento';
    const found = joiningSwitch(tokenize(text), text, ['Lumora']);
    expect(found?.cue).toBe('me he cambiado a');
    expect(found?.tokens.map((t) => t.raw).join(' ')).toBe('Lumora y no me arrepiento');
  });
});
