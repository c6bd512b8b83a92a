// A span named by its first and last days: "January 1 to June 30, 2007", "from Jan 1, 2007 through
// June 30, 2007" -> six months ended June 30, 2007. Only a span that starts on a month's first day and
// ends on a month's last day, three, six, nine or twelve months long, is one period; two month ends
// ("from December 31, 2006 to June 30, 2007") are two balance dates to compare, read elsewhere.
import type { PeriodType } from '../../core/store.js';
import { daysInMonth, isoDate } from '../dates.js';
import { MONTH_RE, monthValue } from '../lexicon.js';
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const DAY = String.raw`(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?`;
const SOURCE = String.raw`(?:from\s+)?${DAY}(?:,?\s+(${YEAR4_RE}))?\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*${DAY},?\s+(${YEAR4_RE})`;

const BY_MONTHS: Record<number, PeriodType> = { 3: 'quarter', 6: 'six_months', 9: 'nine_months', 12: 'year' };

export const dateSpan = regexParser('date-span', SOURCE, (m) => {
  const [startMonth, startDay, endMonth, endDay] = [monthValue(m[1]!), Number(m[2]), monthValue(m[4]!), Number(m[5])];
  const endYear = expandYear(m[6]!);
  if (!startMonth || !endMonth || endYear === undefined) return null;
  // the start's year: as written, else the end's (or the year before, for a span across New Year)
  const startYear = m[3] ? expandYear(m[3]) : startMonth <= endMonth ? endYear : endYear - 1;
  if (startYear === undefined || startDay > daysInMonth(startYear, startMonth) || endDay > daysInMonth(endYear, endMonth)) return null;
  const months = (endYear - startYear) * 12 + (endMonth - startMonth) + 1;
  const type = startDay === 1 && endDay === daysInMonth(endYear, endMonth) ? BY_MONTHS[months] : undefined;
  if (type) return { type, end: isoDate(endYear, endMonth, endDay) };
  // "from November 20 through December 31, 2020": a stub period of its own length (a company's months before or
  // after a reorganization), matched by both its days; a span of month ends is two balance dates, read elsewhere
  const start = isoDate(startYear, startMonth, startDay);
  const end = isoDate(endYear, endMonth, endDay);
  // (a start near a month's end is a balance date of a 52/53-week year: "from September 27, 1996 to March 28, 1997")
  if (startDay >= 24 || start >= end || months > 12) return null;
  return { type: 'other', start, end };
});
