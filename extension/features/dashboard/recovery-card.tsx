// The dashboard's customer recovery: per brand, the share of known customers won back within 48 h of a
// negative mention and the median time it took (GET /api/stats/recovery), charted per period with uPlot.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import type { RecoveryStatsAnswer } from '../../../shared/api/recovery.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { isConfigured, settingsItem } from '../../settings/settings.ts';
import { createCollectorClient } from '../../sync/collector-client.ts';
import { describeError } from '../../sync/collector-errors.ts';
import type { DashboardModel } from './dashboard-model.ts';
import { ratePercent, recoverySeries, type RecoverySeries } from './recovery-series.ts';
import { UplotChart } from './uplot-chart.tsx';
import { formatDuration } from '../../ui/time-words.ts';

const COLOURS = ['#2457c5', '#2f9e5b', '#d64545', '#9a5b00', '#7b3fb5', '#1b8a8a'];
const DAY = 86_400_000;
/** Hours as a person reads them: "40 min", "5 h 30 min", "2 d 4 h". */
const hoursInWords = (hours: number | null, lang: UiLanguage): string | undefined => (hours === null ? undefined : formatDuration(hours * 3_600_000, lang));

type Loaded = { state: 'loading' } | { state: 'ready'; answer: RecoveryStatsAnswer } | { state: 'error'; detail: string };

function PeriodChart({ series, pick, whole, show, title, t, lang }: { series: RecoverySeries; pick: 'rate' | 'median'; whole: (i: number) => string; show: (v: number) => string; title: string; t: Translator; lang: UiLanguage }) {
  const { options, data } = useMemo(() => {
    const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
    const options: Omit<uPlot.Options, 'width'> = {
      height: 160,
      legend: { show: true },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, pick === 'rate' ? 100 : Math.max(1, max)] } },
      axes: [{ values: (_u, ticks) => ticks.map((s) => day.format(new Date(s * 1000))) }, {}],
      series: [
        { label: t('recovery.period'), value: (_u: uPlot, v: number | null) => (v === null ? t('dashboard.legend.wholeRange') : day.format(new Date(v * 1000))) },
        ...series.brands.map((b, i) => ({
          label: b.brand,
          stroke: COLOURS[i % COLOURS.length]!,
          width: 2,
          spanGaps: true,
          points: { show: true, size: 6 },
          // Not hovering: the brand's figure over the whole range; hovering: the period's, "—" when none was decided.
          value: (_u: uPlot, v: number | null, _s: number, idx: number | null) => (idx === null ? whole(i) : v === null ? '—' : show(v)),
        })),
      ],
    };
    return { options, data: [series.xs, ...series.brands.map((b) => b[pick])] as uPlot.AlignedData };
  }, [series, pick, t, lang]);
  return <UplotChart options={options} data={data} label={title} />;
}

export function RecoveryCard({ model }: { model: DashboardModel }) {
  const t = model.t.value;
  const lang = model.language.value;
  const range = model.range.value;
  const brand = model.brand.value;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    void (async () => {
      const settings = await settingsItem.getValue();
      if (!isConfigured(settings)) throw new Error(t('popup.notConfigured'));
      const bucket = Date.parse(range.to) - Date.parse(range.from) <= 31 * DAY ? 'day' : 'week';
      return createCollectorClient(settings).recoveryStats({ from: range.from, to: range.to, bucket, ...(brand ? { brand } : {}) });
    })().then(
      (answer) => live && setLoaded({ state: 'ready', answer }),
      (error: unknown) => live && setLoaded({ state: 'error', detail: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [range, brand]);
  const series = useMemo(() => (loaded.state === 'ready' ? recoverySeries(loaded.answer) : undefined), [loaded]);
  return (
    <section class="dashboard-card" data-chart="recovery" data-state={loaded.state}>
      <h2>{t('recovery.chart')}</h2>
      {loaded.state === 'loading' && <p class="dashboard-muted">{t('dashboard.loading')}</p>}
      {loaded.state === 'error' && <p class="dashboard-muted">{t('recovery.unavailable', { detail: loaded.detail })}</p>}
      {loaded.state === 'ready' && loaded.answer.brands.length === 0 && <p class="dashboard-muted">{t('recovery.empty')}</p>}
      {loaded.state === 'ready' && series && loaded.answer.brands.length > 0 && (
        <>
          <ul class="dashboard-figures">
            {loaded.answer.brands.map((b) => (
              <li key={b.brand} data-recovery-brand={b.brand} data-rate={b.rate ?? ''}>
                {t('recovery.summary', {
                  brand: b.brand,
                  rate: ratePercent(b.rate) ?? t('recovery.noFigure'),
                  recovered: b.recovered,
                  decided: b.recovered + b.lost,
                  median: hoursInWords(b.medianHoursToRecover, lang) ?? t('recovery.noFigure'),
                  running: b.running,
                })}
              </li>
            ))}
          </ul>
          <h2>{t('recovery.rateChart')}</h2>
          <PeriodChart series={series} pick="rate" show={(v) => `${v} %`} whole={(i) => ratePercent(loaded.answer.brands[i]!.rate) ?? '—'} title={t('recovery.rateChart')} t={t} lang={lang} />
          <h2>{t('recovery.medianChart')}</h2>
          <PeriodChart series={series} pick="median" show={(v) => hoursInWords(v, lang)!} whole={(i) => hoursInWords(loaded.answer.brands[i]!.medianHoursToRecover, lang) ?? '—'} title={t('recovery.medianChart')} t={t} lang={lang} />
        </>
      )}
    </section>
  );
}
