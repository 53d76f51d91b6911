// One customer's moments as the journey rules see them: CRM touchpoints plus linked public mentions,
// stitched with the moves people made, with per-journey metrics and the customer's churn risk.
import type { Customer } from '../../shared/customer/customer.ts';
import { customerRisk, type CustomerRisk } from '../../shared/journey/customer-risk.ts';
import { journeyMetrics, type JourneyMetrics } from '../../shared/journey/journey-metrics.ts';
import { stitchJourneys, type Journey } from '../../shared/journey/stitch-journeys.ts';
import { touchpointFromMention, touchpointIdOf, type Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { Mention } from '../../shared/mention.ts';
import type { CustomerStore } from './customer-store.ts';

/** Public mentions read per customer: an overlay shows the recent ones; older ones rarely change a journey. */
export const MENTIONS_PER_CUSTOMER = 200;

export interface CustomerMoments {
  customer: Customer;
  /** From CRMs and helpdesks. */
  touchpoints: Touchpoint[];
  /** Linked public mentions, newest first. */
  mentions: Mention[];
  moves: Record<string, string>;
  /** Brand names: words that name the brand say nothing about the need. */
  ignoreWords: string[];
}

export interface StitchedCustomer {
  journeys: Journey[];
  metrics: Map<string, JourneyMetrics>;
  risk: CustomerRisk;
  /** Touchpoint id → the mention it stands for, for touchpoints made from mentions. */
  mentionOf: Map<string, Mention>;
}

export async function loadCustomerMoments(store: CustomerStore, customerId: string): Promise<CustomerMoments | undefined> {
  const customer = await store.getCustomer(customerId);
  if (!customer) return undefined;
  const [touchpoints, mentions, moves, ignoreWords] = await Promise.all([
    store.touchpointsOf(customerId),
    store.mentionsOfCustomer(customerId, MENTIONS_PER_CUSTOMER),
    store.journeyMoves(customerId),
    store.brandNames(),
  ]);
  return { customer, touchpoints, mentions, moves, ignoreWords };
}

/** What stitching needs of a customer's moments: the customer's id, not the rest of the customer. */
export type StitchMoments = Omit<CustomerMoments, 'customer'> & { customer: Pick<Customer, 'id'> };

/**
 * The moments of many customers, for stitching, in a few queries (a customer that does not exist is left
 * out): only the customers' ids are read of the customers (their identities play no part in a journey), and
 * mentions are read per customer only for those that have any, as loadCustomerMoments reads them.
 */
export async function loadManyCustomerMoments(store: CustomerStore, customerIds: Iterable<string>): Promise<StitchMoments[]> {
  const ids = [...new Set(customerIds)];
  if (!ids.length) return [];
  const [existing, touchpoints, moves, withMentions, ignoreWords] = await Promise.all([
    store.existingCustomers(ids),
    store.touchpointsOfCustomers(ids),
    store.journeyMovesOf(ids),
    store.customersWithMentions(ids),
    store.brandNames(),
  ]);
  const mentions = new Map<string, Mention[]>();
  for (const id of withMentions) if (existing.has(id)) mentions.set(id, await store.mentionsOfCustomer(id, MENTIONS_PER_CUSTOMER));
  return ids.flatMap((id) =>
    existing.has(id) ? [{ customer: { id }, touchpoints: touchpoints.get(id) ?? [], mentions: mentions.get(id) ?? [], moves: moves.get(id) ?? {}, ignoreWords }] : [],
  );
}

/** The id a moment goes by on the timeline: the mention's own id for a public mention, else the touchpoint's. */
export function momentIdOf(tp: Touchpoint, mentionOf: Map<string, Mention>): string {
  return mentionOf.get(tp.id)?.id ?? tp.id;
}

/** The touchpoint id a timeline moment (a touchpoint id or a mention id) is stitched under. */
export const touchpointIdOfMoment = (momentId: string, mentionIds: ReadonlySet<string>): string =>
  mentionIds.has(momentId) ? touchpointIdOf({ mentionId: momentId }) : momentId;

export function stitchCustomer(moments: StitchMoments, now: string): StitchedCustomer {
  const represented = new Set(moments.touchpoints.flatMap((tp) => (tp.mentionId ? [tp.mentionId] : [])));
  const mentionOf = new Map<string, Mention>();
  const fromMentions: Touchpoint[] = [];
  for (const mention of moments.mentions) {
    if (represented.has(mention.id)) continue;
    const tp = touchpointFromMention(mention);
    if (!tp) continue;
    mentionOf.set(tp.id, mention);
    fromMentions.push({ ...tp, customerId: moments.customer.id });
  }
  const journeys = stitchJourneys([...moments.touchpoints, ...fromMentions], { moves: moments.moves, ignoreWords: moments.ignoreWords });
  const metrics = new Map(journeys.map((j) => [j.id, journeyMetrics(j, now)]));
  const risk = customerRisk({ touchpoints: moments.touchpoints, mentions: moments.mentions }, { now });
  return { journeys, metrics, risk, mentionOf };
}

/** The customer's churn risk at `now`, counting `extra` mentions (about to be linked) as theirs too. */
export async function currentRisk(store: CustomerStore, customerId: string, now: string, extra: readonly Mention[] = []): Promise<CustomerRisk> {
  const [touchpoints, mentions] = await Promise.all([store.touchpointsOf(customerId), store.mentionsOfCustomer(customerId, MENTIONS_PER_CUSTOMER)]);
  const known = new Set(mentions.map((m) => m.id));
  return customerRisk({ touchpoints, mentions: [...mentions, ...extra.filter((m) => !known.has(m.id))] }, { now });
}
