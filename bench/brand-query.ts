// Benchmark: how many synthetic mentions per second go through 50 compiled brand queries (and through one).
import { compileBrandQuery, prepareMatchTarget, type MatchTarget } from '../shared/brand-query/index.ts';
import { seeded } from './seeded-random.ts';

export const name = 'brand-query';


const FILLER = (
  'the a of to and in is it for on that my with this was not but they have you at be are from your ' +
  'el la de que y en los se del las un por con no una su para es al lo como más pero sus le ya o ' +
  'delivery order router wifi app support refund price store phone call waiting days again never ' +
  'pedido entrega tienda llamada espera días otra vez nunca servicio atención cliente factura precio'
).split(' ');
const PRODUCTS = ['router', 'app', 'tarifa', 'fibra', 'phone', 'laptop', 'envío', 'tienda'];
const SYLLABLES = ['lu', 'mo', 'ra', 'ac', 'me', 'zen', 'vo', 'ta', 'ki', 'no', 'pé', 'ri'];

function brandNames(random: () => number, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const n = 2 + Math.floor(random() * 2);
    names.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...names];
}

/** Queries shaped like real listening queries: alternatives, phrases, exclusions, NEAR, hashtags, filters. */
function queryFor(brand: string, i: number): string {
  const product = PRODUCTS[i % PRODUCTS.length] ?? 'app';
  switch (i % 5) {
    case 0: return `${brand} OR "${brand} corp" -jobs`;
    case 1: return `(${brand} OR #${brand}) -(empleo OR jobs OR hiring)`;
    case 2: return `${brand} NEAR/3 (${product} OR soporte OR support) -sorteo`;
    case 3: return `"${brand} ${product}" OR (${brand}* lang:es) -@${brand.normalize('NFD').replace(/[\u0300-\u036f]/g, '')}_bot`;
    default: return `(${brand} OR "${brand} app") (malo OR terrible OR never OR nunca OR refund) -platform:rss`;
  }
}

function mentions(random: () => number, brands: string[], count: number): MatchTarget[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: MatchTarget[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 12 + Math.floor(random() * 40) }, () => pick(FILLER));
    // About one mention in three names a brand, sometimes capitalised, accented or as a hashtag.
    if (random() < 0.35) {
      const brand = pick(brands);
      const shown = random() < 0.3 ? brand.toUpperCase() : random() < 0.2 ? `#${brand}` : brand;
      words.splice(Math.floor(random() * words.length), 0, shown, pick(PRODUCTS));
    }
    out.push({
      text: `${words.join(' ')} https://example.org/p/${i}`,
      title: random() < 0.2 ? words.slice(0, 6).join(' ') : undefined,
      authorHandle: `user${i % 5000}`,
      lang: random() < 0.5 ? 'es' : 'en',
      platform: pick(['reddit', 'x', 'mastodon', 'rss', 'trustpilot']),
    });
  }
  return out;
}

/** Figures from one run; `lines` is what to print. */
export interface BrandQueryBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

export async function run(options: { mentions?: number } = {}): Promise<BrandQueryBenchResult> {
  const random = seeded(42);
  const brands = brandNames(random, 50);
  const queries = brands.map((brand, i) => compileBrandQuery(queryFor(brand, i)));
  const targets = mentions(random, brands, options.mentions ?? 50_000);

  const timeIt = (work: () => number) => {
    const started = performance.now();
    const hits = work();
    return { seconds: (performance.now() - started) / 1000, hits };
  };
  const [first] = queries;
  if (!first) throw new Error('bench: no queries');
  // Fresh copies, so no preparation is reused from an earlier pass.
  const copy = () => targets.map((t) => ({ ...t }));
  let batch = copy();
  const one = timeIt(() => batch.reduce((n, t) => n + (first(t) ? 1 : 0), 0));
  batch = copy();
  const all = timeIt(() => batch.reduce((n, t) => n + queries.reduce((k, q) => k + (q(t) ? 1 : 0), 0), 0));
  batch = copy();
  const prepared = timeIt(() => batch.reduce((n, t) => {
    const p = prepareMatchTarget(t);
    return n + queries.reduce((k, q) => k + (q(p) ? 1 : 0), 0);
  }, 0));

  const metrics = {
    mentions: targets.length,
    queries: queries.length,
    oneQueryMentionsPerSecond: Math.round(targets.length / one.seconds),
    fiftyQueriesMentionsPerSecond: Math.round(targets.length / all.seconds),
    fiftyQueriesPreparedMentionsPerSecond: Math.round(targets.length / prepared.seconds),
    matches: all.hits,
  };
  const lines = [
    `brand-query: ${metrics.mentions} synthetic mentions, ${metrics.queries} queries, ${metrics.matches} brand matches`,
    `  1 query:   ${metrics.oneQueryMentionsPerSecond.toLocaleString('en')} mentions/s`,
    `  50 queries: ${metrics.fiftyQueriesMentionsPerSecond.toLocaleString('en')} mentions/s (plain targets)`,
    `  50 queries: ${metrics.fiftyQueriesPreparedMentionsPerSecond.toLocaleString('en')} mentions/s (prepareMatchTarget once)`,
  ];
  return { name, metrics, lines };
}

export default { name, run };
