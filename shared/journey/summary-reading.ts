// What stitching reads from a touchpoint's summary — its topic words, their signature, its aspects and the
// needs they stand for — read once per distinct summary and kept for the next customer: CRM exports repeat
// their subjects ("Outbound call", "Ticket solved", a form's wording), and the aspect and topic readers were
// a large part of rebuilding an import's journeys. Pure functions of the summary (and the words ignored),
// so a reading kept is the reading made.
import { needsOf } from './journey-aspects.ts';
import { topicSignature, topicWords } from './journey-topic.ts';
import { findAspects } from '../aspects/find-aspects.ts';
import { shippedAspectTaxonomy } from '../aspects/aspect-taxonomy.ts';

export interface SummaryReading {
  /** Topic words (journey-topic.ts), in order. */
  words: readonly string[];
  signature: ReadonlySet<string>;
  /** Aspect ids named, in order of appearance. */
  aspects: readonly string[];
  needs: readonly string[];
}

/** Distinct summaries kept: a few megabytes at most; the lot is dropped when full (a new export starts over). */
const MAX_READINGS = 8192;
const NOTHING: SummaryReading = { words: [], signature: new Set(), aspects: [], needs: [] };

let readings = new Map<string, SummaryReading>();
let readingsIgnore = '';

/** The aspect ids a summary names, in order of appearance (`other` is never named by a term). */
export const summaryAspects = (summary: string): string[] => [...new Set(findAspects(summary, 'any', shippedAspectTaxonomy()).cues.map((c) => c.aspect))];

/**
 * Reads summaries with `ignore` (folded words that are no topic): the same reading object for the same
 * summary, so callers must not change what they get.
 */
export function summaryReader(ignore: ReadonlySet<string>): (summary: string | undefined) => SummaryReading {
  const ignoreKey = [...ignore].join('\n');
  if (ignoreKey !== readingsIgnore) (readings = new Map()), (readingsIgnore = ignoreKey);
  return (summary) => {
    if (!summary) return NOTHING;
    let reading = readings.get(summary);
    if (!reading) {
      const words = topicWords(summary, ignore);
      const aspects = summaryAspects(summary);
      reading = { words, signature: topicSignature(words), aspects, needs: needsOf(aspects) };
      if (readings.size >= MAX_READINGS) readings = new Map();
      readings.set(summary, reading);
    }
    return reading;
  };
}
