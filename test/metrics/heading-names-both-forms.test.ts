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

const WITH_ADJUSTED = `${TEXT}

RECONCILIATION OF ADJUSTED DILUTED EARNINGS PER SHARE (UNAUDITED)
                                                   Three Months Ended June 30,
                                                      2026          2025
Diluted earnings per common share:                    0.60          0.51
Add (deduct):
Stock-based compensation expense                      0.06          0.05
Tax impact                                           (0.01)        (0.01)
Adjusted diluted earnings per common share            0.65          0.55
`;

describe('adjusted diluted EPS beside the reported Diluted line', () => {
  const both = { documents: [readReport(WITH_ADJUSTED, 'lindqvist.txt')] };
  it('never answers the reported figure for the adjusted one', () => {
    const r = ask('Lindqvist adjusted diluted EPS Q2 2026', both, ctx);
    expect(r.status === 'answered' ? r.answers[0]?.value : '0.65').toBe('0.65');
  });
});
