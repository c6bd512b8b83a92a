// Figures read the way an analyst writes them.
import { describe, expect, it } from 'vitest';
import { changeWords, exactValue, formatValue, percentWords } from '../../src/core/format/numbers.js';
import { changeOf } from '../../src/core/resolve/compare.js';

describe('formatValue', () => {
  it.each([
    ['23322000', 'USD', '$23.3 million'],
    ['-6976000', 'USD', '$(7.0) million'],
    ['2721000000', 'USD', '$2.72 billion'],
    ['11903000000', 'USD', '$11.90 billion'],
    ['335000', 'USD', '$335,000'],
    ['0', 'USD', '$0'],
    ['-0.03', 'USD/share', '$(0.03)'],
    ['0.375', 'USD/share', '$0.375'],
    ['259786000', 'shares', '259.8 million shares'],
    ['56.12', 'percent', '56.1%'],
    ['3.8695', 'ratio', '3.87x'],
    ['45217000000', 'kWh', '45.22 billion kWh'],
    ['45210000', 'EUR', '€45.2 million'],
    ['-2700000', 'GBP', '£(2.7) million'],
    ['1200000', 'CHF', 'CHF 1.2 million'],
    ['0.41', 'EUR/share', '€0.41'],
    ['-0.05', 'SEK/share', 'SEK (0.05)'],
  ])('%s %s -> %s', (v, unit, want) => {
    expect(formatValue(v, unit)).toBe(want);
  });

  it('gives the exact figure as printed', () => {
    expect(exactValue('23322000', 'USD')).toBe('$23,322,000');
    expect(exactValue('-739237000', 'USD')).toBe('$(739,237,000)');
    expect(exactValue('45210000', 'EUR')).toBe('€45,210,000');
  });
});

describe('changes', () => {
  it('computes absolute and percent change exactly', () => {
    expect(changeOf('71146000', '75493000')).toEqual({ absolute: '4347000', percent: '6.11' });
    expect(changeWords('4347000', 'USD')).toBe('up $4.3 million');
    expect(percentWords('6.11')).toBe('+6.1%');
  });
  it('rounds the percent shown once, from the figures (14,200 on 498,100 is +2.85..%: "+2.9%", not "+2.8%")', () => {
    expect(changeOf('498100000', '512300000').percent).toBe('2.85');
    expect(percentWords('2.85', '498100000', '512300000')).toBe('+2.9%');
    expect(percentWords('-7.13', '51900000', '48200000')).toBe('-7.1%');
  });
  it('measures a change from a negative base against its size', () => {
    expect(changeOf('-3978000', '-6976000')).toEqual({ absolute: '-2998000', percent: '-75.36' });
  });
  it('has no percent change from zero', () => {
    expect(changeOf('0', '7841000').percent).toBeNull();
  });
  it('speaks of points for percentages, with basis points beside a move under ten points', () => {
    expect(changeWords('-7.92', 'percent')).toBe('down 7.9 points (792 bps)');
    expect(changeWords('0.245', 'percent')).toBe('up 0.2 points (25 bps)');
    expect(changeWords('-28.93', 'percent')).toBe('down 28.9 points');
  });
});
