// "second quarter of 2007", "second quarter of fiscal 2007", "fiscal second quarter 2007",
// "fourth-quarter 2006", "final quarter of 2004", "2nd qtr 2007", "2nd fiscal quarter of FY07", bare "first quarter".
import { ORDINAL_RE, ordinalValue } from '../lexicon.js';
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:fiscal\s+)?(${ORDINAL_RE}|final)(?:\s+|-)(?:fiscal\s+)?(?:quarter|qtr\.?)(?:\s*(?:of|in|for)?\s*(?:the\s+)?(?:year\s+)?${YEAR_TAIL_RE})?`;

export const quarterWords = regexParser('quarter-words', SOURCE, (m) => {
  // "the final quarter of 2004" is the fourth
  const index = /^final$/i.test(m[1]!) ? 4 : ordinalValue(m[1]!);
  if (index === undefined) return null;
  const year = yearFromGroups(m, 2);
  return { type: 'quarter', index, ...(year !== undefined ? { year } : {}) };
});
