import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isScored } from '../../../shared/mention.ts';
import { sanitize } from '../analyze.ts';
import { readTokens } from '../sentiment.ts';
import { tokenize } from '../tokenize.ts';
import { decideSentiment } from './decide.ts';
import { decodeModel, encodeModel } from './model-file.ts';
import { createModel, modelFileUrl } from './model.ts';
import { fitAdaptiveTemperature } from './train/calibration.ts';

const TEXTS = [
  'The delivery was late and the box arrived broken',
  'Been using Lumora for years and never had a problem. No regrets.',
  'The package arrived on Tuesday',
  'Support answered fast, but the refund still has not arrived',
  'meh',
  'Absolutely love the new app, setup took two minutes!',
  'Third outage this week. Switching providers.',
  'Is the store open on Sunday?',
];

const decide = (model: ReturnType<typeof createModel>, text: string) => {
  const tokens = tokenize(sanitize(text));
  return decideSentiment(tokens, readTokens(tokens, 'en'), model, { confidenceFloor: 0 }).sentiment;
};

describe("the decision's calibration", () => {
  const shipped = decodeModel(readFileSync(modelFileUrl('en')));

  it('changes how sure the decision says it is, never which label wins', () => {
    const calibrated = createModel('en', shipped);
    const uncalibrated = createModel('en', { ...shipped, calibration: new Float64Array(shipped.calibration.length) });
    expect(Array.from(shipped.calibration).some((x) => x !== 0)).toBe(true);
    let moved = 0;
    for (const text of TEXTS) {
      const a = decide(calibrated, text);
      const b = decide(uncalibrated, text);
      if (!isScored(a) || !isScored(b)) throw new Error(`unscored at floor 0: ${text}`);
      expect(a.label, text).toBe(b.label);
      if (a.confidence !== b.confidence) moved++;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('a format 1 file (no calibration) still loads, with its decision uncalibrated', () => {
    const old = encodeModel({ ...shipped, header: { ...shipped.header, format: 1 }, calibration: new Float64Array(0) });
    const decoded = decodeModel(old);
    expect(Array.from(decoded.calibration)).toEqual([0, 0, 0, 0]);
    expect(Array.from(decoded.decision)).toEqual(Array.from(shipped.decision));
    expect(() => decodeModel(encodeModel({ ...shipped, header: { ...shipped.header, format: 3 } }))).toThrow(/model file format 3, expected 1–2/);
  });

  it('fits the temperature that makes stated confidence match how often it is right', () => {
    // Logits twice as sure as they should be: at each margin, the label is right as often as softmax(z / 2) says.
    const z: number[] = [];
    const labels: number[] = [];
    for (const margin of [0.5, 1, 2, 3, 4]) {
      const right = Math.round(100 / (1 + 2 * Math.exp(-margin / 2)));
      for (let i = 0; i < 100; i++) {
        z.push(margin, 0, 0);
        labels.push(i < right ? 0 : 1 + (i % 2));
      }
    }
    const theta = fitAdaptiveTemperature(Float64Array.from(z), new Float64Array(0), 0, labels);
    expect(Math.exp(theta[0]!)).toBeCloseTo(2, 1);
  });
});
