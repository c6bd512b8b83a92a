// Newswire highlights are bullets with no full stop: each is a sentence of its own, so a question about guidance
// is answered only by a bullet that speaks of what was asked, never by words gathered from the bullets around it.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { storeIn } from '../helpers/stores.js';

const REPORT = `Pellmont Valve Reports Fiscal 2024 Fourth Quarter Results

  - Fourth quarter net sales of $412.0 million increased 6.1%
  - Record full-year net sales of $1.58 billion
  - Fiscal 2025 guidance: adjusted diluted EPS of $3.10 to $3.30

DAYTON, Aug. 8, 2024 -- Pellmont Valve Corporation (NYSE: PVC) today reported results for the fiscal year ended
June 30, 2024.

                        PELLMONT VALVE CORPORATION
                   CONSOLIDATED STATEMENTS OF INCOME
                         (Dollars in millions)

                                       Fourth Quarter        Fiscal Year
                                       2024      2023      2024      2023
Net sales                           $ 412.0   $ 388.3  $1,580.0  $1,497.0
Net income                             31.2      27.9     118.4     104.5
`;
const store = { documents: [readReport(REPORT, 'pellmont-fy2024-q4.txt')] };
const ctx = { today: '2024-12-01' };

describe('bullets without a full stop', () => {
  it('quotes the one bullet that gives the guidance asked', () => {
    const a = ask('Pellmont fiscal 2025 EPS guidance', store, ctx);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('$3.10 to $3.30');
    expect(a.text).not.toContain('412.0');
    expect(a.answers[0]?.citations[0]?.line).toBe(5);
  });
  it('does not answer a forecast of net sales with the EPS bullet', () => {
    expect(ask('Pellmont fiscal 2025 net sales forecast', store, ctx).status).not.toBe('answered');
  });
});

describe('a bullet of guidance in a count rather than money', () => {
  it('quotes the bullet that gives production guidance in ounces', () => {
    const a = ask("What is Northern Tamarack's 2023 production guidance?", storeIn('releases'), ctx);
    expect(a.status).toBe('answered');
    expect(a.text).toContain('235,000 to 250,000 ounces');
  });
});
