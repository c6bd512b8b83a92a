// Tables of a year's quarters under the year's heading (made-up releases): "Fiscal 2025" over "Q1 ... Q4  Total",
// "2024" over "First Quarter ... Fourth Quarter  Year", a 10-K's "Quarter Ended March 31, ... December 31," under
// "2024", and two years side by side. Each quarter column is that quarter, never the whole year.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import type { Statement } from '../../src/core/store.js';

const periods = (s: Statement) => s.columns.map((c) => c.period && `${c.period.type} ${c.period.start}..${c.period.end}`);

const WEEKS_52 = `
Cedar Knoll Goods Reports Fiscal 2025 Results

The fiscal year ended September 27, 2025 contained 52 weeks.

                     CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                                  (in thousands)
                                  Thirteen Weeks Ended         Fifty-Two Weeks Ended
                                 September 27, September 28, September 27, September 28,
                                        2025          2024          2025          2024
Net sales                            140,100       130,900       520,650       484,600
Net income                            14,270        12,600        47,850        41,000

                        SUPPLEMENTAL QUARTERLY INFORMATION
                                  (in thousands)
                                               Fiscal 2025
                                 Q1         Q2         Q3         Q4      Total
Net sales                   120,400    131,250    128,900    140,100    520,650
Net income                   10,210     12,330     11,040     14,270     47,850
`;

