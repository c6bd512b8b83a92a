// A narrowed metric (weighted shares + "basic") is named by its base's words with the qualifier before or after
// them, or inside the way a filing words it ("shares used to compute basic EPS"): the share count, never the EPS
// line whose words the question also holds.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const sonus = () => storeOf('sonus-2007-q2.txt');

describe('qualified share counts and deferred revenue', () => {
  it.each([
    // lines 233-234: "Shares used in computing net income (loss) per share" › Basic / Diluted
    ['basic weighted average shares outstanding q2 2007', '259786000', 233],
    ['weighted average shares outstanding diluted q2 2006', '256326000', 234],
    ['how many shares were used to compute basic eps in q2 2007', '259786000', 233],
    ['shares used in computing basic net loss per share q2 2007', '259786000', 233],
    ['shares used to compute diluted EPS in the first half of 2006', '255454000', 287],
    // lines 321 and 326: the current and long-term parts of deferred revenue
    ['current deferred revenue june 30 2007', '55270000', 321],
    ['deferred revenue long term at june 30 2007', '31319000', 326],
  ])('%s', (q, value, line) => {
    const r = ask(q, sonus(), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe(value);
    expect(r.answers[0]?.citations[0]?.line).toBe(line);
  });

  it('basic EPS is still the per-share figure', () => {
    const r = ask('basic eps q2 2007', sonus(), ctx);
    expect(r.answers[0]?.value).toBe('-0.03');
  });
});
