// The stages from a run's raw items to new, enriched, linked mentions, a slice of items at a time: while the
// enrichment pool enriches one slice, this thread reads the next (normalize, identify, drop known, match),
// and hands enriched slices on in item order (near-duplicate groups). The language (when matching did not
// need it) and the triage are worked out with the enrichment, on the pool's threads. Linking to customers and mute
// rules then see the whole run at once. The stages only read the store; the result is the same for any
// slice size, as if every stage had run over all the items in turn.
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

export async function itemsToMentions(source: SourceConfig, items: readonly RawItem[], deps: CollectDeps, at: Date, sliceItems = SLICE_ITEMS): Promise<Mention[]> {
  const normalizedAt = new Date();
  const collectedAt = at.toISOString();
  const seen = new Set<string>();
  let context: RunContext | undefined;
  const mentions: Mention[] = [];
  // Analyzed slices become mentions one after another, in item order (near-duplicate groups depend on it).
  let handOn: Promise<void> = Promise.resolve();
  // Slices read ahead of the one being made into mentions: the pool's queue never runs dry while this thread
  // turns a finished slice into mentions, with a slice more than there are threads. Inline (no threads), each
  // slice is done before the next is read, so its intermediate objects die young.
  const workers = enrichmentWorkers();
  const ahead = workers && workers + 1;
  const analyzing: Promise<unknown>[] = [];
  for (let start = 0; start < items.length; start += sliceItems) {
    while (analyzing.length > ahead) await analyzing.shift();
    const normalized = normalizeItems(items.slice(start, start + sliceItems), { id: source.id, platform: source.platform }, normalizedAt);
    const fresh = await dropKnownItems(identifyItems(normalized, seen), (ids) => deps.store.knownMentionIds(ids));
    if (!fresh.length) continue;
    context ??= await runContext(deps);
    const matched = matchForCollection(fresh, context.matcher, context.readsLanguage);
    if (!matched.length) continue;
    const enriched = enrichMentionBatch(matched.map(mentionInputOf), collectedAt, { layer: context.layer });
    enriched.catch(() => undefined); // awaited in turn below; a failure must not go unhandled meanwhile
    analyzing.push(enriched);
    handOn = handOn.then(async () => void mentions.push(...mentionsOf(matched, await enriched, at, deps.clusterer)));
    handOn.catch(() => undefined); // likewise: the failure comes out of an await below
  }
  await handOn;
  if (!context) return [];
  return applyMutes(await linkCustomers(mentions, deps.store.customers, at), context.rules.mutes, at.toISOString());
}
