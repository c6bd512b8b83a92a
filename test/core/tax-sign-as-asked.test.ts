// A tax line whose label names both readings ("Income tax benefit (provision)", "Income tax (benefit) expense")
// is given in the reading asked: "income tax expense" of a provision printed as a negative benefit is that
// expense, positive; "tax benefit" of a benefit printed as a negative expense is that benefit. Asked as printed,
// or by neither word, the figure stands as printed.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Marlowe Signal Corp. today reported results for the second quarter ended June 30, 2025.

                            MARLOWE SIGNAL CORP.
                    CONDENSED STATEMENTS OF OPERATIONS
                               (in thousands)

                                        Three Months Ended June 30,
                                           2025            2024
Income (loss) before income taxes       (11,215)          9,318
Income tax benefit (provision)            4,239            (404)
Net income (loss)                        (6,976)          8,914
`;

const store = { documents: [readReport(RELEASE, 'marlowe.txt')] };
const ctx = { today: '2025-08-15' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe('a tax line asked in the other reading than printed', () => {
  it('gives a provision printed as a negative benefit as an expense when the expense is asked', () => {
    expect(value('income tax expense Q2 2024')).toBe('404000');
    expect(value('tax provision Q2 2024')).toBe('404000');
    expect(ask('income tax expense Q2 2024', store, ctx).answers[0]?.notes?.join(' ')).toMatch(/given as an expense/);
  });
  it('leaves the figure as printed when the benefit, or neither, is asked', () => {
    expect(value('income tax benefit Q2 2025')).toBe('4239000');
    expect(value('income taxes Q2 2024')).toBe('-404000');
  });
});
