// Journeys ("folders" of moments): a customer's touchpoints grouped by time gap and topic, with people's moves kept.
import { hash64 } from '../stable-id.ts';
import { foldText } from '../text-fold.ts';
import { journeyTypeOf, topicOverlap, topKeywords, type JourneyType } from './journey-topic.ts';
import { timeOf, type Touchpoint } from './touchpoint.ts';
import { journeyAspects } from './journey-aspects.ts';
import { summaryReader, type SummaryReading } from './summary-reading.ts';

export interface StitchOptions {
  /** A touchpoint may join a journey whose last moment is at most this many hours earlier. @default 72 */
  maxGapHours?: number;
  /** An unresolved journey stays open this long for a touchpoint on the same topic. @default 336 (14 days) */
  openGapHours?: number;
  /** Topic overlap (0–1, see `topicOverlap`) needed to join on topic. @default 0.2 */
  minTopicOverlap?: number;
  /** Moves made by a person: touchpoint id → journey id (an unknown id starts a new journey). @default {} */
  moves?: Readonly<Record<string, string>>;
  /** Words that never count as topic, such as the brand's own name. @default [] */
  ignoreWords?: readonly string[];
}

/** One customer's touchpoints about one need. */
export interface Journey {
  /** Stable while its first automatically placed touchpoint stays the same; moves keep the id they name. */
  id: string;
  customerId: string;
  /** The need it is about, from the summaries' words (see `JOURNEY_TYPES`). */
  type: JourneyType;
  /** Up to three frequent words of its summaries, to label it. */
  keywords: string[];
  /** The aspects its summaries name (shared/aspects), most often named first: its topic; empty when none. */
  aspects: string[];
  /** Chronological. */
  touchpoints: Touchpoint[];
  startedAt: string;
  endedAt: string;
  /** Ids of touchpoints a person moved here. */
  movedIn: string[];
}

interface Folder {
  id: string;
  customerId: string;
  touchpoints: Touchpoint[];
  signature: Set<string>;
  /** The needs its touchpoints' aspects stand for (journey-aspects.ts). */
  needs: Set<string>;
  /** Latest activity: a touchpoint, or a ticket solved after it was opened. */
  lastAt: number;
  /** When its latest outcome said resolved; undefined while open. */
  resolvedAt: number | undefined;
  crmRefs: Set<string>;
  movedIn: string[];
}

