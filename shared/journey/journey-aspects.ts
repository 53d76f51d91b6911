// The aspects a touchpoint is about (billing, delivery, installation…; shared/aspects), read from its summary
// with the shipped English and Spanish terms, and the needs they stand for: what tells two needs of one
// customer apart in the same week. Aspects of one need (a router that drops, the engineer who comes to fix
// it) stay one journey; a billing complaint and a delivery complaint do not.
import { shippedAspectTaxonomy } from '../aspects/aspect-taxonomy.ts';
import { findAspects } from '../aspects/find-aspects.ts';
import type { Touchpoint } from './touchpoint.ts';

/**
 * The need each shipped aspect belongs to. Support, staff and `other` say how the customer was treated,
 * not what about, and price is an opinion of the offer that comes with buying as with leaving: they name
 * no need, so they never split a journey (a tariff bought in a store and the line activated days later
 * are one purchase).
 */
const NEED_OF: Readonly<Record<string, string>> = {
  billing: 'money', refund: 'money',
  delivery: 'delivery', returns: 'delivery',
  product: 'service', 'service-outage': 'service', installation: 'service', 'app-website': 'service',
  booking: 'trip', delay: 'trip', baggage: 'trip',
};

/** Each touchpoint's aspects while it is in use: stitching asks for them twice (placing it, then naming its journey). */
const aspectsOf = new WeakMap<object, { summary: string; aspects: readonly string[] }>();

/** The aspect ids a touchpoint's summary names, in order of appearance (`other` is never named by a term). */
export function touchpointAspects(tp: Pick<Touchpoint, 'summary'>): string[] {
  if (!tp.summary) return [];
  const known = aspectsOf.get(tp);
  if (known?.summary === tp.summary) return [...known.aspects];
  const aspects = [...new Set(findAspects(tp.summary, 'any', shippedAspectTaxonomy()).cues.map((c) => c.aspect))];
  aspectsOf.set(tp, { summary: tp.summary, aspects });
  return [...aspects];
}

/**
 * The needs those aspects stand for (`money`, `delivery`, `service`, `trip`); empty when they name none.
 * `product` names the thing, not the need, when another need is named ("wrong charge for the router" is
 * about money): it counts as `service` only alone, or two needs about one router would look like one.
 */
export function needsOf(aspects: readonly string[]): string[] {
  const needs = new Set(aspects.flatMap((a) => (a !== 'product' && NEED_OF[a] ? [NEED_OF[a]] : [])));
  if (!needs.size && aspects.includes('product')) needs.add('service');
  return [...needs];
}

/** Aspect ids by how many of the touchpoints name them, most first (ties: first named first). */
export function journeyAspects(perTouchpoint: readonly (readonly string[])[]): string[] {
  const counts = new Map<string, number>();
  for (const aspects of perTouchpoint) for (const a of aspects) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([a]) => a);
}
