// Exact arithmetic over rows' printed figures, column by column.
import { Decimal } from './decimal.js';
import { sameExact, sumExact } from './decimal-text.js';
import type { Figure } from './figures.js';

interface HasFigures {
  figures: (Figure | null)[];
}

/** True when, in every column where the total has a figure, the signed parts add up to it exactly (at least one column). */
export function sumsTo(parts: HasFigures[], total: HasFigures, sign: (index: number) => number = () => 1): boolean {
  let any = false;
  for (let c = 0; c < total.figures.length; c++) {
    const t = total.figures[c];
    if (t === null || t.percent) continue;
    const values: string[] = [];
    const signs: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const f = parts[i].figures[c];
      if (f === null || f.percent) return false;
      values.push(f.value);
      signs.push(sign(i));
    }
    const exact = sumExact(values, signs);
    const equal = exact !== null ? sameExact(exact, t.value) : null;
    if (!(equal ?? decimalSum(values, signs).equals(new Decimal(t.value)))) return false;
    any = true;
  }
  return any;
}

function decimalSum(values: string[], signs: number[]): Decimal {
  let sum = new Decimal(0);
  values.forEach((v, i) => (sum = sum.plus(new Decimal(v).times(signs[i]))));
  return sum;
}
