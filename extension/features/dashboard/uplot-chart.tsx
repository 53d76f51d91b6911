// A uPlot chart as a Preact component: created on mount and whenever its data or options change,
// destroyed on unmount, as wide as its container (and following it when it is resized).
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
    const widthOf = () => Math.max(240, element.clientWidth || 320);
    const chart = new uPlot({ ...options, width: widthOf() }, data, element);
    // The side panel is resized at will, and the page may lay out after mount: follow the container's width.
    const observer = new ResizeObserver(() => {
      if (chart.width !== widthOf()) chart.setSize({ width: widthOf(), height: chart.height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [options, data]);
  return <div class="dashboard-chart" role="img" aria-label={label} ref={holder} />;
}
