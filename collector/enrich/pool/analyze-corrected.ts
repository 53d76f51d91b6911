// One text's enrichment as every caller applies it: the shipped analysis, then the installation's correction
// layer over it. The pool's workers and the inline path run this same function, so their results are equal.
import { analyzeText, type AnalyzeInput, type Analysis } from '../analyze.ts';
import type { CorrectionLayer } from '../corrections/layer.ts';

/** The text a correction layer judges: the title and the text, as people saw them. */
export const judgedText = (input: Pick<AnalyzeInput, 'text' | 'title'>): string => (input.title ? `${input.title}.\n${input.text}` : input.text);

/** Analyze one text and apply the layer (when there is one). */
export function analyzeCorrected(input: AnalyzeInput, layer?: CorrectionLayer): Analysis {
  const shipped = analyzeText(input);
  return layer ? layer.adjust(judgedText(input), shipped.lang, shipped) : shipped;
}
