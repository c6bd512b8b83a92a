// "net income available to common" asked of a statement printing both "Net income" (with the noncontrolling
// interests' share) and "Net income attributable to common stockholders": the common stockholders' line (or a
// question back offering it), never the consolidated net income.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const REIT = `TULSA, Okla., Feb. 10, 2026 (PRNewswire) -- Osage Plains Realty, Inc. (NYSE: OPR) today reported results.

                       CONSOLIDATED STATEMENTS OF OPERATIONS
                    (in thousands, except per share amounts)
                                                 Three Months Ended December 31,
                                                      2025            2024
Total revenues                                    $ 96,400        $ 90,100
Net income                                          18,250          15,600
Net income attributable to noncontrolling
  interests                                           (610)           (540)
Net income attributable to common stockholders    $ 17,640        $ 15,060
`;

const ctx = { today: '2026-03-01' };
const store = { documents: [readReport(REIT, 'osage.txt')] };

describe('net income available to common', () => {
  it('is the line attributable to common stockholders, or asks', () => {
    const r = ask('Osage Plains net income available to common Q4 2025', store, ctx);
    if (r.status === 'answered') expect(r.answers[0]?.value).toBe('17640000');
    else expect(r.text).toMatch(/Net income attributable to common stockholders/);
    expect(r.status).not.toBe('not_found');
  });
  it('leaves plain net income to the consolidated line', () => {
    expect(ask('Osage Plains net income Q4 2025', store, ctx).answers[0]?.value).toBe('18250000');
  });
});
