// Columns headed by a fiscal period's name without its dates: "Q2 2009", "Third Quarter Fiscal 2025",
// "YTD 2009", "Six Months 2009", "Full Year 2008". They take the period the release dates for that
// fiscal quarter elsewhere (a dated column, a sentence "second quarter ended June 30, 2009"), or, when the
// release's evidence agrees on a month-end fiscal calendar, the period that calendar gives. Otherwise they
// stay without a period (and cannot be asked by period): a guessed date could answer the wrong quarter.
import type { Paragraph, Period, PeriodType, Statement } from '../core/store.js';
import { fiscalCalendarOf, fiscalMonthEnd, fiscalYearOf, type FiscalCalendar } from '../periods/fiscal.js';
import { columnAnchors, monthEndCalendar, ORDINAL, proseAnchors, quarterEnding } from './fiscal-anchors.js';
import type { FiscalYearEnd } from './fiscal-naming.js';
import { periodStart } from './period.js';
import { isMonthDayUnderYear, quarterEndUnderYear } from './year-heading.js';
import { fiftyTwoWeekQuarters } from './fifty-two-weeks.js';

// A quarter of a fiscal year, or a span of it: months from the year's start, 'ytd' (to the current
// quarter) or 'current' (the current quarter alone: "Three Months 2009").
// (`endQuarter`: the quarter a span ends with when it is not the year's first months: a second half.)
type Wanted = { index: number; year: number } | { months: number | 'current' | 'ytd'; year: number; endQuarter?: number };

const YEAR = String.raw`(?:FY\s*|fiscal\s+(?:year\s+)?)?['’]?((?:19|20)\d\d|\d\d)\b`;
// "Third Quarter Fiscal 2025", "Fourth Quarter 2024", "2nd Qtr 2024"
const NAMED = new RegExp(String.raw`\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:fiscal\s+)?(?:quarter|qtr)\b.*?\b${YEAR}`, 'i');
// "Q2 2009", "Q3 FY2025", "Q2 '09", "Q2-09"
const SHORT = new RegExp(String.raw`\bQ([1-4])[\s-]*${YEAR}`, 'i');
// "2Q09", "2Q 2009"
const NUMBER_FIRST = /\b([1-4])Q\s*['’]?((?:19|20)\d\d|\d\d)\b/i;
// "Three Months 2009", "Six Months 2009", "First Half 2009", "Nine Months Fiscal 2009", "YTD 2009",
// "Year to Date 2009", "Full Year 2008", "Fiscal Year 2008", "Twelve Months 2008"
const SPANS: [RegExp, number | 'current' | 'ytd'][] = [
  [/\b(?:three|3)[\s-]+months?\b/i, 'current'],
  [/\b(?:six|6)[\s-]+months?\b|\b(?:first\s+half|1H|H1|6M)\b/i, 6],
  [/\b(?:nine|9)[\s-]+months?\b|\b9M\b/i, 9],
  [/\b(?:twelve|12)[\s-]+months?\b|\bfull[\s-]+(?:fiscal\s+)?year\b|\bfiscal\s+year\b/i, 12],
  [/\bYTD\b|\byear[\s-]+to[\s-]+date\b/i, 'ytd'],
];
const SPAN_YEAR = new RegExp(YEAR, 'i');

const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) - (Number(y) > 50 ? 100 : 0) : Number(y));

