// "three months ended June 30, 2007", "3 mos ended 6/30/07", "six months to June 30, 2007", "13 weeks ended July 3, 2004", "12 months ended December 2004",
// "the quarter ended June 30, 2007", "three-month period ended June 30, 2007",
// "the second quarter ended June 30, 2007" (the ordinal is taken along; the date decides), "fiscal year ended September 27, 1996", "period ended June 30, 2007",
// "nine months ended September 30" (no year: the latest nine months ending on that day).
import type { PeriodType } from '../../core/store.js';
import { DATE_RE, daysInMonth, parseDateText } from '../dates.js';
import { MONTH_COUNT_RE, MONTH_RE, ORDINAL_RE, WEEK_COUNT_RE, monthCountType, monthValue, weekCountType } from '../lexicon.js';
import { expandYear } from '../years.js';
import { regexParser } from './types.js';

const LENGTH = String.raw`(?:(${MONTH_COUNT_RE})[\s-](?:months?|mos\.?|mths?)(?:\s+periods?)?|(${WEEK_COUNT_RE})[\s-](?:weeks?|wks?\.?)(?:\s+periods?)?|(?:(?:${ORDINAL_RE})[\s-]+|full[\s-]+)?(?:fiscal\s+)?(quarter|half[\s-]year|half|year|period)s?)`;
// "six months to June 30, 2007", British "the quarter to 28 March 1997", "half year to 30 June 2006" ("from the quarter
// to June 30" compares: see FROM)
const TO = String.raw`(?<=(?:months?|mos\.?|mths?|weeks?|wks?\.?|quarter|half[\s-]year|year)\s+)to`;
// "from the quarter to June 30", "from the year to 2004": a span from one period to another, not a period ending then
const FROM = /\bfrom\s+(?:the\s+)?(?:fiscal\s+)?(?:[a-z0-9]+[\s-]+)?(?:fiscal\s+)?$/i;
// the date with its year, or a month and day alone ("nine months ended September 30": the latest such)
const MONTH_DAY = String.raw`(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\s*,?\s*(?:\d|'\d))`;
// "the quarter ending march 97", "year ended Dec '04": a month and a two-digit year no day can be (as month-year reads them)
const MONTH_SHORT_YEAR = String.raw`(${MONTH_RE})\.?,?\s+(['’]\d\d|3[2-9]|[4-9]\d)(?![\d.,%])`;
const SOURCE = String.raw`(?:the\s+)?(?:fiscal\s+)?${LENGTH}\s+(?:ended|ending|ends|through|thru|${TO})\s+(?:on\s+|in\s+)?(?:(${DATE_RE})|${MONTH_SHORT_YEAR}|${MONTH_DAY})`;

const NOUNS: Record<string, PeriodType | undefined> = { quarter: 'quarter', half: 'six_months', year: 'year', period: undefined };

function lengthType(m: RegExpExecArray): PeriodType | undefined {
  if (m[1]) return monthCountType(m[1]);
  if (m[2]) return weekCountType(m[2]);
  const noun = m[3]!.toLowerCase().replace(/[\s-]year$/, '');
  return NOUNS[noun];
}

export const spanEnded = regexParser('span-ended', SOURCE, (m) => {
  if (m[3] && /\sto\s/i.test(m[0]) && FROM.test(m.input.slice(0, m.index))) return null;
  const type = lengthType(m);
  if (m[5]) {
    const month = monthValue(m[5]);
    const year = expandYear(m[6]!);
    return month && year ? { ...(type ? { type } : {}), endMonth: { year, month } } : null;
  }
  if (!m[4]) {
    const month = monthValue(m[7]!);
    const day = Number(m[8]);
    // a day the month can have in some year (February 29 included)
    return month && day >= 1 && day <= daysInMonth(2000, month) && type ? { type, monthDay: { month, day } } : null;
  }
  const date = parseDateText(m[4]);
  if (!date) return null;
  return { ...(type ? { type } : {}), ...date };
});
