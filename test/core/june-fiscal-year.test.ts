// A made-up 10-Q of a company whose fiscal year ends June 30: the quarter ended December 31, 1999 is
// the second quarter of fiscal 2000, and per-share tables print "Shares used in computing per share amounts".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `                         LUCERNE SYSTEMS CORPORATION
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts)
                                  (Unaudited)

<TABLE>
<CAPTION>
                                          Three Months Ended          Six Months Ended
                                             December 31,               December 31,
                                         --------------------      --------------------
                                           1999        1998          1999        1998
                                         --------    --------      --------    --------
<S>                                      <C>         <C>           <C>         <C>
Revenues:
  License fees                           $ 41,230    $ 35,118      $ 78,940    $ 66,502
  Services                                 22,415      18,770        43,106      36,214
                                         --------    --------      --------    --------
    Total revenues                         63,645      53,888       122,046     102,716
Cost of revenues:
  License fees                              2,115       1,904         4,077       3,652
  Services                                 11,802      10,115        22,940      19,870
                                         --------    --------      --------    --------
    Total cost of revenues                 13,917      12,019        27,017      23,522
                                         --------    --------      --------    --------
Gross profit                               49,728      41,869        95,029      79,194
Operating expenses:
  Research and development                 10,220       8,915        19,880      17,410
  Sales and marketing                      21,450      18,330        41,772      35,918
  General and administrative                5,102       4,688         9,990       9,204
                                         --------    --------      --------    --------
    Total operating expenses               36,772      31,933        71,642      62,532
                                         --------    --------      --------    --------
Income from operations                     12,956       9,936        23,387      16,662
Interest and other income, net              1,402       1,118         2,715       2,240
                                         --------    --------      --------    --------
Income before income taxes                 14,358      11,054        26,102      18,902
Provision for income taxes                  5,169       3,980         9,397       6,805
                                         --------    --------      --------    --------
Net income                               $  9,189    $  7,074      $ 16,705    $ 12,097
                                         ========    ========      ========    ========
Net income per share:
  Basic                                  $   0.31    $   0.25      $   0.57    $   0.43
  Diluted                                $   0.29    $   0.23      $   0.53    $   0.40
Shares used in computing per share amounts:
  Basic                                    29,640      28,310        29,410      28,150
  Diluted                                  31,805      30,620        31,520      30,390
</TABLE>

                         LUCERNE SYSTEMS CORPORATION
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                 (In thousands)

<TABLE>
<CAPTION>
                                                     December 31,       June 30,
                                                         1999             1999
                                                     ------------     ------------
                                                      (Unaudited)
<S>                                                  <C>              <C>
ASSETS
Current assets:
  Cash and cash equivalents                            $  88,410        $  71,305
  Short-term investments                                  64,220           58,117
  Accounts receivable, net                                52,118           47,902
  Prepaid expenses and other current assets                6,405            5,880
                                                       ---------        ---------
    Total current assets                                 211,153          183,204
Property and equipment, net                               18,740           17,115
Other assets                                               4,210            3,980
                                                       ---------        ---------
    Total assets                                       $ 234,103        $ 204,299
                                                       =========        =========
LIABILITIES AND STOCKHOLDERS' EQUITY
Current liabilities:
  Accounts payable                                     $   8,115        $   7,420
  Accrued liabilities                                     21,870           19,302
  Deferred revenue                                        31,404           28,115
                                                       ---------        ---------
    Total current liabilities                             61,389           54,837
Stockholders' equity:
  Common stock and additional paid-in capital            112,540          105,991
  Retained earnings                                       60,174           43,471
                                                       ---------        ---------
    Total stockholders' equity                           172,714          149,462
                                                       ---------        ---------
    Total liabilities and stockholders' equity         $ 234,103        $ 204,299
                                                       =========        =========
</TABLE>
`;

const store = { documents: [readReport(TEXT, 'lucerne-1999-12.txt')] };
const ctx = { today: '2026-11-25' };

describe('a fiscal year ending June 30', () => {
  it('reads "Q2 FY2000" as the quarter ended December 31, 1999', () => {
    expect(ask('Lucerne revenue Q2 FY2000', store, ctx).answers[0]).toMatchObject({ value: '63645000', period: { end: '1999-12-31', type: 'quarter' } });
  });
  it('reads "the end of fiscal 1999" as June 30, 1999', () => {
    expect(ask('Lucerne cash at the end of fiscal 1999', store, ctx).answers[0]).toMatchObject({ value: '71305000', period: { end: '1999-06-30' } });
  });
  it('reads "diluted shares" as the diluted share count used per share', () => {
    expect(ask('Lucerne diluted shares Q2 fiscal 2000', store, ctx).answers[0]).toMatchObject({ value: '31805000', unit: 'shares' });
  });
});
