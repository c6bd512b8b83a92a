// Figures a release states only in the bullets under a highlights heading that names its period: read as a
// one-column table of that period, cited to the bullet's line, rounded as written (never called exact); anything
// the tables print, amounts per share, ranges, expectations, losses and headings of no period are left alone.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Quillon Analytics Reports Third Quarter 2024 Results

BOSTON, Nov. 6, 2024 -- Quillon Analytics, Inc. (NASDAQ: QLAN) today reported results for its third
quarter ended September 30, 2024.

Third Quarter 2024 Highlights
  * Record revenue of $61.2 million, up 4% year over year
  * Annual recurring revenue (ARR) of $210.5 million, up 18% year over year
  * Adjusted EBITDA of $9.8 million, compared with $7.1 million in the third quarter of 2023
  * Bookings were $72.4 million
  * Backlog of $305.0 million at September 30, 2024
  * Non-GAAP earnings of $0.12 per diluted share
  * Net loss of $1.2 million
  * Customer count of approximately 1,900
  * Free cash flow improved from a deficit of $2.0 million to $3.1 million

Business Highlights
  * Signed a contract worth $15.0 million with a national carrier

Fourth Quarter 2024 Highlights
  * Revenue of $63 to $65 million

                             QUILLON ANALYTICS, INC.
                  CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                     (in thousands, except per share amounts)
                                              Three Months Ended
                                                 September 30,
                                              2024          2023
Revenue                                     $ 61,187      $ 58,850
Cost of revenue                               24,480        24,130
Gross profit                                  36,707        34,720
Operating expenses                            37,820        35,900
Loss from operations                          (1,113)       (1,180)
Net loss                                    $ (1,150)     $ (1,640)
`;

const doc = () => readReport(RELEASE, 'quillon-2024-q3.txt');
const store = () => ({ documents: [doc()] });
const ctx = { today: '2026-11-25' };

describe('highlight bullets read as figures', () => {
  it('reads the bullets no table prints, each for the heading\'s quarter and cited to its line', () => {
    const hl = doc().statements.filter((s) => s.title === 'Third Quarter 2024 Highlights');
    expect(hl).toHaveLength(1);
    const rows = hl[0]!.rows.map((r) => [r.label, r.line, r.values.find((v) => v !== null)]);
    expect(rows).toEqual([
      ['Annual recurring revenue (ARR)', 8, '210500000'],
      ['Adjusted EBITDA', 9, '9800000'],
      ['Bookings', 10, '72400000'],
      ['Backlog', 11, '305000000'],
    ]);
    expect(hl[0]!.columns.map((c) => c.period)).toEqual([
      { type: 'quarter', start: '2024-07-01', end: '2024-09-30' },
      { type: 'instant', start: null, end: '2024-09-30' },
    ]);
  });

  it('leaves alone what the tables print, amounts per share, losses, ranges, other headings', () => {
    const labels = doc().statements.flatMap((s) => (s.rows.some((r) => r.stated === 'text') ? s.rows.map((r) => r.label) : []));
    for (const never of ['Record revenue', 'revenue', 'Revenue', 'Non-GAAP earnings', 'Net loss', 'Customer count', 'Signed a contract worth']) expect(labels).not.toContain(never);
    expect(labels.some((l) => /improved|from/.test(l))).toBe(false);
    expect(doc().statements.some((s) => /Fourth Quarter|Business/.test(s.title))).toBe(false);
  });

  it('answers them, rounded as written and said so; the table answers what it prints', () => {
    const arr = ask('Quillon ARR Q3 2024', store(), ctx);
    expect(arr.answers.map((a) => a.value)).toEqual(['210500000']);
    expect(arr.text).not.toMatch(/exactly/);
    expect(arr.text).toMatch(/stated in the text of the release/);
    expect(arr.answers[0]!.citations[0]).toMatchObject({ line: 8, statement: 'Third Quarter 2024 Highlights' });
    expect(ask('backlog at September 30, 2024', store(), ctx).answers.map((a) => a.value)).toEqual(['305000000']);
    const revenue = ask('revenue Q3 2024', store(), ctx);
    expect(revenue.answers.map((a) => [a.value, a.citations[0]!.line])).toEqual([['61187000', 29]]);
  });

  it('declines what a bullet compares with, and a quarter no column prints', () => {
    expect(ask('adjusted EBITDA Q3 2023', store(), ctx).status).not.toBe('answered');
    expect(ask('revenue Q4 2024', store(), ctx).status).not.toBe('answered');
  });

  it('reads no highlights under a heading whose quarter only a balance sheet date matches', () => {
    const balanceOnly = `Second Quarter 2026 Highlights
  * ARR of $189.7 million

                        CONDENSED CONSOLIDATED BALANCE SHEETS
                              (in thousands)
                                     June 30,     December 31,
                                       2026           2025
Cash and cash equivalents            $ 81,200       $ 77,900
Total assets                          512,400        498,300
`;
    const d = readReport(balanceOnly, 'balance-only.txt');
    expect(d.statements.some((s) => s.rows.some((r) => r.stated === 'text'))).toBe(false);
  });
});
