// How answers name periods: short ("Q2 2007", "H1 FY1997", "FY2004") and long
// ("three months ended June 30, 2007"), and how a not_found message names what was asked.
import type { Period, PeriodType } from '../core/store.js';
import { ymd } from './dates.js';
import type { FiscalCalendar } from './fiscal.js';
import { fiscalYearOf, monthsIntoFiscalYear } from './fiscal.js';
import type { PeriodSpec } from './spec.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LENGTH_WORDS: Partial<Record<PeriodType, string>> = { quarter: 'three months', six_months: 'six months', nine_months: 'nine months', year: 'year' };

// "2007-06-30" -> "June 30, 2007"
export function longDate(iso: string): string {
  const [y, m, d] = ymd(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

// "three months ended June 30, 2007", "13 weeks ended July 3, 2004", "year ended December 31, 2004", "June 30, 2007".
export function periodLongLabel(period: Period): string {
  if (period.type === 'instant') return longDate(period.end);
  if (period.weeks) return `${period.weeks} weeks ended ${longDate(period.end)}`;
  const words = LENGTH_WORDS[period.type];
  if (words) return `${words} ended ${longDate(period.end)}`;
  return period.start ? `${longDate(period.start)} to ${longDate(period.end)}` : `period ended ${longDate(period.end)}`;
}

// "Q2 2007" (December year), "Q2 FY1997" (other fiscal years), "H1 2007", "9M 2007", "FY2004", "June 30, 2007".
export function periodLabel(period: Period, cal: FiscalCalendar): string {
  if (period.type === 'instant') return longDate(period.end);
  const fy = fiscalYearOf(period.end, cal);
  const months = monthsIntoFiscalYear(period.end, cal);
  const year = cal.yearEndMonth === 12 ? String(fy) : `FY${fy}`;
  if (period.type === 'quarter' && months % 3 === 0) return `Q${months / 3} ${year}`;
  if (period.type === 'six_months' && months % 6 === 0) return `H${months / 6} ${year}`;
  if (period.type === 'nine_months' && months === 9) return `9M ${year}`;
  if (period.type === 'year' && months === 12) return `FY${fy}`;
  return periodLongLabel(period);
}

const RELATIVE_WORDS: Record<string, string> = {
  latest: 'the latest period',
  previous: 'the previous period',
  year_ago: 'the same period a year earlier',
  prior_year: 'the prior fiscal year',
  ytd: 'year to date',
  ytd_year_ago: 'year to date a year earlier',
  year_end: 'the latest fiscal year-end',
  period_end: 'the latest balance sheet date',
};

const PART_NAMES: Partial<Record<PeriodType, (i?: number) => string>> = {
  quarter: (i) => `Q${i}`,
  six_months: (i) => `H${i}`,
  nine_months: () => 'the first nine months',
};

function relativeLabel(spec: PeriodSpec): string {
  if (spec.ttm) return 'the trailing twelve months';
  const part = spec.type ? PART_NAMES[spec.type] : undefined;
  if (spec.relative === 'ytd' && spec.year !== undefined) return `fiscal ${spec.year} year to date`;
  if (part && (spec.index !== undefined || spec.type === 'nine_months')) {
    return `${part(spec.index)} of ${spec.relative === 'prior_year' ? 'the prior' : 'the current'} fiscal year`;
  }
  if (spec.type === 'quarter' && spec.relative === 'latest') return 'the latest quarter';
  if (spec.type === 'year' && spec.relative === 'latest') return 'the latest full year';
  if (spec.type === 'six_months' && spec.relative === 'latest') return 'the latest six months';
  if (spec.type === 'nine_months' && spec.relative === 'latest') return 'the latest nine months';
  if (spec.type === 'quarter' && spec.relative === 'previous') return 'the previous quarter';
  if (spec.type === 'quarter' && spec.relative === 'year_ago') return 'the year-ago quarter';
  return RELATIVE_WORDS[spec.relative!] ?? 'the latest period';
}

const monthYear = (ym: { year: number; month: number }): string => `${MONTHS[ym.month - 1]} ${ym.year}`;

// "Q4 2006", "fiscal 2006", "H1 2007", "three months ended June 30, 2007", "the latest quarter".
export function specLabel(spec: PeriodSpec): string {
  if (spec.relative || spec.ttm) return relativeLabel(spec);
  if (spec.monthDay) return spec.text.replace(/^(as\s+of|as\s+at|at|on)\s+/i, '');
  const lengthWords = spec.type ? LENGTH_WORDS[spec.type] : undefined;
  const date = spec.end ? longDate(spec.end) : spec.endMonth ? monthYear(spec.endMonth) : undefined;
  if (spec.endMonth && spec.type === 'year') return `twelve months ended ${date}`;
  if (date) return lengthWords ? `${lengthWords} ended ${date}` : date;
  const y = spec.year !== undefined ? ` ${spec.year}` : '';
  switch (spec.type) {
    case 'quarter': return spec.index ? `Q${spec.index}${y}` : `the quarter${y}`;
    case 'six_months': return spec.index ? `H${spec.index}${y}` : `six months${y}`;
    case 'nine_months': return `the first nine months${spec.year !== undefined ? ` of ${spec.year}` : ''}`;
    case 'year': return spec.year !== undefined ? `${spec.calendar ? 'calendar' : 'fiscal'} ${spec.year}` : 'the fiscal year';
    case 'instant':
      if (spec.endOf && spec.endOf !== 'instant') return `the end of ${specLabel({ ...spec, type: spec.endOf })}`;
      return spec.year !== undefined ? `the end of fiscal ${spec.year}` : 'the balance sheet date';
    default: return spec.year !== undefined ? String(spec.year) : spec.text;
  }
}
