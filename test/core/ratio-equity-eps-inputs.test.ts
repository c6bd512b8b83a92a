// Inputs of ratios a statement prints under names of its own: the parent's "Total Acme shareholders' equity" beside
// "Total equity" (which adds the noncontrolling interests) is the stockholders' equity of debt to equity; EPS printed
// only as "Basic" and "Diluted" under an "Earnings per share attributable to ..." heading is the diluted figure
// of a payout ratio.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const REPORT = `Brackwell Resins Corporation Reports Third Quarter Results

                          BRACKWELL RESINS CORPORATION
                       CONSOLIDATED STATEMENTS OF INCOME
                    (In thousands, except per share amounts)

                                               Three Months Ended
                                                   March 31,
                                                2025        2024
Net sales                                    $ 90,000    $ 84,000
Net income                                      6,400       5,100
Less: Net income attributable to
      noncontrolling interests                    200         180
Net income attributable to Brackwell            6,200       4,920

Earnings per share attributable to Brackwell common shareholders:
    Basic                                     $  0.62     $  0.49
    Diluted                                   $  0.60     $  0.48

Dividends declared per common share           $  0.15     $  0.12


                          BRACKWELL RESINS CORPORATION
                          CONSOLIDATED BALANCE SHEETS
                                (In thousands)

                                                 March 31,      June 30,
                                                   2025           2024
Total current assets                            $ 120,000     $ 110,000
Other assets                                       80,000        78,000
Total assets                                    $ 200,000     $ 188,000

Short-term borrowings                           $   5,000     $   6,000
Current portion of long-term debt                  10,000        10,000
Other current liabilities                          35,000        32,000
Total current liabilities                          50,000        48,000
Long-term debt                                     60,000        62,000
Total liabilities                                 110,000       110,000
Total Brackwell shareholders' equity               84,000        72,000
Noncontrolling interests                            6,000         6,000
Total equity                                       90,000        78,000
Total liabilities and equity                    $ 200,000     $ 188,000
`;
const store = { documents: [readReport(REPORT, 'brackwell-2025-q3.txt')] };
const ctx = { today: '2025-06-01' };

describe('ratio inputs printed under a name of their own', () => {
  it('debt to equity over the parent shareholders\' equity, not total equity with the noncontrolling interests', () => {
    const a = ask('Brackwell debt to equity at March 31, 2025', store, ctx);
    expect(a.status).toBe('answered');
    // (5,000 + 10,000 + 60,000) / 84,000
    expect(Number(a.answers[0]!.value)).toBeCloseTo(75 / 84, 2);
  });
  it('total equity asked by name is still the total', () => {
    expect(ask('Brackwell total equity at March 31, 2025', store, ctx).answers[0]?.value).toBe('90000000');
  });
  it('payout ratio over the diluted EPS', () => {
    const a = ask('Brackwell dividend payout ratio for the three months ended March 31, 2025', store, ctx);
    expect(a.status).toBe('answered');
    expect(Number(a.answers[0]!.value)).toBeCloseTo(25, 4);
  });
});
