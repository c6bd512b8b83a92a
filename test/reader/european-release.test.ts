// A made-up IFRS quarterly statement in EUR millions: "in EUR million" under the title, "Q3 2020 / 9M 2020"
// headers, minus signs, a margin row "(in %)" with its change in percentage points ("1.3 pp").
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { UNITS_WORDS } from '../../src/reader/tables.js';
import { readUnits } from '../../src/reader/units.js';

const KEY_FIGURES = `
Munich, 5 November 2020 - Kaltenbach Antriebe SE today published its statement for the third quarter of 2020.

KEY FIGURES
in EUR million

                                          Q3 2020    Q3 2019    Change    9M 2020    9M 2019    Change
Revenue                                     680.1      741.8     -8.3%    1,992.6    2,215.2    -10.0%
EBIT                                         51.6       46.4    +11.2%      102.0      161.9    -37.0%
EBIT margin (in %)                            7.6        6.3    1.3 pp        5.1        7.3   -2.2 pp
Free cash flow                                                               82.8       57.5       n/a


STATEMENT OF FINANCIAL POSITION
in EUR million

                                         30 Sep 2020   31 Dec 2019
Cash and cash equivalents                      482.6         430.5
Total assets                                 3,612.5       3,616.0
`;

describe('units lines of European releases', () => {
  it.each([
    ['in EUR million', '1000000', 'EUR'],
    ['(EUR m)', '1000000', 'EUR'],
    ['in CHF thousand', '1000', 'CHF'],
    ['TEUR', '1000', 'EUR'],
    ['€m', '1000000', 'EUR'],
  ])('%s is a units line: scale %s in %s', (line, scale, currency) => {
    expect(UNITS_WORDS.test(line)).toBe(true);
    expect(readUnits(line)).toMatchObject({ scale, measure: currency });
  });
  it('does not take words that end like a scale for one ("CASH FLOWS FROM OPERATING ACTIVITIES")', () => {
    expect(UNITS_WORDS.test('CASH FLOWS FROM OPERATING ACTIVITIES')).toBe(false);
    expect(readUnits('CASH FLOWS FROM OPERATING ACTIVITIES').scale).toBe('1');
  });
});

describe('a key-figures table of an IFRS release', () => {
  const doc = readReport(KEY_FIGURES, 'kaltenbach.txt');
  const [key, balance] = doc.statements;
  const row = (label: string) => key.rows.find((r) => r.label === label)!;
  it('reads "Q3 2020   Q3 2019   Change   9M 2020" as the header (not prose) and dates 9M as nine months', () => {
    expect(key.columns.map((c) => c.label)).toEqual(['Q3 2020', 'Q3 2019', 'Change', '9M 2020', '9M 2019', 'Change']);
    expect(key.columns[3].period).toEqual({ type: 'nine_months', start: '2020-01-01', end: '2020-09-30' });
  });
  it('scales to euros by "in EUR million"', () => {
    expect(row('Revenue')).toMatchObject({ unit: 'EUR', values: ['680100000', '741800000', '-8.3', '1992600000', '2215200000', '-10'] });
    expect(balance.rows[0]).toMatchObject({ unit: 'EUR', values: ['482600000', '430500000'] });
  });
  it('keeps the margin row whose change is printed in percentage points, as percentages', () => {
    expect(row('EBIT margin (in %)')).toMatchObject({ unit: 'percent', values: ['7.6', '6.3', '1.3', '5.1', '7.3', '-2.2'] });
  });
  it('puts a row printed for the nine months only under the nine-month columns', () => {
    expect(row('Free cash flow').values).toEqual([null, null, null, '82800000', '57500000', null]);
  });
});

describe('a column of a quarter range', () => {
  it('reads "Q1-Q3 2020" as the first nine months', () => {
    const doc = readReport(KEY_FIGURES.replace(/9M 2020/g, 'Q1-Q3 2020').replace(/9M 2019/g, 'Q1-Q3 2019'), 'k.txt');
    expect(doc.statements[0].columns[3].period).toEqual({ type: 'nine_months', start: '2020-01-01', end: '2020-09-30' });
  });
});
