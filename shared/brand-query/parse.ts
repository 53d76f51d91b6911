// Brand query parser: precedence, from tightest: NEAR/n, then NOT and "-", then OR, then AND (explicit or implicit).
import { normalizeHandle } from '../author-handle.ts';
import { BrandQueryError, type BrandQuery, type TermNode } from './ast.ts';
import { lexBrandQuery, type QueryToken } from './lex.ts';
import { toTermParts, toWordList } from './words.ts';

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 10_000;
/** Deepest nesting of parentheses and NOTs, so hostile input cannot overflow the stack. */
export const MAX_QUERY_DEPTH = 64;
/** Largest n in NEAR/n. */
export const MAX_NEAR_DISTANCE = 1000;

const OPERATORS = new Set(['AND', 'OR', 'NOT']);
const NEAR = /^NEAR\/(\d+)$/;
const FILTER = /^(lang|platform):(.*)$/i;
const FILTER_VALUE = /^[a-z0-9][a-z0-9.-]{0,62}$/;
const HANDLE = /^[a-z0-9_][a-z0-9_.@-]{0,252}$/;

const isChunk = (t: QueryToken | undefined, text: string) => t?.type === 'chunk' && t.text === text;
const isNear = (t: QueryToken | undefined) => t?.type === 'chunk' && t.text.startsWith('NEAR/');

/** Parses a brand query; throws BrandQueryError with the position of the first problem. */
export function parseBrandQuery(source: string): BrandQuery {
  if (typeof source !== 'string') throw new BrandQueryError('the query must be text', 0);
  if (source.length > MAX_QUERY_LENGTH) throw new BrandQueryError(`the query is longer than ${MAX_QUERY_LENGTH} characters`, MAX_QUERY_LENGTH);
  const tokens = lexBrandQuery(source);
  if (tokens.length === 0) throw new BrandQueryError('the query is empty', 0);
  let at = 0;
  const peek = () => tokens[at];
  const posOf = (t: QueryToken | undefined) => t?.pos ?? source.length;
  const describe = (t: QueryToken) => (t.type === 'chunk' ? t.text : t.type === 'phrase' ? `"${t.text}"` : t.type);

  function parseAnd(depth: number): BrandQuery {
    const items = [parseOr(depth)];
    for (let t = peek(); t && t.type !== ')'; t = peek()) {
      if (isChunk(t, 'AND')) at++;
      items.push(parseOr(depth));
    }
    return items.length === 1 && items[0] ? items[0] : { kind: 'and', children: items };
  }

  function parseOr(depth: number): BrandQuery {
    const items = [parseUnary(depth)];
    while (isChunk(peek(), 'OR')) {
      at++;
      items.push(parseUnary(depth));
    }
    return items.length === 1 && items[0] ? items[0] : { kind: 'or', children: items };
  }

  function parseUnary(depth: number): BrandQuery {
    const t = peek();
    if (depth > MAX_QUERY_DEPTH) throw new BrandQueryError('the query is nested too deeply', posOf(t));
    if (t?.type === '-' || isChunk(t, 'NOT')) {
      at++;
      return { kind: 'not', child: parseUnary(depth + 1) };
    }
    const left = parsePrimary(depth);
    const op = peek();
    if (!op || op.type !== 'chunk' || !isNear(op)) return left;
    const distance = nearDistance(op);
    at++;
    const right = parsePrimary(depth);
    if (isNear(peek())) throw new BrandQueryError('NEAR cannot be chained; combine two NEARs with AND', posOf(peek()));
    return { kind: 'near', distance, left: nearSide(left, op), right: nearSide(right, op) };
  }

  function nearDistance(op: QueryToken & { type: 'chunk' }): number {
    const n = NEAR.exec(op.text)?.[1];
    if (n === undefined) throw new BrandQueryError('NEAR needs a number of words, like NEAR/3', op.pos);
    if (Number(n) > MAX_NEAR_DISTANCE) throw new BrandQueryError(`NEAR allows at most ${MAX_NEAR_DISTANCE} words`, op.pos);
    return Number(n);
  }

  function nearSide(side: BrandQuery, op: QueryToken): TermNode[] {
    if (side.kind === 'term') return [side];
    if (side.kind === 'or' && side.children.every((c) => c.kind === 'term')) return side.children as TermNode[];
    throw new BrandQueryError('NEAR needs a word, a phrase or (a OR b) of them on each side', op.pos);
  }

  function parsePrimary(depth: number): BrandQuery {
    const t = peek();
    if (!t) throw new BrandQueryError('the query ends where a term was expected', source.length);
    if (t.type === '(') {
      at++;
      if (peek()?.type === ')') throw new BrandQueryError('empty parentheses', posOf(peek()));
      const inner = parseAnd(depth + 1);
      if (peek()?.type !== ')') throw new BrandQueryError('"(" is never closed', t.pos);
      at++;
      return inner;
    }
    if (t.type === 'phrase') {
      at++;
      return term(t.text, true, t.pos + 1);
    }
    if (t.type !== 'chunk' || OPERATORS.has(t.text) || isNear(t)) {
      throw new BrandQueryError(`unexpected "${describe(t)}"`, t.pos);
    }
    at++;
    return leaf(t.text, t.pos);
  }

  function term(text: string, phrase: boolean, pos: number): TermNode {
    const parts = toTermParts(text);
    if (!Array.isArray(parts)) throw new BrandQueryError(parts.reason, pos + parts.offset);
    return { kind: 'term', text, phrase };
  }

  function leaf(text: string, pos: number): BrandQuery {
    if (text.startsWith('@')) {
      const handle = normalizeHandle(text);
      if (!HANDLE.test(handle)) throw new BrandQueryError(`"${text}" is not a handle`, pos);
      return { kind: 'handle', handle };
    }
    if (text.startsWith('#')) {
      const tag = text.slice(1);
      const words = toWordList(tag);
      if (words.words.length !== 1 || words.starts[0] !== 0 || words.ends[0] !== tag.length) {
        throw new BrandQueryError('a hashtag has only letters, digits and "_"', pos);
      }
      return { kind: 'hashtag', tag };
    }
    const filter = FILTER.exec(text);
    if (filter?.[1] && filter[2] !== undefined) {
      const value = filter[2].toLowerCase();
      if (!FILTER_VALUE.test(value)) throw new BrandQueryError(`${filter[1].toLowerCase()}: needs a value like ${filter[1].toLowerCase() === 'lang' ? 'lang:es' : 'platform:reddit'}`, pos + filter[1].length + 1);
      return { kind: 'filter', field: filter[1].toLowerCase() as 'lang' | 'platform', value };
    }
    return term(text, false, pos);
  }

  const query = parseAnd(0);
  const rest = peek();
  if (rest) throw new BrandQueryError(`unexpected "${describe(rest)}"`, rest.pos);
  return query;
}
