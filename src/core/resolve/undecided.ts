// A question that names no company (or a name several share), with several loaded: the company whose reports
// answer, or a question back listing the companies that may be meant.
import { normWord } from '../../metrics/text.js';
import { periodMatches } from '../../periods/match.js';
import { daysInMonth, ymd } from '../../periods/dates.js';
import type { Company } from '../companies.js';
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { calendarOf } from './facts.js';
import { problem, type Outcome } from './outcome.js';

// No company named and several loaded: the only company whose reports answer, else ask which.
// With `strict` (a name several companies share) the one company whose reports answer is taken only when
// the others lack the period asked.
/** Resolves the question for each company (`resolveFor`) and keeps the one that answers, or asks which. */
export function resolveUndecided(q: Query, companies: Company[], resolveFor: (q: Query, docs: Document[]) => Outcome, strict = false): Outcome {
  const outs = companies.map((c) => {
    const trace: string[] = [];
    return { c, trace, out: resolveFor({ ...q, trace }, c.docs) };
  });
  let answered = outs.filter((o) => o.out.kind === 'answers');
  // a company that prints the figure wins over one whose figure is derived; for "last quarter" (each company's own
  // latest) only over one computing it from other lines (gross profit as sales less cost of sales), not over one
  // printing the line itself and deriving its latest quarter from year-to-date columns
  const reported = answered.filter((o) => o.out.kind === 'answers' && !o.out.answers[0].derived);
  const computed = (o: (typeof answered)[number]): boolean => o.out.kind === 'answers' && !!o.out.answers[0].derived && o.out.answers[0].kind !== 'value';
  // (a quarter another company derives from its year-to-date columns, on a line that has every word of the question
  // the printed line has, is that company's figure as much as the printed one: "operating cash flow Q2 2025" with one
  // company printing its Q2 and another deriving its fiscal Q2 asks which; "cost of products sold" is not "Cost of sales")
  const rivalDerived = reported.length === 1 && answered.some((o) => !reported.includes(o) && !computed(o) && sameWords(q.clean, rowOf(reported[0]!.out), [rowOf(o.out)]));
  const outranked = relativeOrNone(q) ? answered.every((o) => reported.includes(o) || computed(o)) : !rivalDerived;
  if (answered.length > 1 && reported.length === 1 && !strict && outranked) answered = reported;
  // "three months ended March 31, 1997": a company whose column ends on that very day wins over one
  // whose quarter ended a few days before (a 52/53-week calendar)
  const end = q.periods.length === 1 ? q.periods[0]!.end : undefined;
  const exact = end ? answered.filter((o) => o.out.kind === 'answers' && o.out.answers[0].period?.end === end) : [];
  if (answered.length > 1 && exact.length === 1 && !strict) answered = exact;
  // "quarter ended June 27, 2009" names a day inside a month, as only a 52/53-week calendar closes a quarter: with
  // no company named, a company whose column ends on another day (June 30) is not the one meant
  if (!strict && end && !isMonthEnd(end)) answered = exact;
  if (strict) {
    // "Apple ... quarter ended March 27, 1998": the company whose column ends on the very day named
    if (end) answered = exact;
    // the one company that answers is meant only when the others report nothing for the period; one that
    // reports the period without the line may be the company meant ("Apple's interest expense in Q2 FY1998"
    // when only the other Apple prints one)
    const others = outs.filter((o) => !answered.includes(o));
    if (answered.length === 1 && !end && others.some((o) => reportsPeriod(q, o.c.docs))) {
      return problem('ambiguous_company', 'That name fits several companies. Which company do you mean?', companies.map((c) => c.name));
    }
  }
  // "trailing twelve months revenue" when every company prints revenue but only one's quarters add up to it: the
  // others hold the line for their own latest periods, so the question may be about any of them
  if (answered.length === 1 && !strict && relativeOrNone(q)) {
    const holders = outs.filter((o) => o !== answered[0] && o.out.kind === 'problem' && o.out.problem.code === 'no_period');
    if (holders.length) return problem('ambiguous_company', 'Several companies report that. Which company do you mean?', [answered[0], ...holders].map((o) => o.c.name));
  }
  // "fuel expense Q4 2004" when one company prints "Fuel" and another, for that period, has lines it cannot tell
  // apart ("Fuel and Purchased Power", "Synthetic Fuels"): the other may be the company meant, so ask which
  // (only for one period named, that the other company reports, and a line of the other's that has every word of
  // the question the answering line has: "Fuel"; "Operating expenses" is no rival to "Vessel operating expenses")
  if (answered.length === 1 && !strict && q.periods.length === 1 && !q.periods[0]!.relative) {
    const row = rowOf(answered[0].out);
    const unsure = outs.filter((o) => o.out.kind === 'problem' && o.out.problem.code === 'ambiguous_metric' && sameWords(q.clean, row, o.out.problem.suggestions) && reportsPeriod(q, o.c.docs));
    if (unsure.length) return problem('ambiguous_company', 'Several companies report something like that. Which company do you mean?', [answered[0], ...unsure].map((o) => o.c.name));
  }
  if (answered.length === 1) {
    q.trace.push(`company: ${answered[0].c.name} (the only company whose reports answer)`, ...answered[0].trace);
    // the question named none: the answer says whose figure it is
    const out = answered[0].out;
    return out.kind === 'answers' ? { ...out, notes: [...out.notes, 'company chosen'] } : out;
  }
  if (answered.length > 1) return problem('ambiguous_company', 'Several companies report that. Which company do you mean?', answered.map((o) => o.c.name));
  const informative = outs.find((o) => o.out.kind === 'problem' && o.out.problem.code !== 'no_metric' && o.out.problem.code !== 'not_understood');
  if (informative && outs.filter((o) => o.out.kind === 'problem' && o.out.problem.code !== 'no_metric').length === 1) return informative.out;
  return problem('no_metric', 'None of the loaded reports holds that figure for the period asked.', companies.map((c) => c.name));
}

