// The enrichment the pipeline, `vigia analyze` and POST /api/analyze call: language, sentiment, moment of
// truth and journey stage for one text, synchronously, with the reasons behind each.
import type { MentionAspect } from '../../shared/aspects/aspect-ids.ts';
import type { MentionKind, Sentiment, Urgency } from '../../shared/mention.ts';
import { aspectsOf } from '../aspects/aspect-sentiment.ts';
import { aspectTaxonomyFor } from '../aspects/brand-aspects.ts';
import { isScored } from '../../shared/mention.ts';
import type { JourneyStage, MomentOfTruth } from '../../shared/moment-of-truth.ts';
import { triageText } from '../../shared/urgency/text-triage.ts';
import { joiningSwitch } from './joining-switch.ts';
import { detectLanguage } from './language.ts';
import type { ScoredLanguage } from './natural-vocabulary.ts';
import { CONFIDENCE_FLOOR, decideSentiment, type DecideOptions } from './model/decide.ts';
import { sentimentModel } from './model/model.ts';
import { blendRating } from './rating.ts';
import { enrichmentSettings } from './settings.ts';
import { readSymbols, readTokens, type SentimentOptions } from './sentiment.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One text to analyze, with what the source knows about it. */
export interface AnalyzeInput {
  text: string;
  title?: string;
  /** ISO 639-1 code when the source states it; detected otherwise. */
  lang?: string;
  /** Star rating normalised to 0–1 (5 of 5 → 1). */
  rating?: number;
  platform?: string;
  kind?: MentionKind;
  /** What is known of the customer behind the text. */
  history?: { badExperiences: number };
  /** The watched brand's name and matched terms: which way a switch goes ("switched to X" is no churn for X). */
  brand?: readonly string[];
  /** Followers, score, likes: a complaint seen by many is more urgent. */
  reach?: number;
  /** The brands (names) it matched: their own aspect terms (`brands[].aspects`) are read too; absent: every brand's. */
  brands?: readonly string[];
}

/** The enrichment of one text. */
export interface Analysis {
  /** ISO 639-1 code, or "und". */
  lang: string;
  sentiment: Sentiment;
  moment?: MomentOfTruth;
  stage?: JourneyStage;
  /** How soon a person should answer (from the text, its reach and the customer's history). */
  urgency: Urgency;
  /** What it talks about, each aspect with its own sentiment (English and Spanish; absent with `aspects: false`). */
  aspects?: MentionAspect[];
  /** Why each part came out as it did: language, sentiment cues, moment and stage cues. */
  why: string[];
}

/** How analyzeText reads sentiment, besides the cue scorer's tunables. */
export interface AnalyzeOptions extends SentimentOptions {
  /** "on": the trained model, the cues and the rating decide together; "off": the cues alone; "only": the
   * model alone (for measuring it). @default the config's enrichment.model */
  model?: 'on' | 'off' | 'only';
  /** Below this confidence a text is unscored (model on). @default CONFIDENCE_FLOOR */
  confidenceFloor?: number;
  /** A per-installation correction layer over the shipped model. */
  layer?: DecideOptions['layer'];
  /** false: no aspects (for measuring what they cost). @default true */
  aspects?: boolean;
}

const SCORED: readonly string[] = ['en', 'es'];
/** Longer texts are cut here: a megabyte of text says nothing its first 20 000 characters do not. */
const MAX_CHARS = 20_000;

