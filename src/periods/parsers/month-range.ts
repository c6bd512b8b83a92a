// A span named by its first and last months: "Jan-Jun 2007" (six months), "April-June 2007" and
// "Oct-Dec 2004" (a quarter), "January through September 2007" (nine months). The end is the last
// day of the second month; a company whose period closes within a week of it matches.
import { MONTH_RE, monthValue } from '../lexicon.js';
import { isoDate, daysInMonth } from '../dates.js';
import { YEAR4_RE, expandYear } from '../years.js';
import type { PeriodType } from '../../core/store.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(${MONTH_RE})\.?\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b)\s*(${MONTH_RE})\.?,?\s+(${YEAR4_RE}|['’]\d\d)`;

const BY_MONTHS: Record<number, PeriodType> = { 3: 'quarter', 6: 'six_months', 9: 'nine_months', 12: 'year' };

export const monthRange = regexParser('month-range', SOURCE, (m) => {
  const first = monthValue(m[1]!);
  const last = monthValue(m[2]!);
  const year = expandYear(m[3]!);
  if (!first || !last || year === undefined) return null;
  const type = BY_MONTHS[((last - first + 12) % 12) + 1];
  if (!type) return null;
  return { type, end: isoDate(year, last, daysInMonth(year, last)) };
});
