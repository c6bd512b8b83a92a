// EBITDA margin over a release that prints its own EBITDA (a reconciliation from net income) beside an operating
// line and D&A whose sum differs from it (discontinued operations, other income): the margin rests on the EBITDA
// the company prints; without one it is computed from operating income plus D&A, and says so.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const STATEMENTS = `
Saltmarsh Provisions, Inc. today reported results for the third quarter ended September 30, 2025.

                           SALTMARSH PROVISIONS, INC.
                     CONDENSED STATEMENTS OF OPERATIONS
                                (in thousands)

                                       Three Months Ended September 30,
                                           2025             2024
Net sales                               $ 200,000        $ 180,000
Cost of goods sold                        170,000          150,000
Gross profit                               30,000           30,000
Selling, general and administrative        36,000           22,000
Operating (loss) income                    (6,000)           8,000
Interest expense                           (4,000)          (4,000)
Net (loss) income                       $ (10,000)       $   4,000
`;

const RECONCILIATION = `

                           SALTMARSH PROVISIONS, INC.
                     RECONCILIATION OF NET (LOSS) INCOME TO EBITDA
                                (in thousands)

                                       Three Months Ended September 30,
                                           2025             2024
Net (loss) income                       $ (10,000)       $   4,000
Income from discontinued operations        (1,000)            (500)
Interest expense                            4,000            4,000
Depreciation and amortization              12,000           11,000
EBITDA                                      5,000           18,500
`;

const ctx = { today: '2025-11-15' };
const storeOf = (text: string) => ({ documents: [readReport(text, 'saltmarsh.txt')] });

describe('EBITDA margin', () => {
  it('divides the EBITDA the report prints by revenue (5,000 / 200,000), citing that line', () => {
    const r = ask('EBITDA margin Q3 2025', storeOf(STATEMENTS + RECONCILIATION), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ metric: 'EBITDA margin', value: '2.5', unit: 'percent' });
    expect(r.answers[0].period?.label).toBe('Q3 2025');
    expect(r.answers[0].citations.map((c) => c.row)).toContain('EBITDA');
  });
  it('computes it from operating income plus D&A when no EBITDA is printed ((-6,000 + 12,000) / 200,000), with a note', () => {
    const withoutEbitda = STATEMENTS + RECONCILIATION.replace(/^EBITDA .*$/m, '');
    const r = ask('EBITDA margin Q3 2025', storeOf(withoutEbitda), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]).toMatchObject({ metric: 'EBITDA margin', value: '3' });
    expect(r.answers[0].notes?.join(' ')).toMatch(/operating income plus depreciation/);
  });
});
