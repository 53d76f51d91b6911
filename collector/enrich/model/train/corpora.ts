// The training corpora: the manifest that names them with their terms, where they are read from
// (VIGIA_TRAIN_DATA), and the one split every tool shares — a text's hash puts it in train, calibration
// or held-out test, so `npm run eval` can score the very rows the trainer never saw.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ScoredLanguage } from '../../natural-vocabulary.ts';
import { hashChars } from '../hashing.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '../../../..');
/** The manifest the shipped weights were trained from. */
export const DEFAULT_MANIFEST = join(HERE, 'manifest.json');

const corpusSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.jsonl$/, 'a .jsonl file name, or use "path"'),
  lang: z.enum(['en', 'es']),
  domain: z.string(),
  source: z.string(),
  terms: z.string().min(1),
  /** True only where the terms plainly allow commercial use. */
  commercial: z.boolean(),
  /** A deterministic sample of at most this many training rows. */
  maxTrainRows: z.number().int().positive().optional(),
  /** Kind of text ("social", "reviews", "news"): corpora of one family are left out together when the
   * decision learns how the model reads text unlike its training data. @default the corpus itself */
  family: z.string().optional(),
  /** Weight of each of its examples. @default 1 */
  weight: z.number().positive().default(1),
  /** Where the file is, when not in the training data directory (absolute or relative to the manifest). */
  path: z.string().optional(),
});
export type Corpus = z.infer<typeof corpusSchema>;

export const manifestSchema = z.object({ about: z.string().optional(), corpora: z.array(corpusSchema).min(1) });
export type Manifest = z.infer<typeof manifestSchema> & { file: string };

export type Label = 0 | 1 | 2;
export type Split = 'train' | 'calibration' | 'test';
export const LABELS = ['neg', 'neu', 'pos'] as const;

/** One labelled text. */
export interface TrainingRow {
  text: string;
  label: Label;
  corpus: string;
  split: Split;
  weight: number;
}

/** The training data directory: VIGIA_TRAIN_DATA, else ../shared/data/train from the repository root. */
export function trainDataDir(): string {
  return resolve(REPO_ROOT, process.env.VIGIA_TRAIN_DATA ?? '../shared/data/train');
}

/** Read and check a manifest; a bad one throws with every problem named. */
export function loadManifest(file = DEFAULT_MANIFEST): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`train: cannot read manifest ${file}: ${(error as Error).message}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`train: manifest ${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...parsed.data, file };
}

/** Where a corpus of `manifest` is read from. */
export function corpusPath(corpus: Corpus, manifest: Manifest, dir = trainDataDir()): string {
  if (!corpus.path) return join(dir, corpus.file);
  return isAbsolute(corpus.path) ? corpus.path : resolve(dirname(manifest.file), corpus.path);
}

/** The part of the data a text belongs to: 10 % held-out test, 10 % calibration, 80 % train. */
export function splitOf(text: string): Split {
  const bucket = (hashChars(normalizeForSplit(text), 0x9747b28c) >>> 0) % 10;
  return bucket === 0 ? 'test' : bucket === 1 ? 'calibration' : 'train';
}

const normalizeForSplit = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

const rowSchema = z.object({ text: z.string(), label: z.enum(['neg', 'neu', 'pos', 'negative', 'neutral', 'positive']) });

/** Rows of the corpora of `lang`, de-duplicated by text (first kept), with their split and sampled to
 * each corpus's cap. Rows that are not {text, label} are counted in `skipped`, never guessed at. */
export function readCorpora(corpora: readonly Corpus[], manifest: Manifest, lang: ScoredLanguage, dir = trainDataDir(), maxHeldRows?: number): { rows: TrainingRow[]; skipped: number } {
  const seen = new Set<string>();
  const rows: TrainingRow[] = [];
  let skipped = 0;
  for (const corpus of corpora.filter((c) => c.lang === lang)) {
    const name = corpus.file.replace(/\.jsonl$/, '');
    const train: TrainingRow[] = [];
    const held: TrainingRow[] = [];
    for (const line of readFileSync(corpusPath(corpus, manifest, dir), 'utf8').split('\n')) {
      const row = parseRow(line);
      if (row === undefined) continue;
      if (row === null) {
        skipped++;
        continue;
      }
      const key = normalizeForSplit(row.text);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const split = splitOf(row.text);
      const labelled: TrainingRow = { text: row.text, label: row.label, corpus: name, split, weight: corpus.weight };
      (split === 'train' ? train : held).push(labelled);
    }
    rows.push(...sample(train, corpus.maxTrainRows));
    // Calibration and test rows are capped alike (each split on its own), so no corpus swamps them.
    for (const split of ['calibration', 'test'] as const) rows.push(...sample(held.filter((row) => row.split === split), maxHeldRows));
  }
  return { rows, skipped };
}

/** A JSON line as {text, label}: undefined for a blank line, null for a bad one. */
export function parseRow(line: string): { text: string; label: Label } | null | undefined {
  if (!line.trim()) return undefined;
  try {
    const parsed = rowSchema.safeParse(JSON.parse(line));
    if (!parsed.success || !parsed.data.text.trim()) return null;
    return { text: parsed.data.text, label: toLabel(parsed.data.label) };
  } catch {
    return null;
  }
}

const toLabel = (label: string): Label => (label.startsWith('neg') ? 0 : label.startsWith('neu') ? 1 : 2);

// A deterministic sample: the rows whose text hashes lowest, in their original order.
function sample(rows: TrainingRow[], max: number | undefined): TrainingRow[] {
  if (max === undefined || rows.length <= max) return rows;
  const ranked = rows.map((row, i) => ({ i, rank: hashChars(row.text, 0x1e35a7bd) >>> 0 })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const kept = new Set(ranked.slice(0, max).map((r) => r.i));
  return rows.filter((_, i) => kept.has(i));
}

/** The files of `corpora` that are not there. */
export function missingCorpora(corpora: readonly Corpus[], manifest: Manifest, dir = trainDataDir()): string[] {
  return corpora.map((c) => corpusPath(c, manifest, dir)).filter((path) => !existsSync(path));
}
