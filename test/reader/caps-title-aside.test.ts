// A title in capitals with a lower-case aside ("RECONCILIATION OF NET INCOME TO FFO AND AFFO (unaudited)") is
// the table's title, not a sentence of prose: the table is named by it and is no income statement.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Larchmont Logistics Trust Announces Second Quarter 2025 Results

DENVER, July 24, 2025 -- Larchmont Logistics Trust, Inc. (NYSE: LLT) today announced results for the quarter.

                  RECONCILIATION OF NET INCOME TO FFO AND AFFO (unaudited)
                       (in thousands, except per share amounts)

                                                    Q2 2025      Q2 2024
Net income attributable to common stockholders    $  29,280    $  14,250
Real estate depreciation and amortization            57,640       51,830
FFO attributable to common stockholders              86,920       66,080
`;

describe('a capitals title with a lower-case aside', () => {
  const doc = readReport(TEXT, 'larchmont.txt');
  it('titles the table', () => {
    expect(doc.statements[0]?.title).toBe('RECONCILIATION OF NET INCOME TO FFO AND AFFO');
    expect(doc.statements[0]?.kind).toBe('other');
  });
});
