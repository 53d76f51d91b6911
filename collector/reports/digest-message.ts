// The weekly digest as a Slack-compatible message: the week's figures in a few lines, the key drivers and
// share of voice, and a link to the full report when the config gives one. Web text never appears in it.
import { escapeSlack, type SlackMessage } from '../alerts/slack-message.ts';
import { netSentiment } from '../../shared/stats/sentiment-stats.ts';
import type { ReportData } from './report-data.ts';
import { aspectName } from './report-drivers.ts';
import { reportFormat, type ReportLang } from './report-words.ts';

const DIGEST_WORDS = {
  en: { title: 'Weekly digest', complaints: 'complaints answered within 48 h', drivers: 'Key drivers', share: 'Share of voice', phrases: 'Complaints about', report: 'Full report' },
  es: { title: 'Resumen semanal', complaints: 'quejas respondidas en 48 h', drivers: 'Factores clave', share: 'Cuota de conversación', phrases: 'Quejas sobre', report: 'Informe completo' },
} as const;

export function digestMessage(d: ReportData, lang: ReportLang, link?: string): SlackMessage {
  const f = reportFormat(lang);
  const w = DIGEST_WORDS[lang];
  const totals = d.stats.series.reduce((t, p) => ({ negative: t.negative + p.negative, neutral: t.neutral + p.neutral, positive: t.positive + p.positive, unscored: t.unscored + p.unscored }), { negative: 0, neutral: 0, positive: 0, unscored: 0 });
  const volume = totals.negative + totals.neutral + totals.positive + totals.unscored;
  const r = d.stats.responseTimes;
  const judged = r.within48h + r.over48h;
  const period = `${f.date(d.from)} – ${f.date(new Date(Date.parse(d.to) - 1).toISOString())}`;
  const headline = `${w.title}${d.brand ? ` · ${d.brand}` : ''} · ${period}`;
  const figures = [
    `${f.number(volume)} ${f.word('volume').toLowerCase()}`,
    `${f.word('negativeShare').toLowerCase()} ${f.percent(d.stats.negativeShare)}`,
    `${f.word('netSentiment').toLowerCase()} ${f.signed(netSentiment(totals))}`,
    `${judged ? f.percent(r.within48h / judged) : f.word('noValue')} ${w.complaints}`,
  ].join(' · ');
  const lines = [`*${escapeSlack(headline)}*`, escapeSlack(figures)];
  const drivers = d.keyDrivers.aspects.slice(0, 3).map((a) => `${aspectName(a.aspect, lang)} ${f.signed(a.contribution)}`);
  if (drivers.length) lines.push(`${w.drivers}: ${escapeSlack(drivers.join(', '))}`);
  const phrases = d.stats.topNegativeTerms.slice(0, 3).map((t) => `“${t.term}” (${t.count})`);
  if (phrases.length) lines.push(`${w.phrases}: ${escapeSlack(phrases.join(', '))}`);
  const voices = d.shareOfVoice.brands.map((b) => `${b.brand}${b.competitor ? ` (${f.word('competitor')})` : ''} ${f.percent(b.share)}`);
  if (voices.length > 1) lines.push(`${w.share}: ${escapeSlack(voices.join(', '))}`);
  if (link) lines.push(`<${link.replace(/[|<>\s]/g, encodeURIComponent)}|${w.report}>`);
  const text = lines.join('\n');
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
