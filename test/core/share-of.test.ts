// "X as a percent of Y" and "what share of Y was X": one line over another, same period.
import { describe, expect, it } from 'vitest';
import { splitShareOf } from '../../src/core/parse/share-of.js';

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
