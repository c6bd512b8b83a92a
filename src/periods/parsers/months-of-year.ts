// "nine months 2024", "6 months of 2006", "6 months FY97", "six mos 2007", "9mo 2024", "nine months of fiscal 2025", "12 months 2004",
// "39 weeks fiscal 2025", "39 wks FY21", "twenty-six weeks 2024": a span counted from the fiscal year's start,
// named without "first" but with a year (weeks as 52/53-week retailers count them).
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const MONTHS = String.raw`(?:(six|nine|twelve)[\s-]+|(6|9|12)[\s-]*)(?:months?|mos?\.?|mths?)(?:\s+periods?)?`;
const WEEKS = String.raw`(twenty[\s-]six|26|thirty[\s-]nine|39|fifty[\s-]two|52|fifty[\s-]three|53)[\s-]+(?:weeks?|wks?\.?)`;
const SOURCE = String.raw`(?:${MONTHS}|${WEEKS})\s+(?:of\s+|in\s+|for\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s*)?(${YEAR4_RE})|FY\s*['’]?(\d\d))`;

type Span = { type: 'six_months' | 'nine_months' | 'year'; index?: number };
const SIX: Span = { type: 'six_months', index: 1 };
const NINE: Span = { type: 'nine_months' };
const YEAR: Span = { type: 'year' };
const TYPES: Record<string, Span> = {
  six: SIX, '6': SIX, nine: NINE, '9': NINE, twelve: YEAR, '12': YEAR,
  'twenty six': SIX, '26': SIX, 'thirty nine': NINE, '39': NINE, 'fifty two': YEAR, '52': YEAR, 'fifty three': YEAR, '53': YEAR,
};

export const monthsOfYear = regexParser('months-of-year', SOURCE, (m) => {
  const t = TYPES[(m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace(/[\s-]+/, ' ')];
  const year = m[4] ? Number(m[4]) : expandYear(m[5]!);
  return t && year !== undefined ? { ...t, year } : null;
});
