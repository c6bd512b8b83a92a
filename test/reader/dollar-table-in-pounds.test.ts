// A release in pounds that prints one table in dollars ("$1,234"): that table is in US dollars, while its tables
// without a currency sign are in pounds. (In a Canadian release "$" is the Canadian dollar: see currency tests.)
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TEXT = `LONDON, 25 April 2024 - Harrowgate plc (LSE: HRW) announces its first quarter trading update.

Group income statement
£ million
                                   Three months ended 31 March
                                      2024            2023
Revenue                              412.6           398.1
Operating profit                      51.2            47.9


North America segment
(in thousands)
                                   Three months ended 31 March
                                      2024            2023
Revenue                            $ 61,234        $ 58,345
Operating profit                      9,100           8,700


Other information
(in thousands)
                                   Three months ended 31 March
                                      2024            2023
Employees' share scheme charge        1,234           1,100
Amortisation                          2,100           2,050
`;

describe('a table printing "$" in a release in pounds', () => {
  const [group, segment, other] = readReport(TEXT, 'harrowgate.txt').statements;
  it('is in US dollars', () => {
    expect(segment!.rows.map((r) => r.unit)).toEqual(['USD', 'USD']);
  });
  it('leaves the pound tables and the unmarked ones in pounds', () => {
    expect(group!.rows[0]!.unit).toBe('GBP');
    expect(other!.rows.map((r) => r.unit)).toEqual(['GBP', 'GBP']);
  });
});
