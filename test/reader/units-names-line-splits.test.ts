// A half-year release whose statements follow one another with two blank lines, a lower-case title and a
// "€ million   30 June 2024   31 Dec 2023" line (the units at the left of the column names): each such line
// starts a new table, so the balance sheet is not read as more rows of the income statement above it.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Halvard Getriebe SE
Half-Year Financial Report January to June 2024

Condensed consolidated statement of profit or loss
for the period from 1 January to 30 June 2024

€ million                                                       H1 2024        H1 2023
Revenue                                                           820.4          790.1
Cost of sales                                                    (561.0)        (548.3)
Gross profit                                                      259.4          241.8


Condensed consolidated statement of financial position

€ million                                                  30 June 2024    31 Dec 2023
Inventories                                                       301.2          288.7
Cash and cash equivalents                                          92.5          110.4
Total assets                                                    1,640.3        1,602.9
`;

describe('a units-and-names line between two statements', () => {
  const doc = readReport(RELEASE, 'halvard.txt');
  it('ends the income statement and heads the balance sheet', () => {
    expect(doc.statements.map((s) => s.rows.length)).toEqual([3, 3]);
    expect(doc.statements[1]!.title).toBe('Condensed consolidated statement of financial position');
    expect(doc.statements[1]!.columns.map((c) => c.period?.end)).toEqual(['2024-06-30', '2023-12-31']);
  });
  it('dates the "H1 2024" columns by the December year-end the balance sheet shows', () => {
    expect(doc.statements[0]!.columns[0]!.period).toMatchObject({ type: 'six_months', start: '2024-01-01', end: '2024-06-30' });
  });
});
