// A mention's triage in one call: its urgency from the text and what is known around it, then its priority
// and the factors behind it. The pipeline calls it when a mention is enriched and again when its author is
// linked to a known customer, so both give the same answer for the same facts.
import { isAboutCompetitorsOnly, sentimentLabelOf, type Mention, type PriorityFactor, type Urgency } from '../mention.ts';
import { urgencyOf, type UrgencyDecision } from '../urgency/urgency.ts';
import { priorityOf } from './priority.ts';

/** What triage reads of a mention. */
export type TriageTarget = Pick<Mention, 'text' | 'title' | 'platform' | 'kind' | 'sentiment' | 'rating' | 'reach' | 'publishedAt' | 'collectedAt' | 'moment' | 'matches'>;

export interface TriageContext {
  /** The author is linked to a known customer. */
  knownCustomer?: boolean;
  /** That customer has three or more bad experiences (this mention included). */
  churnRisk?: boolean;
}

export interface Triage {
  urgency: Urgency;
  priority: number;
  priorityWhy: PriorityFactor[];
}

/** The brand names and matched query terms, as plain words (`"mi lumora"` → `mi lumora`, `#lumora` → `lumora`). */
export function brandTermsOf(matches: Mention['matches']): string[] {
  return matches.flatMap((m) => [m.brand, ...m.terms]).map((term) => term.replace(/["#@*]/g, ' ').trim()).filter(Boolean);
}

/** Urgency, priority and its reasons, as of the mention's collection (so recomputing later gives the same). */
export function triageMention(mention: TriageTarget, context: TriageContext = {}): Triage {
  // A competitor's unhappy customer is not ours to answer: nothing to do, whatever the text says.
  const decision: UrgencyDecision = isAboutCompetitorsOnly(mention.matches)
    ? { urgency: 'none', reason: 'competitor', weight: 0, why: ['about a competitor'], problems: [] }
    : urgencyOf({
        text: mention.text,
        title: mention.title,
        sentiment: sentimentLabelOf(mention.sentiment),
        rating: mention.rating,
        kind: mention.kind,
        platform: mention.platform,
        brand: brandTermsOf(mention.matches),
        reach: mention.reach,
        churnRisk: context.churnRisk,
      });
  // The words that fired, quoted after the reason; churn risk says it all already.
  const cue = decision.urgency === 'none' || decision.reason === 'churn-risk' ? undefined : decision.why.find((line) => line.startsWith(`${decision.reason}: `))?.slice(decision.reason.length + 2);
  const { priority, urgency, why } = priorityOf({
    sentiment: mention.sentiment,
    now: mention.collectedAt,
    urgency: { ...decision, ...(cue ? { cue } : {}) },
    ...(mention.publishedAt ? { publishedAt: mention.publishedAt } : {}),
    ...(mention.reach !== undefined ? { reach: mention.reach } : {}),
    ...(mention.rating !== undefined ? { rating: mention.rating } : {}),
    ...(mention.moment ? { moment: mention.moment } : {}),
    ...(context.knownCustomer ? { knownCustomer: true } : {}),
    ...(context.churnRisk ? { churnRisk: true } : {}),
  });
  return { urgency, priority, priorityWhy: why };
}
