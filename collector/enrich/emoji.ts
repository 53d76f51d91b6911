// Emoji valences, language-independent: the 606 emoji natural's Spanish AFINN carries (its tokenizers drop
// them, so natural itself never reads them) plus the emoticons in cues.ts.
import { EMOJI, EMOTICONS } from './cues.ts';
import { loadAfinn } from './natural-vocabulary.ts';

let emojiValences: Map<string, number> | undefined;

/** Valence of one emoji (variation selectors removed), on AFINN's scale; undefined when neutral or unknown. */
export function emojiValence(emoji: string): number | undefined {
  if (!emojiValences) {
    emojiValences = new Map();
    for (const [entry, valence] of Object.entries(loadAfinn('es'))) {
      if (!/\p{L}/u.test(entry) && valence !== 0) emojiValences.set(entry.replace(/\uFE0F/g, ''), valence);
    }
    for (const [entry, valence] of Object.entries(EMOJI)) emojiValences.set(entry, valence);
  }
  return emojiValences.get(emoji) ?? emojiValences.get(emoji.replace(/\u200D.*$/u, ''));
}

/** Valence of one emoticon as tokenized (lowercase); undefined when unknown. */
export const emoticonValence = (emoticon: string): number | undefined =>
  Object.hasOwn(EMOTICONS, emoticon) ? EMOTICONS[emoticon] : undefined;
