// The held-out test split of the training corpora (VIGIA_TRAIN_DATA), as evaluation sets: the rows the
// trainer never fitted or calibrated on (corpora.ts decides the split from each text's hash). A sample of
// each corpus (the same for every run) keeps long-review corpora from dominating the run's time.
import { existsSync } from 'node:fs';
import { LABELS, loadManifest, missingCorpora, readCorpora, trainDataDir } from '../collector/enrich/model/train/corpora.ts';
import type { SentimentSet } from './datasets.ts';

/** Rows per corpus at most. */
const PER_CORPUS = 600;

/** One set per language, or none (with the reason) when the training data is absent. */
export function heldOutSets(): { sets: SentimentSet[]; missing?: string } {
  const dir = trainDataDir();
  if (!existsSync(dir)) return { sets: [], missing: `no training data at ${dir} (set VIGIA_TRAIN_DATA)` };
  const manifest = loadManifest();
  const missing = missingCorpora(manifest.corpora, manifest, dir);
  if (missing.length) return { sets: [], missing: `training data incomplete: ${missing.length} corpora missing (set VIGIA_TRAIN_DATA)` };
  return {
    sets: (['en', 'es'] as const).map((lang) => {
      const rows = readCorpora(manifest.corpora, manifest, lang, dir, PER_CORPUS).rows.filter((row) => row.split === 'test');
      return { name: `${lang}_train_held_out`, lang, binary: false, rows: rows.map((row, i) => ({ text: row.text, label: LABELS[row.label], lang, line: i + 1 })) };
    }),
  };
}
