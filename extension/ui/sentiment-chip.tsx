// Sentiment as colour plus a word (colour alone is not enough); unscored says so.
import type { SentimentBucket } from '../db/mentions.ts';
import type { Translator } from '../i18n/dictionary.ts';

export function SentimentChip({ sentiment, score, t }: { sentiment: SentimentBucket; score?: number | undefined; t: Translator }) {
  const label = t(`sentiment.${sentiment}`);
  return (
    <span class={`vigia-sentiment vigia-sentiment--${sentiment}`} data-sentiment={sentiment} title={score === undefined ? label : `${label} (${score.toFixed(2)})`}>
      {label}
    </span>
  );
}
