// All money arithmetic: exact decimals with their own precision and rounding.
import { Decimal } from 'decimal.js';

/** A Decimal class for Lineitem: 34 significant digits, banker's rounding. */
export const Dec = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof Dec>;

/** A Decimal from a decimal string (thousands separators stripped). */
export function D(s: string | Dec): Dec {
  return new Dec(typeof s === 'string' ? s.replace(/,/g, '') : s);
}

/** Rounds to `places` decimals, half away from zero as reports do, and drops trailing zeros: 64.0397 -> "64.04"; 3 -> "3". */
export function round(v: Dec, places: number): string {
  return v.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed();
}
