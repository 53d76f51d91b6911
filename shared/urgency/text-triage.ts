// Everything triage reads from one text beyond its language and sentiment: whose voice it is, its moment of
// truth and journey stage, and its urgency — with the cues behind each, as `vigia analyze` prints them.
import type { MentionKind, SentimentLabel, Urgency } from '../mention.ts';
import type { JourneyStage, MomentOfTruth } from '../moment-of-truth.ts';
import { CHURN_RISK_BAD_EXPERIENCES, classifyMoment, momentWords, type MomentInput } from '../moments/classify-moment.ts';
import { classifyStage } from '../moments/classify-stage.ts';
import { voiceOf } from '../moments/mention-voice.ts';
import { urgencyOf, type UrgencyDecision } from './urgency.ts';

export interface TextTriageInput {
  text: string;
  title?: string;
  platform?: string;
  kind?: MentionKind;
  /** The text's sentiment label; undefined when unscored. */
  sentiment?: SentimentLabel;
  /** 0 (worst) … 1 (best). */
  rating?: number;
  /** Bad experiences of the customer before this text. */
  history?: { badExperiences: number };
  /** The watched brand's name and matched terms. */
  brand?: readonly string[];
  reach?: number;
}

export interface TextTriage {
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  urgency: Urgency;
  /** `moment …`, `stage …` and `urgency …` lines. */
  why: string[];
}

export function triageText(input: TextTriageInput): TextTriage {
  // Handles and hashtags are read too: "hola @Lumora" says where a switch goes.
  const words = momentWords(input);
  // Each reader gets a literal of its own fields in one order, not a spread of the caller's object (whose
  // shape varies by caller): fewer copies, and one hidden class at each reader.
  const voice = voiceOf({ text: input.text, title: input.title, words, kind: input.kind, platform: input.platform });
  const momentInput: MomentInput = { text: input.text, title: input.title, platform: input.platform, kind: input.kind, sentiment: input.sentiment, history: input.history, brand: input.brand, voice, words };
  const moment = classifyMoment(momentInput);
  // News, press releases and job ads have no journey stage either.
  const stage = voice.voice === 'customer' ? classifyStage(momentInput, moment.moment) : { stage: undefined, why: [] };
  const churnRisk = (input.history?.badExperiences ?? 0) + 1 >= CHURN_RISK_BAD_EXPERIENCES;
  const urgency = urgencyOf({ text: input.text, title: input.title, words, sentiment: input.sentiment, rating: input.rating, kind: input.kind, platform: input.platform, voice, brand: input.brand, reach: input.reach, churnRisk });
  const why = [...moment.why.map((line) => `moment ${line}`), ...stage.why.map((line) => `stage ${line}`)];
  if (!moment.moment && voice.voice === 'customer' && saysHowItWent(input.sentiment, urgency.problems.length, words.length)) {
    // A customer telling how the service went, with no other cue, is at the moment of use.
    why.push('moment SMOT: a customer telling how the service went', 'stage experience: moment SMOT');
    return { moment: 'SMOT', stage: 'experience', urgency: urgency.urgency, why: [...why, ...urgencyLines(urgency)] };
  }
  return { moment: moment.moment, stage: stage.stage, urgency: urgency.urgency, why: [...why, ...urgencyLines(urgency)] };
}

/** A problem with the service, or an opinion of it in a real sentence (not a bare emoji or hashtag). */
const saysHowItWent = (sentiment: SentimentLabel | undefined, problems: number, words: number) =>
  words >= MIN_WORDS && (problems > 0 || sentiment === 'positive' || sentiment === 'negative');
const MIN_WORDS = 4;

const urgencyLines = (urgency: UrgencyDecision) => (urgency.why.length ? urgency.why : [urgency.reason]).map((line) => `urgency ${urgency.urgency}: ${line}`);
