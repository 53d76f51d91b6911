// The key-driver panel: each aspect's mentions, net sentiment and its change against the previous period of
// equal length, ranked by how much it moved the brand's net sentiment (a diverging bar with its value).
// Clicking an aspect opens the inbox filtered to its mentions of the range. With no brand chosen the drivers
// are our brands' (competitors are compared under share of voice), and so is the inbox it opens; the
// catch-all `other` is a line of its own, never a ranked driver.
import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import type { AspectDriverAnswer } from '../../../shared/api/aspects.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { aspectName } from '../../ui/aspect-chips.tsx';
import { figuresFor, type Figures } from '../../ui/figures.ts';
import { INBOX_PATH, toInboxHash } from '../inbox/inbox-link.ts';
import type { DashboardModel } from './dashboard-model.ts';
import { loadKeyDrivers, type KeyDriversResult } from './key-drivers-data.ts';

/** Rows shown: the drivers that moved the net most. */
const ROWS = 10;

function DriverRow({ driver, scale, t, f, open }: { driver: AspectDriverAnswer; scale: number; t: Translator; f: Figures; open: () => void }) {
  const { signed } = f;
  const width = scale ? Math.round((Math.abs(driver.contribution) / scale) * 50) : 0;
  const name = aspectName(driver.aspect, t);
  return (
    <li class="drivers-row" data-driver={driver.aspect}>
      <button type="button" class="drivers-row__open" title={t('drivers.open', { count: driver.volume, aspect: name })} disabled={driver.volume === 0} onClick={open}>
        <span class="drivers-row__name">{name}</span>
        <span class="drivers-row__figure" data-figure="volume">{f.count(driver.volume)}</span>
        <span class="drivers-row__figure" data-figure="net">{signed(driver.net)}</span>
        <span class="drivers-row__figure" data-figure="change">{signed(driver.netChange)}</span>
        <span class="drivers-row__bar" aria-hidden="true">
          <span class={`drivers-row__fill drivers-row__fill--${driver.contribution < 0 ? 'down' : 'up'}`} style={{ width: `${width}%`, [driver.contribution < 0 ? 'right' : 'left']: '50%' }} />
        </span>
        <span class="drivers-row__figure" data-figure="contribution">{signed(driver.contribution, 3)}</span>
      </button>
    </li>
  );
}

export function KeyDriversPanel({ model, fetchImpl }: { model: DashboardModel; fetchImpl?: typeof fetch }) {
  const t = model.t.value;
  const f = figuresFor(model.language.value);
  const { signed } = f;
  const { from, to } = model.range.value;
  const brand = model.brand.value;
  const [result, setResult] = useState<KeyDriversResult | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setResult(undefined);
    void loadKeyDrivers({ from, to, ...(brand ? { brand } : {}) }, fetchImpl).then((r) => current && setResult(r));
    return () => {
      current = false;
    };
  }, [from, to, brand]);
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const drivers = result?.drivers;
  const shown = drivers?.aspects.slice(0, ROWS) ?? [];
  const scale = Math.max(0, ...shown.map((d) => Math.abs(d.contribution)));
  const open = (aspect: string) => void browser.tabs.create({ url: `${browser.runtime.getURL(INBOX_PATH)}${toInboxHash({ aspect, from, to, ...(brand ? { brand } : { competitor: 'hide' }) })}` });
  return (
    <section class="dashboard-card drivers" data-chart="key-drivers" data-source={result?.source}>
      <h2>{t('drivers.title')}</h2>
      <p class="dashboard-muted">{t('drivers.hint', { days })}</p>
      {!brand && <p class="dashboard-muted" data-scope="ours">{t('drivers.ours')}</p>}
      {!drivers && <p class="dashboard-muted">{t('dashboard.loading')}</p>}
      {drivers && (
        <p class="drivers-net" data-figure="net-change">
          {drivers.current.net === null
            ? t('drivers.netNone')
            : drivers.netChange === null
              ? t('drivers.netNoPrevious', { net: signed(drivers.current.net) })
              : t('drivers.net', { net: signed(drivers.current.net), change: signed(drivers.netChange) })}
          {drivers.unexplained ? <span class="dashboard-muted"> · {t('drivers.unexplained', { value: signed(drivers.unexplained, 3) })}</span> : null}
        </p>
      )}
      {drivers && shown.length === 0 && <p class="dashboard-muted">{t('drivers.empty')}</p>}
      {shown.length > 0 && (
        <ol class="drivers-list">
          <li class="drivers-row drivers-row--head" aria-hidden="true">
            <span class="drivers-row__name">{t('drivers.aspect')}</span>
            <span class="drivers-row__figure">{t('drivers.volume')}</span>
            <span class="drivers-row__figure">{t('drivers.aspectNet')}</span>
            <span class="drivers-row__figure">{t('drivers.change')}</span>
            <span class="drivers-row__bar" />
            <span class="drivers-row__figure">{t('drivers.contribution')}</span>
          </li>
          {shown.map((d) => (
            <DriverRow key={d.aspect} driver={d} scale={scale} t={t} f={f} open={() => open(d.aspect)} />
          ))}
        </ol>
      )}
      {drivers?.other && (
        <p class="dashboard-muted" data-driver-other>
          {t('drivers.other', { count: f.count(drivers.other.volume), value: signed(drivers.other.contribution, 3) })}
        </p>
      )}
    </section>
  );
}
