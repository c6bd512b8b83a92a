// Where a release pins its fiscal quarters to dates: dated quarter columns, sentences such as "for the
// second quarter ended June 30, 2009", and the latest balance-sheet date as the end of the latest quarter
// the headers name. From them, the fiscal calendar when the evidence agrees.
import type { Paragraph, Period, Statement } from '../core/store.js';
import { fiscalCalendarOf, fiscalYearOf, monthsIntoFiscalYear, nominalMonth, type FiscalCalendar } from '../periods/fiscal.js';
import { findDates } from './dates/index.js';
import { periodStart } from './period.js';

/** A fiscal quarter ("2009:2") and the period that ends it. */
export type Anchors = Map<string, Period>;

export const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const isMonthEnd = (iso: string): boolean => new Date(Date.parse(iso + 'T00:00:00Z') + 86_400_000).getUTCDate() === 1;

// "second quarter ended June 30, 2009", "third quarter of fiscal 2008, which ended March 29, 2008",
// "fourth quarter and year ended December 31, 2004": the ordinal and the text after "ended".
const PROSE = /\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+(?:fiscal\s+)?quarter\b[^.;]{0,60}?\b(?:ended|ending)\s+([A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)/g;

const YEAR_OF_QUARTER = /\bquarter\s+of\s+(?:the\s+)?(?:fiscal\s+)?year\s+(?:ended|ending)\b/i;

/** The month-end calendar that puts quarter `index` at the end of `end`'s month. */
function calendarFor(index: number, end: string): FiscalCalendar {
  const month = Number(end.slice(5, 7));
  return { yearEndMonth: ((month + (4 - index) * 3 - 1) % 12) + 1, yearEndDay: 31 };
}

/** A quarter period ending on `end`: three calendar months at a month end, else 13 weeks. */
export const quarterEnding = (end: string): Period => (isMonthEnd(end) ? { type: 'quarter', start: periodStart(end, 3, null), end } : { type: 'quarter', start: periodStart(end, 3, 13), end, weeks: 13 });

/** Quarters the text dates in its sentences; none when two of them imply different fiscal years. */
export function proseAnchors(prose: Paragraph[]): { index: number; period: Period }[] {
  const out: { index: number; period: Period }[] = [];
  for (const p of prose) {
    for (const m of p.text.matchAll(PROSE)) {
      // "first quarter of the fiscal year ending March 31, 2025": the date ends the year, not the quarter
      if (YEAR_OF_QUARTER.test(m[0])) continue;
      const date = findDates(m[2]!)[0];
      if (date) out.push({ index: ORDINAL[m[1]!.toLowerCase()]!, period: quarterEnding(date.iso) });
    }
  }
  const months = new Set(out.map((a) => calendarFor(a.index, nominalEnd(a.period.end)).yearEndMonth));
  return months.size > 1 ? [] : out;
}

// The month end a 52/53-week date stands for ("July 3, 2004" -> June 30, 2004).
function nominalEnd(iso: string): string {
  const { year, month } = nominalMonth(iso);
  return `${year}-${String(month).padStart(2, '0')}-28`;
}

/** Quarters the tables date ("Three months ended June 30, 2009"), by fiscal year and quarter. */
export function columnAnchors(statements: Statement[], cal: FiscalCalendar): Map<string, Map<string, Period>> {
  const dated = new Map<string, Map<string, Period>>();
  for (const s of statements) {
    for (const c of s.columns) {
      if (c.period?.type !== 'quarter' || monthsIntoFiscalYear(c.period.end, cal) % 3 !== 0) continue;
      const key = `${fiscalYearOf(c.period.end, cal)}:${monthsIntoFiscalYear(c.period.end, cal) / 3}`;
      const ends = dated.get(key) ?? new Map<string, Period>();
      ends.set(c.period.end, c.period);
      dated.set(key, ends);
    }
  }
  return dated;
}

/**
 * The calendar the release's evidence agrees on: the fiscal year-end its tables show, sentences that date
 * a quarter, and the latest balance date as the end of the latest quarter headed (`latest`). Null when
 * there is none, when two disagree, or when the year does not end at a month end (52/53-week years:
 * quarters are then dated only where the release prints their dates).
 */
export function monthEndCalendar(tableYearEnd: { month: number; day: number; startNamed?: boolean } | null, prose: { index: number; period: Period }[], latestBalance: string | null, latest: { year: number; index: number } | null): FiscalCalendar | null {
  const votes: FiscalCalendar[] = [];
  if (tableYearEnd) {
    if (tableYearEnd.day < 28) return null;
    votes.push(fiscalCalendarOf(tableYearEnd));
  }
  for (const a of prose) {
    if (!isMonthEnd(a.period.end)) return null;
    votes.push(calendarFor(a.index, a.period.end));
  }
  if (latestBalance && latest && isMonthEnd(latestBalance)) {
    const cal = { ...calendarFor(latest.index, latestBalance), ...(tableYearEnd?.startNamed ? { startNamed: true } : {}) };
    // the fiscal year is named by the year it ends in: the date must fall in the year the header names
    if (fiscalYearOf(latestBalance, cal) === latest.year) votes.push(cal);
  }
  if (votes.length === 0 || votes.some((v) => v.yearEndMonth !== votes[0]!.yearEndMonth)) return null;
  return votes[0]!;
}

/**
 * The fiscal year-end the sentences alone tell, for a release whose tables show none: "fiscal second quarter
 * ended March 31, 2025" -> September 30. Null unless every dated quarter ends at a month end and they agree.
 */
export function proseYearEnd(prose: Paragraph[]): { month: number; day: number } | null {
  const anchors = proseAnchors(prose);
  if (!anchors.length) return null;
  // (a 52/53-week quarter ending on a Saturday stands for its month: "first quarter ... ended May 3, 2025" -> April)
  const month = calendarFor(anchors[0]!.index, nominalEnd(anchors[0]!.period.end)).yearEndMonth;
  return { month, day: new Date(Date.UTC(2001, month, 0)).getUTCDate() };
}
