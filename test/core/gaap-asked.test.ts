// "GAAP" in a question asks for the figure the statements report: the statement's exact line, never a
// "Non-GAAP" row (which also holds the word), and "GAAP operating margin" is the operating margin computed from
// the statements. "Non-GAAP" still asks for the adjusted row.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Tallowby Systems, Inc. today reported results for the fourth quarter and the year ended December 31, 2025.

                             TALLOWBY SYSTEMS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                            Year Ended December 31,
                                             2025            2024
Total revenues                            $ 233,520       $ 208,030
Cost of revenues                             77,015          72,315
Gross profit                                156,505         135,715
Operating expenses                          142,625         130,820
Operating income                             13,880           4,895
Net income (loss)                         $   7,775       $    (735)


                             TALLOWBY SYSTEMS, INC.
              RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES
                                 (in millions)

                                            Year Ended December 31,
                                             2025            2024
GAAP operating income                     $    13.9       $     4.9
  Stock-based compensation                     12.8            11.2
  Amortization of intangibles                   5.6             5.6
Non-GAAP operating income                 $    32.3       $    21.7
Non-GAAP operating margin                      13.8%           10.4%
GAAP net income (loss)                    $     7.8       $    (0.7)
`;

const store = { documents: [readReport(RELEASE, 'tallowby.txt')] };
const ctx = { today: '2026-03-01' };
const first = (q: string) => {
  const r = ask(q, store, ctx);
  expect(r.status, `${q}: ${r.text}`).toBe('answered');
  return r.answers[0];
};

describe('GAAP asked in so many words', () => {
  it('"GAAP operating margin" is operating income over revenue (4,895 / 208,030), not the non-GAAP margin row', () => {
    const a = first('GAAP operating margin 2024');
    expect(a).toMatchObject({ metric: 'Operating margin', value: '2.35' });
    expect(a.citations.map((c) => c.row)).not.toContain('Non-GAAP operating margin');
  });
  it('"GAAP operating income" and "GAAP net income" are the statement lines, exact (not the rounded reconciliation)', () => {
    expect(first('GAAP operating income 2025')).toMatchObject({ value: '13880000', period: { label: 'FY2025' } });
    expect(first('GAAP net income 2024')).toMatchObject({ value: '-735000' });
  });
  it('"non-GAAP operating margin" and "non GAAP operating income" are still the adjusted rows', () => {
    expect(first('non-GAAP operating margin 2024')).toMatchObject({ metric: 'Non-GAAP operating margin', value: '10.4' });
    expect(first('non GAAP operating income 2025')).toMatchObject({ metric: 'Non-GAAP operating income', value: '32300000' });
  });
});
