// The closing part of a year: "last three months of 2004" (Q4), "final six months of fiscal 2006" (H2).
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:the\s+)?(?:last|final)\s+(three|3|six|6)[\s-]months\s+(?:of|in)\s*(?:the\s+)?(?:year\s+)?${YEAR_TAIL_RE}`;

export const lastMonths = regexParser('last-months', SOURCE, (m) => {
  const year = yearFromGroups(m, 2);
  if (year === undefined) return null;
  return /^(three|3)$/i.test(m[1]!) ? { type: 'quarter', index: 4, year } : { type: 'six_months', index: 2, year };
});
