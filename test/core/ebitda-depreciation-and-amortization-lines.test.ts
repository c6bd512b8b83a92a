// EBITDA over a cash flow statement that prints depreciation and the amortization of intangibles as two lines.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const statements = (amortization: string) => `
                        HALLOWAY INSTRUMENTS, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                (In thousands)

                                                Nine Months Ended
                                                   September 30,
                                                  1998        1997
Net sales ..................................   $139,642    $118,930
Operating income ...........................     21,901      16,219

                        HALLOWAY INSTRUMENTS, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                (In thousands)

                                                Nine Months Ended
                                                   September 30,
                                                  1998        1997
Cash flows from operating activities:
  Net income ...............................   $ 14,080    $ 10,292
  Adjustments to reconcile net income to net cash
    provided by operating activities:
    Depreciation ...........................      3,904       3,518
    ${amortization.padEnd(39, '.')}      1,836       1,620
    Deferred income taxes ..................         48        (212)
        Net cash provided by operating
          activities .......................     19,868      15,218
`;

const ctx = { today: '2025-11-01' };
const first = (q: string, text: string) => ask(q, { documents: [readReport(text, 'h.txt')] }, ctx).answers[0];

describe('EBITDA with depreciation and amortization on two lines', () => {
  it('adds both lines to operating income, citing each', () => {
    const a = first('Halloway EBITDA nine months 1998', statements('Amortization of intangible assets '));
    expect(a?.value).toBe('27641000');
    expect(a?.citations.map((c) => c.row)).toEqual(expect.arrayContaining([expect.stringMatching(/Depreciation$/), expect.stringMatching(/Amortization of intangible assets$/)]));
    expect(first('Halloway EBITDA nine months 1997', statements('Amortization of intangible assets '))?.value).toBe('21357000');
  });
  it('adds no amortization of financing costs, which is interest', () => {
    expect(first('Halloway EBITDA nine months 1998', statements('Amortization of deferred financing costs '))?.value).toBe('25805000');
  });
});
