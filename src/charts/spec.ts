// A vega-lite bar chart spec for a metric over periods, one colour per company.
import type { TopLevelSpec } from 'vega-lite';

/** One bar: a company's figure for one period, already scaled for the axis. */
export interface ChartDatum {
  company: string;
  period: string;
  value: number;
}

/** What the chart shows. */
export interface ChartInput {
  title: string;
  /** Axis title, e.g. "USD millions". */
  axis: string;
  /** Period labels in display order (oldest first). */
  periods: string[];
  data: ChartDatum[];
}

/** A grouped bar chart: periods along x, value up y, companies side by side in colour. */
export function barChartSpec(input: ChartInput): TopLevelSpec {
  const several = new Set(input.data.map((d) => d.company)).size > 1;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: input.title,
    width: 640,
    height: 320,
    background: 'white',
    padding: 12,
    data: { values: input.data },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: input.periods, title: null, axis: { labelAngle: input.periods.length > 4 ? -30 : 0, labelLimit: 160 } },
      y: { field: 'value', type: 'quantitative', title: input.axis },
      color: { field: 'company', type: 'nominal', title: null, legend: several ? { orient: 'bottom', labelLimit: 400 } : null },
      ...(several ? { xOffset: { field: 'company', type: 'nominal' as const } } : {}),
    },
    config: { font: 'sans-serif' },
  };
}
