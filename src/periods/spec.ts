// What a question says about time, before it is matched to a report's columns.
import type { PeriodType } from '../core/store.js';

/** A relative period word, resolved against the latest period a company reports. */
export type RelativePeriod =
  | 'latest' // "this quarter", "last quarter", "latest", "most recent", "current"
  | 'previous' // "prior quarter", "previous quarter", "sequentially" (the period before the latest of its type)
  | 'year_ago' // "year-ago quarter", "same quarter last year"
  | 'prior_year' // "prior year", "last year" (the year before the latest)
  | 'ytd' // "year to date", "YTD"
  | 'ytd_year_ago' // "YTD ... prior year" (the same span from the start of the fiscal year before)
  | 'year_end' // "year-end", "end of last fiscal year" (the latest fiscal year-end balance date)
  | 'period_end'; // "quarter end", "period end" (the latest balance date)

/** One period expression found in a question. */
export interface PeriodSpec {
  /** Kind asked for, when the words say it ("Q2" -> quarter, "H1" -> six_months, "at June 30" -> instant). */
  type?: PeriodType;
  /** Fiscal (or calendar) year as written: "Q2 2007" -> 2007, "fiscal 2006" -> 2006, "2Q07" -> 2007. */
  year?: number;
  /** Quarter 1-4 or half 1-2 within `year`. */
  index?: number;
  /** An explicit end date, ISO: "three months ended June 30, 2007", "as of June 30, 2007". */
  end?: string;
  /** The first day of a span that is no whole quarter, half or year: "from November 20 through December 31, 2020". */
  start?: string;
  /** An end given by month only: "12 months ended December 2003" -> { year: 2003, month: 12 }. */
  endMonth?: { year: number; month: number };
  /** A month and day without a year ("at June 30"): the latest such date. */
  monthDay?: { month: number; day: number };
  /** A relative period word. */
  relative?: RelativePeriod;
  /** Calendar, not fiscal: "calendar 2006" is January to December whatever the company's fiscal year. */
  calendar?: boolean;
  /** A balance at the end of a part: "end of Q2 2007" -> { type: 'instant', endOf: 'quarter', index: 2, year: 2007 }. */
  endOf?: PeriodType;
  /** Trailing twelve months ("TTM", "last 12 months"): set with `relative: 'latest'`; the resolver may not support it. */
  ttm?: boolean;
  /** Other spans this spec consumed, apart from `span`: the year in "first quarter revenue in 2007". */
  extraSpans?: [number, number][];
  /** The words matched, as written. */
  text: string;
  /** Character span [start, end) in the question. */
  span: [number, number];
  /** Name of the parser rule that produced it (for the debug trace). */
  rule: string;
}