const HOUR = 3_600_000;
const crmKey = (tp: Touchpoint) => (tp.crmRef ? `${tp.crmRef.system}\n${tp.crmRef.id}` : undefined);
const outbound = (tp: Touchpoint) => (tp.direction === 'outbound' ? 1 : 0);
/** Time order; at the same instant the customer's contact comes before the reply to it. */
export const byTime = (a: Touchpoint, b: Touchpoint) =>
  timeOf(a.at) - timeOf(b.at) || outbound(a) - outbound(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sorted as by `byTime`, each instant read once (not twice per comparison). */
function sortedByTime(touchpoints: readonly Touchpoint[]): Touchpoint[] {
  const keyed = touchpoints.map((tp) => ({ tp, at: timeOf(tp.at), out: outbound(tp), id: tp.id }));
  keyed.sort((a, b) => a.at - b.at || a.out - b.out || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.tp);
}

/** Each touchpoint's summary read once per stitching: placing it and naming its journey both use it. */
type WordsOf = Map<Touchpoint, SummaryReading>;

/**
 * Stitching rule, per customer, touchpoints in time order:
 * 1. A touchpoint from the same CRM record (`crmRef`) as an earlier one joins that one's journey.
 * 2. Candidates are journeys whose last activity (a touchpoint, or a ticket's `resolvedAt`) is at most
 *    `maxGapHours` earlier, or, for a journey not resolved by then (its latest outcome is not
 *    `resolved`, or is resolved only later), at most `openGapHours` earlier.
 * 3. Needs first: the aspects a summary names (shared/aspects) stand for needs — money (billing,
 *    refund), delivery (delivery, returns), service (product, outage, installation, app), trip (booking,
 *    delay, baggage). A touchpoint naming a need never joins a journey whose touchpoints name only other
 *    needs (a billing and a delivery complaint in one week are two journeys). Among the rest it joins the
 *    candidate with the largest topic overlap if that reaches `minTopicOverlap` (ties: the most recent),
 *    or else the most recent candidate already about every need it names. Topic = stems of the summary's words plus
 *    the journey-type concepts they name.
 * 4. A touchpoint with no topic words (a call without notes), or a journey with none so far, is placed
 *    by time alone: it joins the most recent candidate within `maxGapHours`.
 * 5. Otherwise it starts a new journey. Moved touchpoints skip all this and go where a person put them.
 */
export function stitchJourneys(touchpoints: readonly Touchpoint[], opts: StitchOptions = {}): Journey[] {
  const moves = opts.moves ?? {};
  const byCustomer = new Map<string, Touchpoint[]>();
  for (const tp of touchpoints) {
    const list = byCustomer.get(tp.customerId);
    if (list) list.push(tp);
    else byCustomer.set(tp.customerId, [tp]);
  }
  const journeys: Journey[] = [];
  const read = summaryReader(ignoreSet(opts));
  const wordsOf: WordsOf = new Map();
  for (const tp of touchpoints) wordsOf.set(tp, read(tp.summary));
  for (const [customerId, own] of byCustomer) {
    const sorted = sortedByTime(own);
    const folders = stitchAutomatically(customerId, sorted.filter((tp) => moves[tp.id] === undefined), opts, wordsOf);
    for (const tp of sorted) {
      const target = moves[tp.id];
      if (target === undefined) continue;
      let folder = folders.find((f) => f.id === target);
      if (!folder) folders.push((folder = newFolder(target, customerId)));
      folder.touchpoints.push(tp);
      folder.movedIn.push(tp.id);
    }
    // By start, each start read once (the sort is stable, as before).
    const started = folders.map((f) => toJourney(f, wordsOf)).map((journey) => ({ journey, at: timeOf(journey.startedAt) }));
    for (const { journey } of started.sort((a, b) => a.at - b.at)) journeys.push(journey);
  }
  return journeys;
}

function stitchAutomatically(customerId: string, sorted: Touchpoint[], opts: StitchOptions, wordsOf: WordsOf): Folder[] {
  const maxGap = (opts.maxGapHours ?? 72) * HOUR;
  const openGap = Math.max(maxGap, (opts.openGapHours ?? 336) * HOUR);
  const minOverlap = opts.minTopicOverlap ?? 0.2;
  const folders: Folder[] = [];
  for (const tp of sorted) {
    const at = timeOf(tp.at);
    const { signature, needs } = wordsOf.get(tp)!;
    const key = crmKey(tp);
    let folder = key ? folders.find((f) => f.crmRefs.has(key)) : undefined;
    if (!folder) {
      const sameNeed = (f: Folder) => !needs.length || !f.needs.size || needs.some((n) => f.needs.has(n));
      const candidates = folders.filter((f) => at - f.lastAt <= (f.resolvedAt !== undefined && f.resolvedAt <= at ? maxGap : openGap) && sameNeed(f));
      const near = candidates.filter((f) => at - f.lastAt <= maxGap);
      let best: { folder: Folder; overlap: number } | undefined;
      for (const f of candidates) {
        const overlap = topicOverlap(signature, f.signature);
        if (!best || overlap > best.overlap || (overlap === best.overlap && f.lastAt >= best.folder.lastAt)) best = { folder: f, overlap };
      }
      const sharing = needs.length ? candidates.filter((f) => needs.every((n) => f.needs.has(n))) : [];
      if (best && best.overlap >= minOverlap && best.overlap > 0) folder = best.folder;
      else if (sharing.length) folder = mostRecent(sharing);
      else if (signature.size === 0) folder = mostRecent(near);
      else folder = mostRecent(near.filter((f) => f.signature.size === 0));
    }
    if (!folder) folders.push((folder = newFolder(`journey-${hash64(`${customerId}\n${tp.id}`)}`, customerId)));
    folder.touchpoints.push(tp);
    for (const s of signature) folder.signature.add(s);
    for (const n of needs) folder.needs.add(n);
    const resolvedAt = tp.outcome === 'resolved' ? timeOf(tp.resolvedAt ?? tp.at) : undefined;
    folder.lastAt = Math.max(folder.lastAt, at, resolvedAt ?? at);
    if (tp.outcome) folder.resolvedAt = resolvedAt;
    if (key) folder.crmRefs.add(key);
  }
  return folders;
}

const ignoreSet = (opts: StitchOptions) => new Set((opts.ignoreWords ?? []).map((w) => foldText(w.trim())));

const mostRecent = (folders: Folder[]): Folder | undefined =>
  folders.reduce<Folder | undefined>((best, f) => (!best || f.lastAt >= best.lastAt ? f : best), undefined);

const newFolder = (id: string, customerId: string): Folder => ({
  id,
  customerId,
  touchpoints: [],
  signature: new Set(),
  needs: new Set(),
  lastAt: -Infinity,
  resolvedAt: undefined,
  crmRefs: new Set(),
  movedIn: [],
});

function toJourney(folder: Folder, wordsOf: WordsOf): Journey {
  const touchpoints = folder.movedIn.length ? sortedByTime(folder.touchpoints) : folder.touchpoints;
  const words = touchpoints.map((tp) => wordsOf.get(tp)!.words);
  return {
    id: folder.id,
    customerId: folder.customerId,
    type: journeyTypeOf(words),
    keywords: topKeywords(words),
    aspects: journeyAspects(touchpoints.map((tp) => wordsOf.get(tp)!.aspects)),
    touchpoints,
    startedAt: touchpoints[0]!.at,
    endedAt: touchpoints[touchpoints.length - 1]!.at,
    movedIn: folder.movedIn,
  };
}
