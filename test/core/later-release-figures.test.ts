// Figures a later release prints for a period an earlier one covered: a prior quarter revised in a supplementary
// table, and a year-end release that prints the year only (its fourth quarter derived), asked for ratios too.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { readReport } from '../../src/reader/index.js';

const ctx = { today: '2025-06-01' };

const YEAR_END = `Plover Software Reports Fourth Quarter and Full Year 2024 Results

PORTLAND, Ore., Feb. 20, 2025 -- Plover Software, Inc. (NYSE: PLVR) today announced results for the year ended December 31, 2024.

PLOVER SOFTWARE, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

                                     Three Months Ended          Year Ended
                                        December 31,             December 31,
                                      2024        2023        2024        2023
Total revenue                       93,970      80,190     350,620     298,210
Net income                          10,860       3,910      18,530       9,950
`;

const NEXT_QUARTER = `Plover Software Reports First Quarter 2025 Results

PORTLAND, Ore., May 8, 2025 -- Plover Software, Inc. (NYSE: PLVR) today announced results for the quarter ended March 31, 2025.

PLOVER SOFTWARE, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

                                     Three Months Ended
                                          March 31,
                                      2025        2024
Total revenue                       96,280      81,310
Net income                           8,060     (1,020)


PLOVER SOFTWARE, INC.
SUPPLEMENTAL QUARTERLY INFORMATION
(in thousands)

                                     Q1'25   Q4'24 (1)       Q1'24
Total revenue                       96,280      93,970      81,310
Net income                           8,060      10,120     (1,020)

(1) Revised to correct the provision for income taxes.
`;

const plover: Store = { documents: [readReport(YEAR_END, 'plover-2024-q4.txt'), readReport(NEXT_QUARTER, 'plover-2025-q1.txt')] };

describe('a quarter revised by a later release', () => {
  it('answers the later release, even where the earlier one printed the quarter in its statements', () => {
    const r = ask('Plover net income Q4 2024', plover, ctx);
    expect(r.status).toBe('answered');
    const a = r.answers[0]!;
    expect(a.value).toBe('10120000');
    expect(a.restated).toBe(true);
    expect(a.citations[0]!.document).toBe('plover-2025-q1.txt');
    expect(a.citations.map((c) => c.document)).toContain('plover-2024-q4.txt');
  });

  it('answers the figure as first printed when asked "as originally reported", naming the revision', () => {
    const r = ask('Plover Q4 2024 net income as originally reported', plover, ctx);
    expect(r.status).toBe('answered');
    const a = r.answers[0]!;
    expect(a.value).toBe('10860000');
    expect(a.restated).toBeFalsy();
    expect(a.citations[0]!.document).toBe('plover-2024-q4.txt');
    expect(r.text).toContain('$10,120,000');
    expect(ask('Plover net income Q4 2024 as revised', plover, ctx).answers[0]?.value).toBe('10120000');
    // (a figure no release revised is the one printed)
    expect(ask('Plover revenue Q4 2024 as previously reported', plover, ctx).answers[0]?.value).toBe('93970000');
  });

  it('compares from the revised figure', () => {
    const r = ask('Plover net income Q1 2025 vs Q4 2024', plover, ctx);
    expect(r.answers[0]?.change?.absolute).toBe('-2060000');
  });

  it('adds up the trailing twelve months from the statements, a summary table beside them notwithstanding', () => {
    const r = ask('Plover TTM revenue', plover, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.value).toBe('365590000');
    expect(r.answers[0]!.derived).toBe(true);
  });

  it('declines the trailing twelve months when a quarter inside the year was revised after the year was printed', () => {
    const r = ask('Plover TTM net income', plover, ctx);
    expect(r.status).not.toBe('answered');
  });
});

const THIRD_QUARTER = `Wrenfield Labs Reports Third Quarter Fiscal 2025 Results

TUCSON, Ariz., May 6, 2025 -- Wrenfield Labs, Inc. (NASDAQ: WRNF) today reported results for its third quarter of fiscal 2025, which ended March 31, 2025. The Company's fiscal year ends June 30.

WRENFIELD LABS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In thousands)

                                  Three Months Ended        Nine Months Ended
                                       March 31,                March 31,
                                    2025        2024        2025        2024
Total revenue                    134,780     123,900     401,280     366,550
Gross profit                      66,580      60,350     198,330     178,400
Net income                         9,725       9,000      30,725      26,220
Net income per share:
  Basic                             0.24        0.22        0.75        0.64
  Diluted                           0.23        0.22        0.74        0.63
`;

const YEAR_ONLY = `Wrenfield Labs Reports Fiscal 2025 Results

TUCSON, Ariz., August 12, 2025 -- Wrenfield Labs, Inc. (NASDAQ: WRNF) today reported results for its fiscal year ended June 30, 2025.

WRENFIELD LABS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)

                                     Fiscal Year Ended
                                          June 30,
                                    2025        2024
Total revenue                    548,800     498,600
Gross profit                     271,900     243,450
Net income                        43,995      37,650
Net income per share:
  Basic                             1.08        0.92
  Diluted                           1.06        0.90
`;

