// A short sentence of the release's text a blank line above a table's title is text, not part of the title.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const REPORT = `Acme Ads Reports Third Quarter 2025 Results

"Streaming drove the quarter," said Chief Executive Officer Jane Roe.
Acme ended the quarter with 412 employees.

                              ACME ADS, INC.
                   CONDENSED STATEMENTS OF OPERATIONS (UNAUDITED)
                              (In thousands)

                                       Q3 2025    Q3 2024
Revenue                                117,934     98,412
Net income                              13,601      7,339
`;

describe('a short sentence above a table title', () => {
  const doc = readReport(REPORT, 'acme-ads-2025-q3.txt');
  it('stays in the text', () => {
    expect(doc.prose.some((p) => p.text.includes('412 employees'))).toBe(true);
  });
  it('is not part of the title, which keeps its company line and units', () => {
    expect(doc.statements[0]!.title).not.toMatch(/employees/);
    expect(doc.statements[0]!.units).toMatch(/thousands/i);
  });
});
