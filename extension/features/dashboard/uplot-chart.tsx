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

/**
 * The axes, each formatter also keeping the labels it drew in `data-x-ticks` / `data-y-ticks` ("|"-separated):
 * a canvas holds no text, and what the axes say (in the UI's language) should be readable back.
 */
function keepingTicks(axes: uPlot.Axis[] | undefined, element: HTMLElement): uPlot.Axis[] | undefined {
  return axes?.map((axis, i) => {
    const values = axis.values;
    if (typeof values !== 'function') return axis;
    return {
      ...axis,
      values: (u: uPlot, splits: number[], index: number, space: number, incr: number) => {
        const labels = values(u, splits, index, space, incr);
        element.setAttribute(i === 0 ? 'data-x-ticks' : 'data-y-ticks', labels.map(String).join('|'));
        return labels;
      },
    };
  });
}

export function UplotChart({ options, data, label }: UplotChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const widthOf = () => Math.max(240, element.clientWidth || 320);
    const chart = new uPlot({ ...options, axes: keepingTicks(options.axes, element), width: widthOf() }, data, element);
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
