// A made-up cash-flow statement whose section heading wraps over two label lines.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const WRAPPED_HEADING = `
                         TAILSPIN SOFTWARE
                    STATEMENTS OF CASH FLOWS
                 SIX MONTHS ENDED JUNE 30, 2001 AND 2000

                                                                  2001               2000
CASH FLOWS FROM OPERATING ACTIVITIES
Net loss                                                       $(4,239,000)      $(1,581,000)
Reconciliation of net loss to net cash used in
operating activities:
  Depreciation                                                     184,000            59,000
  Accounts payable                                                 374,000           204,000
        Net cash used in operating activities                   (3,681,000)       (1,318,000)
CASH FLOWS FROM INVESTING ACTIVITIES:
  Purchases of property and equipment                             (459,000)         (298,000)
`;

describe('a section heading wrapped over two label lines inside a cash-flow statement', () => {
  const doc = readReport(WRAPPED_HEADING, 'tailspin.txt');
  it('keeps one table: the long first line is a label, not prose that ends the table', () => {
    expect(doc.statements).toHaveLength(1);
    const s = doc.statements[0];
    expect(s.kind).toBe('cash_flow');
    expect(s.rows.find((r) => r.label === 'Purchases of property and equipment')?.values).toEqual(['-459000', '-298000']);
    expect(s.columns[0].period).toEqual({ type: 'six_months', start: '2001-01-01', end: '2001-06-30' });
  });
});
