// Several lines of one metric in the income statement: a subtotal the company defines ("Revenue, net of pass-through
// costs"), the pass-through revenue, and the total. Asked for revenue, a user wants the total: the two lines tied with
// it add up to it, so they are its parts. Lines that do not add up to the total still ask back.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const release = (reimbursed: string): string => `Brightwater Resorts Reports Full Year 2025 Results

ORLANDO, February 12, 2026 -- Brightwater Resorts, Inc. today reported results for the year ended December 31, 2025.

                       BRIGHTWATER RESORTS, INC.
                 CONSOLIDATED STATEMENTS OF INCOME
                          (in millions)

                                           Year Ended December 31,
                                             2025          2024
Revenues:
  Owned hotels                              800.0         760.0
  Management fees                           200.0         180.0
Revenue, net of pass-through costs        1,000.0         940.0
  Revenues for reimbursed costs             ${reimbursed}       1,100.0
Total revenues                            2,200.0       2,040.0
Operating costs                           1,950.0       1,830.0
Operating income                            250.0         210.0
`;

describe('a total tied with lines that add up to it', () => {
  const ctx = { today: '2026-03-01' };
  it('answers revenue with the total, whatever the plural', () => {
    const store = { documents: [readReport(release('1,200.0'), 'brightwater.txt')] };
    for (const q of ['Brightwater revenue 2025', 'Brightwater revenues 2025']) {
      const r = ask(q, store, ctx);
      expect(r.answers[0]?.value, q).toBe('2200000000');
    }
    expect(ask('Brightwater revenues for reimbursed costs 2025', store, ctx).answers[0]?.value).toBe('1200000000');
    // the subtotal asked in its own words, "net of" tail and all
    expect(ask('Brightwater revenue, net of pass-through costs, 2024', store, ctx).answers[0]?.value).toBe('940000000');
  });
  it('asks back when the tied lines do not add up to the total', () => {
    const store = { documents: [readReport(release('1,150.0'), 'brightwater.txt')] };
    expect(ask('Brightwater revenue 2025', store, ctx).status).not.toBe('answered');
  });
});
