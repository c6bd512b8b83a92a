// Share counts printed whole ("57,171,190") in a table "(Dollars in thousands, except per share amounts)" are read as
// printed when the table's net income over them gives its per-share amounts; counts that fit the table's scale
// ("48,215" thousand shares) are scaled as before.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const table = (basic: [string, string], diluted: [string, string]): string => `QUARTERLY RESULTS
(Dollars in thousands, except per share amounts)

                                   Twelve Weeks      Twelve Weeks
                                          Ended             Ended
                                 March 22, 2025     June 14, 2025
Net sales                          $    512,340      $    548,910
Net income                         $     13,675      $     17,135
Basic earnings per share           $       0.28      $       0.35
Weighted average shares outstanding:
  Basic                              ${basic[0]}        ${basic[1]}
  Diluted                            ${diluted[0]}        ${diluted[1]}
`;

const shares = (text: string): (string | null)[][] =>
  readReport(text, 'q.txt').statements[0]!.rows.filter((r) => r.unit === 'shares').map((r) => r.values);

describe('share counts printed whole in a table in thousands', () => {
  it('keeps counts the per-share amounts show to be whole', () => {
    expect(shares(table(['48,215,330', '48,302,115'], ['49,120,455', '49,233,610']))).toEqual([
      ['48215330', '48302115'],
      ['49120455', '49233610'],
    ]);
  });
  it('looks at every table, also after one whose counts fit neither way', () => {
    const odd = table(['    48,215', '    48,302'], ['    49,120', '    49,233']).replace('$       0.28', '$       9.99');
    const both = `${odd}\n\n${table(['48,215,330', '48,302,115'], ['49,120,455', '49,233,610'])}`;
    const second = readReport(both, 'q.txt').statements[1]!.rows.filter((r) => r.unit === 'shares').map((r) => r.values);
    expect(second).toEqual([['48215330', '48302115'], ['49120455', '49233610']]);
  });
  it('scales counts printed in the table\u2019s thousands', () => {
    expect(shares(table(['    48,215', '    48,302'], ['    49,120', '    49,233']))).toEqual([
      ['48215000', '48302000'],
      ['49120000', '49233000'],
    ]);
  });
});

const QUARTERS = `SUMMARY OF QUARTERLY RESULTS
                                               Three Months Ended
                                 March 31     June 30  September 30  December 31
2025
                                 (In Thousands, Except Per Share Amounts)
Net interest income              $ 48,830    $ 50,810    $ 51,232    $ 52,865
Net income                       $ 17,583    $ 19,334    $ 17,884    $ 19,859
`;

describe('a year alone in the row labels\u2019 place under month-day columns', () => {
  it('dates every column with that year', () => {
    const cols = readReport(QUARTERS, 'q.txt').statements[0]!.columns.map((c) => c.period && `${c.period.type} ${c.period.end}`);
    expect(cols).toEqual(['quarter 2025-03-31', 'quarter 2025-06-30', 'quarter 2025-09-30', 'quarter 2025-12-31']);
  });
});
