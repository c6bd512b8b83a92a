// "Net income (loss), millions of dollars   Q3 2024   Q3 2023   YTD 2024   YTD 2023": a table's units and its column
// names on one line at the left margin, below a statement. It is the header of a table of its own (never prose,
// never more lines of the statement above), and its columns are the quarters and years to date it names.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
Saltmarsh Energy Announces Third-Quarter 2024 Results

Saltmarsh Energy Corp. today reported results for the quarter ended September 30, 2024.

                         SALTMARSH ENERGY CORP.
                CONDENSED CONSOLIDATED STATEMENTS OF INCOME
               (Millions of dollars, except per-share amounts)
                                         Three Months Ended            Nine Months Ended
                                            September 30               September 30
                                         2024          2023           2024          2023
Total operating revenues                 1,610         1,538          4,761         4,727
Operating income                           413           373          1,135         1,074
Net income                               $ 243         $ 219          $ 655         $ 629
Diluted earnings per share              $ 2.05        $ 1.86         $ 5.53        $ 5.34


                 NET INCOME (LOSS) AND DILUTED EPS BY SEGMENT (Unaudited)

Net income (loss), millions of dollars     Q3 2024    Q3 2023    YTD 2024    YTD 2023
Electric Utility                               250        229         606         576
Gas Utility                                     (2)        (6)         84          87
  Total                                        243        219         655         629

Diluted EPS                                Q3 2024    Q3 2023    YTD 2024    YTD 2023
Electric Utility                            $ 2.11     $ 1.94      $ 5.12      $ 4.89
Gas Utility                                  (0.02)     (0.05)       0.71        0.74
  Total                                     $ 2.05     $ 1.86      $ 5.53      $ 5.34
`;

describe('units and column names on one line', () => {
  const doc = readReport(TEXT, 'saltmarsh-2024-q3.txt');
  it('the statement above ends where that line begins a table of its own', () => {
    expect(doc.statements.map((s) => s.rows.length)).toEqual([4, 6]);
    expect(doc.statements[1]!.title).toMatch(/BY SEGMENT/);
  });
  it('its columns are the quarters and years to date it names', () => {
    expect(doc.statements[1]!.columns.map((c) => c.period && `${c.period.type} ${c.period.end}`)).toEqual([
      'quarter 2024-09-30', 'quarter 2023-09-30', 'nine_months 2024-09-30', 'nine_months 2023-09-30',
    ]);
  });
  it("answers a segment's EPS for a quarter and for the year to date", () => {
    const store = { documents: [doc] };
    const ctx = { today: '2026-01-01' };
    expect(ask('Saltmarsh electric utility EPS Q3 2024', store, ctx).answers[0]).toMatchObject({ value: '2.11' });
    expect(ask('Saltmarsh gas utility diluted EPS nine months 2024', store, ctx).answers[0]).toMatchObject({ value: '0.71' });
  });
  it("the words before the units name the rows below: a segment's net income", () => {
    expect(doc.statements[1]!.rows[0]!.path).toEqual(['Net income (loss)', 'Electric Utility']);
    const r = ask('Saltmarsh gas utility net income nine months 2023', { documents: [doc] }, { today: '2026-01-01' });
    expect(r.answers[0]).toMatchObject({ value: '87000000', unit: 'USD' });
  });
  it('a heading inside the table that repeats the column names is the heading alone', () => {
    expect(doc.statements[1]!.rows[3]!.path).toEqual(['Diluted EPS', 'Electric Utility']);
    expect(doc.statements[1]!.rows[3]!.unit).toBe('USD/share');
  });
});
