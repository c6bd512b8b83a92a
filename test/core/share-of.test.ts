// "X as a percent of Y" and "what share of Y was X": one line over another, same period.
import { describe, expect, it } from 'vitest';
import { splitShareOf } from '../../src/core/parse/share-of.js';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

describe('splitShareOf', () => {
  it.each([
    ['R&D as a percentage of revenue', { part: 'R&D', whole: 'revenue' }],
    ['marketing as a share of total operating expenses', { part: 'marketing', whole: 'operating expenses' }],
    ['what percent of revenue was service in', { part: 'service in', whole: 'revenue' }],
    ['what share of sales came from international', { part: 'international', whole: 'sales' }],
    ['service revenue share of total', { part: 'service revenue', whole: 'revenue' }],
    ['service as a portion of revenue', { part: 'service', whole: 'revenue' }],
  ])('%s', (phrase, want) => {
    expect(splitShareOf(phrase)).toEqual(want);
  });
  it('is not fooled by a plain metric', () => {
    expect(splitShareOf('gross profit')).toBeNull();
    expect(splitShareOf('current portion of long-term liabilities')).toBeNull();
  });
});

describe('a share asked with "%" before the whole', () => {
  it('reads "what % of revenue was retail" as the retail line over total revenue, not retail over itself', () => {
    expect(splitShareOf('what % of revenue was retail in')).toEqual({ part: 'retail in', whole: 'revenue' });
    const r = ask('what % of southern revenue was retail in Q4 2004', storeOf('southern-2004-q4.txt'), { today: '2026-11-25' });
    expect(r.status).toBe('answered');
    // Retail Revenue 2,194 over Total Revenues 2,721
    expect(r.answers[0]!.value).toBe('80.63');
  });
  it('never answers a line as a share of itself', () => {
    const r = ask('retail as a share of retail revenue Q4 2004', storeOf('southern-2004-q4.txt'), { today: '2026-11-25' });
    expect(r.answers[0]?.value).not.toBe('100');
    expect(r.status).not.toBe('answered');
  });
});
