// The statement's diluted EPS line holds the quarter and the year before; a summary table's "GAAP diluted EPS" line
// also holds the quarter before. Asked for that quarter, the summary line of the same metric answers; an adjusted
// line never answers for the reported one.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Tarnby Networks Announces Third Quarter 2025 Results

SAN JOSE, Calif., October 29, 2025 -- Tarnby Networks Corp. today reported results for the quarter ended
September 30, 2025.

                           TARNBY NETWORKS CORP.
                          SUMMARY FINANCIAL RESULTS
          (in millions, except per share amounts and percentages)

                                      Q3 2025       Q2 2025       Q3 2024
Revenue                              $  203.4      $  191.2      $  179.2
GAAP diluted EPS                     $   0.16      $   0.12      $   0.17
Non-GAAP diluted EPS                 $   0.35      $   0.30      $   0.28


                           TARNBY NETWORKS CORP.
               CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                (in thousands, except per share data)

                                       Three Months Ended September 30,
                                          2025          2024
Total revenue                          203,380       179,180
Net income                              21,900        22,200
Net income per share:
  Basic                                $  0.17       $  0.18
  Diluted                              $  0.16       $  0.17
`;

describe('a quarter only a summary line of the metric holds', () => {
  const store = { documents: [readReport(RELEASE, 'tarnby.txt')] };
  const ctx = { today: '2025-11-15' };
  it('answers from the summary line of the same metric', () => {
    expect(ask('Tarnby diluted EPS Q2 2025', store, ctx).answers[0]?.value).toBe('0.12');
    expect(ask('Tarnby diluted EPS Q3 2024', store, ctx).answers[0]?.value).toBe('0.17');
  });
  it('never answers a period the metric lacks with an adjusted line', () => {
    expect(ask('Tarnby basic EPS Q2 2025', store, ctx).status).not.toBe('answered');
  });
  it('never answers with a line that says more than the question asks', () => {
    // "Equity investment" is tagged with equity's metric by its word "equity", but it is an asset
    const sheet = `Korvale Systems Reports Second Quarter 2026 Results

                           KORVALE SYSTEMS, INC.
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                              (in thousands)

                                               June 30,      December 31,
                                                 2026            2025
Cash and cash equivalents                       81,200          79,400
Equity investment                               11,834          11,834
Total assets                                   387,022         397,702


                           KORVALE SYSTEMS, INC.
                        STOCKHOLDERS' EQUITY (UNAUDITED)
                              (in thousands)

                                                            December 31,
                                                                2025
Total stockholders' equity                                   271,843
`;
    const korvale = { documents: [readReport(sheet, 'korvale.txt')] };
    const r = ask("Korvale total stockholders' equity at June 30, 2026", korvale, { today: '2026-08-15' });
    expect(r.status).not.toBe('answered');
    expect(ask("Korvale total stockholders' equity at December 31, 2025", korvale, { today: '2026-08-15' }).answers[0]?.value).toBe('271843000');
  });
});
