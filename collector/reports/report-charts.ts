// The report's charts: uPlot (the dashboard's charting library) inlined from node_modules with its CSS, the
// series as JSON in the page, and a script that draws them and then marks the page ready for printing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportData } from './report-data.ts';
import type { ReportFormat } from './report-words.ts';

/** The element the chart script adds once every chart is drawn: what printing waits for. */
export const CHARTS_READY_SELECTOR = '#vigia-charts-ready';

const require = createRequire(import.meta.url);
let uplot: { js: string; css: string } | undefined;
function uplotSources() {
  uplot ??= {
    js: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
    css: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
  };
  return uplot;
}

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const BRAND_COLOURS = ['#2457c5', '#d35400', '#7a4bb3', '#16a085', '#c0392b', '#8e6d1f', '#2c3e50', '#e84393'];

/** What the chart script draws: x in seconds, one series per line, each label with its total. */
export function chartSpecs(data: ReportData, f: ReportFormat) {
  const xs = data.stats.series.map((p) => Date.parse(p.start) / 1000);
  const sum = (key: 'negative' | 'neutral' | 'positive' | 'unscored') => data.stats.series.reduce((n, p) => n + p[key], 0);
  const trend = {
    id: 'chart-trend',
    percent: false,
    /** Counts of mentions: whole-number ticks only (no "1,5 mentions"). */
    whole: true,
    xs,
    series: (
      [
        ['negative', '#c0392b'],
        ['neutral', '#7f8c8d'],
        ['positive', '#27ae60'],
        ['unscored', '#b7b7b7'],
      ] as const
    ).map(([key, colour]) => ({ label: `${f.word(key)} (${f.number(sum(key))})`, colour, values: data.stats.series.map((p) => p[key]) })),
  };
  const brands = data.shareOfVoice.brands;
  const sovXs = brands[0]?.series.map((p) => Date.parse(p.start) / 1000) ?? [];
  const brandLabel = (b: (typeof brands)[number], value: string) => `${b.brand}${b.competitor ? ` (${f.word('competitor')})` : ''}: ${value}`;
  const share = {
    id: 'chart-share',
    percent: true,
    whole: false,
    xs: sovXs,
    series: brands.map((b, i) => ({ label: brandLabel(b, f.percent(b.share)), colour: BRAND_COLOURS[i % BRAND_COLOURS.length]!, values: b.series.map((p) => p.share) })),
  };
  const net = {
    id: 'chart-net',
    percent: false,
    whole: false,
    xs: sovXs,
    series: brands.map((b, i) => ({ label: brandLabel(b, f.signed(b.netSentiment)), colour: BRAND_COLOURS[i % BRAND_COLOURS.length]!, values: b.series.map((p) => p.netSentiment) })),
  };
  return [trend, share, net];
}

/**
 * The CSS, library and script that draw the charts into their `<div id>`s. Every number and date on a chart
 * (axes and legend values) is written by Intl in the report's locale, as the tables are: "0,5" and "4 nov"
 * in Spanish. Each chart keeps the labels it drew in `data-x-ticks` / `data-y-ticks` ("|"-separated), so
 * what a canvas shows can be read back.
 */
export function chartAssets(data: ReportData, f: ReportFormat): { css: string; scripts: string } {
  const { js, css } = uplotSources();
  const draw = `
(function () {
  var specs = JSON.parse(document.getElementById('vigia-chart-data').textContent);
  var day = new Intl.DateTimeFormat(specs.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  var number = new Intl.NumberFormat(specs.locale, { maximumFractionDigits: 2 });
  var WHOLE = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6];
  var percent = new Intl.NumberFormat(specs.locale, { style: 'percent', maximumFractionDigits: 0 });
  specs.charts.forEach(function (spec) {
    var el = document.getElementById(spec.id);
    if (!el || !spec.xs.length) return;
    var figure = function (v) { return v == null ? '\u2014' : spec.percent ? percent.format(v) : number.format(v); };
    var series = [{ label: '' }].concat(spec.series.map(function (s) {
      return { label: s.label, stroke: s.colour, width: 2, points: { show: spec.xs.length < 40 },
        value: function (u, v) { return figure(v); } };
    }));
    var keep = function (name, labels) { el.setAttribute(name, labels.join('|')); return labels; };
    var axes = [
      { values: function (u, vals) { return keep('data-x-ticks', vals.map(function (ts) { return day.format(new Date(ts * 1e3)); })); } },
      { values: function (u, vals) { return keep('data-y-ticks', vals.map(figure)); }, incrs: spec.whole ? WHOLE : undefined },
    ];
    new uPlot({ width: 680, height: 220, series: series, axes: axes, legend: { live: false },
      cursor: { show: false }, scales: { x: { time: true } },
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); } },
      [spec.xs].concat(spec.series.map(function (s) { return s.values; })), el);
  });
  var ready = document.createElement('i');
  ready.id = '${CHARTS_READY_SELECTOR.slice(1)}';
  document.body.appendChild(ready);
})();`;
  return {
    css,
    scripts: `<script id="vigia-chart-data" type="application/json">${scriptJson({ locale: f.locale, charts: chartSpecs(data, f) })}</script>\n<script>${js}</script>\n<script>${draw}</script>`,
  };
}
