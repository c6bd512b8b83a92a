// "since December", "at the end of June", "as of Dec" with no day and no year: the balance at that month's end, of the
// latest year that has it (as "at June 30" is read; a 52/53-week year's end within a week of it still matches).
import { MONTH_RE, monthValue } from '../lexicon.js';
import { regexParser } from './types.js';

// (a day or a year after the month is another parser's: "since December 31", "since December 2006"; "equity at the
// end of June vs December": a month alone after "vs" is the other month end compared, the "vs" left to the comparison)
const SOURCE = String.raw`(?:(?:since|as\s+of|as\s+at|at\s+the\s+end\s+of|at|end\s+of|from)\s+|(?<=\b(?:vs\.?|versus|against|compared\s+(?:to|with))\s+))(?:the\s+end\s+of\s+)?(${MONTH_RE})\.?(?!\s*[,.]?\s*['’]?\d)(?!\s*(?:quarter|qtr|fiscal|year))`;

// Last day of each month (February's 28th: a balance dated the 29th is within the week matched).
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const monthEndAlone = regexParser('month-end-alone', SOURCE, (m) => {
  const month = monthValue(m[1]!);
  if (!month) return null;
  return { type: 'instant', monthDay: { month, day: LAST_DAY[month - 1]! } };
});
