// `vigia analyze`: texts on stdin (JSON objects or plain lines) → one JSON enrichment per line on stdout.
// No network, no store. A bad line gets an error line and the rest still runs.
import { ratingFromInput } from '../enrich/rating.ts';
import { createInterface } from 'node:readline';
import { analyzeText, type AnalyzeInput } from '../enrich/analyze.ts';

/** Lines longer than this are refused rather than read (a 1 MB text is fine, a 64 MB line is not). */
const MAX_LINE_CHARS = 4_000_000;

/** Read `input` line by line and write one result (or error) per non-empty line to `output`. */
export async function runAnalyze(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<{ lines: number; errors: number }> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let errors = 0;
  for await (const line of reader) {
    lines++;
    if (line.trim() === '') continue;
    let result: Record<string, unknown>;
    try {
      const record = parseAnalyzeLine(line);
      const analysis = analyzeText(record.input);
      result = { ...record.echo, lang: analysis.lang, sentiment: analysis.sentiment, moment: analysis.moment, stage: analysis.stage, why: analysis.why };
    } catch (error) {
      errors++;
      result = { error: error instanceof Error ? error.message : String(error), line: lines };
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

/** A line that cannot be analyzed; the message starts with the stage. */
export class AnalyzeLineError extends Error {
  constructor(message: string) {
    super(`analyze: ${message}`);
    this.name = 'AnalyzeLineError';
  }
}

/** Parse one input line: a JSON object with `text`, or a plain text line. */
export function parseAnalyzeLine(line: string): { input: AnalyzeInput; echo: Record<string, unknown> } {
  if (line.length > MAX_LINE_CHARS) throw new AnalyzeLineError(`line longer than ${MAX_LINE_CHARS} characters`);
  const trimmed = line.trim();
  const plain = { input: { text: line }, echo: { text: line } };
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return plain;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    // "[Update] the router broke again" is text; a line opening with "{" can only be meant as JSON.
    if (trimmed.startsWith('[')) return plain;
    throw new AnalyzeLineError('invalid JSON (a line starting with "{" must be a JSON object)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AnalyzeLineError('expected a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new AnalyzeLineError('"text" must be a string');
  if (record.lang !== undefined && typeof record.lang !== 'string') throw new AnalyzeLineError('"lang" must be a string');
  if (record.title !== undefined && typeof record.title !== 'string') throw new AnalyzeLineError('"title" must be a string');
  return {
    input: {
      text: record.text,
      title: record.title as string | undefined,
      lang: record.lang as string | undefined,
      rating: normalizeRating(record.rating, record.stars),
      platform: typeof record.platform === 'string' ? record.platform : undefined,
    },
    echo: record,
  };
}

/** The line's rating on the 0–1 scale (see ratingFromInput: exactly 1 is ambiguous and left to the text). */
export function normalizeRating(rating: unknown, stars?: unknown): number | undefined {
  try {
    return ratingFromInput(rating, stars);
  } catch (error) {
    throw new AnalyzeLineError((error as Error).message);
  }
}
