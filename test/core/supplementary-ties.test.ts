// The same line name in the statement and in the tables that annotate it: the statement's line answers;
// among supplementary tables, the line called "Total ..." answers over the parts a reconciliation adds back.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Fenwick Cloud, Inc. (NYSE: FWC) today announced results for its third quarter ended September 30, 2019.

                                FENWICK CLOUD, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                     (in thousands, except per share data)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
Revenue                                       $    53,418   $    40,191
Cost of revenue(1)                                 15,340        12,753
Gross profit                                       38,078        27,438
Operating expenses(1):
  Research and development                         14,205        11,380
  Sales and marketing                              25,930        20,414
    Total operating expenses                       40,135        31,794
Loss from operations                               (2,057)       (4,356)

(1) Includes stock-based compensation expense as follows:

                                                  2019          2018
Cost of revenue                               $       812   $       540
Research and development                            2,410         1,705
Sales and marketing                                 2,905         2,011
  Total stock-based compensation expense      $     6,127   $     4,256


                                FENWICK CLOUD, INC.
           RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES
                                 (in thousands)

                                                   Three Months Ended
                                                      September 30,
                                                  2019          2018
Reconciliation of gross profit:
  GAAP gross profit                           $    38,078   $    27,438
    Stock-based compensation expense                  812           540
  Non-GAAP gross profit                       $    38,890   $    27,978
Reconciliation of operating loss:
  GAAP loss from operations                   $    (2,057)  $    (4,356)
    Stock-based compensation expense                6,127         4,256
  Non-GAAP income from operations             $     4,070   $      (100)
`;

const doc = readReport(TEXT, 'fenwick.txt');
const store = { documents: [doc] };
const ctx = { today: '2019-12-01' };

describe('a footnote table of what the statement includes', () => {
  it('heads its lines with what they are parts of', () => {
    const s = doc.statements[1]!;
    expect(s.title).toBe('Stock-based compensation expense');
    expect(s.rows[2]!.path).toEqual(['Stock-based compensation expense', 'Sales and marketing']);
  });
  it('does not rival the statement\'s own line', () => {
    expect(ask('Fenwick sales and marketing expense Q3 2019', store, ctx).answers[0]?.value).toBe('25930000');
    expect(ask('Fenwick R&D Q3 2018', store, ctx).answers[0]?.value).toBe('11380000');
  });
  it('answers the total, not the part a reconciliation adds back to gross profit', () => {
    expect(ask('Fenwick stock-based compensation expense Q3 2019', store, ctx).answers[0]?.value).toBe('6127000');
  });
  it('still answers a part asked by name', () => {
    expect(ask('Fenwick stock-based compensation in sales and marketing Q3 2019', store, ctx).answers[0]?.value).toBe('2905000');
  });
});
