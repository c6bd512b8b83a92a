// "year-end 2006", "FY96 year end", "fiscal 1996 year-end", "since year-end 2006", "end of 2006", "at the end of fiscal 2006", "fiscal year-end 2006", "2006 year-end",
// "end of fiscal year 2006": the balance date at that fiscal year's end; "beginning of fiscal 1997": the end of fiscal 1996.
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const END_OF = String.raw`(?:(?:at|as\s+of|since)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|year\s+|FY\s*)?(${YEAR4_RE})`;
const YEAR_END = String.raw`(?:(?:at|as\s+of|since)\s+)?(?:fiscal\s+)?year[\s-]end(?:\s+of)?\s+(?:fiscal\s+)?(${YEAR4_RE})`;
const TRAILING = String.raw`(?:(?:FY\s*['’]?|fiscal\s+(?:year\s+)?)(${YEAR4_RE}|\d\d)|(${YEAR4_RE}))\s+(?:fiscal\s+)?year[\s-]end`;
// "at the beginning of fiscal 1997", "start of 2007": the balance at the end of the year before
const START_OF = String.raw`(?:(?:at|as\s+of|since)\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|year\s+|FY\s*)?(${YEAR4_RE})`;
const SOURCE = `${END_OF}|${YEAR_END}|${TRAILING}|${START_OF}`;

export const yearInstant = regexParser('year-instant', SOURCE, (m) => {
  if (m[5]) return { type: 'instant', year: Number(m[5]) - 1 };
  const year = expandYear(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  return year !== undefined ? { type: 'instant', year } : null;
});
