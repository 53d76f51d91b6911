// A report as one self-contained HTML page: inline CSS, inline charts (report-charts.ts), every text from
// the web escaped (a post is shown as text, never as HTML). Printed to PDF as it is (print-pdf.ts).
import type { ReportData } from './report-data.ts';
import { chartAssets } from './report-charts.ts';
import { reportFormat, type ReportFormat, type ReportLang } from './report-words.ts';
import { netSentiment } from '../../shared/stats/sentiment-stats.ts';
import { aspectName, keyDriversSection } from './report-drivers.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text: every markup character escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Only web links are links; anything else (javascript:, data:) is shown as nothing. */
const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

const POST_CHARS = 280;
const clip = (text: string) => (text.length > POST_CHARS ? `${text.slice(0, POST_CHARS - 1)}…` : text);

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232b; margin: 0 auto; max-width: 760px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h3 { font-size: 13px; margin: 14px 0 0; color: #3b4452; } h2 { font-size: 17px; margin: 28px 0 4px; border-bottom: 2px solid #e3e7ee; padding-bottom: 4px; }
.meta, .hint { color: #5b6573; margin: 0 0 10px; font-size: 13px; }
.cards { display: flex; gap: 10px; margin-top: 16px; } .card { flex: 1; border: 1px solid #e3e7ee; border-radius: 8px; padding: 10px 12px; }
.card b { display: block; font-size: 22px; } .card span { color: #5b6573; font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; padding: 5px 6px; border-bottom: 1px solid #eef0f4; vertical-align: top; }
th { color: #5b6573; font-weight: 600; } td.n, th.n { text-align: right; white-space: nowrap; }
.neg { color: #c0392b; } .pos { color: #1e8449; } .tag { font-size: 11px; color: #7a4bb3; border: 1px solid #7a4bb3; border-radius: 4px; padding: 0 4px; }
.post { white-space: pre-wrap; overflow-wrap: anywhere; } section { break-inside: avoid; } .chart { margin: 8px 0; }
.u-legend { font-size: 12px; text-align: left; } .u-legend .u-marker { width: 10px; height: 10px; }
@media print { body { padding: 0; } }`;

function cards(d: ReportData, f: ReportFormat): string {
  const totals = d.stats.series.reduce((t, p) => ({ negative: t.negative + p.negative, neutral: t.neutral + p.neutral, positive: t.positive + p.positive, unscored: t.unscored + p.unscored }), { negative: 0, neutral: 0, positive: 0, unscored: 0 });
  const volume = totals.negative + totals.neutral + totals.positive + totals.unscored;
  const r = d.stats.responseTimes;
  const judged = r.within48h + r.over48h;
  const card = (value: string, label: string) => `<div class="card"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
  return `<div class="cards" data-figures>${[
    card(f.number(volume), f.word('volume')),
    card(f.percent(d.stats.negativeShare), f.word('negativeShare')),
    card(f.signed(netSentiment(totals)), f.word('netSentiment')),
    card(judged ? f.percent(r.within48h / judged) : f.word('noValue'), f.word('answered48')),
  ].join('')}</div>`;
}

function phrases(d: ReportData, f: ReportFormat): string {
  const rows = d.stats.topNegativeTerms.map((t) => `<tr><td>${escapeHtml(t.term)}</td><td class="n">${f.number(t.count)}</td></tr>`).join('');
  return `<section><h2>${f.word('phrases')}</h2><p class="hint">${f.word('phrasesHint')}</p>${rows ? `<table><tr><th>${f.word('phrase')}</th><th class="n">${f.word('mentions')}</th></tr>${rows}</table>` : `<p>${f.word('none')}</p>`}</section>`;
}

function shareOfVoice(d: ReportData, f: ReportFormat, lang: ReportLang): string {
  const aspects = (list: { aspect: string; mentions: number }[]) => list.map((a) => `${escapeHtml(aspectName(a.aspect, lang))} (${f.number(a.mentions)})`).join(', ') || f.word('noValue');
  const rows = d.shareOfVoice.brands
    .map((b) => `<tr><td>${escapeHtml(b.brand)} ${b.competitor ? `<span class="tag">${f.word('competitor')}</span>` : ''}</td><td class="n">${f.number(b.mentions)}</td><td class="n">${f.percent(b.share)}</td><td class="n">${f.signed(b.netSentiment)}</td><td class="pos">${aspects(b.praised)}</td><td class="neg">${aspects(b.criticised)}</td></tr>`)
    .join('');
  return `<section><h2>${f.word('share')}</h2><p class="hint">${f.word('shareHint')}</p>
<h3>${f.word('shareChart', { bucket: f.word(d.bucket) })}</h3><div class="chart" id="chart-share"></div><h3>${f.word('netChart', { bucket: f.word(d.bucket) })}</h3><div class="chart" id="chart-net"></div>
<table><tr><th>${f.word('brand')}</th><th class="n">${f.word('mentions')}</th><th class="n">${f.word('share')}</th><th class="n">${f.word('netSentiment')}</th><th>${f.word('praised')}</th><th>${f.word('criticised')}</th></tr>${rows}</table></section>`;
}

function responses(d: ReportData, f: ReportFormat): string {
  const r = d.stats.responseTimes;
  const judged = r.within48h + r.over48h;
  const row = (label: string, n: number) => `<tr><td>${label}</td><td class="n">${f.number(n)}</td></tr>`;
  return `<section><h2>${f.word('responses')}</h2><p class="hint">${f.word('responsesHint')}</p><table>${row(f.word('within48'), r.within48h)}${row(f.word('over48'), r.over48h)}${row(f.word('waiting'), r.waiting)}<tr><th>${f.word('compliance')}</th><th class="n">${judged ? f.percent(r.within48h / judged) : f.word('noValue')}</th></tr></table></section>`;
}

function posts(d: ReportData, f: ReportFormat): string {
  // Without any reach figure a column of dashes says nothing: leave it out and say how the posts are ordered.
  const withReach = d.topPosts.some((p) => p.reach !== undefined);
  const rows = d.topPosts
    .map((p) => {
      const url = safeUrl(p.url);
      const cls = p.sentiment === 'negative' ? 'neg' : p.sentiment === 'positive' ? 'pos' : '';
      const reach = withReach ? `<td class="n">${p.reach === undefined ? f.word('noValue') : f.number(p.reach)}</td>` : '';
      return `<tr><td>${p.publishedAt ? f.date(p.publishedAt) : f.word('noValue')}<br>${escapeHtml(p.platform)}<br>${escapeHtml(p.author)}</td><td class="${cls}">${f.word(p.sentiment)}</td>${reach}<td class="post">${escapeHtml(clip(p.text))}${url ? ` <a href="${escapeHtml(url)}">${f.word('open')}</a>` : ''}</td></tr>`;
    })
    .join('');
  const head = `<tr><th>${f.word('published')}</th><th>${f.word('sentiment')}</th>${withReach ? `<th class="n">${f.word('reach')}</th>` : ''}<th>${f.word('post')}</th></tr>`;
  return `<section><h2>${f.word('topPosts')}</h2>${rows ? `<p class="hint">${f.word(withReach ? 'topPostsHint' : 'topPostsNoReach')}</p><table>${head}${rows}</table>` : `<p>${f.word('none')}</p>`}</section>`;
}

/** The report as one HTML page in `lang`. */
export function renderReportHtml(d: ReportData, lang: ReportLang): string {
  const f = reportFormat(lang);
  const { css, scripts } = chartAssets(d, f);
  const period = `${f.date(d.from)} – ${f.date(new Date(Date.parse(d.to) - 1).toISOString())}`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${f.word('title')} · ${d.brand ?? f.word('allBrands')} · ${period}`)}</title>
<style>${css}${STYLE}</style></head><body>
<header><h1>${f.word('title')}</h1><p class="meta">${f.word('brand')}: <b>${escapeHtml(d.brand ?? f.word('allBrands'))}</b> · ${f.word('period')}: <b>${period}</b> · ${f.word('generated')}: ${f.date(d.generatedAt)}</p></header>
${cards(d, f)}
<section><h2>${f.word('trend')}</h2><p class="hint">${f.word('trendHint', { bucket: f.word(d.bucket) })}</p><div class="chart" id="chart-trend"></div></section>
${keyDriversSection(d.keyDrivers, f, lang, escapeHtml)}
${phrases(d, f)}
${shareOfVoice(d, f, lang)}
${responses(d, f)}
${posts(d, f)}
${scripts}
</body></html>`;
}
