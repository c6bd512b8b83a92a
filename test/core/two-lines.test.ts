// Two lines of one period put together: their sum ("R&D + S&M"), or one less the other ("difference between
// product and service revenue", "was SG&A higher than R&D"). Costs printed as deductions count by their size; a
// line whose every figure is negative and that is not known as a cost is not added blindly.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const sonus = () => storeOf('sonus-2007-q2.txt');

// costs printed in parentheses, without a "Costs and expenses" heading; a line of losses in both columns
const DEDUCTED = `Wrenfield Tools, Inc. Reports Second Quarter 2025 Results

WRENFIELD TOOLS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in thousands)

                                        Three Months Ended June 30,
                                           2025            2024
Net sales                               $ 120,400       $ 110,250
Cost of sales                             (72,300)        (66,900)
Gross profit                               48,100          43,350
Selling, general and administrative       (21,600)        (20,100)
Research and development                   (9,800)         (9,150)
Operating income                           16,700          14,100
Equity in losses of joint venture           (1,200)           (800)
`;
const wrenfield = () => ({ documents: [readReport(DEDUCTED, 'wrenfield-2025-q2.txt')] });

describe('two lines of one period', () => {
  it.each([
    // sonus lines 213 and 214: R&D 22,350 and S&M 21,219 (thousands) in Q2 2007
    ['R&D + S&M in Q2 2007', '43569000'],
    ['sum of R&D and S&M q2 2007', '43569000'],
    ['research and development and sales and marketing combined in q2 2007', '43569000'],
    // lines 196 and 197: product 52,171 and service 23,322
    ['difference between product and service revenue q2 2007', '28849000'],
    ['product minus service revenue in Q2 2007', '28849000'],
    ['was R&D higher than S&M in Q2 2007?', '1131000'],
    ['how much more was R&D than S&M in Q2 2007', '1131000'],
  ])('%s', (q, value) => {
    const r = ask(q, sonus(), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe(value);
    expect(r.answers[0]?.kind).toBe('ratio');
    expect(r.answers[0]?.citations).toHaveLength(2);
  });

  it('costs printed as deductions count by their size', () => {
    expect(ask('SG&A plus R&D q2 2025', wrenfield(), ctx).answers[0]?.value).toBe('31400000');
    expect(ask('was SG&A higher than R&D in q2 2025', wrenfield(), ctx).answers[0]?.value).toBe('11800000');
    expect(ask('difference between net sales and cost of sales q2 2024', wrenfield(), ctx).answers[0]?.value).toBe('43350000');
  });

  it('a line negative in every column that is no known cost is not added', () => {
    const r = ask('operating income plus equity in losses of joint venture q2 2025', wrenfield(), ctx);
    expect(r.status).not.toBe('answered');
  });

  it('one line whose name holds "and" is one line; "X vs Y" is asked back; "cash + investments" keeps its own measure', () => {
    expect(ask('sales and marketing q2 2007', sonus(), ctx).answers[0]?.value).toBe('21219000');
    const vs = ask('R&D vs S&M q2 2007', sonus(), ctx);
    expect(vs.status).toBe('clarify');
    expect(vs.suggestions).toContain('R&D minus S&M in q2 2007');
    expect(ask('cash + short-term investments june 30 2007', sonus(), ctx).answers[0]?.metric).toBe('Cash and investments');
  });
  it('"X and Y" gives each line, for the same period, both cited and both in the text', () => {
    const r = ask('what were revenue and net income in q2 2007', sonus(), ctx);
    expect(r.status).toBe('answered');
    // lines 198 and 225
    expect(r.answers.map((a) => [a.value, a.citations[0]?.line])).toEqual([['75493000', 198], ['-6976000', 225]]);
    expect(r.text).toContain('$75.5 million');
    expect(r.text).toContain('$(7.0) million');
  });

  it('a line whose own name joins two things with "and" is that one line', () => {
    const sheet = `Wrenfield Tools, Inc. Reports Second Quarter 2025 Results

                         WRENFIELD TOOLS, INC.
                 CONDENSED CONSOLIDATED BALANCE SHEETS
                            (in thousands)

                                              June 30,     December 31,
                                                2025           2024
Accounts payable and accrued expenses          41,250         38,900
Accounts payable to related parties             2,100          1,950
Total current liabilities                      43,350         40,850
`;
    const r = ask('accounts payable and accrued expenses june 30 2025', { documents: [readReport(sheet, 'wrenfield-bs.txt')] }, ctx);
    expect(r.answers).toHaveLength(1);
    expect(r.answers[0]?.value).toBe('41250000');
  });
});
