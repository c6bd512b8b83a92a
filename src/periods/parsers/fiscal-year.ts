// "FY2006", "FY06", "FY '06", "CY2004" (calendar), "fiscal 2006", "fiscal year 2006", "full year 2006", "full-year 2006",
// "year 2006", "calendar 2006" (marked calendar), "calendar year 2006", "2006 fiscal year", "fiscal year 06".
import { YEAR4_RE, expandYear } from '../years.js';
import { regexParser } from './types.js';

const BEFORE = String.raw`(?:fiscal(?:[\s-]year)?|full[\s-]year|calendar(?:\s+year)?|year)\s+['’]?(${YEAR4_RE}|\d\d)`;
const SOURCE = String.raw`(?:FY|CY)\s*['’]?(\d{4}|\d\d)|${BEFORE}|(${YEAR4_RE})\s+(?:fiscal|full|calendar)(?:[\s-]year)?`;

export const fiscalYear = regexParser('fiscal-year', SOURCE, (m) => {
  const text = m[1] ?? m[2] ?? m[3];
  const year = text === undefined ? undefined : expandYear(text);
  if (year === undefined) return null;
  // "year 06" alone is too weak; two digits need "FY" or "fiscal".
  if (m[2]?.length === 2 && !/^(fiscal|FY)/i.test(m[0])) return null;
  return { type: 'year', year, ...(/^(calendar|CY)/i.test(m[0]) ? { calendar: true } : {}) };
});