// "Fuel and Purchased Power" -> fuel, purchas, power (normalised; short and joining words left out)
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !/^(and|the|for|total|net|of)$/.test(w)).map(normWord));
}

// The row an answer cites first ("Fuel"), or "" for a problem.
const rowOf = (out: Outcome): string => (out.kind === 'answers' ? (out.answers[0]?.citations[0]?.row ?? '') : '');

// Whether one of `lines` has every word of the question that `row` has ("Fuel and Purchased Power" has the "fuel"
// of "fuel expense" that "Fuel" has; "Operating expenses" lacks the "vessel" of "Vessel operating expenses").
function sameWords(question: string, row: string, lines: string[]): boolean {
  const asked = contentWords(question);
  const key = [...contentWords(row)].filter((w) => asked.has(w));
  return key.length > 0 && lines.some((l) => key.every((w) => contentWords(l).has(w)));
}

// "2009-06-30" is the last day of its month; "2009-06-27" is not.
function isMonthEnd(iso: string): boolean {
  const [y, m, d] = ymd(iso);
  return d === daysInMonth(y, m);
}

// A question whose period is relative ("last quarter", "trailing twelve months") or not given.
const relativeOrNone = (q: Query): boolean => q.periods.length === 0 || q.periods.every((p) => p.relative);

// Whether these reports print any figure for the period asked; a question without one period, or with a
// relative one ("last quarter"), is one that every company's reports may answer.
function reportsPeriod(q: Query, docs: Document[]): boolean {
  const spec = q.periods.length === 1 ? q.periods[0]! : undefined;
  if (!spec || spec.relative) return true;
  return docs.some((d) => d.statements.some((st) => st.columns.some((c) => c.period && periodMatches(spec, c.period, calendarOf(d)))));
}
