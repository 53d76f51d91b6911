// `vigia query test "QUERY" < lines`: which lines a brand query matches and why — the terms and where they
// are, or the exclusion that dropped a line — so exclusions for a name shared with a bird, a road or a web
// server can be written and checked before they go in the config. Lines are plain text or JSON objects
// ({"text", "title"?, "lang"?, "platform"?, "author"?}); nothing is fetched or stored.
import { createInterface } from 'node:readline';
import {
  BrandQueryError, exclusionsOf, matchBrandQuery, parseBrandQuery, prepareMatchTarget, printBrandQuery, termsPart,
  type BrandQuery, type MatchTarget, type QuerySpan,
} from '../../shared/brand-query/index.ts';
import { detectLanguage } from '../enrich/language.ts';
import { VigiaError } from '../errors.ts';

/** A query that cannot be read, or a line that cannot be tested. */
export class QueryTestError extends VigiaError {
  constructor(message: string) {
    super('query', message);
  }
}

/** Where a term or an exclusion was found, with the words it covers. */
export interface FoundSpan extends QuerySpan {
  text: string;
}

/** One line's verdict. */
export type LineVerdict =
  | { line: number; title?: string; text: string; match: true; terms: string[]; spans: FoundSpan[] }
  | { line: number; title?: string; text: string; match: false; reason: string; excludedBy: Array<{ exclusion: string; spans: FoundSpan[] }> }
  | { line: number; error: string };

const MAX_LINE_CHARS = 1_000_000;

/** Parse the query once (a mistake is reported with its position) and return the tester for lines. */
export function createLineTester(query: string): (line: string, lineNumber: number) => LineVerdict | undefined {
  let ast: BrandQuery;
  try {
    ast = parseBrandQuery(query);
  } catch (error) {
    if (error instanceof BrandQueryError) throw new QueryTestError(error.message);
    throw error;
  }
  const exclusions = exclusionsOf(ast);
  const terms = termsPart(ast);
  return (line, lineNumber) => {
    if (line.trim() === '') return undefined;
    let target: MatchTarget;
    try {
      target = toTarget(line);
    } catch (error) {
      return { line: lineNumber, error: (error as Error).message };
    }
    const prepared = prepareMatchTarget(target);
    const spansOf = (spans: QuerySpan[]) => spans.map((s) => ({ ...s, text: (s.field === 'title' ? target.title ?? '' : target.text).slice(s.start, s.end) }));
    const shown = { line: lineNumber, ...(target.title ? { title: target.title } : {}), text: target.text };
    const hit = matchBrandQuery(ast, prepared);
    if (hit) return { ...shown, match: true, terms: hit.terms, spans: spansOf(hit.spans) };
    const excludedBy = exclusions.flatMap((not) => {
      const found = matchBrandQuery(not.child, prepared);
      return found ? [{ exclusion: printBrandQuery(not), spans: spansOf(found.spans) }] : [];
    });
    const termsFound = terms ? matchBrandQuery(terms, prepared) : null;
    const reason = excludedBy.length ? `excluded by ${excludedBy.map((e) => e.exclusion).join(', ')}`
      : !termsFound && terms ? 'none of its terms' : 'a filter (lang:, platform:) does not hold';
    return { ...shown, match: false, reason, excludedBy };
  };
}

/** A plain line is its own text; a line opening with "{" is a JSON object with `text`. */
function toTarget(line: string): MatchTarget {
  if (line.length > MAX_LINE_CHARS) throw new QueryTestError(`line longer than ${MAX_LINE_CHARS} characters`);
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return { text: line, lang: detectLanguage(line).lang };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new QueryTestError('invalid JSON (a line starting with "{" must be a JSON object)');
  }
  const record = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new QueryTestError('"text" must be a string');
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const title = text('title');
  return { text: record.text, title, lang: text('lang') ?? detectLanguage(title ? `${title}. ${record.text}` : record.text).lang, platform: text('platform'), authorHandle: text('author') };
}

/** "Switched to [Lumora] from Nubitel": the found words in brackets. */
export function bracket(text: string, spans: readonly FoundSpan[], field: 'title' | 'text'): string {
  let out = '';
  let at = 0;
  for (const span of spans.filter((s) => s.field === field && s.start >= at)) {
    out += `${text.slice(at, span.start)}[${text.slice(span.start, span.end)}]`;
    at = span.end;
  }
  return out + text.slice(at);
}

export function formatVerdict(verdict: LineVerdict): string {
  if ('error' in verdict) return `! ${verdict.line}  ${verdict.error}`;
  const spans = verdict.match ? verdict.spans : verdict.excludedBy.flatMap((e) => e.spans);
  const shown = `${verdict.title ? `${bracket(verdict.title, spans, 'title')} | ` : ''}${bracket(verdict.text, spans, 'text')}`;
  if (verdict.match) return `✓ ${verdict.line}  ${shown}\n     matched: ${verdict.terms.join(', ') || '(filters only)'}`;
  return `✗ ${verdict.line}  ${shown}\n     ${verdict.reason}`;
}

/** Read lines from `input`, write a verdict per non-empty line; returns the counts of non-empty lines. */
export async function runQueryTest(query: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: { json?: boolean } = {}): Promise<{ lines: number; matched: number; errors: number }> {
  const test = createLineTester(query);
  let read = 0;
  let lines = 0;
  let matched = 0;
  let errors = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const verdict = test(line, ++read);
    if (!verdict) continue;
    lines++;
    if ('error' in verdict) errors++;
    else if (verdict.match) matched++;
    const text = opts.json ? JSON.stringify(verdict) : formatVerdict(verdict);
    if (!output.write(`${text}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  if (!opts.json) output.write(`${matched} of ${lines - errors} lines match${errors ? `, ${errors} could not be read` : ''}\n`);
  return { lines, matched, errors };
}
