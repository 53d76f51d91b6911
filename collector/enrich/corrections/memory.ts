// The corrections themselves, remembered: the same text (after normalisation) takes the person's label, and
// the nearest corrected text (by shared words and word pairs) is found for the layer's evidence gate.
import { hashString } from '../../../shared/near-duplicates/fingerprint.ts';
import { nearDuplicateKey } from '../../../shared/near-duplicates/normalize.ts';
import type { SentimentLabel } from '../../../shared/mention.ts';
import type { TextFeatures } from './features.ts';

/** One remembered correction. */
export interface MemoryEntry {
  /** Hash of the normalised text (links, handles, case, accents and punctuation left out). */
  key: number;
  features: TextFeatures;
  label: SentimentLabel;
}

/** Postings read per feature at most: a word in thousands of corrections says little about nearness. */
const MAX_POSTINGS = 2000;

export const memoryKey = (text: string): number => hashString(nearDuplicateKey(text));

export class CorrectionMemory {
  private readonly exact = new Map<number, number>();
  private readonly postings = new Map<number, number[]>();

  constructor(readonly entries: readonly MemoryEntry[]) {
    // A later correction of the same text wins.
    entries.forEach((entry, index) => {
      this.exact.set(entry.key, index);
      for (const id of entry.features.ids) {
        const list = this.postings.get(id);
        if (list) list.push(index);
        else this.postings.set(id, [index]);
      }
    });
  }

  /** The label people gave this very text, if they did. */
  exactLabel(key: number): SentimentLabel | undefined {
    const index = this.exact.get(key);
    return index === undefined ? undefined : this.entries[index]?.label;
  }

  /**
   * The most similar corrected text (cosine of the binary feature vectors), or undefined when none shares a
   * feature. Shared features are counted through the postings, so the cost is what the text shares, not
   * how many corrections there are; on a tie the later correction wins.
   */
  nearest(features: TextFeatures): { entry: MemoryEntry; similarity: number } | undefined {
    const common = new Map<number, number>();
    for (const id of features.ids) {
      const list = this.postings.get(id);
      if (!list) continue;
      for (let i = list.length - 1, read = 0; i >= 0 && read < MAX_POSTINGS; i--, read++) common.set(list[i]!, (common.get(list[i]!) ?? 0) + 1);
    }
    let best: { index: number; similarity: number } | undefined;
    for (const [index, shared] of common) {
      const similarity = shared * features.value * this.entries[index]!.features.value;
      if (!best || similarity > best.similarity || (similarity === best.similarity && index > best.index)) best = { index, similarity };
    }
    return best && { entry: this.entries[best.index]!, similarity: best.similarity };
  }
}
