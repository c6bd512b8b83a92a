// Relative period words resolved against the periods a company reports ("last quarter" -> the latest
// quarter column). Null when the report does not hold the period: no guessing.
import type { Period, PeriodType } from '../core/store.js';
import { addMonths, daysApart } from './dates.js';
import type { FiscalCalendar } from './fiscal.js';
import { fiscalMonthEnd, fiscalYearOf, fiscalYearStart, monthsIntoFiscalYear } from './fiscal.js';
import { periodMatches } from './match.js';
import type { PeriodSpec } from './spec.js';

const TOLERANCE_DAYS = 7;
const LENGTH_MONTHS: Partial<Record<PeriodType, number>> = { quarter: 3, six_months: 6, nine_months: 12, year: 12 };

const latest = (list: Period[]): Period | null =>
  list.reduce<Period | null>((best, p) => (!best || p.end > best.end ? p : best), null);
const near = (a: string, b: string): boolean => daysApart(a, b) <= TOLERANCE_DAYS;
const instants = (all: Period[]): Period[] => all.filter((p) => p.type === 'instant');
const flows = (all: Period[]): Period[] => all.filter((p) => p.type !== 'instant');
const endingNear = (list: Period[], end: string): Period | null => latest(list.filter((p) => near(p.end, end)));

// The list a word picks from: balances -> instants; flows -> the spec's type, a quarter by default (in a report
// without quarters, the kind of its latest flow: "a year ago" in an annual release is the year before).
function pool(spec: PeriodSpec, all: Period[], want: 'flow' | 'balance'): Period[] {
  if (want === 'balance' || spec.type === 'instant') return instants(all);
  const type = spec.type ?? (all.some((p) => p.type === 'quarter') ? 'quarter' : latest(flows(all))?.type ?? 'quarter');
  return all.filter((p) => p.type === type);
}

// "prior quarter" (3 months back), "year-ago quarter" (12 months back), from the latest of the pool.
function stepBack(list: Period[], months: number): Period | null {
  const anchor = latest(list);
  return anchor ? endingNear(list, addMonths(anchor.end, -months)) : null;
}

// "prior year": the fiscal year before the latest one the report covers.
function priorYear(all: Period[], cal: FiscalCalendar, want: 'flow' | 'balance'): Period | null {
  const last = latest(all);
  if (!last) return null;
  const end = fiscalMonthEnd(fiscalYearOf(last.end, cal) - 1, 12, cal);
  const list = want === 'balance' ? instants(all) : all.filter((p) => p.type === 'year');
  return endingNear(list, end);
}

// "year to date": the longest flow from the fiscal year start to the latest end (Q1: the quarter itself).
// "YTD 2004": the same within fiscal 2004.
function yearToDate(all: Period[], cal: FiscalCalendar, year?: number): Period | null {
  const last = latest(flows(all).filter((p) => year === undefined || fiscalYearOf(p.end, cal) === year));
  if (!last) return null;
  const start = fiscalYearStart(last.end, cal);
  const months = monthsIntoFiscalYear(last.end, cal);
  const fromStart = flows(all).filter((p) => near(p.end, last.end) && (p.start ? near(p.start, start) : LENGTH_MONTHS[p.type] === months));
  return fromStart.reduce<Period | null>((best, p) => (!best || (p.start ?? '') < (best.start ?? '') ? p : best), null);
}

// "YTD ... prior year": the span of the same length from the start of the fiscal year before, ending a year earlier.
function yearToDateAgo(all: Period[], cal: FiscalCalendar): Period | null {
  const now = yearToDate(all, cal);
  return now ? endingNear(flows(all).filter((p) => p.type === now.type), addMonths(now.end, -12)) : null;
}

// "year-end": the latest balance date on a fiscal year end.
function yearEnd(all: Period[], cal: FiscalCalendar): Period | null {
  const onYearEnd = instants(all).filter((p) => near(p.end, fiscalMonthEnd(fiscalYearOf(p.end, cal), 12, cal)));
  return latest(onYearEnd);
}

// "TTM": only a full year ending at the latest flow end is a trailing twelve months figure.
function trailingTwelve(all: Period[]): Period | null {
  const last = latest(flows(all));
  return last ? endingNear(all.filter((p) => p.type === 'year'), last.end) : null;
}

// "Q4 last year", "Q1 this year": that part of the latest fiscal year covered (or the one before).
function partOfYear(spec: PeriodSpec, all: Period[], cal: FiscalCalendar): Period | null {
  const last = latest(all);
  if (!last || !spec.type) return null;
  const year = fiscalYearOf(last.end, cal) - (spec.relative === 'prior_year' ? 1 : 0);
  const absolute: PeriodSpec = { type: spec.type, year, text: spec.text, span: spec.span, rule: spec.rule, ...(spec.index !== undefined ? { index: spec.index } : {}) };
  return latest(all.filter((p) => periodMatches(absolute, p, cal)));
}

const isPart = (spec: PeriodSpec): boolean =>
  (spec.relative === 'prior_year' || spec.relative === 'latest') && (spec.index !== undefined || spec.type === 'nine_months');

export function resolveRelative(spec: PeriodSpec, available: Period[], cal: FiscalCalendar, want: 'flow' | 'balance'): Period | null {
  if (spec.ttm) return want === 'flow' ? trailingTwelve(available) : null;
  if (isPart(spec)) return want === 'flow' ? partOfYear(spec, available, cal) : null;
  const list = pool(spec, available, want);
  const length = want === 'balance' || spec.type === 'instant' ? 3 : LENGTH_MONTHS[spec.type ?? list[0]?.type ?? 'quarter'] ?? 3;
  switch (spec.relative) {
    // "latest" with no kind in a report without quarters: the latest flow of any length (the answer names it).
    case 'latest': return latest(list) ?? (want === 'flow' && !spec.type ? latest(flows(available)) : null);
    case 'previous': return stepBack(list, length);
    case 'year_ago': return stepBack(list, 12);
    case 'prior_year': return priorYear(available, cal, want);
    case 'ytd': return want === 'flow' ? yearToDate(available, cal, spec.year) : null;
    case 'ytd_year_ago': return want === 'flow' ? yearToDateAgo(available, cal) : null;
    case 'year_end': return yearEnd(available, cal);
    case 'period_end': return latest(instants(available));
    default: return null;
  }
}
