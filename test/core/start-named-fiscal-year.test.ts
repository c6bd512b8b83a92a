// A retailer whose fiscal year ends in late January and who names it by the year it starts in:
// "fiscal 2021 is a 52-week year ending January 29, 2022", so the 13 weeks ended October 30, 2021
// are the third quarter of fiscal 2021 (not of fiscal 2022, as a year named by its end would be).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const prose = (sentence: string) => `FENWICK & LOWE OUTFITTERS, INC. REPORTS THIRD QUARTER RESULTS

AKRON, Ohio, November 23, 2021 -- Fenwick & Lowe Outfitters, Inc. (NYSE: FLWO) today announced results
for the thirteen-week third quarter ended October 30, 2021. ${sentence}

                        FENWICK & LOWE OUTFITTERS, INC.
                 CONDENSED CONSOLIDATED STATEMENTS OF INCOME
                  (Amounts in thousands, except per share data)

                                                   13 Weeks Ended                   39 Weeks Ended
                                            Oct. 30, 2021  Oct. 31, 2020    Oct. 30, 2021  Oct. 31, 2020

Net sales                                  $    650,623   $    614,782   $    1,900,447   $  1,523,650
Cost of sales                                   412,570        401,118        1,201,655      1,052,380
Gross profit                                    238,053        213,664          698,792        471,270


                        FENWICK & LOWE OUTFITTERS, INC.
                    CONDENSED CONSOLIDATED BALANCE SHEETS
                            (Amounts in thousands)

                                                  October 30,    January 30,    October 31,
                                                     2021           2021           2020
Cash and cash equivalents                      $    228,160   $    188,402   $    158,460
Merchandise inventories                             702,514        498,306        655,210
  Total current assets                              930,674        686,708        813,670
`;
const ctx = { today: '2022-01-15' };
const storeWith = (sentence: string) => ({ documents: [readReport(prose(sentence), 'fenwick.txt')] });

describe('fiscal years named by the year they start in', () => {
  const store = storeWith('Fiscal 2021 is a 52-week year ending January 29, 2022.');
  it('reads "Q3 fiscal 2021" as the quarter ended October 30, 2021', () => {
    const r = ask('Fenwick & Lowe net sales Q3 fiscal 2021', store, ctx);
    expect(r.answers[0]?.value).toBe('650623000');
    expect(r.answers[0]?.period?.label).toBe('Q3 FY2021');
  });
  it('reads "the first nine months of fiscal 2020" as the 39 weeks ended October 31, 2020', () => {
    expect(ask('Fenwick gross profit for the first nine months of fiscal 2020', store, ctx).answers[0]?.value).toBe('471270000');
  });
  it('names its years by their end when the release says nothing either way', () => {
    const plain = storeWith('');
    expect(ask('Fenwick net sales Q3 fiscal 2022', plain, ctx).answers[0]?.value).toBe('650623000');
  });
  it('names its years by their end when a sentence dates the year that way', () => {
    const byEnd = storeWith('Fiscal 2022 will end on January 29, 2022.');
    expect(ask('Fenwick net sales Q3 fiscal 2022', byEnd, ctx).answers[0]?.value).toBe('650623000');
    expect(ask('Fenwick net sales Q3 fiscal 2021', byEnd, ctx).answers[0]?.value).toBe('614782000');
  });
});

describe('a year named after its end date in parentheses', () => {
  const TEXT = `Fenwick Seimitsu Co., Ltd.
Consolidated Financial Results for the Six Months Ended September 30, 2023

Company name: Fenwick Seimitsu Co., Ltd.

Annual dividends per share for the fiscal year ending March 31, 2024 (FY2023) are forecast at 150.00 yen.

Condensed Interim Consolidated Statement of Profit or Loss
(Millions of yen)

                                                     Six months ended  Six months ended
                                                       September 30,     September 30,
                                                            2022              2023
Revenue                                                     226,720           245,310
Operating profit                                             26,772            31,108

Condensed Interim Consolidated Statement of Financial Position
(Millions of yen)

                                                       As of March       As of September
                                                         31, 2023            30, 2023
Total assets                                                429,735           444,308
Total equity                                                272,795           291,333
`;
  const store = { documents: [readReport(TEXT, 'fenwick-jp.txt')] };
  it('names the six months ended September 30, 2023 the first half of fiscal 2023', () => {
    const r = ask('Fenwick revenue first half fiscal 2023', store, ctx);
    expect(r.answers[0]?.value).toBe('245310000000');
    expect(r.answers[0]?.period?.label).toBe('H1 FY2023');
    expect(ask('Fenwick operating profit H1 FY2022', store, ctx).answers[0]?.value).toBe('26772000000');
  });
});

// A headline that names the fiscal year of the newest column: "Fourth Quarter and Fiscal 2023 Results" over
// columns for the 14 weeks ended February 3, 2024 names years by their start, though no sentence dates one.
describe('a fiscal year named in the headline', () => {
  const release = (headline: string) => `TALLOW & REED HOME CORP. ${headline}

NASHVILLE, Tenn., March 12, 2024 -- Tallow & Reed Home Corp. (NASDAQ: TRHC) today reported results for the
fourth quarter and fiscal year ended February 3, 2024.

                        TALLOW & REED HOME CORP.
                   CONSOLIDATED STATEMENTS OF INCOME
                          (in thousands)

                                14 Weeks Ended  13 Weeks Ended  53 Weeks Ended  52 Weeks Ended
                                   February 3,     January 28,     February 3,     January 28,
                                          2024            2023            2024            2023
Net sales                          $ 1,284,560     $ 1,142,380     $ 4,318,720     $ 4,096,450
Cost of sales                          812,330         731,410       2,748,905       2,634,210
Gross profit                           472,230         410,970       1,569,815       1,462,240
`;
  const ctx2 = { today: '2024-04-01' };
  it('reads "fiscal 2023" as the 53 weeks ended February 3, 2024', () => {
    const store = { documents: [readReport(release('REPORTS FOURTH QUARTER AND FISCAL 2023 RESULTS'), 'tr.txt')] };
    expect(ask('Tallow & Reed net sales fiscal 2023', store, ctx2).answers[0]?.value).toBe('4318720000');
    expect(ask('Tallow & Reed net sales Q4 fiscal 2023', store, ctx2).answers[0]?.value).toBe('1284560000');
    expect(ask('Tallow & Reed gross profit fiscal 2022', store, ctx2).answers[0]?.value).toBe('1462240000');
  });
  it('keeps years named by their end when the headline names the year the newest column ends in', () => {
    const store = { documents: [readReport(release('REPORTS FOURTH QUARTER AND FISCAL 2024 RESULTS'), 'tr.txt')] };
    expect(ask('Tallow & Reed net sales fiscal 2024', store, ctx2).answers[0]?.value).toBe('4318720000');
  });
  it('does not take a year the headline looks ahead to', () => {
    const store = { documents: [readReport(release('REPORTS FOURTH QUARTER RESULTS AND FISCAL 2024 OUTLOOK'), 'tr.txt')] };
    expect(ask('Tallow & Reed net sales fiscal 2024', store, ctx2).answers[0]?.value).toBe('4318720000');
  });
});
