// A table titled "<metric> by <segment kind>" heads its rows with that metric.
import { describe, expect, it } from 'vitest';
import { matchRows, CONFIDENT_SCORE } from '../../src/metrics/rows.js';
import { makeDoc, pathOf, statement } from './helpers.js';

const doc = (title: string) => makeDoc('fourthcoffee.txt', [
  statement('Consolidated Statements of Operations', 'income', ['Net sales', 'Cost of sales', 'Gross profit', 'Net income']),
  statement(title, 'other', ['Coffee Shops', 'Grocery Channel', 'Total net sales']),
]);

function best(d: ReturnType<typeof doc>, phrase: string): string | null {
  const c = matchRows(phrase, d);
  return c[0] && c[0].score >= CONFIDENT_SCORE ? `${d.statements[c[0].statement]!.title}: ${pathOf(d, c[0])}` : null;
}

describe('metric named by the table title', () => {
  it('"Net Sales by Channel" makes its rows net sales of that channel', () => {
    const d = doc('Net Sales by Channel (Unaudited)');
    expect(best(d, 'grocery channel sales')).toBe('Net Sales by Channel (Unaudited): Grocery Channel');
    expect(best(d, 'coffee shops revenue')).toBe('Net Sales by Channel (Unaudited): Coffee Shops');
  });
  it('the total still answers for the metric alone', () => {
    expect(best(doc('Net Sales by Channel'), 'net sales')).toMatch(/Net sales$|Total net sales$/);
  });
  it('a title that is not "<metric> by ..." heads nothing', () => {
    const d = doc('Channel Highlights');
    expect(best(d, 'grocery channel sales')).toBeNull();
  });
  it('a segment row is not another metric of the same title', () => {
    expect(best(doc('Net Sales by Channel'), 'coffee shops net income')).toBeNull();
  });
});
