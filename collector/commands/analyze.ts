// `vigia analyze`: texts on stdin (JSON objects or plain lines) → one JSON enrichment per line on stdout:
// language, sentiment, moment, stage, urgency, priority and its reasons. No network, no store. A bad line
// gets an error line and the rest still runs.
import { ratingFromInput } from '../enrich/rating.ts';
import { createInterface } from 'node:readline';
import { analyzeText, type AnalyzeInput } from '../enrich/analyze.ts';
import { mentionKindSchema, sentimentLabelOf } from '../../shared/mention.ts';
import { triageMention } from '../../shared/priority/index.ts';

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
      const { priority, priorityWhy } = triageOf(record.input, analysis);
      result = { ...record.echo, lang: analysis.lang, sentiment: analysis.sentiment, moment: analysis.moment, stage: analysis.stage, urgency: analysis.urgency, aspects: analysis.aspects, priority, priorityWhy, why: analysis.why };
    } catch (error) {
      errors++;
      result = { error: error instanceof Error ? error.message : String(error), line: lines };
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

/**
 * `vigia analyze` itself: 0 when every line was read, 1 when any was bad. Each bad line still has its own
 * error line among the results (scripts keep their line numbers); the status and a closing line on stderr
 * tell a script that something was wrong.
 */
export async function analyzeCommand(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, errorOutput: NodeJS.WritableStream): Promise<number> {
  const { lines, errors } = await runAnalyze(input, output);
  if (errors === 0) return 0;
  errorOutput.write(`analyze: ${errors} of ${lines} lines could not be read (see their "error" lines)\n`);
  return 1;
}

/** The priority a collected mention with this text would get (no date, reach or customer unless the line gives them). */
function triageOf(input: AnalyzeInput, analysis: ReturnType<typeof analyzeText>) {
  const bad = input.history ? input.history.badExperiences + (sentimentLabelOf(analysis.sentiment) === 'negative' ? 1 : 0) : 0;
  return triageMention(
    {
      text: input.text, title: input.title, platform: input.platform ?? 'web', kind: input.kind ?? 'post', sentiment: analysis.sentiment,
      rating: input.rating, reach: input.reach, collectedAt: new Date().toISOString(), moment: analysis.moment,
      matches: input.brand?.length ? [{ brand: input.brand[0]!, terms: input.brand.slice(1) }] : [],
    },
    { knownCustomer: input.history !== undefined, churnRisk: bad >= 3 },
  );
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
  const kind = record.kind === undefined ? undefined : mentionKindSchema.safeParse(record.kind);
  if (kind && !kind.success) throw new AnalyzeLineError('"kind" must be one of review, post, comment, article');
  if (record.brand !== undefined && typeof record.brand !== 'string') throw new AnalyzeLineError('"brand" must be a string (the brand\'s name)');
  if (record.reach !== undefined && (typeof record.reach !== 'number' || !Number.isFinite(record.reach) || record.reach < 0)) throw new AnalyzeLineError('"reach" must be a number, 0 or more');
  const history = record.badExperiences;
  if (history !== undefined && (typeof history !== 'number' || !Number.isInteger(history) || history < 0)) throw new AnalyzeLineError('"badExperiences" must be a whole number, 0 or more');
  return {
    input: {
      text: record.text,
      title: record.title as string | undefined,
      lang: record.lang as string | undefined,
      rating: normalizeRating(record.rating, record.stars),
      platform: typeof record.platform === 'string' ? record.platform : undefined,
      ...(kind?.success ? { kind: kind.data } : {}),
      ...(typeof record.brand === 'string' ? { brand: [record.brand] } : {}),
      ...(typeof record.reach === 'number' ? { reach: record.reach } : {}),
      ...(typeof history === 'number' ? { history: { badExperiences: history } } : {}),
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
