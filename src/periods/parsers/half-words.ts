// "first half of 2007", "first half of fiscal 2007", "fiscal first half 2007", "second half 2006",
// "first-half 2007", bare "first half".
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:fiscal\s+)?(first|1st|second|2nd)(?:\s+|-)(?:fiscal\s+)?half(?:[\s-]year)?(?:\s*(?:of|in|for)?\s*(?:the\s+)?(?:year\s+)?${YEAR_TAIL_RE})?`;

export const halfWords = regexParser('half-words', SOURCE, (m) => {
  const index = /^(first|1st)$/i.test(m[1]!) ? 1 : 2;
  const year = yearFromGroups(m, 2);
  return { type: 'six_months', index, ...(year !== undefined ? { year } : {}) };
});
