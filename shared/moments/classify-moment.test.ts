import { describe, expect, it } from 'vitest';
import { MOMENTS } from '../moment-of-truth.ts';
import { classifyMoment } from './classify-moment.ts';
import { accuracyOf, loadLabelledMoments } from '../../test/support/labelled-set.ts';

const tuned = loadLabelledMoments((file) => !file.startsWith('held-out'));
const heldOut = loadLabelledMoments((file) => file.startsWith('held-out'));

describe('classifyMoment on the labelled set', () => {
  it('has at least 30 examples per moment, in both languages', () => {
    for (const moment of MOMENTS) {
      const examples = tuned.filter((e) => e.moment === moment);
      expect(examples.length).toBeGreaterThanOrEqual(30);
      expect(new Set(examples.map((e) => e.lang))).toEqual(new Set(['en', 'es']));
    }
  });

  // Measured: 97 % on the set the rules were refined on; 73 % on the held-out set, read once.
  it('reaches 90 % on the set the rules were written with, and 80 % on each moment', () => {
    expect(accuracyOf(tuned, (e) => classifyMoment(e).moment, (e) => e.moment)).toBeGreaterThanOrEqual(0.9);
    for (const moment of MOMENTS) {
      const examples = tuned.filter((e) => e.moment === moment);
      expect(accuracyOf(examples, (e) => classifyMoment(e).moment, (e) => e.moment), moment).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('reaches 70 % on the held-out examples', () => {
    expect(accuracyOf(heldOut, (e) => classifyMoment(e).moment, (e) => e.moment)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('classifyMoment rules', () => {
  it('explains every decision with the cues that fired', () => {
    expect(classifyMoment({ text: 'Nunca más, me cambio a Telvia', sentiment: 'negative' })).toEqual({
      moment: 'LZMOT',
      why: ['LZMOT: "nunca mas"', 'LZMOT: "me cambio a"'],
    });
  });

  it("counts a customer's third complaint as LZMOT, even without leaving words", () => {
    const text = 'The technician did not come';
    expect(classifyMoment({ text, sentiment: 'negative', history: { badExperiences: 1 } }).moment).not.toBe('LZMOT');
    expect(classifyMoment({ text, sentiment: 'negative', history: { badExperiences: 2 } })).toMatchObject({
      moment: 'LZMOT',
      why: ['LZMOT: bad experience number 3: 2 before, negative again'],
    });
    expect(classifyMoment({ text, sentiment: 'positive', history: { badExperiences: 5 } }).moment).not.toBe('LZMOT');
  });

  it('reads a switch by its direction: joining the brand is no churn, leaving it is, considering it is research', () => {
    const brand = ['Lumora'];
    const joined = 'Switched to #Lumora from Nubitel last month: cheaper, faster evenings. No regrets.';
    expect(classifyMoment({ text: joined, sentiment: 'positive', brand })).toMatchObject({ moment: 'TMOT' });
    expect(classifyMoment({ text: joined, sentiment: 'positive' }).moment).not.toBe('LZMOT');
    expect(classifyMoment({ text: 'Adiós Nubitel, hola Lumora: la portabilidad en un día', sentiment: 'neutral', brand }).moment).not.toBe('LZMOT');
    expect(classifyMoment({ text: 'Leaving Lumora for Nubitel, even though the app was nice', sentiment: 'positive', brand })).toMatchObject({
      moment: 'LZMOT',
      why: ['LZMOT: leaves the brand: "leaving"'],
    });
    expect(classifyMoment({ text: 'Moving everything out of Lumora to Nubitel this weekend.', sentiment: 'neutral', brand }).moment).toBe('LZMOT');
    expect(classifyMoment({ text: 'Thinking of switching from Nubitel to Lumora, worth it?', sentiment: 'neutral', brand }).moment).toBe('ZMOT');
    expect(classifyMoment({ text: 'Quería pasarme a Lumora pero no me dejan abrir cuenta', sentiment: 'negative', brand }).moment).toBe('ZMOT');
  });

  it('gives news, press releases and job ads no moment', () => {
    expect(classifyMoment({ text: 'Lumora fibre outage leaves thousands of homes offline, the company said.', title: 'Lumora outage - Tech Post', platform: 'google-news', kind: 'article', sentiment: 'negative' })).toEqual({
      why: ['news: published on google-news'],
    });
    expect(classifyMoment({ text: "We're hiring! Lumora is looking for field technicians in Valencia. Apply via the link.", platform: 'linkedin', kind: 'post' }).moment).toBeUndefined();
    expect(classifyMoment({ text: 'MADRID, Dec. 1 — Lumora today announced a new 1 Gb plan. For media enquiries contact press@lumora.example.', kind: 'article' }).why[0]).toMatch(/^press release/);
    expect(classifyMoment({ text: 'I switched to Lumora and the install was quick. Highly recommend.', kind: 'article', platform: 'myblog.example', sentiment: 'positive' }).moment).toBe('TMOT');
  });

  it('reads "third time" as leaving when unhappy and as loyalty when happy', () => {
    expect(classifyMoment({ text: 'Third time I order here', sentiment: 'negative' }).moment).toBe('LZMOT');
    expect(classifyMoment({ text: 'Third time I order here', sentiment: 'positive' }).moment).toBe('TMOT');
  });

  it('takes the source into account: a support forum post is a contact-center moment', () => {
    expect(classifyMoment({ text: 'My modem restarts every night', platform: 'community.lumora.com' }).moment).toBe('IMOT');
    expect(classifyMoment({ text: 'My modem restarts every night', platform: 'reddit' }).moment).toBeUndefined();
  });

  it('gives no moment, and says so, when nothing points to one', () => {
    expect(classifyMoment({ text: 'Lumora' })).toEqual({ why: ['no moment cue'] });
  });
});
