// Layouts of quarterly trend releases: a duration in the row labels' place on the line of years, two spans that
// each reach one figure too far, a dash with its percent sign apart, and a reconciliation printed across.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { ask } from '../../src/core/index.js';

const TREND = `
                          ACME HOME GOODS, INC.
                       SUPPLEMENTAL QUARTERLY INFORMATION
                            (Dollars in millions)

                          June 30,     March 31,   December 31,
Three months ended           2025          2025          2024
Net sales                $  412.6      $  398.1      $  431.0
Operating income            61.2          57.9          66.4
`;

const SPANS = `
                            ACME MEDIA, INC.
                          KEY METRICS (UNAUDITED)
                            (dollars in thousands)

                                     Three Months Ended December 31,       Year Ended December 31,
                                          2024          2023              2024            2023
Gross spend                        $ 1,196,530   $ 1,034,822       $ 3,934,118     $ 3,448,760
Adjusted EBITDA                    $    76,200   $    53,725       $   159,529     $   114,520
Other expense, net                           —            — %              415           (0.1)%
`;

const ACROSS = `
                            ACME CHIPS CORPORATION
              RECONCILIATION OF GAAP TO NON-GAAP MEASURES (UNAUDITED)
                   (In millions, except per share amounts)

                                        Three Months Ended June 30, 2025
                              As Reported   Restructuring     Acquisition       Adjusted
                                   (GAAP)  and impairment    amortization     (Non-GAAP)
Operating income              $    206.5     $     14.2      $      9.8      $    230.5
Diluted EPS                   $     1.66     $     0.12      $     0.09      $     1.87
`;

const WITH_CHANGE = `
                          ACME ADS, INC.
                      KEY METRICS (UNAUDITED)
                  (In thousands, except advertisers)

                                        Sep 30,    Dec 31,    Sep 30,
Three months ended                         2024       2024       2025     Y/Y %
Revenue ex-TAC                           57,205     70,422     69,718    21.9 %
Active advertisers                        1,184      1,241      1,297     9.5 %
`;

describe('quarterly trend layouts', () => {
  it('reads "Three months ended" before years and a "Y/Y %" name as the header, not as a row', () => {
    const s = readReport(WITH_CHANGE, 'change.txt').statements[0]!;
    expect(s.columns.map((c) => c.period?.end ?? c.kind)).toEqual(['2024-09-30', '2024-12-31', '2025-09-30', 'percent_change']);
    expect(s.rows.map((r) => r.path.join(' > '))).toEqual(['Revenue ex-TAC', 'Active advertisers']);
  });
  it('counts advertisers unscaled in a table of thousands', () => {
    const row = readReport(WITH_CHANGE, 'change.txt').statements[0]!.rows[1]!;
    expect([row.unit, row.values[2]]).toEqual(['advertisers', '1297']);
  });
  it('reads "Three months ended" left of the years as the duration of every dated column', () => {
    const s = readReport(TREND, 'trend.txt').statements[0]!;
    expect(s.columns.map((c) => `${c.period?.type} ${c.period?.end}`)).toEqual(['quarter 2025-06-30', 'quarter 2025-03-31', 'quarter 2024-12-31']);
  });
  it('gives each column of two duration spans the span nearest it', () => {
    const s = readReport(SPANS, 'spans.txt').statements[0]!;
    expect(s.title).toMatch(/KEY METRICS/);
    expect(s.columns.map((c) => `${c.period?.type} ${c.period?.end}`)).toEqual(['quarter 2024-12-31', 'quarter 2023-12-31', 'year 2024-12-31', 'year 2023-12-31']);
  });
  it('reads a dash with its percent sign apart as a printed zero, not part of the label', () => {
    const row = readReport(SPANS, 'spans.txt').statements[0]!.rows[2]!;
    expect(row.label).toBe('Other expense, net');
    expect(row.values[0]).toBe('0');
  });
  it('answers the reported figure from the GAAP column and the adjusted one only when asked', () => {
    const store = { documents: [readReport(ACROSS, 'across.txt')] };
    const gaap = ask('Acme Chips diluted EPS Q2 2025', store, { today: '2025-08-01' });
    expect(gaap.answers[0]?.value).toBe('1.66');
    const adjusted = ask('Acme Chips adjusted operating income Q2 2025', store, { today: '2025-08-01' });
    expect(adjusted.answers[0]?.value).toBe('230500000');
  });
  it('never answers with an adjustment column', () => {
    const s = readReport(ACROSS, 'across.txt').statements[0]!;
    const dated = s.columns.filter((c) => c.period !== null);
    expect(dated).toHaveLength(1);
    expect(dated[0]!.label).toMatch(/As Reported \(GAAP\)$/);
  });
  it('reads two runs side by side, and GAAP | Non-GAAP pairs with no adjustment column', () => {
    const pairs = `Belvar Foods, Inc. (NYSE: BLVF) reports results for the third quarter ended September 30, 2025.

                              BELVAR FOODS, INC.
                       SUMMARY OF RESULTS (UNAUDITED)
                       (In millions, except per share amounts)

                               Q3 2025     Q3 2025     Q3 2024     Q3 2024
                                  GAAP    Non-GAAP        GAAP    Non-GAAP
Operating income                 142.8       161.0       120.4       139.7
Diluted EPS                 $     1.42  $     1.63  $     1.18  $     1.39
`;
    const store = { documents: [readReport(pairs, 'belvar.txt')] };
    const at = (q: string) => ask(q, store, { today: '2025-11-01' }).answers[0]?.value;
    expect([at('Belvar operating income Q3 2024'), at('Belvar adjusted operating income Q3 2024'), at('Belvar diluted EPS Q3 2025')]).toEqual(['120400000', '139700000', '1.42']);
  });
});
