// What a question asks, after parsing and before it meets the store.
import type { PeriodSpec } from '../periods/spec.js';

export type Intent = 'help' | 'list' | 'rank' | 'compare' | 'prose' | 'lookup' | 'empty';

/** How a comparison names its second period when only one is given. */
export type CompareMode = 'yoy' | 'qoq' | 'since_year_end' | 'explicit' | 'default';

/** The parse of one question. */
/** How two lines are put together: added, the second taken from the first, by how much the first is above the second, not said ("X vs Y": asked back), or each given ("X and Y"). */
export type TwoLinesOp = 'sum' | 'difference' | 'compare' | 'either' | 'both';

export interface Query {
  question: string;
  /** The question as analysed: mentions stripped, whitespace folded, length capped. */
  clean: string;
  intent: Intent;
  /** Words left for the metric once periods, companies and framing words are removed. */
  metricPhrase: string;
  /** A derived metric named by the question (id from intents/ratios.yaml). */
  ratioId?: string;
  /** A metric the bot cannot compute from reports (P/E needs a share price). */
  unsupported?: { name: string; reason: string };
  /** "X as a percent of Y" (a percent), "ratio of X to Y" (`as: 'ratio'`, a plain number): the two metric phrases. */
  /** `paidOut`: asked as a part taken out of the whole ("how much of net income went to dividends"). */
  shareOf?: { part: string; whole: string; as?: 'ratio'; paidOut?: true };
  /** Two lines of one period put together ("sum of R&D and S&M", "R&D vs S&M"): the two metric phrases and how. */
  twoLines?: { left: string; right: string; op: TwoLinesOp };
  /** A list of lines asked together ("revenue, net income and EPS for Q2 2007"): the items and the question for each. */
  list?: { items: string[]; questions: string[] };
  periods: PeriodSpec[];
  /** Companies named, as indexes into the company index. */
  companies: string[];
  /** The companies that one name in the question fits alike ("Apple" with Apple Computer and Apple Hospitality loaded). */
  sharedName?: string[];
  compare?: CompareMode;
  /** Words that look like a period but could not be read ("Q9 2007"): the question is declined. */
  unreadPeriod?: string;
  /** "Alabama Power net margin": a ratio asked within the part of a report whose section these words name. */
  scopedRatio?: { ratioId: string; words: string[] };
  /** "since year-end", "since December 31, 2006": the period a comparison starts from (it ends at the latest). */
  since?: PeriodSpec;
  /** "since december": the month (1-12) of the balance date a comparison starts from, no day or year given. */
  sinceMonth?: number;
  /** The metric words with the words of change kept ("decrease in notes payable to banks"): a cash flow line may be named so. */
  phraseWithCues?: string;
  /** "top 3 companies by revenue", "bottom five": how many companies a ranking lists, and from which end. */
  rankCount?: { n: number; bottom: boolean };
  /** The currency the question names ("revenue in dollars" -> USD): figures in another currency are declined. */
  currency?: string;
  /** Wants the figure excluding one-time items / adjusted. */
  trace: string[];
}
