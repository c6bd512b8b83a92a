// A made-up annual release in a 10-K layout: three fiscal years, a balance sheet whose "December 31," stands
// centred over both year columns and is cut by a page footer, an operating table headed by bare years set off to
// the left of its figures, and gas and oil volumes in the units the labels print.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const INCOME = `
                       BRAKESPUR MIDSTREAM CORPORATION
                     CONSOLIDATED STATEMENTS OF INCOME
                                (in $000's)

                                                   Years Ended December 31,
                                          2023              2022              2021
Total revenues                          $       1,210,700   $     1,257,180   $     1,021,020
Net income                              $         148,700   $       119,505   $        75,890
`;

const REST = `

Brakespur Midstream Corporation - Full-Year 2023 Results                                         Page 3 of 5


                       BRAKESPUR MIDSTREAM CORPORATION
                         CONSOLIDATED BALANCE SHEETS
                              (in $000's)

                                                            December 31,
                                                       2023              2022
  Cash and cash equivalents             $          24,310   $        18,905
  Accounts receivable                             131,620           158,415


OPERATING DATA
                                          2023              2022              2021
Gathered volumes (MMcf/d)                           1,284             1,197             1,105
NGL production (MBbl/d)                              71.4              66.9              61.2
`;

describe('an annual release in a 10-K layout', () => {
  const doc = readReport(INCOME + REST, 'brakespur.txt');
  const balance = doc.statements.find((s) => s.kind === 'balance')!;
  const operating = doc.statements.find((s) => s.title === 'OPERATING DATA')!;
  it('gives "December 31," centred over "2023   2022" to both columns', () => {
    expect(balance.columns.map((c) => c.period)).toEqual([
      { type: 'instant', start: null, end: '2023-12-31' },
      { type: 'instant', start: null, end: '2022-12-31' },
    ]);
  });
  it('reads years set off to the left of their figures in order, one per column', () => {
    expect(operating.columns.map((c) => c.label)).toEqual(['2023', '2022', '2021']);
  });
  it('dates bare-year columns as the full years the release reports', () => {
    expect(operating.columns.map((c) => c.period && [c.period.type, c.period.start, c.period.end])).toEqual([
      ['year', '2023-01-01', '2023-12-31'], ['year', '2022-01-01', '2022-12-31'], ['year', '2021-01-01', '2021-12-31'],
    ]);
  });
  it('keeps volumes in the units the labels print, never money', () => {
    expect(operating.rows.map((r) => [r.unit, r.values[1]])).toEqual([['MMcf/d', '1197'], ['MBbl/d', '66.9']]);
  });
  it('leaves bare years undated in a release that also prints quarters (the year column could be a quarter)', () => {
    const quarterly = INCOME.replace('Years Ended December 31,', 'Three Months Ended December 31,');
    const q = readReport(quarterly + REST, 'brakespur.txt').statements.find((s) => s.title === 'OPERATING DATA')!;
    expect(q.columns.map((c) => c.period)).toEqual([null, null, null]);
  });
});
