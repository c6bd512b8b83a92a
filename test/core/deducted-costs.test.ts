// A made-up statement that prints its costs in parentheses as deductions ("Cost of sales (91,813)"):
// margins, shares of revenue and changes are about the amounts spent, never a negative cost.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `
NORTHWIND OPTICS, INC. AND SUBSIDIARIES
Condensed Consolidated Statements of Operations
(in thousands, except per share amounts)

                                             Three Months Ended         Nine Months Ended
                                           July 27,      July 29,     July 27,     July 29,
                                             2008          2007         2008         2007

Net sales                                 $ 105,697     $ 104,301    $ 319,242    $ 319,908
Costs and expenses:
  Cost of sales                             (91,813)      (80,595)    (264,487)    (240,344)
  Selling, general and administrative       (13,741)      (16,039)     (43,620)     (46,922)
  Research and development                   (4,298)       (4,241)     (13,148)     (13,285)
Operating income (loss)                     (4,155)         3,426       (2,013)      19,357
Other income (expense), net                  (2,575)          867       (6,340)       1,012
Net income (loss)                         $  (6,730)    $   4,293    $  (8,353)   $  20,369
`;

const store = { documents: [readReport(TEXT, 'northwind-2008-q3.txt')] };
const ctx = { today: '2026-11-25' };

describe('costs printed in parentheses as deductions', () => {
  it('gross margin subtracts the cost of sales, whatever its printed sign', () => {
    const r = ask('Northwind gross margin for the three months ended July 27, 2008', store, ctx);
    // (105,697 - 91,813) / 105,697 = 13.14%
    expect(r.answers[0]).toMatchObject({ kind: 'ratio', value: '13.14', unit: 'percent' });
  });
  it('a cost as a percent of sales is positive', () => {
    const r = ask('Northwind SG&A as a percentage of net sales in the three months ended July 27, 2008', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '13', unit: 'percent' });
  });
  it('a cost that grew is up, compared as amounts spent', () => {
    const r = ask('Northwind research and development year over year for the three months ended July 27, 2008', store, ctx);
    expect(r.answers[0].change).toMatchObject({ from: { value: '4241000' }, to: { value: '4298000' }, absolute: '57000', percent: '1.34' });
  });
  it('a line that is not a cost keeps its printed sign', () => {
    const r = ask('Northwind other income (expense) as a percent of net sales in the three months ended July 27, 2008', store, ctx);
    expect(r.answers[0]).toMatchObject({ value: '-2.44', unit: 'percent' });
  });
});