const wrenfield: Store = { documents: [readReport(THIRD_QUARTER, 'wrenfield-fy2025-q3.txt'), readReport(YEAR_ONLY, 'wrenfield-fy2025-q4.txt')] };

describe('a margin of the latest quarter when the year-end release prints the year only', () => {
  it('is the fourth quarter, from derived inputs, as the lines asked alone are', () => {
    const rev = ask('Wrenfield revenue last quarter', wrenfield, ctx);
    expect(rev.answers[0]!.value).toBe('147520000');
    const r = ask('Wrenfield gross margin last quarter', wrenfield, ctx);
    expect(r.status).toBe('answered');
    const a = r.answers[0]!;
    expect(a.period?.end).toBe('2025-06-30');
    expect(a.period?.type).toBe('quarter');
    // (271,900 − 198,330) / (548,800 − 401,280) = 73,570 / 147,520
    expect(Number(a.value)).toBeCloseTo(49.871, 2);
    expect(r.text).toMatch(/derived/);
  });

  it('the prior quarter is the third quarter, as printed', () => {
    const r = ask('Wrenfield gross margin in the prior quarter', wrenfield, ctx);
    expect(r.answers[0]?.period?.end).toBe('2025-03-31');
  });
});

describe('EPS over a season of releases that each print basic and diluted', () => {
  it('is the diluted figure, as in one release', () => {
    expect(ask('Wrenfield EPS fiscal 2025', wrenfield, ctx).answers[0]?.value).toBe('1.06');
    expect(ask('Wrenfield EPS Q3 FY2025', wrenfield, ctx).answers[0]?.value).toBe('0.23');
    expect(ask('Wrenfield basic EPS Q3 FY2025', wrenfield, ctx).answers[0]?.value).toBe('0.24');
  });
});

describe('companies ranked or compared with no period named', () => {
  const both: Store = { documents: [...plover.documents, ...wrenfield.documents] };
  it('take each company\'s latest quarter when one company\'s latest figure is a year only', () => {
    const r = ask('Which company had the highest revenue?', both, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => [a.value, a.period?.type])).toEqual([['147520000', 'quarter'], ['96280000', 'quarter']]);
    // (each note names the company it speaks of)
    expect(r.text).toMatch(/Note \(Wrenfield Labs, Inc\.\): derived/);
    const side = ask('Plover vs Wrenfield revenue', both, ctx);
    expect(side.answers.map((a) => a.period?.type)).toEqual(['quarter', 'quarter']);
  });

  it('set aside a growth rate from a loss, naming the company', () => {
    const r = ask('Which company grew net income the most last quarter?', both, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => a.company)).toEqual(['Wrenfield Labs, Inc.']);
    // (13,270 − 11,430) / 11,430
    expect(r.answers[0]!.change?.percent).toBe('16.1');
    expect(r.text).toMatch(/Plover Software, Inc\.: not ranked, a growth rate from a negative figure/);
  });

  it('read "companies" and "all three companies" as whom, not as words of the line', () => {
    const r = ask('rank companies by net margin last quarter', both, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => a.company)).toEqual(['Wrenfield Labs, Inc.', 'Plover Software, Inc.']);
    const all = ask('compare revenue of all companies last quarter', both, ctx);
    expect(all.status).toBe('answered');
    expect(all.answers.map((a) => a.value).sort()).toEqual(['147520000', '96280000']);
  });

  it('name a company that holds the line but not for the period asked', () => {
    const r = ask('which company had the highest revenue in Q1 2025', both, ctx);
    expect(r.answers.map((a) => a.company)).toEqual(['Plover Software, Inc.']);
    expect(r.text).toMatch(/Wrenfield Labs, Inc\.: not ranked/);
  });
});

const GROCER_Q2 = `Fenwick Markets Reports Second Quarter 2025 Results

CHARLOTTE, N.C., July 24, 2025 -- Fenwick Markets Co. (NYSE: FNWK) today reported results for the 13-week second quarter ended June 28, 2025. Fiscal 2024 was a 52-week year that ended December 28, 2024.

FENWICK MARKETS CO.
CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS
(in thousands)

                              13 Weeks Ended                  26 Weeks Ended
                       June 28, 2025   June 29, 2024   June 28, 2025   June 29, 2024
Net sales                  1,376,900       1,312,750       2,718,100       2,597,350
Gross profit                 404,490         380,870         795,310         752,050
`;

describe('a quarter of a 52/53-week year derived inside a comparison', () => {
  it('is counted in weeks, as the company counts its quarters', () => {
    const store: Store = { documents: [readReport(GROCER_Q2, 'fenwick-2025-q2.txt')] };
    const r = ask('Fenwick Q1 2025 net sales growth year over year', store, ctx);
    expect(r.answers[0]?.value).toBe('56600000');
    expect(r.text).toContain('13 weeks ended March 29, 2025');
    expect(r.text).not.toContain('three months ended March 29, 2025');
  });
});
