// A segment table headed "Second Quarter" over "Fiscal 2023 / Fiscal 2022" takes the dates the
// income statement gives those fiscal quarters (a made-up September fiscal year).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const REPORT = `
                        Wingtip Outdoor Gear, Inc.
                  Condensed Consolidated Statements of Income
                              (in thousands)
                                         Three Months Ended
                                     April 1, 2023    April 2, 2022
Net sales                             $  52,400        $  48,100
Cost of sales                            30,100           28,900
Gross profit                             22,300           19,200

                      Condensed Consolidated Balance Sheets
                              (in thousands)
                                     April 1, 2023    October 1, 2022
Cash                                  $  11,000        $  9,500
Inventories                              20,400           18,700
Total assets                             31,400           28,200

                          Net Sales by Channel
                              (in thousands)
                                  Second Quarter
                             Fiscal 2023    Fiscal 2022    % Change
Wholesale                     $  30,000      $  27,600        8.7%
Direct to consumer               22,400         20,500        9.3%
Total net sales               $  52,400      $  48,100        8.9%
`;

describe('undated quarter columns', () => {
  const doc = readReport(REPORT, 'wingtip.txt');
  const segments = doc.statements.find((s) => /channel/i.test(s.title))!;
  it('take the period of the same fiscal quarter dated elsewhere', () => {
    expect(segments.columns.map((c) => c.period && [c.period.type, c.period.end])).toEqual([
      ['quarter', '2023-04-01'], ['quarter', '2022-04-02'], null,
    ]);
    expect(doc.problems.filter((p) => /no column periods/.test(p))).toEqual([]);
  });
  it('leave a quarter no table dates without a period', () => {
    const other = readReport(REPORT.replace(/Second Quarter/, 'Fourth Quarter'), 'wingtip.txt');
    const s = other.statements.find((st) => /channel/i.test(st.title))!;
    expect(s.columns.filter((c) => c.period !== null)).toEqual([]);
  });
});

// A release whose income statement heads its columns "Q2 2009 / Q2 2008 / YTD 2009 / YTD 2008" (made up).
const table = (head: string) => `
                          Harbor Lane Foods, Inc.
                    Consolidated Statements of Income
                    (In millions, except per share data)
${head}
Net sales                     $ 120.4     $ 110.2     $ 230.1     $ 215.7
Cost of sales                    70.1        66.0       135.2       130.0
Gross profit                     50.3        44.2        94.9        85.7
Net income                    $  13.0     $  10.4     $  23.3     $  19.7
`;
const HEAD = '                              Q2 2009     Q2 2008     YTD 2009    YTD 2008';
// One header line with each cell right-aligned over its figures (which end at columns 37, 49, 61 and 73).
const cells = (...words: string[]): string => words.reduce((line, w, i) => line + w.padStart([37, 49, 61, 73][i]! - line.length), '');
const periodsOf = (text: string) => readReport(text, 'harbor.txt').statements[0]!.columns.map((c) => c.period && [c.period.type, c.period.start, c.period.end]);

describe('columns named by fiscal period, dated by the release', () => {
  it('a sentence "second quarter ended June 30, 2009" dates Q2 and YTD columns (calendar year)', () => {
    const text = 'Harbor Lane Foods, Inc. today reported results for its second quarter ended June 30, 2009.\n' + table(HEAD);
    expect(periodsOf(text)).toEqual([
      ['quarter', '2009-04-01', '2009-06-30'], ['quarter', '2008-04-01', '2008-06-30'],
      ['six_months', '2009-01-01', '2009-06-30'], ['six_months', '2008-01-01', '2008-06-30'],
    ]);
  });
  it('a September fiscal year: "second quarter of fiscal 2009 ended March 31, 2009"', () => {
    const text = 'Harbor Lane Foods reported its second quarter of fiscal 2009 ended March 31, 2009.\n' + table(HEAD);
    expect(periodsOf(text)).toEqual([
      ['quarter', '2009-01-01', '2009-03-31'], ['quarter', '2008-01-01', '2008-03-31'],
      ['six_months', '2008-10-01', '2009-03-31'], ['six_months', '2007-10-01', '2008-03-31'],
    ]);
  });
  it('the latest balance date ends the latest quarter headed', () => {
    const balance = `
                         Consolidated Balance Sheets
                               (In millions)
                                  March 31, 2009   September 30, 2008
