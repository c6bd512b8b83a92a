// The number after the noun: "quarter 2 2007", "quarter two of fiscal 2007", "fiscal quarter 4, 2006".
// A year is required: "quarter 2" alone is too often something else ("a quarter 2 points higher").
import { CARDINAL_RE, cardinalValue } from '../lexicon.js';
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:fiscal\s+)?quarter\s+(${CARDINAL_RE})(?:\s*,\s*|\s+)(?:(?:of|in|for)\s+)?(?:the\s+)?${YEAR_TAIL_RE}`;

export const quarterNounFirst = regexParser('quarter-noun-first', SOURCE, (m) => {
  const index = cardinalValue(m[1]!);
  const year = yearFromGroups(m, 2);
  return index !== undefined && year !== undefined ? { type: 'quarter', index, year } : null;
});
