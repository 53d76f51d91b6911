// What an alert is: one stable id per event (a mention, or a brand's negative spike in one hour), so
// the stream, the webhooks and a restarted collector all agree on what was already said.
import type { Author, Urgency } from '../../shared/mention.ts';

/** The mention that raised a mention alert (or the newest of a spike's). */
export interface AlertMention {
  id: string;
  platform: string;
  url?: string;
  author: Author;
  title?: string;
  /** The start of the text, at most 500 characters. */
  text: string;
  priority: number;
  publishedAt?: string;
  /** How soon a person should answer. */
  urgency?: Urgency;
  /** The reasons behind `priority`, in English, most decisive first. */
  why?: string[];
}

/** A negative-volume spike: `count` negatives in the hour from `hourStart`, against a baseline of `baseline` an hour. */
export interface AlertSpike {
  hourStart: string;
  count: number;
  baseline: number;
  /** The count that made it a spike: max(minCount, ⌈factor × baseline⌉). */
  threshold: number;
  /** Ids of the mentions counted so far (at most 20). */
  mentionIds: string[];
}

export interface Alert {
  /** Stable: "mention:<mention id>" or "spike:<brand>:<hour start ISO>". */
  id: string;
  kind: 'spike' | 'mention';
  /** When it was raised (ISO 8601). */
  raisedAt: string;
  /** The brand concerned, when the mention or spike is about one. */
  brand?: string;
  /** 0–100: the mention's priority; spikes count as 100. */
  priority: number;
  /** One line saying what happened. */
  summary: string;
  mention?: AlertMention;
  spike?: AlertSpike;
}

export const SPIKE_PRIORITY = 100;
