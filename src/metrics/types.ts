// Types of the metric lexicon (intents/metrics.yaml, intents/ratios.yaml).
import type { Expr } from './formula.js';

/** What kind of figure a metric is: period money, instant money, per share, a share count, a percentage. */
/** `other`: a quantity or a price per unit that is not money of the period (ounces produced, cost per ounce). */
export type MetricNature = 'flow' | 'balance' | 'per_share' | 'shares' | 'percent' | 'other';

/** A canonical metric of the lexicon (one entry of intents/metrics.yaml). */
export interface MetricDef {
  /** Canonical id used by formulas and answers, e.g. `cost_of_revenue`. */
  id: string;
  /** How the bot names it, e.g. "Cost of revenue". */
  name: string;
  nature: MetricNature;
  /** Statement kinds where its row normally stands. */
  statements: ('income' | 'balance' | 'cash_flow' | 'other')[];
  /** How people ask for it ("COGS", "top line"). */
  synonyms: string[];
  /** How reports label its row, in generic finance wording. */
  labels: string[];
  /** US-GAAP concept names. */
  gaap: string[];
  /** The metric's gross form: its row without "net" beside one with "net" is that (ppe -> ppe_gross). */
  gross?: string;
  /** An expense: "X expense" still names it when its label says only "X". */
  cost?: boolean;
  /** When set, this metric is `base` narrowed by `qualifier` words (eps_diluted = eps + "diluted"). */
  base?: string;
  qualifier?: string[];
  /** The qualified form a question naming the bare metric means when a table prints both (eps -> eps_diluted). */
  headline?: string;
  reason: string;
}

/** A fallback formula for a ratio, with the note an answer should carry when it is used. */
export interface FormulaFallback {
  formula: string;
  note: string;
  expr: Expr;
}

/** A derived metric or ratio (one entry of intents/ratios.yaml). */
export interface RatioDef {
  id: string;
  name: string;
  /** How people ask for it ("gross margin", "FCF"). */
  synonyms: string[];
  /** How a report labels a row that already holds the figure ("Gross profit %"). */
  labels: string[];
  /** The formula as written in YAML, over metric ids: "gross_profit / revenue * 100". */
  formula: string;
  /** The parsed formula. */
  expr: Expr;
  fallbacks: FormulaFallback[];
  unit: 'percent' | 'ratio' | 'USD' | 'days';
  /** The metric a money row labelled with this ratio's words holds ("Gross margin" in dollars is gross profit). */
  moneyMetric?: string;
  /** A row printed under the ratio's own name is the figure asked for, before the formula (the company's own definition). */
  printedFirst?: boolean;
  /** Inputs that must be positive for a negative result to mean anything (a tax expense on a pre-tax loss). */
  meaningfulBase?: string[];
  reason: string;
}

/** A figure derived from other metrics when no row prints it (gross profit = revenue - cost of revenue). */
export interface DerivedDef {
  id: string;
  formula: string;
  expr: Expr;
  reason: string;
}

/** Something people ask that the reports cannot answer (P/E needs a share price). */
export interface UnsupportedDef {
  id: string;
  name: string;
  synonyms: string[];
  /** Why the bot declines, e.g. "needs the share price, which the reports do not hold". */
  reason: string;
}

/** Words that name several metrics at once ("cash flow"); the bot should ask which. */
export interface AmbiguousDef {
  id: string;
  terms: string[];
  /** Metric or ratio ids the words may mean. */
  choices: string[];
  reason: string;
}

/** A term of the lexicon as normalised words, and what it names. */
export interface Term {
  words: string[];
  kind: 'metric' | 'ratio' | 'unsupported' | 'ambiguous';
  id: string;
  /** The synonym or label as written in YAML. */
  text: string;
}

/** The whole lexicon, loaded and checked. */
export interface Lexicon {
  metrics: MetricDef[];
  ratios: RatioDef[];
  derived: DerivedDef[];
  unsupported: UnsupportedDef[];
  ambiguous: AmbiguousDef[];
  metricById: Map<string, MetricDef>;
  ratioById: Map<string, RatioDef>;
  /** Terms indexed by their first word. */
  termsByFirst: Map<string, Term[]>;
  /** Terms by the first word of their core (the words without connectors: "income before provision income tax"). */
  coresByFirst: Map<string, { term: Term; core: string[] }[]>;
  /** Small words a term may hold that a question's framing strips ("for", "in", "of"). */
  connectors: Set<string>;
  /** Normalised word lists of intents/metrics.yaml `words`. */
  filler: Set<string>;
  generic: Set<string>;
  category: Set<string>;
  /** Words naming a cost without saying which ("expense"): never held against a row that lacks them. */
  soft: Set<string>;
  adjusted: string[][];
  /** Phrases naming a prior period recast by the company ("as adjusted"): the reported figure, never a non-GAAP one. */
  recast: string[][];
  /** Phrases of a label saying the line is the whole of what it names ("current and non-current"), as word lists. */
  whole: string[][];
  /** Phrases asking for a figure as first printed, before a later release revised it ("as originally reported"). */
  original: string[][];
  /** Adjusted phrases that name a basis of their own ("pro forma"): only a row printing them answers. */
  ownBasis: string[][];
  /** Words of a line that adjusts a metric ("Income tax effect"). */
  adjustment: Set<string>;
  /** Words that ask for the reported figure ("GAAP" not in "non-GAAP"): no qualifier a row must carry. */
  reported: Set<string>;
  /** Phrases that leave out what follows them ("revenue excluding professional services"), as word lists. */
  exclusion: string[][];
  /** Every normalised word used by any metric or ratio term (finance vocabulary). */
  vocabulary: Set<string>;
  /** Plain words one letter from a finance word, never read as a typing slip. */
  known: Set<string>;
  /** Metric ids whose cash-flow figure is money paid out (capex): a share of revenue takes its size. */
  outflows: Set<string>;
}
