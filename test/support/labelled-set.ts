// Reads the hand-labelled moment examples in shared/moments/testdata/ (tests only: shared/ code never reads files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentimentLabel } from '../../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../../shared/moment-of-truth.ts';
import type { MomentInput } from '../../shared/moments/classify-moment.ts';

/** One labelled example: the rules' input plus the expected answers. */
export interface LabelledMoment extends MomentInput {
  lang: 'en' | 'es';
  sentiment: SentimentLabel;
  moment: MomentOfTruth;
  stage: JourneyStage;
}

const TESTDATA = join(import.meta.dirname, '../../shared/moments/testdata');

/** The examples of the files whose names pass `pick`. */
export function loadLabelledMoments(pick: (file: string) => boolean): LabelledMoment[] {
  return readdirSync(TESTDATA)
    .filter((file) => file.endsWith('.jsonl') && pick(file))
    .flatMap((file) => readFileSync(join(TESTDATA, file), 'utf8').split('\n').filter((line) => line.trim()))
    .map((line) => JSON.parse(line) as LabelledMoment);
}

/** Share of `examples` for which `answer` equals `expected`. */
export function accuracyOf<T>(examples: readonly T[], answer: (example: T) => unknown, expected: (example: T) => unknown): number {
  return examples.filter((example) => answer(example) === expected(example)).length / examples.length;
}
