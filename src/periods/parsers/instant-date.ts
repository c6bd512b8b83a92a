// "as of June 30, 2007", "at June 30, 2007", "on June 30, 2007", "as at 30 June 2007",
// "at the end of June 2007", "December 31, 2006 balance (sheet)": a balance date.
import { DATE_RE, parseDateText } from '../dates.js';
import { regexParser } from './types.js';

const PREFIXED = String.raw`(?:as\s+of|as\s+at|at|on)\s+(?:the\s+end\s+of\s+)?(${DATE_RE})`;
const BALANCE = String.raw`(${DATE_RE})\s+balance(?:\s+sheet)?`;

export const instantDate = regexParser('instant-date', `${PREFIXED}|${BALANCE}`, (m) => {
  const date = parseDateText(m[1] ?? m[2]!);
  return date ? { type: 'instant', ...date } : null;
});
