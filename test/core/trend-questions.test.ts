// Questions over a quarterly trend table: a margin the report prints is given as printed, a label wrapped after
// "Adjusted diluted" is one line, "adj" is chat shorthand for adjusted, and a company's name typed one letter off.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { ask } from '../../src/core/index.js';

const REPORT = `Harwick Tools Reports Second Quarter 2025 Results

DAYTON, Ohio, July 30, 2025 -- Harwick Tools, Inc. (NYSE: HWKT) today reported results for the quarter.

                          HARWICK TOOLS, INC.
                   SUPPLEMENTAL QUARTERLY INFORMATION
                         (Dollars in millions, except per share data)

                          June 30,     March 31,   December 31,
Three months ended           2025          2025          2024
Net sales                $  922.8      $  866.4      $  885.9
Operating income            238.6         202.9         207.3
Operating margin             25.9%         23.4%         23.4%
Adjusted operating
  income (1)                261.0         221.4         230.8
Diluted EPS (GAAP)       $   1.66      $   1.60      $   1.60
Adjusted diluted
  EPS (1)                $   1.87      $   1.68      $   1.92

                          HARWICK TOOLS, INC.
                RECONCILIATION OF GAAP TO NON-GAAP MEASURES
                         (Dollars in millions, except per share data)

                                  Three Months Ended June 30, 2025
                              As Reported    Amortization      Adjusted
                                   (GAAP)                   (Non-GAAP)
Operating income              $    238.6     $     22.4    $    261.0
Diluted EPS                   $     1.66     $     0.21    $     1.87
`;

const store = { documents: [readReport(REPORT, 'harwick-2025-q2.txt')] };
const value = (q: string) => ask(q, store, { today: '2025-08-01' }).answers[0]?.value;

describe('questions over a quarterly trend table', () => {
  it('gives the operating margin the report prints, not its own rounding of the ratio', () => {
    expect(value('Harwick operating margin Q2 2025')).toBe('25.9');
  });
  it('reads "Adjusted diluted" / "EPS (1)" as one line and answers adjusted EPS from it', () => {
    expect(value('Harwick adjusted EPS Q4 2024')).toBe('1.92');
    expect(value('Harwick adjusted EPS Q2 2025')).toBe('1.87');
  });
  it('reads "adj" as adjusted', () => {
    expect(value('harwick adj operating income q1 2025')).toBe('221400000');
  });
  it('keeps plain operating income to the reported figure', () => {
    expect(value('Harwick operating income Q2 2025')).toBe('238600000');
  });
  it('reads TAC as traffic acquisition costs, never as revenue ex-TAC', () => {
    const ads = { documents: [readReport(`Acme Ads, Inc. (NASDAQ: ACAD) reports results.

                          ACME ADS, INC.
                      STATEMENTS OF OPERATIONS
                          (In thousands)

                                              Three Months Ended
                                        Sep 30,    Jun 30,    Sep 30,
                                           2024       2025       2025
Revenue                                  98,412    108,275    117,934
Traffic acquisition costs                41,207     44,931     48,216
Revenue ex-TAC                           57,205     63,344     69,718
`, 'acme-ads.txt')] };
    expect(ask('Acme Ads TAC Q3 2025', ads, { today: '2025-11-01' }).answers[0]?.value).toBe('48216000');
    expect(ask('Acme Ads TAC as a percentage of revenue Q3 2025', ads, { today: '2025-11-01' }).answers[0]?.value).toBe('40.88');
  });
  it('reads a company name typed one letter off', () => {
    expect(value('Harwik net sales Q1 2025')).toBe('866400000');
  });
});

describe('an adjusted figure set against its reported version', () => {
  it('is declined rather than answered as the adjusted figure over time', () => {
    for (const q of ['Harwick adjusted operating income vs GAAP operating income Q2 2025', 'Harwick non-GAAP vs GAAP operating income Q2 2025']) {
      expect(ask(q, store, { today: '2025-08-01' }).status).not.toBe('answered');
    }
  });
  it('still compares the adjusted figure over time', () => {
    expect(ask('Harwick adjusted operating income Q2 2025 vs Q1 2025', store, { today: '2025-08-01' }).answers[0]?.change?.absolute).toBe('39600000');
  });
});

describe('a margin printed in a table of non-GAAP measures', () => {
  it('is not taken for the reported margin', () => {
    const doc = readReport(`Corvo Labs, Inc. (NASDAQ: CRVL) reports results for the second quarter ended June 30, 2025.

                          CORVO LABS, INC.
                   CONDENSED STATEMENTS OF OPERATIONS
                            (In millions)

                                       Q2 2025    Q1 2025
Revenue                                  200.0      180.0
Gross profit                             110.0       95.0

                          CORVO LABS, INC.
                      NON-GAAP FINANCIAL MEASURES
                            (In millions)

                                       Q2 2025    Q1 2025
Gross profit                             118.0      101.0
Gross margin                              59.0 %     56.1 %
`, 'corvo.txt');
    expect(ask('Corvo gross margin Q2 2025', { documents: [doc] }, { today: '2025-08-01' }).answers[0]?.value).toBe('55');
  });
});
