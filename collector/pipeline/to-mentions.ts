// The stages from a run's raw items to new, enriched, linked mentions, a slice of items at a time: while the
// enrichment pool enriches one slice, this thread reads the next (normalize, identify, drop known, match),
// and hands enriched slices on in item order (near-duplicate groups). The language (when matching did not
// need it) and the triage are worked out with the enrichment, on the pool's threads. Linking to customers
// sees the whole run at once (a customer's risk counts all their new posts); a collection run stores each
// slice as it is made, but for the mentions linking may change (possible-customers.ts), held to the end and
// linked together. The stages only read the store; the result is the same for any slice size, as if every
// stage had run over all the items in turn.
import type { SourceConfig } from '../config.ts';
import type { RawItem } from '../sources/kit/define-source.ts';
import type { Mention } from '../../shared/mention.ts';
import type { CorrectionLayer } from '../enrich/corrections/layer.ts';
import { installationLayer } from '../enrich/corrections/installation-layer.ts';
import { applyMutes, withExclusions } from '../mutes/ingest-noise.ts';
import type { CollectDeps } from './collect-source.ts';
import { enrichMentionBatch, enrichmentWorkers } from '../enrich/pool/analyze-batch.ts';
import { mentionInputOf, mentionsOf } from './enrich.ts';
import { dropKnownItems, identifyItems } from './identify.ts';
import { linkCustomers } from './link-customer.ts';
import { matchForCollection, queryReadsLanguage, type BrandMatcher } from './match-brands.ts';
import { normalizeItems } from './normalize.ts';
import { splitByPossibleCustomer } from './possible-customers.ts';

/** Items read per slice: enough to keep the pool's threads busy, few enough that a slice's garbage dies young. */
export const SLICE_ITEMS = 1000;

type NoiseRules = Awaited<ReturnType<CollectDeps['store']['noise']['ingestRules']>>;

/** What the run reads once, when its first new item appears. */
interface RunContext {
  rules: NoiseRules;
  layer: CorrectionLayer | undefined;
  matcher: BrandMatcher;
  readsLanguage: boolean;
}

async function runContext(deps: CollectDeps): Promise<RunContext> {
  // Noise control as it stands now: exclusions people accepted, and mute rules (the config's and people's);
  // people's sentiment corrections, learned for this installation (trained again only when they changed).
  const rules = await deps.store.noise.ingestRules();
  const layer = await installationLayer(deps.store);
  const readsLanguage = deps.matcher.readsLanguage !== false || rules.exclusions.some((e) => queryReadsLanguage(e.exclusion));
  return { rules, layer, matcher: withExclusions(deps.matcher, rules.exclusions), readsLanguage };
}

/** The mentions of a run's new items, linked to customers and with mute rules applied, in item order. */
export async function itemsToMentions(source: SourceConfig, items: readonly RawItem[], deps: CollectDeps, at: Date, sliceItems = SLICE_ITEMS): Promise<Mention[]> {
  const made: Mention[] = [];
  const context = await sliceMentions(source, items, deps, at, sliceItems, async (slice) => void made.push(...slice));
  if (!context) return [];
  return applyMutes(await linkCustomers(made, deps.store.customers, at), context.rules.mutes, at.toISOString());
}

/**
 * itemsToMentions, each mention handed to `write` as soon as it is final, in slices: a slice as it is made
 * (the mentions linking may change held back), the held ones linked at the end. `write` calls come one at
 * a time, in order, while the threads go on enriching. Returns the run's mentions in item order.
 */
export async function writeItemMentions(source: SourceConfig, items: readonly RawItem[], deps: CollectDeps, at: Date, write: (ready: Mention[]) => Promise<void>, sliceItems = SLICE_ITEMS): Promise<Mention[]> {
  const made: Mention[] = [];
  const held: Mention[] = [];
  const final = new Map<string, Mention>();
  const mutedAt = at.toISOString();
  let rules: NoiseRules | undefined;
  const settle = async (ready: Mention[]) => {
    const muted = applyMutes(ready, rules!.mutes, mutedAt);
    for (const m of muted) final.set(m.id, m);
    if (muted.length) await write(muted);
  };
  const context = await sliceMentions(source, items, deps, at, sliceItems, async (slice, run) => {
    rules = run.rules;
    made.push(...slice);
    const { settled, held: maybe } = await splitByPossibleCustomer(slice, deps.store.customers);
    held.push(...maybe);
    await settle(settled);
  });
  if (!context) return [];
  if (held.length) await settle(await linkCustomers(held, deps.store.customers, at));
  return made.map((m) => final.get(m.id)!);
}

/** Makes the run's mentions slice by slice and hands each slice, in item order, to `onSlice` (awaited in turn); the run's context, or undefined when no item was new. */
async function sliceMentions(source: SourceConfig, items: readonly RawItem[], deps: CollectDeps, at: Date, sliceItems: number, onSlice: (mentions: Mention[], context: RunContext) => Promise<void>): Promise<RunContext | undefined> {
  const normalizedAt = new Date();
  const collectedAt = at.toISOString();
  const seen = new Set<string>();
  let context: RunContext | undefined;
  // Analyzed slices become mentions one after another, in item order (near-duplicate groups depend on it).
  let handOn: Promise<void> = Promise.resolve();
  // Slices read ahead of the one being made into mentions: the pool's queue never runs dry while this thread
  // turns a finished slice into mentions and stores it, with a slice more than there are threads. Inline (no
  // threads), each slice is done before the next is read, so its intermediate objects die young.
  const workers = enrichmentWorkers();
  const ahead = workers && workers + 1;
  const analyzing: Promise<unknown>[] = [];
  let failed = false;
  try {
    for (let start = 0; start < items.length; start += sliceItems) {
      while (analyzing.length > ahead) await analyzing.shift();
      if (failed) break; // a slice failed (its enrichment or its write): the run stops reading
      const normalized = normalizeItems(items.slice(start, start + sliceItems), { id: source.id, platform: source.platform }, normalizedAt);
      const fresh = await dropKnownItems(identifyItems(normalized, seen), (ids) => deps.store.knownMentionIds(ids));
      if (!fresh.length) continue;
      const run = (context ??= await runContext(deps));
      const matched = matchForCollection(fresh, run.matcher, run.readsLanguage);
      if (!matched.length) continue;
      const enriched = enrichMentionBatch(matched.map(mentionInputOf), collectedAt, { layer: run.layer });
      enriched.catch(() => undefined); // awaited in turn below; a failure must not go unhandled meanwhile
      analyzing.push(enriched);
      handOn = handOn.then(async () => onSlice(mentionsOf(matched, await enriched, at, deps.clusterer), run));
      handOn.catch(() => void (failed = true)); // likewise: the failure comes out of an await below
    }
  } finally {
    // A run that fails while slices are being handed on lets the one under way finish (its write) first.
    await handOn.catch(() => undefined);
  }
  await handOn;
  return context;
}
