// GET /api/customers/:id/journey: the customer, churn risk, journeys with metrics and the timeline — built
// from the store in a few indexed queries, fast enough for an overlay; and the summaries statistics read.
import type { CustomerJourneyView, JourneyView, TimelineEntry } from '../../shared/customer/customer-journey-view.ts';
import { recoveryClocks, recoveryMentionOf } from '../../shared/journey/recovery-clock.ts';
import type { Touchpoint } from '../../shared/journey/touchpoint.ts';
import type { Mention } from '../../shared/mention.ts';
import { loadCustomerMoments, loadManyCustomerMoments, momentIdOf, stitchCustomer, type StitchedCustomer } from './customer-moments.ts';
import type { CustomerStore, JourneySummary } from './customer-store.ts';

/** Longest summary shown for a public mention on the timeline. */
const MENTION_SUMMARY_CHARS = 280;

const newestFirst = (a: { at: string; id: string }, b: { at: string; id: string }) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1);

function mentionEntry(tp: Touchpoint, mention: Mention, journeyId: string): TimelineEntry {
  const text = (mention.title || mention.text).trim();
  return {
    kind: 'mention',
    id: mention.id,
    at: tp.at,
    journeyId,
    channel: tp.channel,
    platform: mention.platform,
    summary: text.length > MENTION_SUMMARY_CHARS ? `${text.slice(0, MENTION_SUMMARY_CHARS - 1)}…` : text,
    ...(mention.url ? { url: mention.url } : {}),
    sentiment: mention.sentiment,
    ...(mention.moment ? { moment: mention.moment } : {}),
    ...(mention.stage ? { stage: mention.stage } : {}),
    ...(mention.aspects?.length ? { aspects: mention.aspects } : {}),
  };
}

function touchpointEntry(tp: Touchpoint, journeyId: string): TimelineEntry {
  return {
    kind: 'touchpoint',
    id: tp.id,
    at: tp.at,
    journeyId,
    channel: tp.channel,
    ...(tp.direction ? { direction: tp.direction } : {}),
    ...(tp.summary ? { summary: tp.summary } : {}),
    ...(tp.sentiment ? { sentiment: tp.sentiment } : {}),
    ...(tp.moment ? { moment: tp.moment } : {}),
    ...(tp.stage ? { stage: tp.stage } : {}),
    ...(tp.outcome ? { outcome: tp.outcome } : {}),
  };
}

/** The view of a stitched customer; journeys newest activity first, the overlay opening on the first. */
export function toJourneyView(stitched: StitchedCustomer, base: Pick<CustomerJourneyView, 'customer' | 'mentions'>, now: string): CustomerJourneyView {
  const timeline: TimelineEntry[] = [];
  const journeys: JourneyView[] = stitched.journeys.map((journey) => {
    for (const tp of journey.touchpoints) {
      const mention = stitched.mentionOf.get(tp.id);
      timeline.push(mention ? mentionEntry(tp, mention, journey.id) : touchpointEntry(tp, journey.id));
    }
    return {
      id: journey.id,
      type: journey.type,
      keywords: journey.keywords,
      aspects: journey.aspects,
      startedAt: journey.startedAt,
      endedAt: journey.endedAt,
      momentIds: journey.touchpoints.map((tp) => momentIdOf(tp, stitched.mentionOf)),
      metrics: stitched.metrics.get(journey.id)!,
    };
  });
  journeys.sort((a, b) => newestFirst({ at: a.endedAt, id: a.id }, { at: b.endedAt, id: b.id }));
  return {
    ...base,
    risk: stitched.risk,
    journeys,
    ...(journeys[0] ? { currentJourneyId: journeys[0].id } : {}),
    timeline: timeline.sort(newestFirst),
    recovery: recoveryClocks(base.mentions.flatMap((m) => recoveryMentionOf(m) ?? []), now).reverse(),
  };
}

/** undefined when there is no such customer. */
export async function buildJourneyView(store: CustomerStore, customerId: string, now: string): Promise<CustomerJourneyView | undefined> {
  const moments = await loadCustomerMoments(store, customerId);
  if (!moments) return undefined;
  return toJourneyView(stitchCustomer(moments, now), { customer: moments.customer, mentions: moments.mentions }, now);
}

export function toJourneySummaries(stitched: StitchedCustomer): JourneySummary[] {
  return stitched.journeys.map((journey) => {
    const m = stitched.metrics.get(journey.id)!;
    const firstContact = journey.touchpoints.find((tp) => tp.direction !== 'outbound');
    return {
      id: journey.id,
      customerId: journey.customerId,
      type: journey.type,
      startedAt: journey.startedAt,
      endedAt: journey.endedAt,
      touchpoints: m.touchpoints,
      channels: m.channels.length,
      resolved: m.resolution.resolved,
      effort: m.effort,
      ...(firstContact ? { firstContactAt: firstContact.at } : {}),
      ...(m.firstResponse.hours !== undefined ? { firstResponseHours: m.firstResponse.hours } : {}),
    };
  });
}

/** Re-stitches these customers and stores their journey summaries (what GET /api/stats/journeys reads). */
export async function refreshJourneys(store: CustomerStore, customerIds: Iterable<string>, now: string): Promise<number> {
  // Read for all of them in a few queries, written in one commit: per customer, the reads and a commit each
  // made a large import's last step most of its time.
  const refreshed = new Map<string, JourneySummary[]>();
  for (const moments of await loadManyCustomerMoments(store, customerIds)) refreshed.set(moments.customer.id, toJourneySummaries(stitchCustomer(moments, now)));
  if (refreshed.size) await store.transaction((tx) => tx.replaceManyJourneySummaries(refreshed, now));
  return refreshed.size;
}
