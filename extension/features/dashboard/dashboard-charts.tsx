// The dashboard's charts: sentiment over time stacked by label (uPlot areas), breakdowns as stacked
// bars, and the response-time histogram against the 48 h rule (uPlot bars with the limit marked).
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { MessageKey, Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { LabelCounts, SentimentStats } from '../../sync/sentiment-stats.ts';
import { figuresFor, WHOLE_INCREMENTS } from '../../ui/figures.ts';
import { UplotChart } from './uplot-chart.tsx';

/** Labels bottom to top, with their colours (the same hues as the sentiment chips). */
export const LABELS: readonly (keyof LabelCounts)[] = ['negative', 'neutral', 'positive', 'unscored'];
const COLOURS: Record<keyof LabelCounts, string> = { negative: '#d64545', neutral: '#9a9aa6', positive: '#2f9e5b', unscored: '#d9d9e0' };

/** Cumulative sums per bucket, bottom label first: what a stacked area chart draws. */
export function stackSeries(series: SentimentStats['series']): number[][] {
  const stacked: number[][] = [];
  let below = series.map(() => 0);
  for (const label of LABELS) {
    below = series.map((bucket, i) => (below[i] ?? 0) + bucket[label]);
    stacked.push(below);
  }
  return stacked;
}

export function SentimentOverTime({ stats, t, lang }: { stats: SentimentStats; t: Translator; lang: UiLanguage }) {
  const { options, data } = useMemo(() => {
    const f = figuresFor(lang, 'UTC');
    const xs = stats.series.map((b) => Date.parse(b.start) / 1000);
    const stacked = stackSeries(stats.series);
    // Painted tallest first, each filled down to zero, so every label shows as the band above the one below.
    const order = LABELS.map((label, i) => ({ label, i })).reverse();
    const options: Omit<uPlot.Options, 'width'> = {
      height: 200,
      legend: { show: true },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      // Days and counts in the UI's language (uPlot's own ticks follow the browser's); buckets are UTC days.
      axes: [{ values: (_u, ticks) => ticks.map((s) => f.day(s)) }, { values: (_u, ticks) => ticks.map((n) => f.count(n)), incrs: WHOLE_INCREMENTS }],
      series: [
        // Not hovering, the legend shows the whole range and each label's total, never "--" or blanks.
        {
          label: t('dashboard.legend.date'),
          value: (_u: uPlot, v: number | null) => (v === null ? t('dashboard.legend.wholeRange') : f.day(v)),
        },
        ...order.map(({ label }) => ({
          label: t(`sentiment.${label}`),
          stroke: COLOURS[label],
          fill: COLOURS[label],
          fillTo: 0,
          points: { show: false },
          // The legend shows the label's own count, not the stacked height.
          value: (_u: uPlot, _v: number | null, _s: number, idx: number | null) =>
            f.count(idx === null ? stats.series.reduce((sum, bucket) => sum + bucket[label], 0) : (stats.series[idx]?.[label] ?? 0)),
        })),
      ],
    };
    return { options, data: [xs, ...order.map(({ i }) => stacked[i] ?? [])] as uPlot.AlignedData };
  }, [stats, t, lang]);
  return <UplotChart options={options} data={data} label={t('dashboard.overTime')} />;
}

const NONE_KEYS: Readonly<Record<string, MessageKey>> = { moment: 'dashboard.noMoment', stage: 'dashboard.noStage', platform: 'dashboard.noPlatform' };
const STAGE_KEYS: Readonly<Record<string, MessageKey>> = {
  discovery: 'stageName.discovery',
  consideration: 'stageName.consideration',
  purchase: 'stageName.purchase',
  experience: 'stageName.experience',
  loyalty: 'stageName.loyalty',
  recommendation: 'stageName.recommendation',
};

/** A bar's name: the "none" bucket says what is missing ("no moment"), stages in the UI's language. */
export function bucketLabel(breakdown: string, key: string, t: Translator): string {
  if (key === 'none') return t(NONE_KEYS[breakdown] ?? 'dashboard.none');
  if (breakdown === 'stage' && STAGE_KEYS[key]) return t(STAGE_KEYS[key]);
  return key;
}

export function Breakdown({ title, breakdown, t, name }: { title: string; breakdown: Record<string, LabelCounts>; t: Translator; name: string }) {
  const rows = Object.entries(breakdown)
    .map(([key, counts]) => ({ key, counts, total: LABELS.reduce((sum, l) => sum + counts[l], 0) }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  return (
    <section class="dashboard-card" data-breakdown={name}>
      <h2>{title}</h2>
      {rows.length === 0 && <p class="dashboard-muted">{t('dashboard.empty')}</p>}
      {rows.map(({ key, counts, total }) => (
        <div class="dashboard-bar" key={key} data-key={key}>
          <span class="dashboard-bar__label">{bucketLabel(name, key, t)}</span>
          <span class="dashboard-bar__track" title={LABELS.map((l) => `${t(`sentiment.${l}`)}: ${counts[l]}`).join(' · ')}>
            {LABELS.map((label) =>
              counts[label] > 0 ? <span key={label} class="dashboard-bar__part" data-label={label} style={{ width: `${(counts[label] / total) * 100}%`, background: COLOURS[label] }} /> : null,
            )}
          </span>
          <span class="dashboard-bar__total">{total}</span>
        </div>
      ))}
    </section>
  );
}

/** "≤4" for a bucket's upper bound in hours, ">168" for the last one. */
const bucketName = (hours: number | null, previous: number | undefined): string => (hours === null ? `>${previous ?? 0}` : `≤${hours}`);

export function ResponseTimes({ stats, t, lang }: { stats: SentimentStats; t: Translator; lang: UiLanguage }) {
  const { options, data } = useMemo(() => {
    const f = figuresFor(lang);
    const buckets = stats.responseTimes.buckets;
    const names = buckets.map((b, i) => bucketName(b.hours, buckets[i - 1]?.hours ?? undefined));
    // The limit falls after the last bucket whose bound is within 48 h.
    const limit = buckets.filter((b) => b.hours !== null && b.hours <= 48).length - 0.5;
    const options: Omit<uPlot.Options, 'width'> = {
      height: 160,
      legend: { show: false },
      scales: { x: { time: false, range: [-0.5, buckets.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [{ label: t('dashboard.hours'), labelSize: 16, values: (_u, ticks) => ticks.map((i) => names[i] ?? ''), splits: () => buckets.map((_, i) => i), gap: 4, size: 24 }, { values: (_u, ticks) => ticks.map((n) => f.count(n)), incrs: WHOLE_INCREMENTS }],
      series: [{}, { label: t('dashboard.responseTimes'), fill: '#2457c5aa', stroke: '#2457c5', paths: uPlot.paths.bars!({ size: [0.7, 48] }), points: { show: false } }],
      hooks: {
        draw: [
          (u) => {
            const x = u.valToPos(limit, 'x', true);
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = '#a4161a';
            ctx.fillStyle = '#a4161a';
            ctx.setLineDash([5, 4]);
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.fillText('48 h', x + 4, u.bbox.top + 12);
            ctx.restore();
          },
        ],
      },
    };
    return { options, data: [buckets.map((_, i) => i), buckets.map((b) => b.count)] as uPlot.AlignedData };
  }, [stats, t, lang]);
  const r = stats.responseTimes;
  // The histogram holds answered mentions only; over48h also counts those never answered within 48 h, so
  // the line says both parts and agrees with the bars.
  const answeredLate = r.buckets.filter((b) => b.hours === null || b.hours > 48).reduce((sum, b) => sum + b.count, 0);
  return (
    <section class="dashboard-card" data-chart="response-times">
      <h2>{t('dashboard.responseTimes')}</h2>
      <p class="dashboard-figures">
        <span data-figure="within48h">{t('dashboard.within48h', { count: r.within48h })}</span> ·{' '}
        <span data-figure="over48h">{t('dashboard.over48hSplit', { count: r.over48h, late: answeredLate, never: r.over48h - answeredLate })}</span> ·{' '}
        <span data-figure="waiting">{t('dashboard.waitingAnswer', { count: r.waiting })}</span>
      </p>
      <UplotChart options={options} data={data} label={t('dashboard.responseTimes')} />
      <p class="dashboard-muted">{t('dashboard.histogramNote')}</p>
    </section>
  );
}
