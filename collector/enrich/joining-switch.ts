// "Switched to #Lumora… No regrets": switching words read as churn to the cues and the model alike, whichever
// way the switch goes. For the watched brand a switch *to* it is a gain, so its sentiment is read once more
// without the switching words, and what the customer says about the brand decides.
import { toCueWords } from '../../shared/moments/cue.ts';
import { brandWordsOf, readSwitch } from '../../shared/moments/switch-direction.ts';
import type { Token } from './tokenize.ts';

/** The switch into the brand: its words as found, and the text's tokens without them. */
export interface JoiningSwitch {
  cue: string;
  tokens: Token[];
}

/** A switch that is done (not a plan or a question) and goes to the brand (`brand`: its name and matched terms), else undefined. */
export function joiningSwitch(tokens: readonly Token[], text: string, brand: readonly string[] | undefined): JoiningSwitch | undefined {
  if (!brand?.length) return undefined;
  const reading = readSwitch(toCueWords(text), brandWordsOf(brand, toCueWords));
  if (!reading || reading.direction !== 'to-brand' || reading.hypothetical) return undefined;
  const cue = reading.cue.split(' ');
  const words = tokens.map((token, at) => ({ token, at })).filter(({ token }) => token.kind === 'word');
  for (let i = 0; i + cue.length <= words.length; i++) {
    if (!cue.every((word, k) => words[i + k]!.token.key === word)) continue;
    const dropped = new Set(words.slice(i, i + cue.length).map(({ at }) => at));
    return { cue: reading.cue, tokens: tokens.filter((_, at) => !dropped.has(at)) };
  }
  return undefined;
}
