// Text cues for the moment and stage rules: folded phrases compiled once into one pattern per rule,
// so each rule reads a text in a single pass and can say which of its phrases fired.
import { foldText } from '../text-fold.ts';

/** When a cue counts: always, or only if the text's sentiment has this sign. */
export type CueCondition = 'negative' | 'positive' | 'not-positive';

/** A group of phrases (English and Spanish mixed) with one weight and an optional condition. */
export interface CueGroup {
  /** Folded phrases; `*` matches any word ending ("cancel*" → cancelé, cancelled). */
  phrases: readonly string[];
  weight: number;
  when?: CueCondition;
}

/** A cue group compiled for matching. */
export interface CompiledCues {
  pattern: RegExp;
  weight: number;
  when?: CueCondition;
}

/** Compile the phrases of a group into one case-insensitive, word-bounded pattern. */
export function compileCues(group: CueGroup): CompiledCues {
  const alternatives = group.phrases.map((phrase) =>
    foldText(phrase)
      .split(/\s+/)
      .map((word) => word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}]*'))
      .join('\\s+'),
  );
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, weight: group.weight, when: group.when };
}

/** The phrases of `cues` found in folded `text`, in order, at most `limit`. */
export function findCues(cues: CompiledCues, folded: string, limit = 3): string[] {
  cues.pattern.lastIndex = 0;
  const found: string[] = [];
  for (const match of folded.matchAll(cues.pattern)) {
    if (!found.includes(match[0])) found.push(match[0]);
    if (found.length >= limit) break;
  }
  return found;
}

/** Whether a cue group's condition holds for this sentiment label. */
export function conditionHolds(when: CueCondition | undefined, label: string | undefined): boolean {
  if (!when) return true;
  if (when === 'not-positive') return label !== 'positive';
  return label === when;
}
