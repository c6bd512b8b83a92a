// A column header's meaning: a period (type, start, end), a change, a percent change, or other.
import type { ColumnKind, Period, PeriodType } from '../core/store.js';
import { findDates } from './dates/index.js';
import { memoize } from '../util/memo.js';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

// "13" -> 13, "twelve" -> 12, "Forty" -> 40, "twenty-seven" / "twenty seven" -> 27.
function num(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return word.toLowerCase().split(/[\s-]+/).reduce((sum, w) => sum + (WORD_NUMBERS[w] ?? NaN), 0);
}

// "% Change", "Percent change", "% Inc (Dec)": a relative change column.
const PERCENT_CHANGE = /%|\bpercent(?:age)?\b/i;
// "Change", "Increase (Decrease)", "Variance", "$ Change": an absolute change column.
// ("Q/Q", "Y/Y", "YoY", "QoQ": the change on the quarter or the year before, as short headers write it;
// "2024 vs. 2023": one period against another.)
const CHANGE = /\b(?:change|increase|decrease|variance|difference|inc\.?\s*\(dec\.?\))\b|(?<![\w/])(?:Q\/Q|Y\/Y|QoQ|YoY|Q-o-Q|Y-o-Y)(?![\w/])|\b(?:vs\.?|versus)(?=\s|$)/i;
// "3Q09", "Q3 '09", "Q3-09", "FY09": a fiscal period written short, without a four-digit year.
// ("1H24", "H1 FY24", "2H '23": a half year written short.)
const FISCAL_SHORT = /\b[1-4]Q\s*['’]?\d\d\b|\bQ[1-4][\s-]*(?:FY\s*)?['’]?\d\d\b|\bFY\s*['’]?\d\d\b|\b[12]H\s*(?:FY\s*)?['’]?\d\d\b|\bH[12][\s-]*(?:FY\s*)?['’]?\d\d\b/i;
// "13 weeks", "thirteen weeks", "26-week", "Forty weeks", "Twenty-seven weeks" (a 53-week year's longer spans).
const WEEKS = /\b(\d{1,2}|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]+weeks?\b/i;
// "Three months", "6 months", "twelve-month", "3 Mos.", "Nine Mos.".
const MONTHS = /\b(\d{1,2}|one|two|three|four|six|nine|twelve)[\s-]+(?:months?|mos?\.?)(?![a-z])/i;

function typeFromMonths(m: number): PeriodType {
  if (m === 3) return 'quarter';
  if (m === 6) return 'six_months';
  if (m === 9) return 'nine_months';
  if (m === 12) return 'year';
  return 'other';
}

function typeFromWeeks(w: number): PeriodType {
  if (w >= 12 && w <= 17) return 'quarter';
  if (w >= 24 && w <= 28) return 'six_months';
  if (w >= 36 && w <= 41) return 'nine_months';
  if (w >= 48 && w <= 53) return 'year';
  return 'other';
}

function addDays(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isMonthEnd(iso: string): boolean {
  return addDays(iso, 1).endsWith('-01');
}

/** Start of a period of `months` ending on `end`: calendar months at a month end, else 52/53-week quarters (91 days each). */
export function periodStart(end: string, months: number, weeks: number | null): string {
  if (weeks !== null) return addDays(end, -(weeks * 7) + 1);
  if (isMonthEnd(end)) {
    const d = new Date(end + 'T00:00:00Z');
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months + 1, 1));
    return first.toISOString().slice(0, 10);
  }
  // "three months ended March 28, 1997" in a 52/53-week year: 13 weeks -> start = end - 90 days.
  return addDays(end, -Math.round((months / 3) * 91) + 1);
}

// Column headers repeat from table to table and release to release: each is read once.
const header = memoize(4096, (label) => readHeader(label));

/** Reads a column header ("Three months ended June 30, 2007", "% Change", "March 28, 1997"). */
export function readColumnHeader(label: string): { kind: ColumnKind; period: Period | null } {
  const hit = header(label);
  // each column gets its own period object
  return { kind: hit.kind, period: hit.period ? { ...hit.period } : null };
}

// "% of Total", "% of Net Sales", "Percent of revenue": each line's share of a total, no period's figures.
const SHARE_OF = /%\s*of\b|\bpercent(?:age)?\s+of\b/i;

/** "% of Rev.", "Percent of net sales": a column of shares of a total (each rounded on its own). */
export const isShareOfColumn = (label: string): boolean => SHARE_OF.test(label);

const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Jul–Sep 2023", "Jan-Sep 2023", "Oct–Dec 2023", "April–June 2024": the months a column spans, and its year.
const MONTH_RANGE = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–—]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\s*$/i;

// The period of a month range: from the first day of the first month to the last day of the last (a range that
// runs past December starts the year before: "Oct–Mar 2024" is October 2023 to March 2024).
function monthRange(label: string): Period | null {
  const m = MONTH_RANGE.exec(label);
  if (!m) return null;
  const from = MONTHS_SHORT.indexOf(m[1]!.toLowerCase());
  const to = MONTHS_SHORT.indexOf(m[2]!.toLowerCase());
  const year = Number(m[3]);
  const months = ((to - from + 12) % 12) + 1;
  const end = addDays(`${year + (to === 11 ? 1 : 0)}-${String(((to + 1) % 12) + 1).padStart(2, '0')}-01`, -1);
  const type = typeFromMonths(months);
  if (type === 'other') return null;
  return { type, start: periodStart(end, months, null), end };
}

// "FY2024 forecast", "2025 Outlook", "Guidance", "Plan 2025": figures the company expects, not figures it reports
const AHEAD = /\b(?:forecasts?|outlook|guidance|projected|projections?|budget|plan|targets?|estimated?|estimates)\b/i;
// "Full Year 2026 Low" / "Full Year 2026 High", "Midpoint": the ends of a range the company expects; a reported
// figure is one number, never a low and a high
const RANGE_BOUND = /\b(?:low|high)(?:\s+end)?\s*$|\bmid-?point\s*$/i;

