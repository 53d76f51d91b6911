import { describe, expect, it } from 'vitest';
import { classifyMoment } from './classify-moment.ts';
import { classifyStage } from './classify-stage.ts';
import { accuracyOf, loadLabelledMoments } from '../../test/support/labelled-set.ts';

const stageOf = (e: Parameters<typeof classifyMoment>[0]) => classifyStage(e, classifyMoment(e).moment).stage;

describe('classifyStage', () => {
  // Measured: 96 % on the set the rules were refined on; 65 % on the held-out set, read once.
  it('reaches 90 % on the labelled set and 60 % on the held-out examples', () => {
    expect(accuracyOf(loadLabelledMoments((f) => !f.startsWith('held-out')), stageOf, (e) => e.stage)).toBeGreaterThanOrEqual(0.9);
    expect(accuracyOf(loadLabelledMoments((f) => f.startsWith('held-out')), stageOf, (e) => e.stage)).toBeGreaterThanOrEqual(0.6);
  });

  it('starts from the moment and lets explicit cues move the stage', () => {
    expect(classifyStage({ text: 'Llevo una semana usándolo' }, 'SMOT')).toEqual({ stage: 'experience', why: ['experience: moment SMOT'] });
    expect(classifyStage({ text: 'Se lo recomendé a mi hermano' }, 'TMOT').stage).toBe('recommendation');
    expect(classifyStage({ text: 'Cancelé mi cuenta', sentiment: 'negative' }, 'LZMOT').stage).toBe('loyalty');
  });

  it('reads a question as consideration, even when it mentions recommending', () => {
    expect(classifyStage({ text: 'Would you recommend Acme?', sentiment: 'neutral' }, 'ZMOT').stage).toBe('consideration');
  });

  it('gives no stage without a moment or a cue', () => {
    expect(classifyStage({ text: 'Lumora' }, undefined)).toEqual({ why: ['no stage cue'] });
  });
});