Cash                                  $ 40.0          $ 35.0
Total assets                           400.0           390.0
`;
    const dated = periodsOf(table(HEAD) + balance);
    expect(dated[0]).toEqual(['quarter', '2009-01-01', '2009-03-31']);
    expect(dated[2]).toEqual(['six_months', '2008-10-01', '2009-03-31']);
  });
  it('"3Q09", "Three Months 2008", "Nine Months 2009" headers stacked over their figures', () => {
    const text = 'Harbor Lane Foods reported results for the third quarter ended September 30, 2009.\n' +
      table([cells('', 'Three', 'Nine', 'Nine'), cells('3Q09', 'Months', 'Months', 'Months'), cells('', '2008', '2009', '2008')].join('\n'));
    expect(periodsOf(text)).toEqual([
      ['quarter', '2009-07-01', '2009-09-30'], ['quarter', '2008-07-01', '2008-09-30'],
      ['nine_months', '2009-01-01', '2009-09-30'], ['nine_months', '2008-01-01', '2008-09-30'],
    ]);
  });
  it('"Fourth Quarter 2009" and "Fiscal 2009" columns in a fourth-quarter release', () => {
    const text = 'Harbor Lane Foods reported results for the fourth quarter ended December 31, 2009.\n' +
      table([cells('Fourth Quarter', 'Fourth Quarter', '', ''), cells('2009', '2008', 'Fiscal 2009', 'Fiscal 2008')].join('\n'));
    expect(periodsOf(text)).toEqual([
      ['quarter', '2009-10-01', '2009-12-31'], ['quarter', '2008-10-01', '2008-12-31'],
      ['year', '2009-01-01', '2009-12-31'], ['year', '2008-01-01', '2008-12-31'],
    ]);
  });
  it('"4Q09   4Q08   FY09   FY08": the year written short after "FY" is a full fiscal year', () => {
    const text = 'Harbor Lane Foods reported results for the fourth quarter ended December 31, 2009.\n' + table(cells('4Q09', '4Q08', 'FY09', 'FY08'));
    expect(periodsOf(text)).toEqual([
      ['quarter', '2009-10-01', '2009-12-31'], ['quarter', '2008-10-01', '2008-12-31'],
      ['year', '2009-01-01', '2009-12-31'], ['year', '2008-01-01', '2008-12-31'],
    ]);
  });
  it('without any date for the fiscal calendar, the columns stay undated (never a guessed quarter)', () => {
    expect(periodsOf(table(HEAD))).toEqual([null, null, null, null]);
  });
  it('evidence that disagrees leaves them undated', () => {
    const text = 'Results for the second quarter ended June 30, 2009. The first quarter ended March 31, 2009 and ' +
      'the fourth quarter ended March 31, 2008.\n' + table(HEAD);
    expect(periodsOf(text)).toEqual([null, null, null, null]);
  });
  it('date the prior fiscal year and its fourth quarter by the year-end balance date of an annual release', () => {
    const annual = `
                 Wingtip Outdoor Gear, Inc.
          Consolidated Statements of Income
                      (in thousands)
                      Fourth Quarter          Fiscal Year
                     2023       2022        2023       2022
Net sales          $ 61,000   $ 57,000   $ 230,000  $ 214,000
Cost of sales        35,000     33,500     133,000    126,000
Gross profit         26,000     23,500      97,000     88,000

           Consolidated Balance Sheets
                      (in thousands)
                            September 30, 2023    October 1, 2022
Cash                            $  12,000          $  9,500
Inventories                        21,000            18,700
Total assets                       33,000            28,200
`;
    const prose = 'Wingtip reported results for its fourth quarter and fiscal year ended September 30, 2023.\n';
    const doc = readReport(prose + annual, 'wingtip-annual.txt');
    const income = doc.statements.find((s) => s.kind === 'income')!;
    expect(income.columns.map((c) => c.period && [c.period.type, c.period.end])).toEqual([
      ['quarter', '2023-09-30'], ['quarter', '2022-10-01'], ['year', '2023-09-30'], ['year', '2022-10-01'],
    ]);
  });
});
