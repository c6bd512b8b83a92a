// Charts: the series comes from the core's answers only; the PNG is a real PNG.
import { describe, expect, it } from 'vitest';
import { axisScale, seriesPng } from '../../src/charts/chart.js';
import { chartSeries } from '../../src/charts/series.js';
import type { Reply } from '../../src/core/answer.js';
import { tinyStore } from './fixtures.js';

// A stand-in core for the selection logic: answers "three months ended" questions from the tiny store's
// Total revenue row, and declines anything else.
function scriptedCore(asked: string[]) {
  return (question: string): Reply => {
    asked.push(question);
    const m = /three months ended March 31, (\d{4})/.exec(question);
    if (!m) return { question, status: 'not_found', text: 'No such figure.', answers: [], suggestions: [] };
    const value = m[1] === '2010' ? '1500000' : '1300000';
    return {
      question, status: 'answered', text: `Total revenue was **$${value === '1500000' ? '1.5' : '1.3'} million**.`, suggestions: [],
      answers: [{
        company: 'Acme Widgets, Inc.', metric: 'Total revenue', kind: 'value', value, unit: 'USD',
        period: { label: `Q1 ${m[1]}`, type: 'quarter', start: `${m[1]}-01-01`, end: `${m[1]}-03-31` },
        citations: [{ document: 'acme-2010-q1.txt', line: 16, statement: 'S', row: 'Revenue › Total revenue', column: 'c' }],
      }],
    };
  };
}

describe('chart series', () => {
  it('asks the core once per period the company has and keeps its figures, oldest first', () => {
    const asked: string[] = [];
    const series = chartSeries(tinyStore(), 'Total revenue', ['ACME'], [], scriptedCore(asked));
    expect(asked).toEqual(['Total revenue three months ended March 31, 2009 ACME', 'Total revenue three months ended March 31, 2010 ACME']);
    expect(series.points.map((p) => [p.period, p.value, p.figure, p.citation])).toEqual([
      ['Q1 2009', '1300000', '$1.3 million', 'acme-2010-q1.txt, line 16'],
      ['Q1 2010', '1500000', '$1.5 million', 'acme-2010-q1.txt, line 16'],
    ]);
  });

  it('reports the periods the core could not answer when they were asked for by name', () => {
    const series = chartSeries(tinyStore(), 'Total revenue', [], ['Q3 2010'], scriptedCore([]));
    expect(series.points).toEqual([]);
    expect(series.unanswered.map((r) => r.status)).toEqual(['not_found']);
  });
});

describe('chart rendering', () => {
  it('scales the axis to the figures', () => {
    expect(axisScale('USD', [75_493_000, 64_480_000])).toEqual({ divisor: 1e6, title: 'USD millions' });
    expect(axisScale('USD/share', [0.03])).toEqual({ divisor: 1, title: 'USD per share' });
    expect(axisScale('EUR/share', [0.41])).toEqual({ divisor: 1, title: 'EUR per share' });
    expect(axisScale('EUR', [45_210_000])).toEqual({ divisor: 1e6, title: 'EUR millions' });
  });

  it('renders a PNG through vega-lite, vega and resvg', async () => {
    const series = chartSeries(tinyStore(), 'Total revenue', ['ACME'], [], scriptedCore([]));
    const png = await seriesPng(series);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(5000);
  });
});
