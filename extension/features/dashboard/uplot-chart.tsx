// A uPlot chart as a Preact component: created on mount and whenever its data or options change,
// destroyed on unmount, sized to its container.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UplotChartProps {
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  /** Accessible description of what the chart shows. */
  label: string;
}

export function UplotChart({ options, data, label }: UplotChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const chart = new uPlot({ ...options, width: Math.max(240, element.clientWidth || 320) }, data, element);
    return () => chart.destroy();
  }, [options, data]);
  return <div class="dashboard-chart" role="img" aria-label={label} ref={holder} />;
}
