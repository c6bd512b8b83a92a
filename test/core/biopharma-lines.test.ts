// A biopharma's balance sheet data: its only borrowing printed as "Convertible senior notes, net".
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `SOMERVILLE, Mass., Feb. 20, 2025 (GLOBE NEWSWIRE) -- Quillmore Bio, Inc. (Nasdaq: QLMB) today reported
results for the fourth quarter and full year ended December 31, 2024.

                   SELECTED CONDENSED CONSOLIDATED BALANCE SHEET DATA (UNAUDITED)
                                     (in thousands)

                                                      December 31,    December 31,
                                                          2024            2023
Cash and cash equivalents                               $ 212,806       $ 188,115
Total assets                                            1,012,447       1,025,603
Convertible senior notes, net                             187,415         186,102
Total liabilities                                         311,208         289,884
`;

const store = { documents: [readReport(TEXT, 'quillmore.txt')] };
const ctx = { today: '2025-06-01' };

describe('convertible senior notes', () => {
  it('answers "convertible notes" and "long-term debt" with the convertible senior notes line', () => {
    expect(ask('Quillmore convertible notes December 31, 2024', store, ctx).answers[0]?.value).toBe('187415000');
    expect(ask('Quillmore long-term debt at December 31, 2023', store, ctx).answers[0]?.value).toBe('186102000');
  });
});
