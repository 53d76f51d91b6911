import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.key}`);

describe('tokenize', () => {
  it('keeps accented words and contractions whole, folded to their lookup key', () => {
    expect(kinds("La niña no está, I don't know")).toEqual([
      'word:la', 'word:niña', 'word:no', 'word:esta', 'stop:,', 'word:i', "word:don't", 'word:know',
    ]);
  });

  it('reads emoji, emoticons, exclamations, URLs and handles as their own tokens', () => {
    expect(kinds('@acme wow!!! 😍 :) https://x.example/a?b=1 #fail')).toEqual([
      'handle:@acme', 'word:wow', 'bang:!!!', 'emoji:😍', 'emoticon::)', 'url:https://x.example/a?b=1', 'handle:#fail',
    ]);
  });

  it('marks elongated and shouted words and shortens the elongation in the key', () => {
    const [buenooo, horrible] = tokenize('buenooo HORRIBLE');
    expect(buenooo).toMatchObject({ key: 'buenoo', elongated: true, shouted: false });
    expect(horrible).toMatchObject({ key: 'horrible', shouted: true });
  });

  it('stops reading at the character limit', () => {
    expect(tokenize('good '.repeat(100), 50)).toHaveLength(10);
  });
});