describe('quarters under a fiscal year heading', () => {
  it('date each quarter of a 52-week year 13 weeks apart, and the Total as the year', () => {
    const doc = readReport(WEEKS_52, 'cedar.txt');
    const s = doc.statements.find((st) => /quarterly/i.test(st.title))!;
    expect(s.columns.map((c) => c.label)).toEqual(['Fiscal 2025 Q1', 'Fiscal 2025 Q2', 'Fiscal 2025 Q3', 'Fiscal 2025 Q4', 'Fiscal 2025 Total']);
    expect(periods(s)).toEqual([
      'quarter 2024-09-29..2024-12-28',
      'quarter 2024-12-29..2025-03-29',
      'quarter 2025-03-30..2025-06-28',
      'quarter 2025-06-29..2025-09-27',
      'year 2024-09-29..2025-09-27',
    ]);
  });
  it('leave the quarters of a 53-week year undated, never giving a quarter the year', () => {
    const doc = readReport(WEEKS_52.replace(/Fifty-Two/g, 'Fifty-Three').replace('52 weeks', '53 weeks'), 'cedar.txt');
    const s = doc.statements.find((st) => /quarterly/i.test(st.title))!;
    expect(periods(s).slice(0, 3)).toEqual([null, null, null]);
    expect(s.columns[3]!.period?.end).toBe('2025-09-27');
    expect(s.columns.slice(0, 4).every((c) => c.period?.type !== 'year')).toBe(true);
  });
  it('give two years side by side each their own quarters', () => {
    const side = `
Bellwether Tools Reports Fourth Quarter 2024 Results

                     CONSOLIDATED STATEMENTS OF INCOME
                              (in thousands)
                                   Three Months Ended         Year Ended
                                      December 31,           December 31,
                                    2024        2023        2024        2023
Revenue                           40,000      36,000     150,000     138,000

                          QUARTERLY REVENUE
                              (in thousands)
                                2024                                2023
                      Q1      Q2      Q3      Q4        Q1      Q2      Q3      Q4
Revenue           35,000  37,000  38,000  40,000    33,000  34,000  35,000  36,000
`;
    const doc = readReport(side, 'bellwether.txt');
    const s = doc.statements.find((st) => /quarterly/i.test(st.title))!;
    expect(s.columns.map((c) => c.period?.end)).toEqual(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
    expect(s.columns.every((c) => c.period?.type === 'quarter')).toBe(true);
  });
});

describe('ordinal quarters and quarter-end dates under a calendar year heading', () => {
  it('read "2024" over "First Quarter ... Year" as the quarters and the year', () => {
    const text = `
Fallow Creek Foods Reports Full Year 2024 Results

                   CONSOLIDATED STATEMENTS OF EARNINGS
                              (in thousands)
                                   Three Months Ended         Year Ended
                                      December 31,           December 31,
                                    2024        2023        2024        2023
Net sales                         90,000      85,000     340,000     320,000

                        SUPPLEMENTAL QUARTERLY DATA
                              (in thousands)
                                                   2024
                                First     Second      Third     Fourth
                              Quarter    Quarter    Quarter    Quarter       Year
Net sales                      80,000     84,000     86,000     90,000    340,000
`;
    const s = readReport(text, 'fallow.txt').statements.find((st) => /quarterly/i.test(st.title))!;
    expect(periods(s)).toEqual([
      'quarter 2024-01-01..2024-03-31',
      'quarter 2024-04-01..2024-06-30',
      'quarter 2024-07-01..2024-09-30',
      'quarter 2024-10-01..2024-12-31',
      'year 2024-01-01..2024-12-31',
    ]);
  });
  it('date a 10-K note\'s "Quarter Ended March 31, ..." columns in the year above them', () => {
    const text = `
                         CONSOLIDATED STATEMENTS OF OPERATIONS
                                    (In thousands)
                                              Year Ended December 31,
                                             2024          2023
Revenue                                   912,200       813,200

Note 18. Quarterly Financial Data (Unaudited)
                                    (In thousands)

                                                          2024
                                       ----------------------------------------------------
                                                      Quarter Ended
                                        March 31,      June 30,  September 30,  December 31,
Revenue                                   210,500       224,300        231,800       245,600
`;
    const doc = readReport(text, 'note.txt');
    const s = doc.statements.find((st) => st.columns.length === 4)!;
    expect(periods(s)).toEqual([
      'quarter 2024-01-01..2024-03-31',
      'quarter 2024-04-01..2024-06-30',
      'quarter 2024-07-01..2024-09-30',
      'quarter 2024-10-01..2024-12-31',
    ]);
  });
  it('date "Three Months Ended December 31," under "Fiscal 2025" of a June year in the calendar year before', () => {
    const text = `
                         CONSOLIDATED STATEMENTS OF INCOME
                                    (In thousands)
                                         Fiscal Year Ended June 30,
                                             2025          2024
Revenue                                   344,000       321,000

                              SELECTED QUARTERLY DATA
                                    (In thousands)
                                                        Fiscal 2025
                                                     Three Months Ended
                                   September 30,  December 31,     March 31,      June 30,
Net income                                 8,200         5,600         6,900        10,300
`;
    const s = readReport(text, 'june.txt').statements.find((st) => /quarterly/i.test(st.title))!;
    expect(s.columns.map((c) => c.period?.end)).toEqual(['2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30']);
    expect(s.columns.every((c) => c.period?.type === 'quarter')).toBe(true);
    // with no year-end of its own, the release's month and day are not placed in a year: never the latest quarter
    const bare = readReport(text.replace(/Fiscal Year Ended June 30,/, '').replace(/^(Revenue.*)$/m, ''), 'june.txt');
    const q = bare.statements.find((st) => /quarterly/i.test(st.title));
    expect(q?.columns.filter((c) => c.period !== null) ?? []).toEqual([]);
  });
  it('leave columns that print their own years to them: "Fiscal 2025" over "Q4 2025  Q4 2024" is no year of quarters', () => {
    const text = `
Linden Arc Tools Reports Fourth Quarter Fiscal 2025 Results

Fiscal 2025 ended December 31, 2025. The fourth quarter ended December 31, 2025.

                          NET SALES BY REGION
                              (in thousands)
                                          Fiscal 2025
                                  Q4 2025       Q4 2024      % Change
Americas                           40,000        36,000          11.1
Europe                             20,000        19,000           5.3
`;
    const s = readReport(text, 'linden.txt').statements.find((st) => /region/i.test(st.title))!;
    expect(s.columns.slice(0, 2).map((c) => c.period?.end)).toEqual(['2025-12-31', '2024-12-31']);
  });
});
