// The labelled sentiment sets under the evaluation data (VIGIA_EVAL_DATA, see test/support/eval-data.ts), read for
// evaluation only: nothing the product ships is fitted to them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDataSubdir } from '../test/support/eval-data.ts';

/** Gold label of a row. */
export type GoldLabel = 'neg' | 'neu' | 'pos';

/** One labelled text. */
export interface LabelledText {
  text: string;
  label: GoldLabel;
  lang: string;
  /** 1-based line in its file; odd lines form the held-out half (errors are only ever read on even lines). */
  line: number;
}

/** One data set. */
export interface SentimentSet {
  name: string;
  lang: string;
  /** Two-class set: macro-F1 over {neg, pos} only. */
  binary: boolean;
  rows: LabelledText[];
}

export const SET_NAMES = ['en_uci_sentences', 'en_vader_movies', 'en_vader_nyt', 'es_intertass_trainval', 'es_restmex2021', 'es_restmex2021_titles'] as const;

/** The sentiment directory, or undefined when it is absent. */
export function sentimentDataDir(): string | undefined {
  return evalDataSubdir('sentiment');
}

/** Load the sets present in `dir`, in the order of SET_NAMES. */
export function loadSentimentSets(dir: string): SentimentSet[] {
  const sets: SentimentSet[] = [];
  for (const name of SET_NAMES) {
    const file = join(dir, `${name}.jsonl`);
    if (!existsSync(file)) continue;
    const rows: LabelledText[] = [];
    let binary = false;
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { text: string; label: GoldLabel; lang: string; binary?: boolean };
      binary ||= row.binary === true;
      rows.push({ text: row.text, label: row.label, lang: row.lang, line: index + 1 });
    });
    sets.push({ name, lang: rows[0]?.lang ?? 'und', binary, rows });
  }
  return sets;
}
