// A table of share counts whose units line gives shares a scale and names no money: "(shares in thousands)". Its
// lines that name shares are counts of shares in thousands, however they are worded ("Shares repurchased"), not
// dollars; a line of money paid for shares stays money.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Penrith Asset Management Reports Second Quarter 2025 Results

BOSTON, July 22, 2025 -- Penrith Asset Management, Inc. today reported results for the quarter ended June 30, 2025.

                     PENRITH ASSET MANAGEMENT, INC.
                              SHARE DATA
                    (shares in thousands) (unaudited)

                                          Three Months Ended June 30,
                                            2025          2024
Weighted-average shares - diluted          41,250        42,100
Shares repurchased                            610           480
Cost of shares repurchased                 31,900        22,400
Common shares outstanding, end of period   40,880        41,770
`;

describe('a share data table in thousands of shares', () => {
  const doc = readReport(RELEASE, 'penrith.txt');
  const rows = Object.fromEntries(doc.statements[0]!.rows.map((r) => [r.label, r]));
  it('reads lines naming shares as share counts in thousands', () => {
    expect(rows['Shares repurchased']).toMatchObject({ unit: 'shares', values: ['610000', '480000'] });
    expect(rows['Common shares outstanding, end of period']).toMatchObject({ unit: 'shares', values: ['40880000', '41770000'] });
    expect(rows['Weighted-average shares - diluted']).toMatchObject({ unit: 'shares', values: ['41250000', '42100000'] });
  });
  it('keeps the money paid for shares as money', () => {
    expect(rows['Cost of shares repurchased']!.unit).toBe('USD');
  });
  it('is no cash flow statement: shares outstanding at a date are answered', () => {
    expect(doc.statements[0]!.kind).toBe('other');
    const r = ask('Penrith common shares outstanding at June 30, 2025', { documents: [doc] }, { today: '2025-08-01' });
    expect(r.answers[0]?.value).toBe('40880000');
  });
});
