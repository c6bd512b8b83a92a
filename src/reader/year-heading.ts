// A year's heading over columns of its quarters: "Fiscal 2025" centred over "Q1  Q2  Q3  Q4  Total", "2024" over
// "First Quarter ... Fourth Quarter  Year", or two of them side by side ("Fiscal 2025 ... Fiscal 2024" over ten
// columns); or over the same names repeated under each year ("2025   2024" over "Amount  Per Share  Amount  Per
// Share"). The heading touches only the column under its middle, yet it is the year of every column below it.
import type { Anchor } from './columns.js';
import type { Line } from './lines.js';
import { phrases } from './phrases.js';

// "2024", "Fiscal 2025", "Fiscal Year 2024", "FY2025", "FY 2024"
const YEAR_HEADING = /^(?:(?:fiscal(?: year)?|FY) ?)?(?:19|20)\d\d$/i;
// "Q1", "First", "Quarter", "Quarter Ended", "Three Months Ended": the names of a year's quarters on the lines below
const QUARTER_NAMES = /\bQ[1-4]\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b|\bquarters?\b|\b(?:three|3)\s+months\s+ended\b|\b(?:thirteen|13)\s+weeks\s+ended\b/i;


const centre = (x: { start: number; end: number }): number => (x.start + x.end) / 2;

// "2017" and "2016", each centred over its two of four columns ("Revenue   Operating Profit" under each): as many
// columns under every year, each year standing over the middle of its own (so no year heads a change column beside).
function evenGroups(ps: { start: number; end: number }[], anchors: Anchor[]): boolean {
  if (ps.length < 2 || anchors.length % ps.length !== 0) return false;
  const k = anchors.length / ps.length;
  return ps.every((p, i) => {
    const first = anchors[i * k]!;
    const last = anchors[i * k + k - 1]!;
    return Math.abs(centre(p) - (first.start + last.end) / 2) <= (last.end - first.start) / 4;
  });
}

// "Amount   Per Share   Amount   Per Share" under two years: one name per column, the same names under each year
// (words only: "2025   2024" or "Q3  Q2  Q3" are no such names)
function repeatedNames(line: Line, columns: number, years: number): boolean {
  const names = phrases(line.text).map((p) => p.text.toLowerCase());
  const each = columns / years;
  if (names.length !== columns || !Number.isInteger(each) || each < 2 || names.some((n) => /\d/.test(n))) return false;
  return names.every((n, i) => n === names[i % each]) && new Set(names).size === each;
}

/** The year heading (or none) each column stands under, when a line holds only year headings over quarter names (or over even groups of columns, or over names repeated under each year). */
export function spreadYearHeading(line: Line, anchors: Anchor[], rest: Line[]): (string | null)[] | null {
  // ("(in thousands, except per share amounts)   2018   2017": the units in the row labels' place head no column)
  const ps = phrases(line.text).filter((p, i) => !(i === 0 && anchors.length > 0 && p.end < anchors[0]!.start - 2 && !YEAR_HEADING.test(p.text)));
  if (ps.length === 0 || anchors.length < 2 * ps.length || !ps.every((p) => YEAR_HEADING.test(p.text))) return null;
  if (!rest.some((l) => l.kind !== 'rule' && (QUARTER_NAMES.test(l.text) || repeatedNames(l, anchors.length, ps.length))) && !evenGroups(ps, anchors)) return null;
  // (columns with years of their own below, "Q4 2025   Q4 2024", are not one year's quarters)
  if (rest.some((l) => /\b(?:19|20)\d\d\b|['’]\d\d\b/.test(l.text))) return null;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  if (ps.some((p) => centre(p) < first.start || centre(p) > last.end)) return null;
  // each column takes the heading nearest its centre; every heading heads two or more columns, in order
  const owner = anchors.map((a) => ps.reduce((best, p, i) => (Math.abs(centre(p) - centre(a)) < Math.abs(centre(ps[best]!) - centre(a)) ? i : best), 0));
  if (ps.some((_, i) => owner.filter((o) => o === i).length < 2) || owner.some((o, c) => c > 0 && o < owner[c - 1]!)) return null;
  return owner.map((o) => ps[o]!.text);
}

// "2024 Quarter Ended March 31,", "Fiscal 2025 Three Months Ended December 28": a quarter's month and day under its
// fiscal year's heading, the year printed only above.
const MONTH_DAY_UNDER_YEAR = /^\s*(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d\d)\s+(?:(?:fiscal\s+)?quarter|(?:three|3)\s+months|(?:thirteen|fourteen|13|14)\s+weeks)\s+(?:ended|ending)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s*$/i;

/** Whether a label is a quarter's month and day under a year's heading (see below). */
export const isMonthDayUnderYear = (label: string): boolean => MONTH_DAY_UNDER_YEAR.test(label);

/**
 * The end of a quarter dated by month and day under a fiscal year's heading: the one date of that month and day that
 * falls in the fiscal year (a September year's "Fiscal 2025 ... December 28" is December 28, 2024). Null when the
 * label is not one, or the date is not a calendar date.
 */
export function quarterEndUnderYear(label: string, yearOf: (iso: string) => number): string | null {
  const m = MONTH_DAY_UNDER_YEAR.exec(label);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  const year = Number(m[1]);
  if (month === 0) return null;
  const ends = [year - 1, year, year + 1]
    .map((y) => `${y}-${String(month).padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)
    .filter((iso) => !Number.isNaN(Date.parse(iso + 'T00:00:00Z')) && new Date(iso + 'T00:00:00Z').getUTCDate() === Number(m[3]) && yearOf(iso) === year);
  return ends.length === 1 ? ends[0]! : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
