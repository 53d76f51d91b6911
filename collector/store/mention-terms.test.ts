import { describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { MAX_TERMS_PER_MENTION, mentionTerms } from './mention-terms.ts';

describe('mention terms', () => {
  it('keeps folded phrases of title and text, without stopwords, brand words, links or handles', () => {
    const mention = makeMention({
      title: 'Lumora Fibra: ¡otra vez sin conexión!',
      text: "I'm done, @lumora_es support didn't answer https://lumora.example/help #fail — the technician never came",
      matches: [{ brand: 'Lumora', terms: ['lumora fibra'] }],
    });
    expect(mentionTerms(mention)).toEqual(['conexion', 'done', 'support', 'answer', 'technician', 'sin conexion']);
  });

  it('counts each word once per mention and caps long texts', () => {
    expect(mentionTerms(makeMention({ text: 'router router ROUTER Router' }))).toEqual(['router']);
    const long = Array.from({ length: 100 }, (_, i) => `palabra${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    expect(mentionTerms(makeMention({ text: long }))).toHaveLength(MAX_TERMS_PER_MENTION);
  });
});
