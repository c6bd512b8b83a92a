// Does a report column's period satisfy what the question asked? By end date (7 days' tolerance
// for 52/53-week years) and by length (type).
import type { Period, PeriodType } from '../core/store.js';
import { daysApart, daysInMonth, isoDate } from './dates.js';
import type { FiscalCalendar } from './fiscal.js';
import { DECEMBER, fiscalMonthEnd, fiscalYearOf, monthsIntoFiscalYear } from './fiscal.js';
import type { PeriodSpec } from './spec.js';

export type { FiscalCalendar } from './fiscal.js';
export { fiscalCalendarOf } from './fiscal.js';

const TOLERANCE_DAYS = 7;

// "December 2004" matches an end from Nov 24, 2004 to Jan 7, 2005 (a 52/53-week Jan 1, 2005 is December 2004).
function nearMonth(end: string, ym: { year: number; month: number }): boolean {
  const first = isoDate(ym.year, ym.month, 1);
  const last = isoDate(ym.year, ym.month, daysInMonth(ym.year, ym.month));
  if (end >= first && end <= last) return true;
  return Math.min(daysApart(end, first), daysApart(end, last)) <= TOLERANCE_DAYS;
}

// How many fiscal months the asked-for period ends after the fiscal year start: Q2 -> 6, H1 -> 6, FY -> 12.
function monthsInto(spec: PeriodSpec): number | undefined {
  switch (spec.type === 'instant' && spec.endOf ? spec.endOf : spec.type) {
    case 'quarter': return spec.index !== undefined && spec.index >= 1 && spec.index <= 4 ? spec.index * 3 : undefined;
    // "six months" without a half named: the year's first six months, as releases print them
    case 'six_months': return spec.index === 1 || spec.index === 2 ? spec.index * 6 : spec.index === undefined ? 6 : undefined;
    case 'nine_months': return 9;
    case 'year': case 'instant': case undefined: return 12;
    default: return undefined;
  }
}

// A spec with a year but no kind ("2006") asks for the fiscal year itself.
const wantedType = (spec: PeriodSpec): PeriodType | undefined =>
  spec.type ?? (spec.year !== undefined && !spec.end && !spec.endMonth ? 'year' : undefined);

// A bare year asked of a balance ("cash 2004") is the balance at that fiscal year's end.
const isBareYear = (spec: PeriodSpec): boolean =>
  spec.year !== undefined && !spec.type && spec.index === undefined && !spec.end && !spec.endMonth;

// A balance asked at a part of a named year is the balance at that part's end:
// "total current assets Q2 FY97" -> the column dated at the close of fiscal Q2 1997.
// A whole year ("fiscal 2006") stays a flow word: it never names a balance date.
const PARTS = new Set<PeriodType>(['quarter', 'six_months', 'nine_months']);
const isPartWithYear = (spec: PeriodSpec): boolean =>
  spec.year !== undefined && spec.type !== undefined && PARTS.has(spec.type) && !spec.end && !spec.endMonth && !spec.monthDay;

function endOfPart(spec: PeriodSpec, period: Period, cal: FiscalCalendar): boolean {
  const months = monthsInto(spec);
  return months !== undefined && daysApart(fiscalMonthEnd(spec.year!, months, cal), period.end) <= TOLERANCE_DAYS;
}

// "Twelve Weeks Ended March 23, 2014" in a year of 12-, 12-, 16- and 12-week quarters: a span counted in weeks ends
// up to weeks from its month's end; it is the part of the fiscal year whose month it ends in, as its label says (Q1 2014).
function weeksEndingInMonth(fy: number, months: number, period: Period, cal: FiscalCalendar): boolean {
  return period.weeks !== undefined && fiscalYearOf(period.end, cal) === fy && monthsIntoFiscalYear(period.end, cal) === months;
}

export function periodMatches(spec: PeriodSpec, period: Period, companyCal: FiscalCalendar): boolean {
  if (spec.relative) return false;
  const cal = spec.calendar ? DECEMBER : companyCal;
  if (isBareYear(spec) && period.type === 'instant') return daysApart(fiscalMonthEnd(spec.year!, 12, cal), period.end) <= TOLERANCE_DAYS;
  if (period.type === 'instant' && isPartWithYear(spec)) return endOfPart(spec, period, cal);
  const type = wantedType(spec);
  if (type && type !== period.type) return false;
  // (a stub period asked by both its days is that span: "November 20 through December 31, 2020")
  if (spec.start && (!period.start || daysApart(spec.start, period.start) > TOLERANCE_DAYS)) return false;
  if (spec.end) return daysApart(spec.end, period.end) <= TOLERANCE_DAYS;
  // a month alone ("revenue in December 2024") names no reported flow period: only a balance at its end
  if (spec.endMonth && !type && period.type !== 'instant') return false;
  if (spec.endMonth) return nearMonth(period.end, spec.endMonth);
  if (spec.monthDay) {
    const y = Number(period.end.slice(0, 4));
    return [y - 1, y, y + 1].some((yy) => daysApart(isoDate(yy, spec.monthDay!.month, Math.min(spec.monthDay!.day, daysInMonth(yy, spec.monthDay!.month))), period.end) <= TOLERANCE_DAYS);
  }
  const months = monthsInto(spec);
  if (months === undefined) return false;
  if (spec.year !== undefined) return daysApart(fiscalMonthEnd(spec.year, months, cal), period.end) <= TOLERANCE_DAYS || weeksEndingInMonth(spec.year, months, period, cal);
  // "Q1", "first nine months", "six months" without a year: any such fiscal period (the caller picks
  // the latest or asks); a quarter needs its number
  return (spec.index !== undefined || spec.type !== 'quarter') && spec.type !== undefined && monthsIntoFiscalYear(period.end, cal) === months;
}
