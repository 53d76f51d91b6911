import { describe, expect, it, vi } from 'vitest';
import type { Analysis, AnalyzeInput } from './analysis.ts';
import { createAnalyzeBatcher } from './analyze-batcher.ts';

const negative: Analysis = { lang: 'en', sentiment: { score: -0.6, label: 'negative', confidence: 0.7 }, moment: 'LZMOT' };
const reading = (input: AnalyzeInput): Analysis => (/bad/.test(input.text) ? negative : { lang: 'en', sentiment: { unscored: 'no sentiment signal' } });

function recorder() {
  const batches: string[][] = [];
  const analyze = vi.fn(async (inputs: AnalyzeInput[]) => {
    batches.push(inputs.map((i) => i.text));
    return inputs.map(reading);
  });
  return { batches, analyze };
}

describe('analyze batcher', () => {
  it('sends texts asked for within the window as one request, answering each caller with its own result', async () => {
    const { batches, analyze } = recorder();
    const batcher = createAnalyzeBatcher({ analyze, waitMs: 5 });
    const results = await Promise.all([batcher.score({ text: 'bad router' }), batcher.score({ text: 'fine' }), batcher.score({ text: 'bad support' })]);
    expect(batches).toEqual([['bad router', 'fine', 'bad support']]);
    expect(results.map((r) => ('label' in r.sentiment ? r.sentiment.label : 'unscored'))).toEqual(['negative', 'unscored', 'negative']);
  });

  it('splits at maxBatch and sends a full batch without waiting', async () => {
    const { batches, analyze } = recorder();
    const batcher = createAnalyzeBatcher({ analyze, maxBatch: 2, waitMs: 60_000 });
    await Promise.all([batcher.score({ text: 'a' }), batcher.score({ text: 'b' })]);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('never sends a text twice: cached after the answer, shared while in flight', async () => {
    const { batches, analyze } = recorder();
    const batcher = createAnalyzeBatcher({ analyze, waitMs: 1 });
    const [first, again] = await Promise.all([batcher.score({ text: 'bad' }), batcher.score({ text: 'bad' })]);
    expect(again).toBe(first);
    await batcher.score({ text: 'bad' });
    expect(batches).toEqual([['bad']]);
    expect(batcher.requests).toBe(1);
    // Same text on another platform or with a rating is another question.
    await batcher.score({ text: 'bad', rating: 1 });
    expect(batcher.requests).toBe(2);
  });

  it('forgets the oldest result beyond the cache size', async () => {
    const { analyze } = recorder();
    const batcher = createAnalyzeBatcher({ analyze, waitMs: 1, cacheSize: 1 });
    await batcher.score({ text: 'one' });
    await batcher.score({ text: 'two' });
    await batcher.score({ text: 'one' });
    expect(analyze).toHaveBeenCalledTimes(3);
  });

  it('rejects every caller of a failed batch and asks again next time', async () => {
    let fail = true;
    const batcher = createAnalyzeBatcher({
      waitMs: 1,
      analyze: async (inputs) => {
        if (fail) throw new Error('collector: unreachable');
        return inputs.map(reading);
      },
    });
    await expect(Promise.all([batcher.score({ text: 'x' }), batcher.score({ text: 'y' })])).rejects.toThrow(/unreachable/);
    fail = false;
    await expect(batcher.score({ text: 'x' })).resolves.toMatchObject({ lang: 'en' });
  });
});
