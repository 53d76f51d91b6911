// One brand's line on the share-of-voice charts. Each point is drawn as a dot: a brand spoken of on a day
// between silent days has no line to that point, and without the dot its day would not show at all — a
// competitor with a few scattered mentions looked absent while its legend said 4 %.
import type uPlot from 'uplot';

const COLOURS = ['#2457c5', '#d35400', '#7a4bb3', '#16a085', '#c0392b', '#8e6d1f', '#2c3e50', '#e84393'];

export function brandLine(brand: { brand: string; competitor: boolean }, index: number, label: string, value: uPlot.Series['value']): uPlot.Series {
  const stroke = COLOURS[index % COLOURS.length]!;
  return {
    label,
    stroke,
    width: 2,
    ...(brand.competitor ? { dash: [6, 4] } : {}),
    points: { show: true, size: 5, stroke, fill: stroke },
    ...(value ? { value } : {}),
  };
}
