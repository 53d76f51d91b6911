// Property-based tests: the printer and parser agree, errors are always BrandQueryError, NOT is a true
// complement, and case or accents never change a match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrandQuery, TermNode } from './ast.ts';
import { BrandQueryError, matchBrandQuery, parseBrandQuery, printBrandQuery, type MatchTarget } from './index.ts';

const VOCABULARY = ['acme', 'lumora', 'lumóra', 'router', 'wifi', 'año', 'ano', 'corp', 'jobs', 'atención', 'cliente', 'señal', 'fibra', 'nunca'];
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };

/** Randomly upper-cases letters and adds or removes accents (never turning ñ into n): the same word when folded. */
const respell = (word: string) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: word.length, maxLength: word.length }).map((choices) =>
    [...word].map((ch, i) => {
      const base = ch.normalize('NFD')[0] === 'ñ' || ch === 'ñ' ? ch : (ch.normalize('NFD')[0] ?? ch);
      const accented = ACCENTED[base] ?? base;
      const pick = [base, accented, base.toUpperCase(), accented.toUpperCase()][choices[i] ?? 0] ?? base;
      return ch === 'ñ' ? (choices[i]! > 1 ? 'Ñ' : 'ñ') : pick;
    }).join(''));

const word = fc.constantFrom(...VOCABULARY).chain(respell);
const wildcard = fc.constantFrom(...VOCABULARY).chain((w) => fc.integer({ min: 2, max: w.length }).map((n) => `${w.slice(0, n)}*`));
const bareTerm = fc.oneof(word, wildcard).map((text): TermNode => ({ kind: 'term', text, phrase: false }));
const phrase = fc.array(fc.oneof(word, word, wildcard), { minLength: 1, maxLength: 3 })
  .map((words): TermNode => ({ kind: 'term', text: words.join(' '), phrase: true }));
const term = fc.oneof(bareTerm, phrase);

const leaf: fc.Arbitrary<BrandQuery> = fc.oneof(
  { weight: 6, arbitrary: term },
  { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY).map((tag): BrandQuery => ({ kind: 'hashtag', tag })) },
  { weight: 1, arbitrary: fc.constantFrom('marta_rz', 'acme', 'lumora_es').map((handle): BrandQuery => ({ kind: 'handle', handle })) },
  { weight: 1, arbitrary: fc.constantFrom('es', 'en').map((value): BrandQuery => ({ kind: 'filter', field: 'lang', value })) },
  { weight: 1, arbitrary: fc.constantFrom('reddit', 'x').map((value): BrandQuery => ({ kind: 'filter', field: 'platform', value })) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('near' as const),
      distance: fc.integer({ min: 0, max: 5 }),
      left: fc.array(term, { minLength: 1, maxLength: 2 }),
      right: fc.array(term, { minLength: 1, maxLength: 2 }),
    }),
  },
);

const { query } = fc.letrec<{ query: BrandQuery }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('query'), { minLength: 2, maxLength: 3 }).map((children): BrandQuery => ({ kind: 'and', children })),
    fc.array(tie('query'), { minLength: 2, maxLength: 3 }).map((children): BrandQuery => ({ kind: 'or', children })),
    tie('query').map((child): BrandQuery => ({ kind: 'not', child })),
  ),
}));

const separator = fc.constantFrom(' ', ' ', ', ', '. ', ' #', ' @', ' ¡', '\n');
const text = fc.array(fc.tuple(word, separator), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => s + w).join(''));
const target: fc.Arbitrary<MatchTarget> = fc.record(
  {
    text,
    title: text,
    authorHandle: fc.constantFrom('marta_rz', '@Acme', 'lumora_es@mastodon.social'),
    lang: fc.constantFrom('es', 'en', 'es-MX'),
    platform: fc.constantFrom('reddit', 'x'),
  },
  { requiredKeys: ['text'] },
);

/** Flips the case and accents of every word in a text, keeping each character's position. */
const respellText = (source: string) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: source.length, maxLength: source.length }).map((choices) =>
    [...source].map((ch, i) => {
      const c = choices[i] ?? 0;
      if (ch === 'ñ' || ch === 'Ñ') return c > 1 ? 'Ñ' : 'ñ';
      const base = ch.normalize('NFD')[0] ?? ch;
      if (!/[a-z]/i.test(base)) return ch;
      const lower = base.toLowerCase();
      const out = c % 2 ? (ACCENTED[lower] ?? lower) : lower;
      return c > 1 ? out.toUpperCase() : out;
    }).join(''));

