// A chart series -> PNG: scale the core's figures for the axis, build the spec, render.
import { barChartSpec, type ChartDatum } from './spec.js';
import { renderPng } from './render.js';
import type { ChartSeries } from './series.js';

const SCALES: [number, string][] = [
  [1e9, 'billions'],
  [1e6, 'millions'],
  [1e3, 'thousands'],
];

/**
 * The axis divisor and title for the points' unit and size: USD up to 75,493,000 -> [1e6, "USD millions"];
 * USD/share -> [1, "USD per share"], EUR/share -> [1, "EUR per share"]; percent -> [1, "percent"].
 */
export function axisScale(unit: string, values: number[]): { divisor: number; title: string } {
  const max = Math.max(0, ...values.map(Math.abs));
  const perShare = /^([A-Z]{3})\/share$/.exec(unit);
  if (perShare) return { divisor: 1, title: `${perShare[1]} per share` };
  if (unit === 'percent' || unit === 'ratio' || unit === 'days') return { divisor: 1, title: unit };
  const scale = SCALES.find(([d]) => max >= d);
  return scale ? { divisor: scale[0], title: `${unit} ${scale[1]}` } : { divisor: 1, title: unit };
}

/** Renders the series as a bar chart PNG (periods oldest first, one colour per company). */
export async function seriesPng(series: ChartSeries): Promise<Buffer> {
  const unit = series.points[0]?.unit ?? '';
  // Plotting only: bar heights need numbers; the figures shown in words stay the core's own.
  const numbers = series.points.map((p) => Number(p.value));
  const { divisor, title } = axisScale(unit, numbers);
  const data: ChartDatum[] = series.points.map((p, i) => ({ company: p.company, period: p.period, value: numbers[i]! / divisor }));
  const periods = [...new Set(series.points.map((p) => p.period))];
  return renderPng(barChartSpec({ title: series.metric, axis: title, periods, data }));
}
