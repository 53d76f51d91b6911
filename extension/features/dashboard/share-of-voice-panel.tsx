// The dashboard's share-of-voice panel: each brand's share of the mentions and its net sentiment over time,
// side by side (uPlot; the legends show each brand's figure for the whole range, or the hovered point), and
// a table with what each brand — competitors too — is praised and criticised for.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import type { BrandVoice, ShareOfVoice } from '../../../shared/api/share-of-voice.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { DashboardModel } from './dashboard-model.ts';
import { brandLine } from './share-of-voice-lines.ts';
import { createShareOfVoiceModel } from './share-of-voice-model.ts';
import { UplotChart } from './uplot-chart.tsx';
import { figuresFor } from '../../ui/figures.ts';

function BrandLines({ voice, pick, format, title, t, lang }: { voice: ShareOfVoice; pick: (b: BrandVoice) => 'share' | 'netSentiment'; format: (v: number | null) => string; title: string; t: Translator; lang: UiLanguage }) {
  const { options, data } = useMemo(() => {
    const xs = voice.brands[0]?.series.map((p) => Date.parse(p.start) / 1000) ?? [];
    const day = figuresFor(lang, 'UTC').day;
    const options: Omit<uPlot.Options, 'width'> = {
      height: 180,
      legend: { show: true },
      scales: { x: { time: true } },
      // Wide enough for "100 %" and "+1,00" (uPlot's default cuts the first digit off).
      axes: [{ values: (_u, ticks) => ticks.map((s) => day(s)) }, { values: (_u, ticks) => ticks.map((v) => format(v)), size: 60 }],
      series: [
        { label: t('dashboard.legend.date'), value: (_u: uPlot, v: number | null) => (v === null ? t('dashboard.legend.wholeRange') : day(v)) },
        ...voice.brands.map((b, i) =>
          brandLine(b, i, b.competitor ? `${b.brand} (${t('sov.competitor')})` : b.brand, (_u: uPlot, v: number | null, _s: number, idx: number | null) =>
            // Not hovering, the brand's figure over the whole range.
            format(idx === null ? b[pick(b)] : v),
          ),
        ),
      ],
    };
    return { options, data: [xs, ...voice.brands.map((b) => b.series.map((p) => p[pick(b)]))] as uPlot.AlignedData };
  }, [voice, t, lang]);
  return <UplotChart options={options} data={data} label={title} />;
}

export function ShareOfVoicePanel({ model }: { model: DashboardModel }) {
  const [sov] = useState(() => createShareOfVoiceModel(model));
  useEffect(() => () => sov.dispose(), [sov]);
  const t = model.t.value;
  const lang = model.language.value;
  const voice = sov.voice.value;
  const { percent, signed, count } = figuresFor(lang);
  const nameOf = (aspect: string) => { const name = t(`aspect.${aspect}` as 'aspect.price'); return name.startsWith('aspect.') ? aspect : name; };
  const aspects = (list: BrandVoice['praised']) => list.map((a) => `${nameOf(a.aspect)} (${count(a.mentions)})`).join(', ') || '—';
  return (
    <section class="dashboard-card" data-chart="share-of-voice">
      <h2>{t('sov.title')}</h2>
      <p class="dashboard-muted">{t('sov.hint')}</p>
      {!voice || voice.brands.every((b) => b.mentions === 0) ? (
        <p class="dashboard-muted">{t('sov.empty')}</p>
      ) : (
        <>
          <BrandLines voice={voice} pick={() => 'share'} format={percent} title={t('sov.title')} t={t} lang={lang} />
          <h3>{t('sov.net')}</h3>
          <BrandLines voice={voice} pick={() => 'netSentiment'} format={(v) => signed(v)} title={t('sov.net')} t={t} lang={lang} />
          <table class="dashboard-sov">
            <thead>
              <tr><th>{t('sov.brand')}</th><th>{t('sov.mentions')}</th><th>{t('sov.share')}</th><th>{t('sov.net')}</th><th>{t('sov.opinions')}</th></tr>
            </thead>
            <tbody>
              {voice.brands.map((b) => (
                <tr key={b.brand} data-brand={b.brand} data-competitor={b.competitor}>
                  <td>{b.brand} {b.competitor && <span class="inbox-tag inbox-tag--competitor">{t('sov.competitor')}</span>}</td>
                  <td>{count(b.mentions)}</td>
                  <td data-figure="share">{percent(b.share)}</td>
                  <td>{signed(b.netSentiment)}</td>
                  {/* One column for both, one line each: the side panel is too narrow for two more columns. */}
                  <td data-figure="opinions">
                    {b.praised.length + b.criticised.length === 0 ? (
                      <span class="dashboard-muted">{t('sov.noOpinion')}</span>
                    ) : (
                      <>
                        <span class="dashboard-sov__opinion dashboard-sov__opinion--praised" title={t('sov.praised')}><b>{t('sov.praisedShort')}:</b> {aspects(b.praised)}</span>
                        <span class="dashboard-sov__opinion dashboard-sov__opinion--criticised" title={t('sov.criticised')}><b>{t('sov.criticisedShort')}:</b> {aspects(b.criticised)}</span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
