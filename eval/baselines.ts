// The baselines Vigía is measured against, each as a text → label function: natural's AFINN and senticon
// analyzers (with and without the language's Porter stemmer), `sentiment` (AFINN-165), vader-sentiment and
// wink-sentiment. Each is used as its documentation shows; score 0 (VADER: |compound| < 0.05) is neutral.
import { createRequire } from 'node:module';
import type { GoldLabel } from './datasets.ts';

const require = createRequire(import.meta.url);

/** A method under evaluation. */
export interface Method {
  name: string;
  predict(text: string, lang: string): GoldLabel;
}

const sign = (x: number, band = 0): GoldLabel => (x > band ? 'pos' : x < -band ? 'neg' : 'neu');

type Natural = typeof import('natural');

function naturalMethod(natural: Natural, type: 'afinn' | 'senticon', stem: boolean): Method {
  const analyzers = {
    en: new natural.SentimentAnalyzer('English', stem ? natural.PorterStemmer : undefined, type),
    es: new natural.SentimentAnalyzer('Spanish', stem ? natural.PorterStemmerEs : undefined, type),
  };
  const tokenizers = { en: new natural.WordTokenizer(), es: new natural.AggressiveTokenizerEs() };
  return {
    name: `natural ${type}${stem ? ' + stemmer' : ''}`,
    predict: (text, lang) => {
      const l = lang === 'es' ? 'es' : 'en';
      const tokens = tokenizers[l].tokenize(text);
      return tokens.length === 0 ? 'neu' : sign(analyzers[l].getSentiment(tokens));
    },
  };
}

interface SentimentLib { analyze(text: string): { score: number } }
interface VaderLib { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } }
type WinkLib = (text: string) => { score: number };

/** Every baseline, in the order the table prints them. */
export function baselineMethods(): Method[] {
  // Loaded here, not imported above: natural loads dotenv, which prints unless DOTENV_CONFIG_QUIET is set first.
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  const natural = require('natural') as Natural;
  const SentimentCtor = require('sentiment') as new () => SentimentLib;
  const sentiment = new SentimentCtor();
  const vader = require('vader-sentiment') as VaderLib;
  const wink = require('wink-sentiment') as WinkLib;
  return [
    naturalMethod(natural, 'afinn', false),
    naturalMethod(natural, 'afinn', true),
    naturalMethod(natural, 'senticon', false),
    naturalMethod(natural, 'senticon', true),
    { name: 'sentiment (AFINN-165)', predict: (text) => sign(sentiment.analyze(text).score) },
    { name: 'vader-sentiment', predict: (text) => sign(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, 0.049999) },
    { name: 'wink-sentiment', predict: (text) => sign(wink(text).score) },
  ];
}
