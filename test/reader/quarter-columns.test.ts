// A segment table headed "Second Quarter" over "Fiscal 2023 / Fiscal 2022" takes the dates the
// income statement gives those fiscal quarters (a made-up September fiscal year).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const REPORT = `
                        Wingtip Outdoor Gear, Inc.
                  Condensed Consolidated Statements of Income
                              (in thousands)
                                         Three Months Ended
                                     April 1, 2023    April 2, 2022
Net sales                             $  52,400        $  48,100
Cost of sales                            30,100           28,900
Gross profit                             22,300           19,200

                      Condensed Consolidated Balance Sheets
                              (in thousands)
                                     April 1, 2023    October 1, 2022
Cash                                  $  11,000        $  9,500
Inventories                              20,400           18,700
Total assets                             31,400           28,200

                          Net Sales by Channel
                              (in thousands)
                                  Second Quarter
                             Fiscal 2023    Fiscal 2022    % Change
Wholesale                     $  30,000      $  27,600        8.7%
Direct to consumer               22,400         20,500        9.3%
Total net sales               $  52,400      $  48,100        8.9%
`;

describe('undated quarter columns', () => {
  const doc = readReport(REPORT, 'wingtip.txt');
  const segments = doc.statements.find((s) => /channel/i.test(s.title))!;
  it('take the period of the same fiscal quarter dated elsewhere', () => {
    expect(segments.columns.map((c) => c.period && [c.period.type, c.period.end])).toEqual([
      ['quarter', '2023-04-01'], ['quarter', '2022-04-02'], null,
    ]);
    expect(doc.problems.filter((p) => /no column periods/.test(p))).toEqual([]);
  });
  it('leave a quarter no table dates without a period', () => {
    const other = readReport(REPORT.replace(/Second Quarter/, 'Fourth Quarter'), 'wingtip.txt');
    const s = other.statements.find((st) => /channel/i.test(st.title))!;
    expect(s.columns.filter((c) => c.period !== null)).toEqual([]);
  });
});
