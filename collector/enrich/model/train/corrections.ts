// A user's own labelled texts for `npm run train -- --corrections FILE`: JSON lines {text, lang, label},
// label negative/neutral/positive (or neg/neu/pos). They are split like any corpus, so they are also
// calibrated and measured on; a bad line stops the run with its number rather than being skipped quietly.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { splitOf, type TrainingRow } from './corpora.ts';

const correctionSchema = z.object({
  text: z.string().trim().min(1, 'must not be empty'),
  lang: z.enum(['en', 'es'], { error: 'must be "en" or "es"' }),
  label: z.enum(['neg', 'neu', 'pos', 'negative', 'neutral', 'positive'], { error: 'must be negative, neutral or positive' }),
});

/** Weight of one correction next to one corpus row: a person looked at it in this installation's domain. */
const CORRECTION_WEIGHT = 2;

/** The rows of a corrections file, each with its language. */
export function readCorrections(file: string): (TrainingRow & { lang: 'en' | 'es' })[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`train: cannot read corrections ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const rows: (TrainingRow & { lang: 'en' | 'es' })[] = [];
  const problems: string[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return void problems.push(`line ${i + 1}: not JSON`);
    }
    const parsed = correctionSchema.safeParse(json);
    if (!parsed.success) return void problems.push(`line ${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'} ${issue.message}`).join(', ')}`);
    const { text, lang, label } = parsed.data;
    rows.push({ text, lang, label: label.startsWith('neg') ? 0 : label.startsWith('neu') ? 1 : 2, corpus: 'corrections', split: splitOf(text), weight: CORRECTION_WEIGHT });
  });
  if (problems.length) throw new Error(`train: ${file} has ${problems.length} bad lines:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return rows;
}
