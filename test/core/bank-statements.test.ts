// A made-up bank holding company's quarterly statements (the layout of 1990s filings): a bank's own
// line items are asked in a bank's words.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `                         MARITIME SAVINGS BANCORP, INC. AND SUBSIDIARY
                    CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION
                                   (In thousands)

<TABLE>
<CAPTION>
                                                      September 30,    December 31,
                                                          1999             1998
                                                      -------------    ------------
                                                       (Unaudited)
<S>                                                   <C>              <C>
ASSETS
Cash and due from banks                                 $   21,410       $  18,905
Federal funds sold                                          12,000           8,500
Securities available for sale                              184,322         171,090
Loans receivable, net of allowance for loan
  losses of $4,120 and $3,870, respectively                512,770         476,231
Premises and equipment, net                                  9,815          10,102
Accrued interest receivable                                  4,402           4,117
Other assets                                                 6,933           5,871
                                                        ----------       ---------
    Total assets                                        $  751,652       $ 694,816
                                                        ==========       =========

LIABILITIES AND STOCKHOLDERS' EQUITY
Deposits:
  Noninterest-bearing                                   $   61,205       $  55,870
  Interest-bearing                                         498,117         467,342
                                                        ----------       ---------
    Total deposits                                         559,322         523,212
Federal Home Loan Bank advances                            112,500          96,000
Accrued expenses and other liabilities                       5,214           4,906
                                                        ----------       ---------
    Total liabilities                                      677,036         624,118

Stockholders' equity:
  Common stock                                                  73              73
  Additional paid-in capital                                41,220          41,004
  Retained earnings                                         35,911          31,187
  Accumulated other comprehensive loss                      (2,588)         (1,566)
                                                        ----------       ---------
    Total stockholders' equity                              74,616          70,698
                                                        ----------       ---------
    Total liabilities and stockholders' equity          $  751,652       $ 694,816
                                                        ==========       =========
</TABLE>

                         MARITIME SAVINGS BANCORP, INC. AND SUBSIDIARY
                         CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share amounts)
                                    (Unaudited)

<TABLE>
<CAPTION>
                                           Three Months Ended        Nine Months Ended
                                             September 30,             September 30,
                                          -------------------     ---------------------
                                            1999       1998         1999        1998
                                          --------   --------     ---------   ---------
<S>                                       <C>        <C>          <C>         <C>
Interest income:
  Loans                                   $ 10,212   $  9,418     $ 29,870    $ 27,615
  Securities                                 2,811      2,540         8,204       7,398
  Federal funds sold                           142        175           391         488
                                          --------   --------     ---------   ---------
    Total interest income                   13,165     12,133        38,465      35,501
Interest expense:
  Deposits                                   5,488      5,310        16,102      15,634
  Borrowings                                 1,562      1,201         4,420       3,388
                                          --------   --------     ---------   ---------
    Total interest expense                   7,050      6,511        20,522      19,022
                                          --------   --------     ---------   ---------
Net interest income                          6,115      5,622        17,943      16,479
Provision for loan losses                      150        120           450         360
                                          --------   --------     ---------   ---------
Net interest income after provision
  for loan losses                            5,965      5,502        17,493      16,119
Noninterest income:
  Service charges and fees                     612        548         1,790       1,602
  Gain on sale of securities                    --         85            37         212
                                          --------   --------     ---------   ---------
    Total noninterest income                   612        633         1,827       1,814
Noninterest expense:
  Salaries and employee benefits             2,104      1,980         6,250       5,882
  Occupancy and equipment                      488        471         1,455       1,390
  Other                                        702        655         2,077       1,941
                                          --------   --------     ---------   ---------
    Total noninterest expense                3,294      3,106         9,782       9,213
                                          --------   --------     ---------   ---------
Income before income taxes                   3,283      3,029         9,538       8,720
Income taxes                                 1,149      1,060         3,338       3,052
                                          --------   --------     ---------   ---------
Net income                                $  2,134   $  1,969     $  6,200    $  5,668
                                          ========   ========     =========   =========
Earnings per share:
  Basic                                   $   0.30   $   0.27     $   0.86    $   0.78
  Diluted                                 $   0.29   $   0.27     $   0.85    $   0.77
</TABLE>
`;

const doc = readReport(TEXT, 'maritime-1999-q3.txt');
const store = { documents: [doc] };
const ctx = { today: '2026-11-25' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe('a bank holding company\'s statements', () => {
  it('names the company from a heading that adds "AND SUBSIDIARY"', () => {
    expect(doc.company).toBe('Maritime Savings Bancorp, Inc.');
  });
  it('reads net interest income as its own line, never total interest income', () => {
    expect(value('Maritime net interest income for the third quarter of 1999')).toBe('6115000');
    expect(value('Maritime total interest income for the third quarter of 1999')).toBe('13165000');
  });
  it('reads loans and deposits at a date from the balance sheet, not the interest on them', () => {
    expect(value('Maritime loans at the end of the quarter')).toBe('512770000');
    expect(value('Maritime deposits at December 31, 1998')).toBe('523212000');
    expect(value('Maritime provision for loan losses year to date')).toBe('450000');
  });
  it('declines return on assets, by its own name, when no line prints it (it is never computed)', () => {
    const r = ask('Maritime return on assets', store, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.text.toLowerCase()).toContain('return on assets');
  });
});
