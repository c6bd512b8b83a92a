// A row's unit, remembered: the same labels under the same units recur from table to table and from release
// to release ("Total revenue" in thousands of USD), and working the unit out takes some forty patterns.
// The figures matter only through a few yes/no facts (RowShape), so those join the label path in the key.
import type { Figure } from './figures.js';
import { unitOfRow, type RowShape, type TableUnits } from './units.js';
import { boundedCache } from '../util/memo.js';

// "31.7", "(2.5)": a small plain number, as a rate printed without "%" is.
const RATE_FIGURE = /^\s*\(?-?\d{1,3}(?:\.\d+)?\)?\s*$/;
// "0.94", "8.2x": a small plain number or a multiple.
const RATIO_FIGURE = /^\s*\(?-?\d{1,3}(?:\.\d+)?\)?x?\s*$/i;
// "--", "0.81": a dash, or a figure with decimals.
const DASHES = /^\D*-*\D*$/;
const DECIMALS = /\.\d/;

function shapeOf(figures: (Figure | null)[], raw: (string | null)[]): RowShape {
  const present = figures.filter((f): f is Figure => f !== null);
  const printed = raw.filter((r): r is string => r !== null);
  return {
    present: present.length > 0,
    allPercent: present.length > 0 && present.every((f) => f.percent),
    rateLike: printed.every((r) => RATE_FIGURE.test(r)),
    ratioLike: printed.length > 0 && printed.every((r) => RATIO_FIGURE.test(r)),
    looksPerShare: printed.every((r) => DASHES.test(r) || DECIMALS.test(r)),
  };
}

const memo = boundedCache<{ unit: string; scale: string }>(20_000);

/** A row's unit and the multiplier for its figures (see `unitOfRow`). */
export function rowUnit(path: string[], units: TableUnits, perShareTable: boolean, figures: (Figure | null)[], raw: (string | null)[] = []): { unit: string; scale: string } {
  const shape = shapeOf(figures, raw);
  const bits = `${+shape.present}${+shape.allPercent}${+shape.rateLike}${+shape.ratioLike}${+shape.looksPerShare}${+perShareTable}`;
  const key = `${path.join('\u0001')}\u0002${units.scale}|${units.measure}|${+units.sharesUnscaled}|${units.sharesScale ?? ''}|${+(units.percentsExcepted ?? false)}|${units.exceptedLines?.join(',') ?? ''}|${bits}`;
  return { ...memo.get(key, () => unitOfRow(path, units, perShareTable, shape)) };
}
