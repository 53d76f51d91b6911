// Splits brand query text into tokens (parentheses, quoted phrases, "-" exclusions and bare chunks).
import { BrandQueryError } from './ast.ts';

/** One lexical token; `pos` is its 0-based index in the query text. */
export type QueryToken =
  | { type: '(' | ')' | '-'; pos: number }
  | { type: 'phrase'; text: string; pos: number }
  /** A bare chunk: a word, operator, `@handle`, `#tag` or `field:value`; the parser tells which. */
  | { type: 'chunk'; text: string; pos: number };

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const ends = (ch: string | undefined) => ch === undefined || ch === '(' || ch === ')' || ch === '"' || isSpace(ch);

/** Tokenises a query; throws BrandQueryError on an unclosed quote or a dangling "-". */
export function lexBrandQuery(source: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (isSpace(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ type: ch, pos: i++ });
    } else if (ch === '"') {
      const close = source.indexOf('"', i + 1);
      if (close < 0) throw new BrandQueryError('unclosed quote', i);
      tokens.push({ type: 'phrase', text: source.slice(i + 1, close), pos: i });
      i = close + 1;
    } else if (ch === '-') {
      const next = source[i + 1];
      if (next === undefined || next === ')' || isSpace(next)) {
        throw new BrandQueryError('"-" must be followed by a term, without a space', i);
      }
      tokens.push({ type: '-', pos: i++ });
    } else {
      const start = i;
      while (!ends(source[i])) i++;
      tokens.push({ type: 'chunk', text: source.slice(start, i), pos: start });
    }
  }
  return tokens;
}
