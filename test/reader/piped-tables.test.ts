// Tables drawn with bars ("| Revenue | $ 214.7 |", converted from a web page) read as the same tables set in
// spaces; "Three Months Ended June 30,   Six Months Ended June 30," on one line heads its column groups; and
// "2024 vs. 2023" is a change column.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { unpiped } from '../../src/reader/text.js';

const PIPED = `
KESTREL NETWORKS CORP.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share amounts)

|                                   | Three Months Ended June 30, |         | Six Months Ended June 30, |         |
|                                   |      2024      |    2023    |     2024     |   2023   |
|-----------------------------------|----------------|------------|--------------|----------|
| Revenue                           |  $     214.7   | $   188.2  |  $    410.9  | $  362.4 |
| Interest expense, net             |         (2.1)  |      (3.0) |        (4.5) |     (6.1)|
| Net income                        |  $      18.3   | $    11.1  |  $     31.7  | $   18.4 |
`;

const SELECTED = `
Selected Financial Data
(in thousands)

                                   Q1'24         Q4'23         Q1'23    2024 vs. 2023
Net product revenue               88,915        81,402        63,061        41.0%
Net loss                         (21,480)      (18,905)      (39,672)      (45.9)%
`;

describe('tables drawn with bars', () => {
  it('turn each bar into a space, keeping every column in its place', () => {
    expect(unpiped('| Revenue |  $ 214.7 | $ 188.2 |')).toBe('  Revenue    $ 214.7   $ 188.2');
    expect(unpiped('+------+------+')).toBe(' ------ ------');
    expect(unpiped('Revenue grew | a lot')).toBe('Revenue grew | a lot');
  });
  const table = readReport(PIPED, 'kestrel.txt').statements[0]!;
  it('read as a statement with its title, units and dated columns', () => {
    expect(table.title).toBe('CONDENSED CONSOLIDATED STATEMENTS OF INCOME');
    expect(table.columns.map((c) => c.period && [c.period.type, c.period.end])).toEqual([
      ['quarter', '2024-06-30'], ['quarter', '2023-06-30'], ['six_months', '2024-06-30'], ['six_months', '2023-06-30'],
    ]);
    expect(table.rows.map((r) => [r.label, r.values[2]])).toEqual([
      ['Revenue', '410900000'], ['Interest expense, net', '-4500000'], ['Net income', '31700000'],
    ]);
  });
});

describe('"2024 vs. 2023" over a column of percentages', () => {
  it('is a percent change, not a period', () => {
    const s = readReport(SELECTED, 'hollis.txt').statements[0]!;
    expect(s.columns[3]).toMatchObject({ label: '2024 vs. 2023', kind: 'percent_change', period: null });
    expect(s.rows[1]!.values[3]).toBe('-45.9');
  });
});

const ONE_LINE_HEADER = `
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions)

                                       Three Months Ended June 30,          Six Months Ended June 30,
                                          2024           2023                  2024           2023
Revenue                                $ 214.7        $ 188.2               $ 410.9        $ 362.4
Net income                             $  18.3        $  11.1               $  31.7        $  18.4
`;

describe('"Three Months Ended June 30,   Six Months Ended June 30," on one line', () => {
  it('heads the column groups (it is no sentence of prose)', () => {
    const s = readReport(ONE_LINE_HEADER, 'one-line.txt').statements[0]!;
    expect(s.title).toBe('CONDENSED CONSOLIDATED STATEMENTS OF INCOME');
    expect(s.columns.map((c) => c.period && [c.period.type, c.period.end])).toEqual([
      ['quarter', '2024-06-30'], ['quarter', '2023-06-30'], ['six_months', '2024-06-30'], ['six_months', '2023-06-30'],
    ]);
  });
});