// "April 2024 - March 2025", "Apr 2023–Mar 2024": a span of months with a year on each end.
const MONTH_SPAN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\s*[-–—]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b/i;

// The period of a month span with both years: from the first day of the first month to the last day of the last.
function monthSpan(label: string): Period | null {
  const m = MONTH_SPAN.exec(label);
  if (!m) return null;
  const from = Number(m[2]) * 12 + MONTHS_SHORT.indexOf(m[1]!.toLowerCase());
  const to = Number(m[4]) * 12 + MONTHS_SHORT.indexOf(m[3]!.toLowerCase());
  const type = typeFromMonths(to - from + 1);
  if (to < from || type === 'other') return null;
  const next = to + 1;
  const end = addDays(`${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}-01`, -1);
  return { type, start: periodStart(end, to - from + 1, null), end };
}

// "Period from October 1, through November 19, 2020", "April 2 through June 30, 2017", "January 1 - April 1, 2017": a
// span named by its first and last days (a company's stub period before or after a reorganization or acquisition).
const NAMED_SPAN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?(?:\s+((?:19|20)\d\d),?)?\s+(?:through|thru|to|until|[-–—])\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/i;

const iso = (y: number, m: number, d: number): string => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// The period of a span by its first and last days: three, six, nine or twelve whole months are that period; any
// other span is a period of its own length ('other', with its start). Null when a day is no calendar day.
function namedSpan(label: string): Period | null {
  const m = NAMED_SPAN.exec(label);
  if (!m) return null;
  const [fm, fd, tm, td, ty] = [MONTHS_SHORT.indexOf(m[1]!.toLowerCase()), Number(m[2]), MONTHS_SHORT.indexOf(m[4]!.toLowerCase()), Number(m[5]), Number(m[6])];
  const fy = m[3] ? Number(m[3]) : fm <= tm ? ty : ty - 1;
  const start = iso(fy, fm, fd);
  const end = iso(ty, tm, td);
  const real = (d: string): boolean => !Number.isNaN(Date.parse(d + 'T00:00:00Z')) && new Date(d + 'T00:00:00Z').toISOString().slice(0, 10) === d;
  if (!real(start) || !real(end) || end <= start) return null;
  if (fd === 1 && isMonthEnd(end)) {
    const type = typeFromMonths((ty - fy) * 12 + tm - fm + 1);
    if (type !== 'other') return { type, start, end };
  }
  return { type: 'other', start, end };
}

function readHeader(label: string): { kind: ColumnKind; period: Period | null } {
  if (SHARE_OF.test(label) && !CHANGE.test(label)) return { kind: 'other', period: null };
  if (AHEAD.test(label) || RANGE_BOUND.test(label)) return { kind: 'other', period: null };
  const span = monthSpan(label);
  if (span) return { kind: 'period', period: span };
  if (CHANGE.test(label) || /^\s*%\s*$/.test(label)) {
    return { kind: PERCENT_CHANGE.test(label) ? 'percent_change' : 'change', period: null };
  }
  const range = monthRange(label) ?? namedSpan(label);
  if (range) return { kind: 'period', period: range };
  const dates = findDates(label);
  // "Fourth Quarter 2006": a period column whose dates cannot be told (fiscal calendars differ)
  if (dates.length === 0) return { kind: /\b(?:19|20)\d\d\b/.test(label) || FISCAL_SHORT.test(label) ? 'period' : 'other', period: null };
  const last = dates[dates.length - 1];
  let end = last.iso;
  // "... June 30, 2007 and 2006" over the 2006 column: the column's own year, printed after the date, wins
  const tail = label.slice(last.index + last.text.length);
  const years = tail.match(/\b(?:19|20)\d\d\b/g);
  if (years && years[years.length - 1] !== end.slice(0, 4)) {
    const y = years[years.length - 1];
    const md = end.slice(5);
    // a February month end stays a month end in the other year (2007-02-28 -> 2008-02-29)
    end = md.startsWith('02-2') && isMonthEnd(last.iso) ? addDays(`${y}-03-01`, -1) : `${y}-${md}`;
  }
  const w = WEEKS.exec(label);
  const m = MONTHS.exec(label);
  let months: number | null = null;
  let weeks: number | null = null;
  let type: PeriodType = 'instant';
  if (w) {
    weeks = num(w[1]);
    type = typeFromWeeks(weeks);
    months = type === 'quarter' ? 3 : type === 'six_months' ? 6 : type === 'nine_months' ? 9 : 12;
  } else if (m) {
    months = num(m[1]);
    type = typeFromMonths(months);
  } else if (/\bhalf[- ]?years?\b|\b(?:first|second) half\b/i.test(label)) {
    // "Half-year ended 31 Dec 2023", "First half ended June 30, 2023": six months, never a year
    months = 6;
    type = 'six_months';
  } else if (/\bquarter\b/i.test(label)) {
    months = 3;
    type = 'quarter';
  } else if (/\byears?\b/i.test(label) && (/\bended\b/i.test(label) || /\byears? to (?!date)/i.test(label))) {
    // "Year ended December 31, 2022", "Year to 31 Dec 2022" (not "Year to date")
    months = 12;
    type = 'year';
  }
  if (type === 'instant') return { kind: 'period', period: { type, start: null, end } };
  if (type === 'other' || months === null) return { kind: 'period', period: { type: 'other', start: null, end } };
  const period: Period = { type, start: periodStart(end, months, weeks), end };
  if (weeks !== null) period.weeks = weeks;
  return { kind: 'period', period };
}