// "1H24", "2H 2023", "H1 FY24", "H2 '23": a half of a fiscal year written short.
const HALF_SHORT = /\b(?:([12])H|H([12]))[\s-]*(?:FY\s*)?['’]?((?:19|20)\d\d|\d\d)\b/i;

// "Q1-Q3 2020", "Q1–Q2 2020": the year's quarters from the first, a span to the last one named.
const QUARTER_RANGE = new RegExp(String.raw`\bQ1\s*[-–—]\s*Q([234])\s+${YEAR}`, 'i');

// "Fiscal 2025 Q1", "2024 First Quarter", "FY2025 Q3": a quarter under its year's heading, the year read first.
const YEAR_THEN_QUARTER = /^\s*(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d\d)\s+(?:Q([1-4])|(first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:fiscal\s+)?(?:quarter|qtr))\b/i;
// "Fiscal 2025 Total", "2024 Year", "2024 Full Year": the whole year under its heading beside its quarters.
const YEAR_THEN_TOTAL = /^\s*(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d\d)\s+(?:total|(?:full\s+|fiscal\s+)?year|annual)\s*$/i;

function wanted(label: string): Wanted | null {
  // "Fiscal 2025 Three Months Ended December 31,": one quarter, dated by its month and day or not at all
  if (isMonthDayUnderYear(label)) return null;
  const under = YEAR_THEN_QUARTER.exec(label);
  // ("Fiscal 2025 Q4 2024": the column's own year, printed after its quarter, is read below)
  if (under && !/(?:19|20)\d\d|['’]\d\d/.test(label.slice(under[0].length))) return { index: under[2] ? Number(under[2]) : ORDINAL[under[3]!.toLowerCase()]!, year: Number(under[1]) };
  const total = YEAR_THEN_TOTAL.exec(label);
  if (total) return { months: 12, year: Number(total[1]) };
  // a quarter's name never heads a year: "Fiscal 2025 Q3" read no further than its quarter above
  if (/\bQ[1-4]\b|\bquarter\b/i.test(label) && !NAMED.test(label) && !SHORT.test(label) && !NUMBER_FIRST.test(label) && !QUARTER_RANGE.test(label)) return null;
  const range = QUARTER_RANGE.exec(label);
  if (range) return { months: Number(range[1]) * 3, year: fullYear(range[2]!) };
  const named = NAMED.exec(label);
  if (named) return { index: ORDINAL[named[1]!.toLowerCase()]!, year: fullYear(named[2]!) };
  const half = HALF_SHORT.exec(label);
  if (half) return { months: 6, year: fullYear(half[3]!), endQuarter: Number(half[1] ?? half[2]) * 2 };
  const short = SHORT.exec(label) ?? NUMBER_FIRST.exec(label);
  if (short) return { index: Number(short[1]), year: fullYear(short[2]!) };
  const y = SPAN_YEAR.exec(label);
  // two digits only after "FY", "fiscal" or an apostrophe ("FY09", "'09")
  if (!y || (y[1]!.length === 2 && !/FY|fiscal|['’]/i.test(y[0]))) return null;
  for (const [re, months] of SPANS) if (re.test(label)) return { months, year: fullYear(y[1]!) };
  // "Fiscal 2008", "FY 2008", "FY23": a full fiscal year
  if (/^\s*(?:FY|fiscal)(?:\b|(?=['’]?\d))/i.test(label)) return { months: 12, year: fullYear(y[1]!) };
  return null;
}

const TYPE: Record<number, PeriodType> = { 3: 'quarter', 6: 'six_months', 9: 'nine_months', 12: 'year' };

/** Fills in the period of undated columns (see the top of this file). */
export function dateUndatedColumns(statements: Statement[], prose: Paragraph[], yearEnd: FiscalYearEnd | null, trace?: string[]): void {
  const undated = statements.flatMap((s) => s.columns.filter((c) => !c.period && c.kind === 'period').map((c) => ({ c, w: wanted(c.label) })));
  if (!undated.some((u) => u.w || (yearEnd && /\b(?:ended|ending)\b/i.test(u.c.label)))) return;
  const quarters = undated.flatMap((u) => (u.w && 'index' in u.w ? [u.w] : []));
  const latest = quarters.sort((a, b) => b.year - a.year || b.index - a.index)[0] ?? null;
  const balances = statements.filter((s) => s.kind === 'balance').flatMap((s) => s.columns.flatMap((c) => (c.period?.type === 'instant' ? [c.period.end] : [])));
  const fromProse = proseAnchors(prose);
  const found = monthEndCalendar(yearEnd, fromProse, balances.sort().at(-1) ?? null, latest);
  const withLabels = found ?? (yearEnd || fromProse.length ? null : calendarOfLabels(quarters, statements));
  const monthEnd = withLabels && yearEnd?.startNamed ? { ...withLabels, startNamed: true } : withLabels;
  const cal: FiscalCalendar = monthEnd ?? fiscalCalendarOf(yearEnd);
  const dated = columnAnchors(statements, cal);
  for (const a of fromProse) {
    const key = `${fiscalYearOf(a.period.end, cal)}:${a.index}`;
    if (!dated.has(key)) dated.set(key, new Map([[a.period.end, a.period]]));
  }
  // the quarter "YTD" and "Three Months" columns run to: the latest quarter the release heads, else dates
  const current = latest?.index ?? latestIndex(dated);
  // (a quarter of a 52-week year the release dates as a whole: 13 weeks each, unless a column dates it otherwise)
  for (const [key, period] of fiftyTwoWeekQuarters(statements, cal)) if (!dated.has(key)) dated.set(key, new Map([[period.end, period]]));
  // (a year-end release of a 52/53-week year, its balance sheet at "September 27, 2025" and "September 28, 2024":
  // the earlier date ends that fiscal year's fourth quarter, so "Fourth Quarter 2024" and "Fiscal Year 2024" take it;
  // not in a mid-year release, whose balance sheet dates one year-end and no fourth quarter beside it)
  const yearEnds = yearEnd ? yearEndBalances(balances, yearEnd) : [];
  for (const end of yearEnds.includes([...balances].sort().at(-1) ?? '') ? yearEnds : []) {
    const key = `${fiscalYearOf(end, cal)}:4`;
    if (!dated.has(key)) dated.set(key, new Map([[end, quarterEnding(end)]]));
  }
  for (const { c, w } of undated) {
    // (a month and day under a year's heading is dated only by a year-end the release states: "2024 ... March 31,")
    const end = yearEnd ? quarterEndUnderYear(c.label, (iso) => fiscalYearOf(iso, cal)) : null;
    const period = end ? quarterEnding(end) : w && periodFor(w, dated, monthEnd, current);
    if (!period) continue;
    c.period = period;
    trace?.push(`reader.undated-column: "${c.label}" -> ${period.type} ${period.start}..${period.end}`);
  }
}

function latestIndex(dated: Map<string, Map<string, Period>>): number | null {
  const keys = [...dated.keys()].map((k) => k.split(':').map(Number) as [number, number]).sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  return keys[0]?.[1] ?? null;
}

// The period of one undated column: the dated quarter it ends with when the release dates it, else the
// month-end calendar's; null when neither is known.
function periodFor(w: Wanted, dated: Map<string, Map<string, Period>>, cal: FiscalCalendar | null, current: number | null): Period | null {
  const quarter = 'index' in w ? w.index : w.endQuarter ?? (w.months === 'current' || w.months === 'ytd' ? current : w.months / 3);
  if (!quarter) return null;
  const months = 'index' in w || w.months === 'current' ? 3 : w.months === 'ytd' ? quarter * 3 : w.months;
  const exact = dated.get(`${w.year}:${quarter}`);
  if (exact && exact.size !== 1) return null;
  const endPeriod = exact ? [...exact.values()][0]! : null;
  if (endPeriod && months === 3) return { ...endPeriod };
  const end = endPeriod?.end ?? (cal ? fiscalMonthEnd(w.year, quarter * 3, cal) : null);
  return end ? { type: TYPE[months]!, start: periodStart(end, months, null), end } : null;
}

// A column named for the very calendar quarter a dated column of the release ends ("Q3'25" beside "Three Months
// Ended September 30, 2025") shows the quarters are calendar quarters, so its neighbours ("Q2'25 (restated)",
// "Q4'24") are too. Null when no name meets a dated month-end quarter.
function calendarOfLabels(quarters: { index: number; year: number }[], statements: Statement[]): FiscalCalendar | null {
  const calendar = fiscalCalendarOf(null);
  const dated = columnAnchors(statements, calendar);
  const meets = quarters.some((q) => {
    const ends = dated.get(`${q.year}:${q.index}`);
    return ends?.size === 1 && [...ends.keys()].every((end) => isMonthEnd(end));
  });
  return meets ? calendar : null;
}

const isMonthEnd = (iso: string): boolean => new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000).getUTCDate() === 1;

const DAY = 86_400_000;
// Balance dates within a week of the fiscal year's month and day, in whichever year ("Sep 28, 2024" for Sep 27).
function yearEndBalances(balances: string[], yearEnd: FiscalYearEnd): string[] {
  return [...new Set(balances)].filter((iso) => {
    const t = Date.parse(iso + 'T00:00:00Z');
    const year = Number(iso.slice(0, 4));
    return [year - 1, year, year + 1].some((y) => Math.abs(t - Date.UTC(y, yearEnd.month - 1, yearEnd.day)) <= 7 * DAY);
  });
}
