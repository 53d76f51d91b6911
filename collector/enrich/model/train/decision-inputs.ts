// The decision's inputs and logits for one text, as decide.ts computes them at run time: what the trainer
// fits the decision and its calibration on, and measures it by.
import { addUnsureFeatures, DECISION_FEATURE_COUNT } from '../cue-features.ts';
import type { ExtractedText } from './design.ts';

// The decision's inputs for one text, as decide.ts builds them: the three logits, the cue features and
// the same cue features weighted by how unsure the text model is.
export function decisionInputs(logits: Float64Array, text: ExtractedText): Float64Array {
  const inputs = new Float64Array(3 + DECISION_FEATURE_COUNT);
  inputs.set(logits);
  const features = new Float64Array(DECISION_FEATURE_COUNT);
  features.set(text.cues);
  inputs.set(addUnsureFeatures(logits, features), 3);
  return inputs;
}

/** The decision's logits (before calibration) for its inputs. */
export function decisionLogits(inputs: Float64Array, dense: Float64Array, bias: Float64Array): number[] {
  return [0, 1, 2].map((c) => {
    let sum = bias[c]!;
    for (let i = 0; i < inputs.length; i++) sum += inputs[i]! * dense[i * 3 + c]!;
    return sum;
  });
}
