// A made-up Swedish interim report: figures grouped by spaces ("12 345"), decimal commas ("2,54"), columns named
// by month ranges ("Jul–Sep 2023", "Jan–Sep 2023") and "AB (publ)" before the ticker.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { joinSpaceGroups } from '../../src/reader/space-grouped.js';

const REPORT = `STOCKHOLM, 24 October 2023 – Fjallbo AB (publ) (Nasdaq Stockholm: FJAL) today published its interim report.

CONSOLIDATED INCOME STATEMENT
SEK million

                                   Jul–Sep 2023   Jul–Sep 2022   Jan–Sep 2023   Jan–Sep 2022
Net sales                                12 345         11 987         36 410         34 002
Cost of goods sold                       -8 210         -8 005        -24 300        -22 850
Gross profit                              4 135          3 982         12 110         11 152
Operating profit                          1 204          1 115          3 380          3 010
Profit for the period                     902,5          841,0        2 540,2        2 255,9
Earnings per share, SEK                    2,54           2,37           7,15           6,35
`;

describe('a Swedish interim report', () => {
  const doc = readReport(REPORT, 'fjallbo.txt');
  const table = doc.statements[0]!;
  const row = (label: string) => table.rows.find((r) => r.label === label)!;
  it('reads "12 345" as one figure in its own column', () => {
    expect(row('Net sales').values).toEqual(['12345000000', '11987000000', '36410000000', '34002000000']);
    expect(row('Cost of goods sold').values[2]).toBe('-24300000000');
  });
  it('reads a comma before the last one or two digits as the decimal point', () => {
    expect(row('Profit for the period').values).toEqual(['902500000', '841000000', '2540200000', '2255900000']);
    expect(row('Earnings per share, SEK')).toMatchObject({ unit: 'SEK/share', values: ['2.54', '2.37', '7.15', '6.35'] });
  });
  it('dates "Jul–Sep 2023" as the quarter and "Jan–Sep 2023" as nine months', () => {
    expect(table.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2023-07-01', end: '2023-09-30' },
      { type: 'quarter', start: '2022-07-01', end: '2022-09-30' },
      { type: 'nine_months', start: '2023-01-01', end: '2023-09-30' },
      { type: 'nine_months', start: '2022-01-01', end: '2022-09-30' },
    ]);
  });
  it('names the company before "(publ)"', () => {
    expect(doc.company).toBe('Fjallbo AB');
  });
  it('leaves a report that groups digits with commas as it is (two figures one space apart stay two)', () => {
    const lines = ['Revenue          12,345     11,987', ...Array.from({ length: 6 }, () => 'Stores   126 127   410 395')];
    expect(joinSpaceGroups(lines)).toEqual(lines);
  });
});
