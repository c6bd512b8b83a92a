// The reader's text arithmetic prints exactly what decimal.js prints, for any figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/reader/decimal.js';
import { plainDigits, sameExact, sumExact, timesPowerOfTen } from '../../src/reader/decimal-text.js';

const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 18 });
// "0052", "0052.50", ".81": what a figure's digits look like once signs, commas and parens are gone
const body = fc.tuple(fc.option(digits), fc.option(digits)).filter(([i, f]) => i !== null || f !== null)
  .map(([i, f]) => `${i ?? ''}${f === null ? '' : `.${f}`}`);

describe('decimal text', () => {
  it('plainDigits matches decimal.js toFixed()', () => {
    expect(plainDigits('0052.50')).toBe('52.5');
    expect(plainDigits('.81')).toBe('0.81');
    expect(plainDigits('000.000')).toBe('0');
    fc.assert(fc.property(body, (b) => {
      expect(plainDigits(b)).toBe(new Decimal(b.startsWith('.') ? `0${b}` : b).toFixed());
    }), { seed: 1, numRuns: 2000 });
  });

  it('timesPowerOfTen matches decimal.js times() for thousands, millions and billions', () => {
    expect(timesPowerOfTen('-52.171', 3)).toBe('-52171');
    expect(timesPowerOfTen('-0.0001', 3)).toBe('-0.1');
    expect(timesPowerOfTen('0', 6)).toBe('0');
    fc.assert(fc.property(body, fc.boolean(), fc.constantFrom(3, 6, 9), (b, negative, zeros) => {
      const plain = plainDigits(b);
      const value = negative && plain !== '0' ? `-${plain}` : plain;
      const expected = new Decimal(value).times(new Decimal(`1${'0'.repeat(zeros)}`));
      expect(timesPowerOfTen(value, zeros)).toBe(expected.isZero() ? '0' : expected.toFixed());
    }), { seed: 1, numRuns: 2000 });
  });

  // a figure as the reader stores it: "-52171000", "0.81", "-0.03"
  const figure = fc.tuple(body, fc.boolean()).map(([b, negative]) => {
    const plain = plainDigits(b);
    return negative && plain !== '0' ? `-${plain}` : plain;
  });

  it('sumExact adds signed figures as decimal.js adds them, and prints what toFixed() prints', () => {
    expect(sumExact(['52171000', '-51627000'])).toBe('544000');
    expect(sumExact(['0.5', '-0.5'])).toBe('0');
    expect(sumExact(['0.001', '0.002'], [1, -1])).toBe('-0.001');
    expect(sumExact(['1e3'])).toBeNull();
    fc.assert(fc.property(fc.array(fc.tuple(figure, fc.constantFrom(1, -1)), { minLength: 1, maxLength: 8 }), (terms) => {
      let sum = new Decimal(0);
      for (const [v, s] of terms) sum = sum.plus(new Decimal(v).times(s));
      expect(sumExact(terms.map(([v]) => v), terms.map(([, s]) => s))).toBe(sum.toFixed());
    }), { seed: 1, numRuns: 2000 });
  });

  it('sameExact compares figures by value', () => {
    expect(sameExact('1.50', '1.5')).toBe(true);
    expect(sameExact('-0.03', '0.03')).toBe(false);
    expect(sameExact('n/a', '1')).toBeNull();
    fc.assert(fc.property(figure, figure, (a, b) => {
      expect(sameExact(a, b)).toBe(new Decimal(a).equals(new Decimal(b)));
      expect(sameExact(a, `${a}${a.includes('.') ? '0' : '.00'}`)).toBe(true);
    }), { seed: 1, numRuns: 2000 });
  });
});
