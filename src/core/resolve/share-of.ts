// A line as a share of another: "R&D as a percent of revenue" (percent), "ratio of cash to current
// liabilities" (a plain number). Both lines are cited.
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { Dec } from '../../metrics/formula.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { taxSignFromLabel } from '../../metrics/sign.js';
import { round } from '../decimal.js';
import { metricName } from '../format/names.js';
import { rowCandidates, rowNature } from './candidates.js';
import { isDeductedCost } from './cost-sign.js';
import { answerPeriod } from './facts.js';
import { valueItem } from './items.js';
import { problem, type Outcome } from './outcome.js';
import { isPicked, pickFigure, type Picked } from './pick.js';
import { derivedAt } from './ratio.js';

/** "R&D as a percent of revenue": the whole fixes the period, the part must be reported for it. */
export function resolveShareOf(q: Query, docs: Document[]): Outcome {
  const { part, whole } = q.shareOf!;
  const spec = q.periods[0];
  const w = pickFigure(rowCandidates(whole, docs, q.trace), spec, docs, whole, q.trace);
  if (!isPicked(w)) return w;
  // "what percent of revenue was service": the part read inside the whole first ("service revenue")
  const inWhole = pickFigure(rowCandidates(`${part} ${whole}`, docs, q.trace), undefined, docs, part, q.trace, w.figure.period);
  // ... unless that reads the whole itself ("tax as % of pretax income": "tax pretax income" is the pretax line), or
  // the whole's figure printed again in another statement ("operating cash flow as % of net earnings": the cash flow
  // statement's "Net earnings" 810, the income statement's 810)
  const readsWhole = isPicked(inWhole) && (inWhole.figure.row === w.figure.row || new Dec(inWhole.figure.value).eq(w.figure.value));
  const p = isPicked(inWhole) && !readsWhole ? inWhole : pickFigure(rowCandidates(part, docs, q.trace), undefined, docs, part, q.trace, w.figure.period);
  if (!isPicked(p)) return derivedShare(part, w, docs, q.trace) ?? p;
  // "what % of revenue was retail" read as retail revenue over itself: 100% of nothing asked
  if (p.figure.row === w.figure.row) return problem('cannot_compute', `"${part}" and "${whole}" name the same line (${metricName(w.figure.row)}), so its share of itself tells nothing.`);
  // "how much of net income went to taxes": a line printed above the whole in the same statement is deducted
  // before the whole is reached, so none of the whole goes to it; the tax rate or a share of revenue is meant
  if (q.shareOf!.paidOut && p.figure.statement === w.figure.statement && p.figure.row.line < w.figure.row.line) {
    const whole = metricName(w.figure.row).toLowerCase();
    return problem('cannot_compute', `${metricName(p.figure.row)} is deducted before ${whole} is reached, so no part of ${whole} goes to it. Ask for it as a percent of a line above it, e.g. "${part} as a % of revenue".`);
  }
  if (p.figure.row.unit !== w.figure.row.unit) return problem('cannot_compute', `"${part}" and "${whole}" are not in the same unit.`);
  const wv = new Dec(w.figure.value);
  if (wv.isZero()) return problem('cannot_compute', `${metricName(w.figure.row)} is zero, so the share is undefined.`);
  // "ratio of X to Y": a plain number (0.52); "X as a percent of Y": percent points (51.8). A line
  // over revenue ("R&D to sales") is quoted as a percent of revenue, as analysts do.
  const overRevenue = w.ref.metricId === 'revenue' && rowNature(p.ref) === 'flow';
  const asRatioAsked = q.shareOf!.as === 'ratio' && !overRevenue;
  // "Selling, general and administrative (13,741)" over net sales of 105,697: a cost of 13.0%, not -13.0%
  // "capex as % of revenue" over "Purchases of property and equipment (7,138)": the outflow's size
  // "tax as % of pretax income" over "Income tax benefit (provision) (1,195)": the charge, as the label's
  // words put it (7.5%, not -7.5%); a tax line whose words do not say which side is positive is declined
  const taxSign = p.ref.metricId === 'income_tax' ? taxSignFromLabel(p.figure.row.label) : 1;
  if (taxSign === null) return problem('cannot_compute', `${metricName(p.figure.row)} does not say whether a positive figure is a charge or a benefit.`);
  const pv = new Dec(p.figure.value).times(taxSign);
  const outflow = p.ref.metricId !== undefined && getLexicon().outflows.has(p.ref.metricId) && pv.isNegative();
  const cost = (isDeductedCost(p.figure.row, p.figure.statement.columns) || outflow) && wv.isPositive();
  const share = (cost ? pv.abs() : pv).div(wv);
  // "allowance to loans" of 0.0133 would print as "0.01x": a part under a tenth of the whole is quoted in percent (1.33%)
  const asRatio = asRatioAsked && share.abs().gte(0.1);
  const value = share.times(asRatio ? 1 : 100);
  const item: AnswerItem = {
    company: w.figure.doc.company,
    metric: `${metricName(p.figure.row)} ${asRatio ? 'to' : 'as a percent of'} ${metricName(w.figure.row).toLowerCase()}`,
    kind: 'ratio',
    period: answerPeriod(w.figure.period, w.figure.doc),
    value: round(value, 2),
    unit: asRatio ? 'ratio' : 'percent',
    formula: `${cost ? `|${metricName(p.figure.row)}|` : metricName(p.figure.row)} / ${metricName(w.figure.row)}`,
    citations: [p.figure.citation, w.figure.citation],
  };
  return { kind: 'answers', answers: [item, valueItem(p), valueItem(w)], notes: [] };
}

// "SG&A as a % of revenue" where only sales and marketing and G&A are printed: the part derived by the lexicon for
// the whole's period (its inputs are costs taken by their size), over the whole.
function derivedShare(part: string, w: Picked, docs: Document[], trace: string[]): Outcome | null {
  const d = derivedAt(part, w.figure.period, docs, trace);
  if (!d || d.inputs.some((i) => i.figure.row.unit !== w.figure.row.unit)) return null;
  const wv = new Dec(w.figure.value);
  if (!wv.isPositive()) return null;
  const item: AnswerItem = {
    company: w.figure.doc.company,
    metric: `${d.name} as a percent of ${metricName(w.figure.row).toLowerCase()}`,
    kind: 'ratio',
    period: answerPeriod(w.figure.period, w.figure.doc),
    value: round(new Dec(d.value).div(wv).times(100), 2),
    unit: 'percent',
    formula: `(${d.formula}) / ${metricName(w.figure.row)}`,
    citations: [...d.inputs.map((i) => i.figure.citation), w.figure.citation],
  };
  return { kind: 'answers', answers: [item, ...d.inputs.map((i) => valueItem(i)), valueItem(w)], notes: [] };
}
