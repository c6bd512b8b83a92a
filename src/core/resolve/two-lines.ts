// Two lines of one period put together (parse/two-lines.ts): their sum, or the second taken from the first
// ("difference", "compare", "vs"). Both lines are read for the same period of the same company, in the same unit;
// a cost the statement prints negative counts by its size, as in "R&D plus S&M". Both lines are cited, and each
// is given with its own figure after the result.
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { Dec } from '../../metrics/formula.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { round } from '../decimal.js';
import { metricName } from '../format/names.js';
import { rowCandidates } from './candidates.js';
import { isDeductedCost } from './cost-sign.js';
import { answerPeriod } from './facts.js';
import { valueItem } from './items.js';
import { problem, type Outcome } from './outcome.js';
import { isPicked, pickFigure, type Picked } from './pick.js';

// A line's figure as added or subtracted: a cost the statement prints as a deduction ("(23,561)" under "Costs and
// expenses", or R&D the lexicon knows as an expense) by its size. Another line printed negative in every column
// may be a deduction or a loss: null, and the sum is not made.
function sizeOf(p: Picked): Dec | null {
  const v = new Dec(p.figure.value);
  const printed = p.figure.row.values.filter((x): x is string => x !== null && x !== '0');
  if (!printed.length || !printed.every((x) => x.startsWith('-'))) return v;
  const lex = getLexicon();
  const id = p.ref.metricId;
  const cost = id !== undefined && (lex.outflows.has(id) || lex.metricById.get(id)?.cost === true);
  return isDeductedCost(p.figure.row, p.figure.statement.columns) || cost ? v.abs() : null;
}

/** "R&D vs S&M in Q2 2007": each line, their sum or their difference; Lineitem asks which (the company named kept). */
export function askWhichOfTwo(q: Query, company: string): Outcome {
  const { left, right } = q.twoLines!;
  const when = q.periods[0] ? ` in ${q.periods[0].text}` : '';
  const who = company ? `${company} ` : '';
  return problem('ambiguous_metric', `"${left}" vs "${right}": which figure do you want?`, [`${who}${left} minus ${right}${when}`, `${who}${left} plus ${right}${when}`, `${who}${left}${when}`, `${who}${right}${when}`]);
}

export function resolveTwoLines(q: Query, docs: Document[]): Outcome {
  const { left, right, op } = q.twoLines!;
  const a = pickFigure(rowCandidates(left, docs, q.trace), q.periods[0], docs, left, q.trace);
  if (!isPicked(a)) return a;
  // the second line of the same company's report, for the very period the first was read for
  const own = docs.filter((d) => d.company === a.figure.doc.company);
  const b = pickFigure(rowCandidates(right, own, q.trace), undefined, own, right, q.trace, a.figure.period);
  if (!isPicked(b)) return b;
  const [na, nb] = [metricName(a.figure.row), metricName(b.figure.row)];
  if (a.figure.row === b.figure.row) return problem('cannot_compute', `"${left}" and "${right}" name the same line (${na}).`);
  // "revenue and net income in Q2 2007": each line's own figure, for the same period
  if (op === 'both') return { kind: 'answers', answers: [valueItem(a), valueItem(b)], notes: ['each line'] };
  if (a.figure.row.unit !== b.figure.row.unit) return problem('cannot_compute', `${na} and ${nb} are not in the same unit, so they do not add up.`);
  // a tax line's sign says a charge or a benefit by its label's words: not added blindly
  if ([a, b].some((p) => p.ref.metricId === 'income_tax')) return problem('cannot_compute', `I don't add or subtract tax lines: their sign depends on how the label reads.`);
  if (a.figure.row.unit === 'percent' && op === 'sum') return problem('cannot_compute', `${na} and ${nb} are percentages: they do not add up.`);
  const [va, vb] = [sizeOf(a), sizeOf(b)];
  const unsure = va === null ? na : vb === null ? nb : null;
  if (unsure || !va || !vb) return problem('cannot_compute', `${unsure} is printed negative in every column: I can't tell whether it is a deduction or a loss, so I won't add or subtract it.`);
  const value = op === 'sum' ? va.plus(vb) : va.minus(vb);
  const joined = op === 'sum' ? 'plus' : 'less';
  const item: AnswerItem = {
    company: a.figure.doc.company,
    metric: `${na} ${joined} ${nb.toLowerCase()}`,
    kind: 'ratio',
    period: answerPeriod(a.figure.period, a.figure.doc),
    value: round(value, 2),
    unit: a.figure.row.unit,
    formula: `${na} ${op === 'sum' ? '+' : '-'} ${nb}`,
    citations: [a.figure.citation, b.figure.citation],
  };
  q.trace.push(`two lines: ${item.formula} = ${item.value}`);
  return { kind: 'answers', answers: [item, valueItem(a), valueItem(b)], notes: [] };
}
