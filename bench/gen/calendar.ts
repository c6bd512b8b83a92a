// Fiscal calendars: where a company's fiscal quarter ends, month-end or 52/53-week (last Saturday).
import type { Company } from './companies.js';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** A calendar date. */
export interface Day { y: number; m: number; d: number }

/** Absolute fiscal quarter number: fiscal year 2007 Q2 -> 2007 * 4 + 1. */
export const fq = (year: number, quarter: number): number => year * 4 + quarter - 1;
export const yearOf = (f: number): number => Math.floor(f / 4);
export const quarterOf = (f: number): number => (f % 4) + 1;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The end of fiscal quarter f: fiscal year Y ends in fyEndMonth of calendar year Y. */
export function quarterEnd(c: Company, f: number): Day {
  const idx = yearOf(f) * 12 + (c.fyEndMonth - 1) - 3 * (4 - quarterOf(f));
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  let d = lastDay(y, m);
  if (c.weeks52) {
    while (new Date(Date.UTC(y, m - 1, d)).getUTCDay() !== 6) d--;
  }
  return { y, m, d };
}

/** Days between two dates. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/** Weeks in fiscal quarters (from, to] for a 52/53-week company: 13, 14, 26, 52, 53 ... */
export function weeksBetween(c: Company, fromF: number, toF: number): number {
  return Math.round(daysBetween(quarterEnd(c, fromF), quarterEnd(c, toF)) / 7);
}

/** "June 30, 2007". */
export const longDate = (d: Day): string => `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
/** "June 30,". */
export const monthDay = (d: Day): string => `${MONTHS[d.m - 1]} ${d.d},`;
