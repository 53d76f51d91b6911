// The ZMOT dashboard in the side panel: date range and filters, sentiment over time, share of negative,
// breakdowns by platform, moment of truth and stage, top negative terms, response times, CSV export.
import type { DashboardModel } from './dashboard-model.ts';
import { Breakdown, ResponseTimes, SentimentOverTime } from './dashboard-charts.tsx';
import { inputsOf, lastDays, rangeFromInputs } from './stats-range.ts';
import { RecoveryCard } from './recovery-card.tsx';
import { KeyDriversPanel } from './key-drivers-panel.tsx';
import { ShareOfVoicePanel } from './share-of-voice-panel.tsx';
import { figuresFor } from '../../ui/figures.ts';

function download(model: DashboardModel): void {
  const file = model.csv();
  if (!file) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.text], { type: 'text/csv;charset=utf-8' }));
  link.download = file.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function Controls({ model }: { model: DashboardModel }) {
  const t = model.t.value;
  const inputs = inputsOf(model.range.value);
  const setDates = (from: string, to: string): void => {
    const range = rangeFromInputs(from, to);
    if (range) model.range.value = range;
  };
  return (
    <div class="dashboard-controls">
      <div class="dashboard-presets">
        {[7, 30, 90].map((days) => (
          <button key={days} type="button" class="vigia-button" onClick={() => (model.range.value = lastDays(days, Date.now()))}>
            {t(`dashboard.range.${days}` as 'dashboard.range.7')}
          </button>
        ))}
      </div>
      <label>
        {t('dashboard.from')}
        <input type="date" value={inputs.from} onChange={(e) => setDates(e.currentTarget.value, inputs.to)} />
      </label>
      <label>
        {t('dashboard.to')}
        <input type="date" value={inputs.to} onChange={(e) => setDates(inputs.from, e.currentTarget.value)} />
      </label>
      <label>
        {t('inbox.filter.platform')}
        <select value={model.platform.value ?? ''} onChange={(e) => (model.platform.value = e.currentTarget.value || undefined)}>
          <option value="">{t('inbox.any')}</option>
          {model.facets.value.platforms.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.filter.brand')}
        <select value={model.brand.value ?? ''} onChange={(e) => (model.brand.value = e.currentTarget.value || undefined)}>
          <option value="">{t('dashboard.ourBrands')}</option>
          {model.facets.value.brands.map((b) => (
            <option key={b} value={b}>{b}</option>
          ))}
        </select>
      </label>
      <button type="button" class="vigia-button dashboard-export" disabled={model.state.value.kind !== 'ready'} onClick={() => download(model)}>
        {t('dashboard.exportCsv')}
      </button>
    </div>
  );
}

export function DashboardView({ model }: { model: DashboardModel }) {
  const t = model.t.value;
  const state = model.state.value;
  return (
    <main class="dashboard" lang={model.language.value} data-state={state.kind}>
      <h1>{t('dashboard.title')}</h1>
      <Controls model={model} />
      {state.kind === 'loading' && <p class="dashboard-muted">{t('dashboard.loading')}</p>}
      {state.kind === 'ready' && (
        <>
          <p class={`dashboard-source dashboard-source--${state.source}`} data-source={state.source}>
            {state.source === 'collector' ? t('dashboard.source.collector') : t('dashboard.source.local', { detail: state.detail ?? '' })}
          </p>
          <section class="dashboard-card" data-chart="over-time">
            <h2>{t('dashboard.overTime')}</h2>
            <SentimentOverTime stats={state.stats.platform} t={t} lang={model.language.value} />
          </section>
          <section class="dashboard-card dashboard-share">
            <h2>{t('dashboard.negativeShare')}</h2>
            <p class="dashboard-share__value" data-figure="negative-share">
              {figuresFor(model.language.value).percent(state.stats.platform.negativeShare)}
            </p>
          </section>
          <KeyDriversPanel model={model} />
          <Breakdown title={t('dashboard.byPlatform')} name="platform" breakdown={state.stats.platform.breakdown} t={t} />
          <Breakdown title={t('dashboard.byMoment')} name="moment" breakdown={state.stats.moment.breakdown} t={t} />
          <Breakdown title={t('dashboard.byStage')} name="stage" breakdown={state.stats.stage.breakdown} t={t} />
          <section class="dashboard-card" data-chart="terms">
            <h2>{t('dashboard.topTerms')}</h2>
            {state.stats.platform.topNegativeTerms.length === 0 && <p class="dashboard-muted">{t('dashboard.empty')}</p>}
            <ol class="dashboard-terms">
              {state.stats.platform.topNegativeTerms.slice(0, 10).map((term) => (
                <li key={term.term}>
                  <span>{term.term}</span> <span class="dashboard-muted">{term.count}</span>
                </li>
              ))}
            </ol>
          </section>
          <ResponseTimes stats={state.stats.platform} t={t} lang={model.language.value} />
          <RecoveryCard model={model} />
          <ShareOfVoicePanel model={model} />
        </>
      )}
    </main>
  );
}
