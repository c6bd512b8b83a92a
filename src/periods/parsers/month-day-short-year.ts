// A date with a two-digit year after an apostrophe: "Dec 31st '06", "June 30 '07", "sept 27, '96"
// (chrono reads no year there). The kind is left open, as for any date standing alone.
import { MONTH_RE, monthValue } from '../lexicon.js';
import { daysInMonth, isoDate } from '../dates.js';
import { expandYear } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(['’]\d\d)`;

export const monthDayShortYear = regexParser('month-day-short-year', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  const day = Number(m[2]);
  const year = expandYear(m[3]!);
  if (!month || year === undefined || day < 1 || day > daysInMonth(year, month)) return null;
  return { end: isoDate(year, month, day) };
});
