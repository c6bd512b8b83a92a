// A third-quarter release that prints "Twelve Months Ended September 30" columns beside the quarter: those are
// trailing twelve months of a December fiscal year, not fiscal years. Its units line gives shares a scale of
// their own ("in millions, except per share amounts; shares in thousands").
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Kestrel Fiber Corp. today reported results for the third quarter ended September 30, 2025.

                             KESTREL FIBER CORP.
                 CONDENSED CONSOLIDATED STATEMENTS OF INCOME
     (in millions, except per share amounts; shares in thousands)

                                   Three Months Ended         Twelve Months Ended
                                      September 30,              September 30,
                                   2025          2024          2025          2024
Total operating revenues         $ 842.5       $ 801.9      $ 3,311.5     $ 3,160.5
Operating income                   118.4         104.2          456.2         389.0
Net income                       $  71.3       $  60.5      $   272.5     $   217.5
Diluted earnings per share       $  0.52       $  0.44      $    2.00     $    1.59
Weighted average diluted shares  137,110       137,505        136,250       137,010


                             KESTREL FIBER CORP.
                    CONDENSED CONSOLIDATED BALANCE SHEETS
                                (in millions)

                                     September 30,   December 31,
                                         2025            2024
Cash and cash equivalents              $  214.6        $  188.3
Total assets                            8,905.2         8,711.6
`;

const doc = readReport(RELEASE, 'kestrel.txt');
const store = { documents: [doc] };
const ctx = { today: '2025-11-15' };

describe('twelve months that do not end at the fiscal year-end', () => {
  it('leaves the trailing twelve-month columns undated and keeps the quarter columns', () => {
    const cols = doc.statements[0].columns;
    expect(cols.map((c) => c.period?.type ?? null)).toEqual(['quarter', 'quarter', null, null]);
  });
  it('answers no fiscal year, calendar year or year to date from them', () => {
    for (const q of ['revenue fiscal 2025', 'revenue 2024', 'net income for fiscal year 2024', 'revenue year to date']) {
      const r = ask(q, store, ctx);
      expect(r.status, `${q}: ${r.text}`).not.toBe('answered');
    }
  });
  it('still answers the quarter, as Q3 2025', () => {
    const r = ask('revenue Q3 2025', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '842500000', period: { label: 'Q3 2025' } });
  });
  it('keeps a twelve-month column that does end at the fiscal year-end (a fourth-quarter release)', () => {
    const q4 = readReport(RELEASE.replace('third quarter ended September 30, 2025', 'fourth quarter ended December 31, 2025').replace(/September 30,/g, 'December 31,'), 'kestrel-q4.txt');
    expect(q4.statements[0].columns.map((c) => c.period?.type)).toEqual(['quarter', 'quarter', 'year', 'year']);
  });
});

describe('a December year printed beside its second half', () => {
  it('keeps the twelve-month columns as fiscal years (a six-month column from July is no sign of a June year)', () => {
    const text = `
Harlow Mills, Inc. today reported results for the year 2025.

                              HARLOW MILLS, INC.
                            STATEMENTS OF OPERATIONS
                                (in thousands)

                          Three Months Ended    Six Months Ended    Twelve Months Ended
                             December 31,         December 31,         December 31,
                                 2025                 2025                 2025
Net sales                      $ 61,400            $ 118,200            $ 233,520
Net income                        3,120                5,900                7,775
`;
    const cols = readReport(text, 'harlow.txt').statements[0].columns;
    expect(cols.map((c) => c.period?.type ?? null)).toEqual(['quarter', 'six_months', 'year']);
  });
});

describe('"shares in thousands" beside money in millions', () => {
  it('scales share counts by thousands and money by millions', () => {
    const rows = doc.statements[0].rows;
    expect(rows.find((r) => r.label === 'Weighted average diluted shares')).toMatchObject({ unit: 'shares', values: ['137110000', '137505000', '136250000', '137010000'] });
    expect(rows.find((r) => r.label === 'Net income')?.values[0]).toBe('71300000');
  });
});
