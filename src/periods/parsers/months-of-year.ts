// "nine months 2024", "6 months of 2006", "nine months of fiscal 2025", "12 months 2004": a span
// counted from the fiscal year's start, named without "first" but with a year.
import { YEAR4_RE } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(six|6|nine|9|twelve|12)[\s-]+months?\s+(?:of\s+|in\s+|for\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?(${YEAR4_RE})`;

const TYPES: Record<string, { type: 'six_months' | 'nine_months' | 'year'; index?: number }> = {
  six: { type: 'six_months', index: 1 }, '6': { type: 'six_months', index: 1 },
  nine: { type: 'nine_months' }, '9': { type: 'nine_months' },
  twelve: { type: 'year' }, '12': { type: 'year' },
};

export const monthsOfYear = regexParser('months-of-year', SOURCE, (m) => {
  const t = TYPES[m[1]!.toLowerCase()];
  return t ? { ...t, year: Number(m[2]) } : null;
});
