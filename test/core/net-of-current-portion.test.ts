// "term loan" over a balance sheet that prints "Current portion of term loan" and "Term loan, net of current
// portion": never the current portion alone (the "net" of "net of current portion" is no loan net of an allowance).
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const SHEET = `Kestrel Diagnostics, Inc.
CONSOLIDATED BALANCE SHEETS
(in thousands)
                                                  December 31,     December 31,
                                                      2024             2023
Current liabilities:
  Accounts payable                                 $  4,210         $  3,980
  Current portion of term loan                        1,500            1,500
Total current liabilities                             5,710            5,480
Term loan, net of current portion                     7,125            8,625
Total liabilities                                    12,835           14,105
`;

describe('a line printed as a current part and the rest', () => {
  it('"term loan" is not answered with the current portion', () => {
    const store = { documents: [readReport(SHEET, 'kestrel-2024-q4.txt')] };
    const r = ask('Kestrel term loan December 31 2024', store, { today: '2026-11-25' });
    expect(r.answers[0]?.value ?? null).not.toBe('1500000');
    expect(ask('Kestrel current portion of term loan December 31 2024', store, { today: '2026-11-25' }).answers[0]?.value).toBe('1500000');
  });
});
