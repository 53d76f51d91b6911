// The report's key drivers: the aspects that moved net sentiment against the previous period, as the key
// drivers' computation (store.aspectStats, shared/stats/key-drivers.ts) ranks them, named as in
// shared/aspects/aspect-names.ts (a brand's own aspect ids are shown as the config spells them).
import type { KeyDrivers } from '../../shared/stats/key-drivers.ts';
import type { ReportFormat, ReportLang } from './report-words.ts';
import { aspectName as nameOf } from '../../shared/aspects/aspect-names.ts';

/** How many drivers the report lists. */
export const REPORT_DRIVERS = 6;

export const aspectName = (aspect: string, lang: ReportLang): string => nameOf(aspect, lang === 'es' ? 'es' : 'en');

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The key-drivers section, already HTML (`escape` for a brand's own aspect ids). */
export function keyDriversSection(drivers: KeyDrivers, f: ReportFormat, lang: ReportLang, escape: (text: string) => string): string {
  const rows = drivers.aspects
    .slice(0, REPORT_DRIVERS)
    .map((a) => {
      const cls = a.contribution < 0 ? 'neg' : a.contribution > 0 ? 'pos' : '';
      return `<tr><td>${escape(aspectName(a.aspect, lang))}</td><td class="n">${f.number(a.volume)}</td><td class="n">${f.signed(a.net)}</td><td class="n">${f.signed(a.netChange)}</td><td class="n ${cls}">${f.signed(a.contribution)}</td></tr>`;
    })
    .join('');
  const head = `<tr><th>${f.word('aspect')}</th><th class="n">${f.word('mentions')}</th><th class="n">${f.word('netSentiment')}</th><th class="n">${f.word('change')}</th><th class="n">${f.word('movedNet')}</th></tr>`;
  // The net's level is on the summary card already (the same netSentiment); here say how far it moved, or that
  // there is nothing before the period to compare with.
  const summary = drivers.netChange === null || drivers.previous.net === null ? f.word('noPrevious') : f.word('netMoved', { change: `<b>${f.signed(drivers.netChange)}</b>`, before: f.signed(drivers.previous.net) });
  return `<section data-section="drivers"><h2>${f.word('keyDrivers')}</h2><p class="hint">${f.word('keyDriversHint')} ${capitalise(summary)}.</p>${rows ? `<table>${head}${rows}</table>` : `<p>${f.word('none')}</p>`}</section>`;
}
