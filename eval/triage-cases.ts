// The labelled triage examples run through the collector's own stages: brand matching (with brand-scoped
// review sources), enrichment (language, sentiment, moment, stage, urgency, priority) and, for authors who
// are known customers, linking with their history. What comes out is what the inbox would show.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention, SentimentLabel, Urgency } from '../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../shared/moment-of-truth.ts';
import { sentimentLabelOf } from '../shared/mention.ts';
import { linkedMention } from '../collector/customers/linked-mention.ts';
import { enrichItems } from '../collector/pipeline/enrich.ts';
import { createBrandMatcher, matchBrands, type BrandScope } from '../collector/pipeline/match-brands.ts';
import type { BrandConfig } from '../collector/config.ts';

const TESTDATA = join(import.meta.dirname, '../shared/moments/testdata');
/** The moment every example is measured at; `hoursAgo` dates each one before it. */
export const EVAL_NOW = new Date('2026-12-01T12:00:00Z');

/** One labelled example, as written in the testdata files. */
export interface TriageCase {
  id: string;
  text: string;
  title?: string;
  lang: string;
  platform?: string;
  kind?: Mention['kind'];
  rating?: number;
  reach?: number;
  hoursAgo?: number;
  /** The author is a known customer with this many bad experiences before. */
  customer?: { badExperiences: number };
  history?: { badExperiences: number };
  /** Collected from the brand's own review page. */
  scoped?: boolean;
  brand?: string;
  sentiment: SentimentLabel;
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  urgency?: Urgency;
  tags?: string[];
}

/** What the pipeline made of a case: undefined mention when the brand query dropped it. */
export interface TriageOutcome {
  example: TriageCase;
  mention?: Mention;
}

export interface TriageSet {
  name: string;
  cases: TriageCase[];
  brands: BrandConfig[];
  scopes: BrandScope[];
}

const readJsonl = (path: string): TriageCase[] =>
  readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => ({ id: `${path.split('/').pop()}:${i + 1}`, ...(JSON.parse(l) as Omit<TriageCase, 'id'>) }));

/** The triage set (development and held-out parts) and the moments set (tuned and held-out files). */
export function loadTriageSets(): TriageSet[] {
  const { brands, scopedSources } = JSON.parse(readFileSync(join(TESTDATA, 'triage/brands.json'), 'utf8')) as { brands: BrandConfig[]; scopedSources: BrandScope[] };
  const moments = readdirSync(TESTDATA).filter((f) => f.endsWith('.jsonl'));
  return [
    { name: 'triage set (development)', cases: readJsonl(join(TESTDATA, 'triage/triage-set.jsonl')), brands, scopes: scopedSources },
    { name: 'triage set (held out)', cases: readJsonl(join(TESTDATA, 'triage/triage-held-out.jsonl')), brands, scopes: scopedSources },
    { name: 'moments set (tuned)', cases: moments.filter((f) => !f.startsWith('held-out')).flatMap((f) => readJsonl(join(TESTDATA, f))), brands: [], scopes: [] },
    { name: 'moments set (held out)', cases: readJsonl(join(TESTDATA, 'held-out.jsonl')), brands: [], scopes: [] },
  ];
}

/** Run every case of a set through matching, enrichment and linking. */
export function runTriageSet(set: TriageSet): TriageOutcome[] {
  const scopeOf = (c: TriageCase) => (c.scoped ? set.scopes.find((s) => s.brand === c.brand)?.id : undefined) ?? 'eval';
  // Without brands (the moments set) every example is about the brand: an always-true query.
  const brands = set.brands.length ? set.brands : [{ name: 'Brand', query: '-zzzzzz' }];
  const matcher = createBrandMatcher(brands, set.scopes);
  return set.cases.map((example) => {
    const publishedAt = example.hoursAgo === undefined ? undefined : new Date(EVAL_NOW.getTime() - example.hoursAgo * 3_600_000).toISOString();
    const item = {
      id: example.id, source: scopeOf(example), platform: example.platform ?? 'web', kind: example.kind ?? (example.platform && /trustpilot|google-play|app-store|tripadvisor|amazon|yelp|google-maps/.test(example.platform) ? 'review' : 'post'),
      author: { handle: 'someone' }, title: example.title, text: example.text, rating: example.rating, lang: example.lang,
      publishedAt, reach: example.reach,
    } as const;
    const [matched] = matchBrands([item], matcher);
    if (!matched) return { example };
    const mention = enrichItems([matched], EVAL_NOW)[0]!;
    const history = example.customer ?? example.history;
    if (!history) return { example, mention };
    // The customer's risk counts this mention when it reads negative, as the store's risk does.
    const bad = history.badExperiences + (sentimentLabelOf(mention.sentiment) === 'negative' ? 1 : 0);
    return { example, mention: linkedMention(mention, 'customer', { churnRisk: bad >= 3 }) };
  });
}
