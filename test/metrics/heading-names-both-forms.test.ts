// "Basic and diluted earnings per share:" over "Basic" and "Diluted": the heading names both forms of EPS, each
// label names its own. Asked for diluted EPS, the "Diluted" line answers; asked for EPS alone, the bot asks which.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `LINDQVIST MARINE SUPPLY, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(In thousands, except per share data)
                                                   Three Months Ended June 30,
                                                      2026          2025
Net sales                                           48,200        45,100
Net income                                           4,820         4,105
Basic and diluted earnings per share:
Basic                                                 0.61          0.52
Diluted                                               0.60          0.51
`;
const store = { documents: [readReport(TEXT, 'lindqvist.txt')] };
const ctx = { today: '2026-08-15' };

describe('a heading that names both basic and diluted', () => {
  it('answers diluted EPS from the Diluted line', () => {
    expect(ask('Lindqvist diluted EPS Q2 2026', store, ctx).answers[0]?.value).toBe('0.6');
  });
  it('answers basic EPS from the Basic line', () => {
    expect(ask('Lindqvist basic EPS Q2 2025', store, ctx).answers[0]?.value).toBe('0.52');
  });
  it('asks which when EPS is not qualified', () => {
    expect(ask('Lindqvist EPS Q2 2026', store, ctx).status).toBe('clarify');
  });
});
