// Which phrases say what went wrong: those over-represented in the negative mentions against the other
// mentions of the same scope (log-odds with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008,
// "Fightin' Words"), so words every mention uses ("box", "text", "admin") drop out. A shorter phrase that
// mostly occurs inside a longer ranked one gives way to it ("router" under "router broken").
import { TOP_TERMS } from './mention-terms.ts';

/** A phrase's document counts: negative mentions and all other mentions of the scope that contain it. */
export interface PhraseCounts {
  term: string;
  negative: number;
  other: number;
}

/** How many mentions of each side the scope holds. */
export interface PhraseTotals {
  negative: number;
  other: number;
}

/** Strength of the prior, in mentions: small counts are pulled towards the phrase's overall rate. */
const PRIOR = 10;
/** Below this many other mentions there is no background to judge by: phrases rank by count alone. */
export const MIN_BACKGROUND = 5;
/** A z-score at or under this is no evidence that the phrase belongs to the complaints. */
const MIN_Z = 1;
/** A shorter phrase gives way to a ranked longer one holding at least this share of its negative count. */
const SUBSUMED = 0.6;

/** The z-score of the phrase's log-odds of being in a negative rather than another mention. */
export function phraseZ(c: PhraseCounts, totals: PhraseTotals): number {
  const all = totals.negative + totals.other;
  if (!all) return 0;
  const prior = (PRIOR * (c.negative + c.other)) / all;
  const logOdds = (y: number, n: number) => Math.log((y + prior) / Math.max(n + PRIOR - y - prior, 1e-9));
  const delta = logOdds(c.negative, totals.negative) - logOdds(c.other, totals.other);
  return delta / Math.sqrt(1 / (c.negative + prior) + 1 / (c.other + prior));
}

const containsWords = (long: string, short: string) => ` ${long} `.includes(` ${short} `);

/** Two phrases cut from one run of words ("box keeps dropping", "dropping the connection"): one end of one is the other's start. */
function overlapping(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  for (let k = 1; k < Math.min(x.length, y.length) + 1; k++) {
    if (x.slice(-k).join(' ') === y.slice(0, k).join(' ') || y.slice(-k).join(' ') === x.slice(0, k).join(' ')) return true;
  }
  return false;
}

/** The top negative phrases with the negative mentions holding each, best first, at most `limit`. */
export function rankTerms(counts: Iterable<PhraseCounts>, totals: PhraseTotals, limit = TOP_TERMS): { term: string; count: number }[] {
  const background = totals.other >= MIN_BACKGROUND;
  // A phrase met once is an anecdote when there are enough complaints to find a pattern.
  const minCount = totals.negative >= 20 ? 2 : 1;
  const all = [...counts].map((c) => ({ ...c, z: background ? phraseZ(c, totals) : c.negative }));
  // Words every mention uses: a phrase that begins or ends on one hangs on it ("router box", "text the admin").
  const generic = new Set(background ? all.filter((c) => !c.term.includes(' ') && c.other > 0 && c.z <= MIN_Z).map((c) => c.term) : []);
  const scored = all
    .filter((c) => c.negative >= minCount && (!background || c.z > MIN_Z))
    .filter((c) => !c.term.includes(' ') || (!generic.has(c.term.slice(0, c.term.indexOf(' '))) && !generic.has(c.term.slice(c.term.lastIndexOf(' ') + 1))))
    .sort((a, b) => b.z - a.z || b.negative - a.negative || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const pool = scored.slice(0, limit * 4);
  const longest = pool.filter((c) => !pool.some((o) => o !== c && o.term.length > c.term.length && containsWords(o.term, c.term) && o.negative >= SUBSUMED * c.negative));
  // Pieces of one run of words held by the same mentions say one thing: the best-ranked piece speaks for it.
  const kept: typeof longest = [];
  for (const c of longest) if (!kept.some((k) => k.negative === c.negative && overlapping(k.term, c.term))) kept.push(c);
  return kept.slice(0, limit).map((c) => ({ term: c.term, count: c.negative }));
}
