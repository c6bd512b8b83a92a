// A highlights table whose change column prints a margin's change in basis points ("100 bps"): the row is a row
// of figures (the change read as percentage points), not a heading over the rows below it.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const HIGHLIGHTS = `
Pellworm Valve Corp. Announces Second Quarter 2025 Results

Pellworm Valve Corp. today reported results for the second quarter ended June 30, 2025.

FINANCIAL HIGHLIGHTS
(in millions, except per share amounts and percentages)

                                        Q2 2025     Q2 2024     Change
Net revenue                              $ 412.6     $ 389.1       6.0%
Operating income                            48.3        41.7      15.8%
Operating margin                            11.7%       10.7%    100 bps
Gross margin                                31.2%       31.7%    (50) bps
Adjusted EBITDA                             71.9        64.2      12.0%
Adjusted EBITDA margin                      17.4%       16.5%     +90bps
Diluted EPS                              $  1.12     $  0.94      19.1%
`;

describe('a change printed in basis points', () => {
  const doc = readReport(HIGHLIGHTS, 'pellworm.txt');
  const rows = doc.statements[0].rows;
  const row = (label: string) => rows.find((r) => r.label === label);
  it('reads "100 bps", "(50) bps" and "+90bps" as a change of 1, -0.5 and 0.9 points', () => {
    expect(row('Operating margin')).toMatchObject({ unit: 'percent', values: ['11.7', '10.7', '1'] });
    expect(row('Gross margin')).toMatchObject({ unit: 'percent', values: ['31.2', '31.7', '-0.5'] });
    expect(row('Adjusted EBITDA margin')).toMatchObject({ unit: 'percent', values: ['17.4', '16.5', '0.9'] });
  });
  it('keeps the rows below such a row as rows of their own (not filed under it)', () => {
    expect(row('Adjusted EBITDA')).toMatchObject({ path: ['Adjusted EBITDA'], values: ['71900000', '64200000', '12'] });
    expect(row('Diluted EPS')?.path).toEqual(['Diluted EPS']);
  });
  it('answers the line below it by its own name', () => {
    const r = ask('adjusted EBITDA Q2 2025', { documents: [doc] }, { today: '2025-08-01' });
    expect(r.status).toBe('answered');
    expect(r.answers[0].value).toBe('71900000');
    expect(r.answers[0].period?.label).toBe('Q2 2025');
  });
});
