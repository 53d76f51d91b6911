// One customer's journey as a self-contained HTML page (no script, no outside resource, a CSP that allows
// neither) to attach to a ticket: who they are, recovery clocks, journeys with their metrics, the timeline.
// Every text that came from outside is escaped; links are kept only when they are http(s).
import type { CustomerJourneyView, JourneyView, TimelineEntry } from '../../shared/customer/customer-journey-view.ts';
import type { RecoveryClock } from '../../shared/journey/recovery-clock.ts';
import { isScored } from '../../shared/mention.ts';
import { journeyMetricsText, journeyOutcomeText, recoveryText } from './journey-summary.ts';
import { journeyTypeWord, readableDate, say, type WordsLang } from './journey-words.ts';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const link = (url: string | undefined, label: string) =>
  url && /^https?:\/\/[^\s<>"']+$/i.test(url) ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(label)}</a>` : escapeHtml(label);

const STYLE = `
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1c2430; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #d8dee6; padding-bottom: .25rem; }
  .muted { color: #5b6675; } .risk { color: #b42318; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eef1f4; }
  th { font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; color: #5b6675; }
  .negative { color: #b42318; } .positive { color: #067647; } .neutral { color: #5b6675; }
  .state-recovered { color: #067647; font-weight: 600; } .state-lost { color: #b42318; font-weight: 600; } .state-running { color: #b54708; font-weight: 600; }
  .journey { margin: .5rem 0 1rem; } @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

function sentimentCell(entry: TimelineEntry, lang: WordsLang): string {
  const s = entry.sentiment;
  if (!s) return '';
  const label = isScored(s) ? s.label : 'unscored';
  return `<span class="${label === 'unscored' ? 'neutral' : label}">${escapeHtml(say(lang, `sentiment.${label}`))}${isScored(s) ? ` (${s.score.toFixed(2)})` : ''}</span>`;
}

function journeySection(journey: JourneyView, lang: WordsLang): string {
  const m = journey.metrics;
  const sentiment = m.sentiment.start !== undefined && m.sentiment.end !== undefined ? ` · ${m.sentiment.start.toFixed(2)} → ${m.sentiment.end.toFixed(2)}` : '';
  return `<div class="journey" data-journey="${escapeHtml(journey.id)}"><strong>${escapeHtml(journeyTypeWord(lang, journey.type))}</strong>
    <span class="muted">${escapeHtml(readableDate(journey.startedAt))} – ${escapeHtml(readableDate(journey.endedAt))}</span><br>
    ${escapeHtml(journeyMetricsText(journey, lang))}${escapeHtml(sentiment)}<br>${escapeHtml(journeyOutcomeText(journey, lang))}</div>`;
}

function recoveryRow(clock: RecoveryClock, lang: WordsLang, now: string): string {
  return `<tr data-recovery="${clock.state}"><td>${escapeHtml(clock.brand)}</td><td>${escapeHtml(readableDate(clock.startedAt))}</td>
    <td class="state-${clock.state}">${escapeHtml(say(lang, `state.${clock.state}`))}</td><td>${escapeHtml(recoveryText(clock, lang, now))}</td></tr>`;
}

function timelineRow(entry: TimelineEntry, lang: WordsLang): string {
  const where = [entry.platform ?? entry.channel, entry.direction && say(lang, `direction.${entry.direction}`), entry.moment].filter(Boolean).join(' · ');
  return `<tr data-kind="${entry.kind}"><td>${escapeHtml(readableDate(entry.at))}</td><td>${escapeHtml(where)}</td>
    <td>${link(entry.url, entry.summary ?? '')}</td><td>${sentimentCell(entry, lang)}${entry.outcome ? ` ${escapeHtml(say(lang, `outcome.${entry.outcome}`))}` : ''}</td></tr>`;
}

/** The report page; `now` is when it is generated (and what running clocks count down from). */
export function journeyReportHtml(view: CustomerJourneyView, lang: WordsLang, now: string): string {
  const { customer, risk } = view;
  const name = customer.names[0] ?? customer.emails[0] ?? customer.id;
  const identities = [...customer.emails, ...customer.handles.map((h) => `${h.platform}: ${h.handle}`), ...customer.crmIds.map((c) => `${c.system} ${c.id}`)];
  const clocks = view.recovery ?? [];
  const title = say(lang, 'report.title', { name });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${escapeHtml(say(lang, 'report.generated', { date: readableDate(now) }))}</p>
<p>${escapeHtml(say(lang, 'journey.badExperiences', { count: risk.badExperiences, days: risk.windowDays }))}${risk.churnRisk ? ` · <span class="risk">${escapeHtml(say(lang, 'journey.churnRisk'))}</span>` : ''}</p>
<h2>${escapeHtml(say(lang, 'report.identities'))}</h2>
<p>${identities.map(escapeHtml).join(' · ') || '—'}</p>
<h2>${escapeHtml(say(lang, 'report.recovery'))}</h2>
${clocks.length ? `<table><thead><tr><th>${escapeHtml(say(lang, 'report.brand'))}</th><th>${escapeHtml(say(lang, 'report.started'))}</th><th>${escapeHtml(say(lang, 'report.state'))}</th><th></th></tr></thead><tbody>${clocks.map((c) => recoveryRow(c, lang, now)).join('')}</tbody></table>` : `<p class="muted">${escapeHtml(say(lang, 'report.noRecovery'))}</p>`}
<h2>${escapeHtml(say(lang, 'report.journeys'))}</h2>
${view.journeys.map((j) => journeySection(j, lang)).join('\n') || '<p class="muted">—</p>'}
<h2>${escapeHtml(say(lang, 'report.timeline'))}</h2>
<table><thead><tr><th>${escapeHtml(say(lang, 'report.when'))}</th><th>${escapeHtml(say(lang, 'report.channel'))}</th><th>${escapeHtml(say(lang, 'report.what'))}</th><th>${escapeHtml(say(lang, 'report.outcome'))}</th></tr></thead>
<tbody>${view.timeline.map((e) => timelineRow(e, lang)).join('\n')}</tbody></table>
</body></html>
`;
}
