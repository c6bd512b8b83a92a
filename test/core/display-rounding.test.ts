// Shown figures round half away from zero, as reports print them: $61,250,000 is "$61.3 million", a loss of
// $61,250,000 is "$(61.3) million"; the exact figure stays in the answer.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { scaled } from '../../src/core/format/numbers.js';
import { round, D } from '../../src/core/decimal.js';

const RELEASE = `
Tamsin Robotics, Inc. (Nasdaq: TMSN) today reported results for the quarter ended March 31, 2025.

                     TAMSIN ROBOTICS, INC.
          CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                  (in thousands, unaudited)

                                            Three months ended
                                                 March 31,
                                            2025          2024
Revenue                                  $ 61,250      $ 49,000
Operating loss                             (61,250)      (2,450)
`;

describe('display rounding', () => {
  it('rounds a half up when scaling to millions', () => {
    expect(scaled('61250000')).toBe('61.3 million');
    expect(scaled('61249999')).toBe('61.2 million');
  });
  it('rounds a half away from zero in computed values', () => {
    expect(round(D('2.845'), 2)).toBe('2.85');
    expect(round(D('-2.845'), 2)).toBe('-2.85');
  });
  it('answers with the rounded figure and keeps the exact one', () => {
    const store = { documents: [readReport(RELEASE, 'tamsin-2025-q1.txt')] };
    const a = ask('Tamsin revenue Q1 2025', store, { today: '2025-05-01' });
    expect(a.answers[0]?.value).toBe('61250000');
    expect(a.text).toContain('$61.3 million');
    const loss = ask('Tamsin operating loss Q1 2025', store, { today: '2025-05-01' });
    expect(loss.text).toContain('$(61.3) million');
    // 61,250 against 49,000: +25.0%
    const growth = ask('Tamsin revenue growth Q1 2025 vs Q1 2024', store, { today: '2025-05-01' });
    expect(growth.answers[0]?.change?.percent).toBe('25');
  });
});
