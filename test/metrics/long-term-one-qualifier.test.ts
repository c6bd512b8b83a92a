// "Long-term" is one qualifier, as "current" is: asked "operating lease liabilities" beside a current and a
// long-term line, neither wins by the length of its word; the bot asks which.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `TALLOW & REED HOME CORP.
CONSOLIDATED BALANCE SHEETS
(in thousands)
                                          February 3,     January 28,
                                                2024            2023
Accounts payable                         $   398,625     $   412,940
Current operating lease liabilities          188,000         176,000
  Total current liabilities                  808,000         787,000
Long-term debt                               249,000         348,000
Long-term operating lease liabilities      1,032,000         991,000
  Total liabilities                        2,131,000       2,165,000
`;
const store = { documents: [readReport(TEXT, 'tallow.txt')] };
const ctx = { today: '2024-04-01' };

describe('current beside long-term', () => {
  it('asks which when neither is named', () => {
    const r = ask('Tallow & Reed operating lease liabilities February 3, 2024', store, ctx);
    expect(r.status).toBe('clarify');
  });
  it('answers the one named', () => {
    expect(ask('Tallow & Reed long-term operating lease liabilities February 3, 2024', store, ctx).answers[0]?.value).toBe('1032000000');
    expect(ask('Tallow & Reed current operating lease liabilities January 28, 2023', store, ctx).answers[0]?.value).toBe('176000000');
  });
});
