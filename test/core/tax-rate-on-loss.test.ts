// An effective tax rate over a pre-tax loss with a tax expense (610 on a loss of 125) would be -488%: not
// meaningful, so it is declined with the reason. A benefit on a loss is a rate (positive), and so is a profit's.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `
Hollin Data, Inc. today reported results for the fourth quarter and the year ended December 31, 2025.

                              HOLLIN DATA, INC.
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                            Year Ended December 31,
                                        2025         2024         2023
Total revenues                       $ 233,520    $ 208,030    $ 190,400
Income (loss) before income taxes       10,680         (125)      (4,000)
Provision for (benefit from) income
  taxes                                  2,905          610       (1,000)
Net income (loss)                     $  7,775    $    (735)   $  (3,000)
`;

const store = { documents: [readReport(RELEASE, 'hollin.txt')] };
const ctx = { today: '2026-03-01' };

describe('effective tax rate', () => {
  it('is declined, with why, when a tax expense stands on a pre-tax loss', () => {
    const r = ask('effective tax rate 2024', store, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.text).toMatch(/not meaningful/);
  });
  it('is given for a profit (2,905 / 10,680) and for a benefit on a loss (1,000 / 4,000)', () => {
    expect(ask('effective tax rate 2025', store, ctx).answers[0]).toMatchObject({ value: '27.2' });
    expect(ask('effective tax rate 2023', store, ctx).answers[0]).toMatchObject({ value: '25' });
  });
});