const positionsOnly = (m: ReturnType<typeof matchBrandQuery>) => m && m.spans.map(({ field, start, end }) => ({ field, start, end }));

// Each property runs hundreds of generated cases: a fixed amount of work, given room on a busy machine.
describe('brand query properties', { timeout: 60_000 }, () => {
  it('parses a printed query back to the same tree', () => {
    fc.assert(fc.property(query, (q) => {
      expect(parseBrandQuery(printBrandQuery(q))).toEqual(q);
    }), { numRuns: 500 });
  });

  it('never throws anything but a located BrandQueryError, whatever the input', () => {
    const queryish = fc.string({
      unit: fc.constantFrom('acme', 'ñ', 'é', ' ', '(', ')', '"', '-', '*', '#', '@', ':', 'OR', 'AND', 'NOT', 'NEAR/2', 'NEAR/', 'lang:', 'es', '\t'),
      maxLength: 30,
    });
    fc.assert(fc.property(fc.oneof(queryish, fc.string(), fc.string({ unit: 'binary' })), target, (source, t) => {
      try {
        const q = parseBrandQuery(source);
        matchBrandQuery(q, t);
        expect(parseBrandQuery(printBrandQuery(q))).toEqual(q);
      } catch (error) {
        expect(error).toBeInstanceOf(BrandQueryError);
        const { position } = error as BrandQueryError;
        expect(position).toBeGreaterThanOrEqual(0);
        expect(position).toBeLessThanOrEqual(source.length);
      }
    }), { numRuns: 2000 });
  });

  it('matches NOT q exactly when q does not match', () => {
    fc.assert(fc.property(query, target, (q, t) => {
      expect(matchBrandQuery({ kind: 'not', child: q }, t) === null).toBe(matchBrandQuery(q, t) !== null);
    }), { numRuns: 1000 });
  });

  it('gives the same match, at the same offsets, whatever the case and accents of the mention', () => {
    const varied = target.chain((t) => fc.tuple(fc.constant(t), respellText(t.text), respellText(t.title ?? '')));
    fc.assert(fc.property(query, varied, (q, [t, textVariant, titleVariant]) => {
      const variant = { ...t, text: textVariant, title: t.title === undefined ? undefined : titleVariant };
      expect(matchBrandQuery(q, variant)).toEqual(matchBrandQuery(q, t));
    }), { numRuns: 1000 });
  });

  it('gives the same spans whatever the case and accents of the query terms', () => {
    const respellQuery = (q: BrandQuery): fc.Arbitrary<BrandQuery> => {
      const source = printBrandQuery(q);
      // Operators stay uppercase: respell only the quoted and bare words, not AND/OR/NOT/NEAR.
      return respellText(source.toLowerCase()).map((s) => parseBrandQuery(restoreOperators(source, s)));
    };
    fc.assert(fc.property(query.chain((q) => fc.tuple(fc.constant(q), respellQuery(q))), target, ([q, variant], t) => {
      expect(positionsOnly(matchBrandQuery(variant, t))).toEqual(positionsOnly(matchBrandQuery(q, t)));
    }), { numRuns: 500 });
  });

  it('reports spans that lie inside their field and start on the matched word', () => {
    fc.assert(fc.property(query, target, (q, t) => {
      for (const span of matchBrandQuery(q, t)?.spans ?? []) {
        const field = (span.field === 'title' ? t.title : t.text) ?? '';
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(field.length);
        expect(field.slice(span.start, span.end)).toMatch(/^[#\p{L}\p{N}]/u);
      }
    }), { numRuns: 500 });
  });
});

/** Puts the original query's operators, filters and handles back into a respelled copy of it. */
function restoreOperators(original: string, respelled: string): string {
  const keep = /\b(?:AND|OR|NOT|NEAR\/\d+)\b|(?:lang|platform):[a-z]+|@[a-z_@.]+/g;
  let out = respelled;
  for (let m = keep.exec(original); m; m = keep.exec(original)) {
    out = out.slice(0, m.index) + m[0] + out.slice(m.index + m[0].length);
  }
  return out;
}
