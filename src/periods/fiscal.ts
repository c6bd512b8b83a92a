// Fiscal calendars: which fiscal year and which month of it a period's end date falls in.
import { daysInMonth, isoDate, ymd } from './dates.js';

/** When a company's fiscal year ends (default December 31). */
export interface FiscalCalendar {
  yearEndMonth: number;
  yearEndDay: number;
  /** Years named by the calendar year they start in (a January year-end retailer's "fiscal 2021" ends January 2022). */
  startNamed?: boolean;
}

export const DECEMBER: FiscalCalendar = { yearEndMonth: 12, yearEndDay: 31 };

// A 52/53-week year ending in the first week of a month is named by the month before:
// "January 1, 2005" ends fiscal 2004 of a December company; "October 2" ends a September year.
export function fiscalCalendarOf(fiscalYearEnd: { month: number; day: number; startNamed?: boolean } | null): FiscalCalendar {
  if (!fiscalYearEnd) return DECEMBER;
  const { month, day } = fiscalYearEnd;
  const named = fiscalYearEnd.startNamed ? { startNamed: true } : {};
  if (day <= 7) return { yearEndMonth: month === 1 ? 12 : month - 1, yearEndDay: 31, ...named };
  return { yearEndMonth: month, yearEndDay: day, ...named };
}

// The month a date stands for: "2004-07-03" (13 weeks ended July 3) stands for June 2004.
export function nominalMonth(iso: string): { year: number; month: number } {
  const [y, m, d] = ymd(iso);
  if (d > 7) return { year: y, month: m };
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}

/** Fiscal year named by the calendar year in which it ends (March 1997 is in FY1997 of a September year), or starts. */
export function fiscalYearOf(iso: string, cal: FiscalCalendar): number {
  const { year, month } = nominalMonth(iso);
  const endYear = month <= cal.yearEndMonth ? year : year + 1;
  return cal.startNamed ? endYear - 1 : endYear;
}

/** Months from the fiscal year's start to the end of the date's month: 1..12 (12 = fiscal year end). */
export function monthsIntoFiscalYear(iso: string, cal: FiscalCalendar): number {
  const { month } = nominalMonth(iso);
  return ((((month - cal.yearEndMonth - 1) % 12) + 12) % 12) + 1;
}

// The nominal end of month `months` (1..12) of fiscal year `fy`: fy 1997, 6 months, September year -> 1997-03-31.
export function fiscalMonthEnd(fy: number, months: number, cal: FiscalCalendar): string {
  const endYear = cal.startNamed ? fy + 1 : fy;
  const month = ((cal.yearEndMonth + months - 1) % 12) + 1;
  const year = month <= cal.yearEndMonth ? endYear : endYear - 1;
  const last = daysInMonth(year, month);
  const day = cal.yearEndDay >= 28 ? last : Math.min(cal.yearEndDay, last);
  return isoDate(year, month, day);
}

/** The first day of the fiscal year that holds a date. */
export function fiscalYearStart(iso: string, cal: FiscalCalendar): string {
  const fy = fiscalYearOf(iso, cal);
  const prevEnd = fiscalMonthEnd(fy - 1, 12, cal);
  const [y, m] = ymd(prevEnd);
  return m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1);
}
