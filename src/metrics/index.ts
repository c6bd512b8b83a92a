// The metric lexicon, the row matcher and ratio formulas.
export { getLexicon } from './lexicon.js';
export type { Lexicon, MetricDef, RatioDef, DerivedDef, UnsupportedDef, AmbiguousDef, MetricNature } from './lexicon.js';
export { findMetricMentions, findRatioMentions, findUnsupported, findAmbiguous } from './mentions.js';
export type { MetricMention, RatioMention, UnsupportedMention, AmbiguousMention } from './mentions.js';
export { matchRows, matchMetricRows, CONFIDENT_SCORE, TIE_MARGIN } from './rows.js';
export type { RowCandidate } from './rows.js';
export { parseFormula, evaluateFormula, formulaInWords, formulaInputs, Dec } from './formula.js';
export type { Expr } from './formula.js';
export { taxSignFromLabel, taxSignFromTotals, taxAsExpense } from './sign.js';
