// "at June 30", "as of Dec 31", "on March 31" with no year: a balance date of the latest year that
// has it (the resolver picks the latest matching column).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:as\s+of|as\s+at|at|on)\s+(?:the\s+end\s+of\s+)?(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\s*,?\s*(?:\d|'\d))`;

export const monthDay = regexParser('month-day', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  const day = Number(m[2]);
  if (!month || day < 1 || day > 31) return null;
  return { type: 'instant', monthDay: { month, day } };
});