/** Analyze one text; never throws on any string input. */
export function analyzeText(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const text = sanitize(typeof input.text === 'string' ? input.text : '');
  const title = input.title ? sanitize(input.title) : undefined;
  const rating = typeof input.rating === 'number' && input.rating >= 0 && input.rating <= 1 ? input.rating : undefined;
  const full = title ? `${title}.\n${text}` : text;
  const tokens = tokenize(full, MAX_CHARS);
  const language = detectLanguage(full, input.lang, wordKeys(tokens));
  const why = [language.why];

  let sentiment: Sentiment;
  /** Whether the decision already weighed the rating (the model's does; the cues' is blended after). */
  let rated = false;
  const symbols = language.lang === 'und' ? readSymbols(tokens) : undefined;
  if (symbols) {
    sentiment = symbols.sentiment;
    why.push(...symbols.cues.map((cue) => `sentiment: ${cue}`));
  } else if (!SCORED.includes(language.lang)) {
    sentiment = { unscored: language.lang === 'und' ? 'language undetermined' : `language not supported: ${language.lang}` };
  } else {
    let read = readScored(tokens, language.lang as ScoredLanguage, rating, options);
    const joining = isScored(read.sentiment) && read.sentiment.label === 'negative' ? joiningSwitch(tokens, full, input.brand) : undefined;
    if (joining) {
      const without = readScored(joining.tokens, language.lang as ScoredLanguage, rating, options);
      if (!isScored(without.sentiment) || without.sentiment.label !== 'negative') {
        read = { ...without, why: [`sentiment: "${joining.cue}" the brand is a customer joining, not leaving; read without those words`, ...without.why] };
      }
    }
    sentiment = read.sentiment;
    rated = read.rated;
    why.push(...read.why);
  }
  if (rating !== undefined) {
    if (!rated) sentiment = blendRating(sentiment, rating);
    why.push(`sentiment: rated ${Math.round(rating * 100)}%`);
  }
  if (!isScored(sentiment)) why.push(`sentiment: unscored (${sentiment.unscored})`);

  const triage = triageText({ text, title, platform: input.platform, kind: input.kind, history: input.history, brand: input.brand, reach: input.reach, rating, sentiment: isScored(sentiment) ? sentiment.label : undefined });
  why.push(...triage.why);
  const analysis: Analysis = { lang: language.lang, sentiment, moment: triage.moment, stage: triage.stage, urgency: triage.urgency, why };
  if (options.aspects !== false) analysis.aspects = aspectsOf({ text, title, lang: language.lang, sentiment, rating }, aspectTaxonomyFor(input.brands));
  return analysis;
}

/** Sentiment of a text in a scored language: the model's decision over the cues (or the cues alone). */
function readScored(tokens: Token[], lang: ScoredLanguage, rating: number | undefined, options: AnalyzeOptions): { sentiment: Sentiment; why: string[]; rated: boolean } {
  const reading = readTokens(tokens, lang, options);
  const cues = reading.cues.map((cue) => `sentiment: ${cue}`);
  const use = options.model ?? enrichmentSettings().model;
  if (use === 'off') return { sentiment: reading.sentiment, why: cues, rated: false };
  const model = sentimentModel(lang);
  if (model instanceof Error) return { sentiment: reading.sentiment, why: [...cues, `sentiment: ${model.message}; the cues decide alone`], rated: false };
  const floor = options.confidenceFloor ?? CONFIDENCE_FLOOR;
  const decided = decideSentiment(tokens, reading, model, { use, rating, confidenceFloor: floor, layer: options.layer });
  // Below the floor the model is out of its depth (a help-desk complaint in words no corpus used): a
  // confident reading of the cues is reported instead, as with the model off; else the text is unscored.
  const cueConfidence = isScored(reading.sentiment) ? reading.sentiment.confidence : 0;
  if (use === 'on' && !isScored(decided.sentiment) && cueConfidence >= floor) {
    return { sentiment: reading.sentiment, why: [...decided.why, `sentiment: model unsure (${decided.sentiment.unscored}); the cues decide`, ...cues], rated: false };
  }
  return { sentiment: decided.sentiment, why: [...decided.why, ...cues], rated: use === 'on' };
}

/** The folded words of the text (no numbers, URLs, handles or punctuation), for language markers. */
function wordKeys(tokens: Token[]): string[] {
  const keys: string[] = [];
  for (const token of tokens) if (token.kind === 'word') keys.push(token.key);
  return keys;
}

/** Cut to MAX_CHARS and blank out control characters and lone surrogates (binary junk carries nothing). */
export function sanitize(text: string): string {
  const cut = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  return cut.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ');
}
