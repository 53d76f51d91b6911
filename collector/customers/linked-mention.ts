// What linking changes on a mention: its customer, its urgency and priority (a known customer, a customer at
// churn risk) and, for a churn-risk customer's public complaint, the less-than-zero moment of truth.
import type { CustomerRisk } from '../../shared/journey/customer-risk.ts';
import { applyChurnRule } from '../../shared/journey/customer-risk.ts';
import { isScored, type Mention } from '../../shared/mention.ts';
import { classifyMoment } from '../../shared/moments/classify-moment.ts';
import { triageMention } from '../../shared/priority/index.ts';
import type { MentionLinkChange, MentionLinkState } from './customer-store.ts';

/**
 * Urgency, priority and its reasons as enrichment computed them (at the moment the mention was collected, so
 * re-linking gives the same), with what is known about its author now.
 */
function triageFor(mention: Mention, known: { customer: boolean; churnRisk: boolean }): Pick<Mention, 'urgency' | 'priority' | 'priorityWhy'> {
  return triageMention(mention, { knownCustomer: known.customer, churnRisk: known.churnRisk });
}

/** The mention as linked to `customerId`, whose risk is `risk`: the pipeline's and a person's link alike. */
export function linkedMention(mention: Mention, customerId: string, risk: Pick<CustomerRisk, 'churnRisk'>): Mention {
  const linked = applyChurnRule({ ...mention, customerId }, risk, mention.collectedAt);
  return { ...linked, ...triageFor(linked, { customer: true, churnRisk: risk.churnRisk }) };
}

/** The mention with nobody linked: priority without a known customer; its moment stays what it was. */
export function unlinkedMention(mention: Mention): Mention {
  const { customerId: _, ...rest } = mention;
  return { ...rest, ...triageFor(mention, { customer: false, churnRisk: false }) };
}

/**
 * The mention of a customer who was erased, judged again as if their history had never been known: an
 * LZMOT that came from their bad experiences (the churn rule) goes back to what the text alone says — it
 * stays LZMOT only when the text itself says so ("me cambio de compañía") — and priority follows.
 */
export function forgottenMention(mention: Mention): Mention {
  const { customerId: _, moment, ...rest } = mention;
  let judged = moment;
  if (moment === 'LZMOT') {
    judged = classifyMoment({
      text: mention.text,
      ...(mention.title ? { title: mention.title } : {}),
      platform: mention.platform,
      kind: mention.kind,
      ...(isScored(mention.sentiment) ? { sentiment: mention.sentiment.label } : {}),
    }).moment;
  }
  const rejudged: Mention = { ...rest, ...(judged ? { moment: judged } : {}) };
  return { ...rejudged, ...triageFor(rejudged, { customer: false, churnRisk: false }) };
}

/** The link state of a mention, as the store keeps and restores it. */
export const linkStateOf = (m: Mention): MentionLinkState => ({
  ...(m.customerId ? { customerId: m.customerId } : {}),
  ...(m.moment ? { moment: m.moment } : {}),
  priority: m.priority,
  ...(m.urgency ? { urgency: m.urgency } : {}),
  ...(m.priorityWhy ? { priorityWhy: m.priorityWhy } : {}),
});

export const linkChangeOf = (m: Mention): MentionLinkChange => ({ mentionId: m.id, ...linkStateOf(m) });

/** True when linking changed something the store must write. */
export const linkChanged = (before: Mention, after: Mention): boolean =>
  before.customerId !== after.customerId || before.moment !== after.moment || before.priority !== after.priority || before.urgency !== after.urgency;
