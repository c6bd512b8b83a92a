// A release whose segment table heads each segment's lines with its name (its balance sheet dates the year), a printed EBITDA reconciliation,
// a quarterly trend of orders with a book-to-bill ratio, and "Other (income) expense" printed income-negative.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `PITTSBURGH--(BUSINESS WIRE)--Feb. 8, 2024-- Fenwick Components Inc. (NYSE: FWCO) today reported fourth quarter
and full year 2023 results.

FENWICK COMPONENTS INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
($ in millions, except per share amounts)

                                                Q4 2023    Q4 2022     FY 2023    FY 2022
Net sales                                       $963.8     $929.8    $3,753.3   $3,642.0
Operating income                                 119.8      106.8       402.6      360.5
Other (income) expense, net                       (1.2)       0.8        (3.5)       2.2
Net income                                       $87.0      $74.1      $285.4     $244.0


FENWICK COMPONENTS INC.
SEGMENT INFORMATION (UNAUDITED)
($ in millions)

                                                Q4 2023    Q4 2022     FY 2023    FY 2022
Industrial Solutions
  Net sales                                     $512.3     $488.1    $2,011.8   $1,920.5
  Segment operating income                        90.3       82.2       350.5      328.8
Consumer Products
  Net sales                                     $451.5     $441.7    $1,741.5   $1,721.5
  Segment operating income                        56.7       56.0       219.0      218.0


FENWICK COMPONENTS INC.
RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA (UNAUDITED)
($ in millions)

                                                Q4 2023    Q4 2022     FY 2023    FY 2022
EBITDA                                          $150.8     $136.6      $524.8     $478.5
Restructuring charges                              4.5          —        11.2        3.0
Adjusted EBITDA                                 $155.3     $136.6      $536.0     $481.5
Adjusted EBITDA margin                            16.1%      14.7%       14.3%      13.2%


FENWICK COMPONENTS INC.
QUARTERLY ORDERS AND BACKLOG (UNAUDITED)
($ in millions)

                                                 4Q23      3Q23      2Q23      1Q23      4Q22
Orders                                          911.0     940.5     963.0     980.2     935.0
Book-to-bill ratio                               0.94      1.01      1.03      1.05      0.98


FENWICK COMPONENTS INC.
CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)
($ in millions)

                                               Dec. 31, 2023  Dec. 31, 2022
Cash and cash equivalents                              $412.0         $380.5
Total assets                                         $4,477.5       $4,479.5
`;

const store = { documents: [readReport(TEXT, 'fenwick.txt')] };
const ctx = { today: '2024-03-01' };
const answer = (q: string) => ask(q, store, ctx).answers[0];

describe('a segment table, an EBITDA reconciliation and a quarterly trend', () => {
  it("reads each segment's lines under its name", () => {
    expect(answer('Fenwick industrial solutions net sales Q4 2023')?.value).toBe('512300000');
    expect(answer('Fenwick consumer products segment operating income FY 2022')?.value).toBe('218000000');
    expect(answer('Fenwick net sales FY 2023')?.value).toBe('3753300000');
  });
  it('answers a printed adjusted EBITDA margin, and a ratio printed in a money table as a ratio', () => {
    expect(answer('Fenwick adjusted EBITDA margin Q4 2022')?.value).toBe('14.7');
    expect(answer('Fenwick book-to-bill ratio 3Q23')).toMatchObject({ value: '1.01', unit: 'ratio' });
    expect(answer('Fenwick orders Q1 2023')?.value).toBe('980200000');
  });
  it('gives "other income" as income from a line printed "Other (income) expense", with a note', () => {
    const a = answer('Fenwick other income FY 2023');
    expect(a?.value).toBe('3500000');
    expect(a?.notes?.join(' ')).toMatch(/\(income\) expense/);
    expect(answer('Fenwick other (income) expense FY 2023')?.value).toBe('-3500000');
  });
});
