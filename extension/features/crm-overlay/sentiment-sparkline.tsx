// A small inline SVG of sentiment over time: above the middle line is positive, below negative.
import type { Translator } from '../../i18n/dictionary.ts';
import { sparklinePoints } from './overlay-format.ts';

const WIDTH = 160;
const HEIGHT = 32;

export function SentimentSparkline({ scores, t }: { scores: readonly number[]; t: Translator }) {
  if (scores.length < 2) return null;
  const points = sparklinePoints(scores, WIDTH, HEIGHT);
  const last = points[points.length - 1]!;
  const end = scores[scores.length - 1]!;
  const tone = end <= -0.05 ? 'negative' : end >= 0.05 ? 'positive' : 'neutral';
  return (
    <figure class="vigia-sparkline" data-points={scores.length}>
      <svg viewBox={`-3 -3 ${WIDTH + 6} ${HEIGHT + 6}`} width={WIDTH + 6} height={HEIGHT + 6} role="img" aria-label={t('overlay.sparkline')}>
        <line x1="0" y1={HEIGHT / 2} x2={WIDTH} y2={HEIGHT / 2} class="vigia-sparkline__zero" />
        <polyline points={points.map(([x, y]) => `${x},${y}`).join(' ')} class="vigia-sparkline__line" fill="none" />
        <circle cx={last[0]} cy={last[1]} r="2.5" class={`vigia-sparkline__end vigia-sparkline__end--${tone}`} />
      </svg>
      <figcaption>{t('overlay.sparkline')}</figcaption>
    </figure>
  );
}
