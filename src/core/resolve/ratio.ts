// Derived figures: margins, liquidity ratios, free cash flow, "X as a percent of Y".
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Period } from '../store.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { Dec, evaluateFormula, formulaInputs, formulaInWords, type Expr } from '../../metrics/formula.js';
import type { RatioDef } from '../../metrics/types.js';
import { taxAsExpense } from '../../metrics/sign.js';
import { findMetricMentions } from '../../metrics/mentions.js';
import type { PeriodSpec } from '../../periods/spec.js';
import { specLabel } from '../../periods/label.js';
import { round } from '../decimal.js';
import { CONFIDENT, rowCandidates, type RowRef } from './candidates.js';
import { answerPeriod, type Figure } from './facts.js';
import { isPicked, pickFigure, type Picked } from './pick.js';
import { checkNotes, valueItem } from './items.js';
import { amortizationBeside } from './split-da.js';
import { problem, type Outcome } from './outcome.js';
import { metricName } from '../format/names.js';
import { derivedFigure, latestPick } from './compare.js';
import { derivedLatestQuarterSpec } from './derived-quarter.js';

/** Rows that stand for a lexicon metric: the matcher's rows tagged with that metric id. */
export function metricRows(id: string, docs: Document[], trace: string[]): RowRef[] {
  const def = getLexicon().metricById.get(id);
  if (!def) return [];
  const cands = rowCandidates(def.name, docs, trace);
  const tagged = cands.filter((c) => c.metricId === id);
  if (tagged.length) return tagged;
  // "EPS" in a payout ratio over a statement that prints only "Basic" and "Diluted" under its heading: the metric's
  // headline form (diluted), as "EPS" alone is read when asked
  // (the word of the form the row was marked down for as unasked, "diluted", is given back, as for "EPS" asked alone)
  const form = def.headline ? getLexicon().metricById.get(def.headline) : undefined;
  const back = (c: RowRef): RowRef => {
    const unasked = /extra\[([^\]]*)\]/.exec(c.reason)?.[1]?.split(' ') ?? [];
    return (form?.qualifier ?? []).some((w) => unasked.includes(w)) ? { ...c, score: Math.min(1, c.score + 0.2), reason: `${c.reason}; headline form` } : c;
  };
  const headline = form ? cands.filter((c) => c.metricId === form.id).map(back) : [];
  return headline.length ? headline : cands.filter((c) => c.score >= CONFIDENT && !c.metricId);
}

// Inputs whose printed sign depends on the label: the tax line is turned into an expense
// ("Income tax benefit (provision)" prints a benefit as positive). Null when the sign cannot be told.
const SIGNED: Record<string, (p: Picked, v: InstanceType<typeof Dec>, docs: Document[], trace: string[]) => InstanceType<typeof Dec> | null> = {
  income_tax: (p, v, docs, trace) => {
    const at = (id: string) => {
      const q = pickFigure(metricRows(id, docs, []), undefined, docs, id, [], p.figure.period);
      return isPicked(q) ? new Dec(q.figure.value) : null;
    };
    const out = taxAsExpense(p.figure.row.label, v, at('pretax_income'), at('net_income'), new Dec(1000000), p.figure.row.values);
    trace.push(`tax sign: "${p.figure.row.label}" ${v.toFixed()} -> ${out === null ? 'unknown' : out.toFixed()} as expense`);
    return out;
  },
};

interface Computed { value: string; inputs: Picked[]; formula: string; period: Period; doc: Document; note?: string; derived?: string[] }

// An input with no column for the quarter asked (or for the quarter an earlier input was derived for): the quarter
// derived from year-to-date columns ("Q1 FY97 = six months - second quarter"), with the notes that say so.
function derivedInput(rows: RowRef[], spec: PeriodSpec | undefined, period: Period | undefined, docs: Document[], trace: string[]): { pick: Picked; notes: string[] } | null {
  const want: PeriodSpec | undefined = period
    ? (period.type === 'quarter' && period.start ? { type: 'quarter', end: period.end, text: 'the quarter derived', span: [0, 0], rule: 'ratio-derived' } : undefined)
    : spec;
  if (!want || (want.type !== undefined && want.type !== 'quarter') || want.relative) return null;
  const template = latestPick(rows, docs);
  const d = template ? derivedFigure(rows, want, docs, template, trace) : null;
  return d && (!period || d.pick.figure.period.end === period.end) ? { pick: d.pick, notes: d.notes } : null;
}

// Evaluates one formula: the first input fixes the period (as asked, or the latest), every other
// input must be reported for that same period.
// A row inside the section the words name ("Alabama Power › Operating Revenues" for "alabama power"): every word in
// the row's section headings, never in its own label.
function inScope(words: string[]): (ref: RowRef) => boolean {
  const tests = words.map((w) => new RegExp(`(?:^|[^a-z0-9])${w.toLowerCase().replace(/[^a-z0-9]/g, '\\$&')}(?:$|[^a-z0-9])`));
  return (ref) => {
    const sections = ref.doc.statements[ref.s]!.rows[ref.r]!.path.slice(0, -1).join(' ').toLowerCase();
    return sections !== '' && tests.every((t) => t.test(sections));
  };
}

function compute(expr: Expr, spec: PeriodSpec | undefined, docs: Document[], trace: string[], anchor?: Period, scope?: string[]): Computed | { missing: string } {
  const ids = formulaInputs(expr);
  const picks = new Map<string, Picked>();
  const derived: string[] = [];
  let period = anchor;
  // "gross margin last quarter" after a year-end release that prints the year only: its fourth quarter, each input
  // derived (year − nine months), as a line asked alone is; only where every input is a flow
  const flows = ids.every((id) => getLexicon().metricById.get(id)?.nature === 'flow');
  const fourth = !anchor && spec?.relative && flows ? derivedLatestQuarterSpec(spec, docs) : null;
  if (fourth) {
    trace.push(`"${spec!.text}": the fourth quarter of the year the latest release closes (${fourth.end})`);
    spec = fourth;
  }
  for (const id of ids) {
    const name = getLexicon().metricById.get(id)?.name ?? getLexicon().ratioById.get(id)?.name ?? id;
    const printedRatio = getLexicon().metricById.has(id) ? undefined : getLexicon().ratioById.get(id);
    // (within a section, the rows read with its words: "alabama power net income" finds "Net Income Available to Common")
    const rows = printedRatio ? (scope ? [] : printedRows(printedRatio, docs))
      : scope ? rowCandidates(`${scope.join(' ')} ${name}`, docs, trace).filter((c) => c.metricId === id && inScope(scope)(c))
      : metricRows(id, docs, trace);
    let p = pickFigure(rows, period ? undefined : spec, docs, printedRatio?.name ?? name, trace, period);
    if (!isPicked(p) && p.kind === 'problem' && p.problem.code === 'no_period' && !printedRatio) {
      const d = derivedInput(rows, spec, period, docs, trace);
      if (d) {
        p = d.pick;
        derived.push(...d.notes);
      }
    }
    if (!isPicked(p)) return { missing: name };
    picks.set(id, p);
    period ??= p.figure.period;
  }
  // "Depreciation" beside "Amortization of intangible assets": depreciation and amortization is the two together
  const da = picks.get('depreciation_and_amortization');
  const amortization = da ? amortizationBeside(da) : [];
  if (amortization.length) trace.push(`depreciation and amortization: "${da!.figure.row.label}" + ${amortization.map((f) => `"${f.row.label}"`).join(' + ')}`);
  const value = evaluateFormula(expr, (id) => {
    const p = picks.get(id);
    if (!p) return null;
    const v = new Dec(p.figure.value);
    if (p === da && amortization.length) return amortization.reduce((sum, f) => sum.plus(new Dec(f.value).abs()), v.abs());
    return SIGNED[id] ? SIGNED[id](p, v, docs, trace) : v;
  });
  if (value === null || !period) return { missing: 'a non-zero denominator' };
  const first = picks.values().next().value as Picked;
  const words = formulaInWords(expr, (id) => {
    const p = picks.get(id);
    if (p && p === da && amortization.length) return [p.figure.row, ...amortization.map((f) => f.row)].map((r) => metricName(r)).join(' + ');
    return p ? `${metricName(p.figure.row)}${SIGNED[id] ? ' (as an expense)' : ''}` : id;
  });
  const inputs = [...picks.values(), ...amortization.map((figure) => ({ figure, ref: da!.ref, also: [] }))];
  return { value: value.toFixed(), inputs, formula: words, period, doc: first.figure.doc, ...(derived.length ? { derived } : {}) };
}

function ratioItem(def: RatioDef, c: Computed): AnswerItem {
  const places = def.unit === 'USD' ? 0 : 2;
  const first = c.inputs[0].figure;
  const notes = c.inputs.flatMap((p) => checkNotes(p.figure));
  if (c.note) notes.unshift(c.note);
  if (c.derived) notes.push(...c.derived);
  const item: AnswerItem = {
    company: c.doc.company,
    metric: def.name,
    kind: 'ratio',
    period: answerPeriod(c.period, first.doc),
    value: round(new Dec(c.value), places),
    exact: round(new Dec(c.value), 10),
    // money computed from money (free cash flow, EBITDA) is in the inputs' currency
    unit: def.unit === 'USD' && /^[A-Z]{3}$/.test(first.row.unit) ? first.row.unit : def.unit,
    formula: c.formula,
    citations: c.inputs.map((p) => p.figure.citation),
  };
  if (notes.length) item.notes = [...new Set(notes)];
  return item;
}

// "free cash flow", "ebitda": a label that is the ratio's own name, its parentheses and punctuation aside.
const bareLabel = (label: string): string => label.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

// "NON-GAAP FINANCIAL MEASURES", "Adjusted results": a table whose title says its figures are adjusted.
const ADJUSTED_TITLE = /\bnon-?\s?gaap\b|\badjusted\b/i;

// Rows printed under a ratio's own name: in money for a money ratio ("EBITDA  6,900"); in its own unit for a ratio
// that takes the company's own figure first ("Free cash flow margin  21.4%"); for another percent ratio, rows of
// percentages outside any section and outside a table of non-GAAP measures ("Gross margin  43.5%", not a
// segment's "Pet › Gross margin", nor an adjusted one).
function printedRows(def: RatioDef, docs: Document[]): RowRef[] {
  const names = new Set([def.name, ...def.synonyms, ...def.labels].map(bareLabel));
  const rows: RowRef[] = [];
  for (const doc of docs) {
    doc.statements.forEach((st, s) => st.rows.forEach((row, r) => {
      const fits = def.unit === 'USD' ? /^[A-Z]{3}$/.test(row.unit)
        : def.printedFirst === true ? row.unit === def.unit
        : def.unit === 'percent' && row.unit === 'percent' && row.path.length === 1 && !ADJUSTED_TITLE.test(st.title);
      if (fits && names.has(bareLabel(row.label))) rows.push({ doc, s, r, score: 1, reason: `printed under the name of ${def.id}` });
    }));
  }
  return rows;
}

// An amount the company prints under the ratio's own name ("Free cash flow  7,580"): its own definition
// (which may subtract more than capital expenditures) is the figure asked for, not our formula's.
// (A margin the report prints, "Operating margin  25.9%", is its own rounding of the figure: given as printed.)
function printedAmount(def: RatioDef, spec: PeriodSpec | undefined, docs: Document[], trace: string[], anchor?: Period): { items: AnswerItem[]; period: Period } | null {
  if (def.unit !== 'USD' && def.unit !== 'percent' && !def.printedFirst) return null;
  const rows = printedRows(def, docs);
  if (!rows.length) return null;
  const p = pickFigure(rows, anchor ? undefined : spec, docs, def.name, trace, anchor);
  if (!isPicked(p)) return null;
  trace.push(`ratio: ${def.id} printed by the report: ${p.figure.value}`);
  return { items: [valueItem(p)], period: p.figure.period };
}

/** A named ratio for one period: a row printing it under its name (amounts), the main formula, then its fallbacks. */
/** A ratio computed for one period: the answer items (rounded) and the value before rounding. */
export interface Ratio { items: AnswerItem[]; period: Period; exact?: string }

export function computeRatio(def: RatioDef, spec: PeriodSpec | undefined, docs: Document[], trace: string[], anchor?: Period, scope?: string[]): Ratio | Outcome {
  const printed = scope ? null : printedAmount(def, spec, docs, trace, anchor);
  if (printed) return printed;
  const tries: { expr: Expr; note?: string }[] = [{ expr: def.expr }, ...def.fallbacks.map((f) => ({ expr: f.expr, note: f.note }))];
  const missing: string[] = [];
  for (const t of tries) {
    const c = compute(t.expr, spec, docs, trace, anchor, scope);
    if ('missing' in c) {
      missing.push(c.missing);
      continue;
    }
    c.note = t.note;
    trace.push(`ratio: ${def.id} = ${c.formula} = ${c.value}`);
    // (the inputs stand in the order of the formula's metric ids)
    const ids = formulaInputs(t.expr);
    const baseId = def.meaningfulBase?.find((id) => ids.includes(id));
    const base = baseId ? c.inputs[ids.indexOf(baseId)] : undefined;
    if (base && new Dec(base.figure.value).isNegative() && new Dec(c.value).isNegative()) {
      const label = answerPeriod(c.period, c.doc).label;
      const shown = def.unit === 'percent' ? `${round(new Dec(c.value), 1)}%` : def.unit === 'ratio' ? `${round(new Dec(c.value), 2)}x` : round(new Dec(c.value), 2);
      return problem('cannot_compute', `${def.name} is not meaningful for ${label}: ${metricName(base.figure.row).toLowerCase()} was a loss, so the ${def.unit === 'percent' ? 'rate' : 'ratio'} would come out negative (${shown}).`, [label]);
    }
    return { items: [ratioItem(def, c), ...c.inputs.map((p) => valueItem(p))], period: c.period, exact: c.value };
  }
  const when = spec ? ` for ${specLabel(spec)}` : '';
  return problem('cannot_compute', `I can't compute ${def.name.toLowerCase()}${when}: the reports do not give ${[...new Set(missing)].join(' or ')}${when ? ' for that period' : ''}.`, []);
}

export function resolveRatio(q: Query, docs: Document[]): Outcome {
  const def = getLexicon().ratioById.get(q.ratioId ?? '');
  if (!def) return problem('not_understood', 'I do not know that ratio.');
  const specs = q.periods.length ? q.periods : [undefined];
  const answers: AnswerItem[] = [];
  for (const spec of specs) {
    const r = computeRatio(def, spec, docs, q.trace);
    if ('kind' in r) return r;
    answers.push(...r.items);
  }
  // the ratios first, their inputs after
  answers.sort((a, b) => (a.kind === 'ratio' ? 0 : 1) - (b.kind === 'ratio' ? 0 : 1));
  return { kind: 'answers', answers, notes: [] };
}

/** "Alabama Power net margin 2004": the ratio from the lines of the section the question's words name, or null. */
export function resolveScopedRatio(q: Query, docs: Document[]): Outcome | null {
  const def = q.scopedRatio && getLexicon().ratioById.get(q.scopedRatio.ratioId);
  if (!def || q.periods.length > 1) return null;
  const r = computeRatio(def, q.periods[0], docs, q.trace, undefined, q.scopedRatio!.words);
  if ('kind' in r) return null;
  const [item, ...inputs] = r.items;
  q.trace.push(`ratio ${def.id} within "${q.scopedRatio!.words.join(' ')}"`);
  // named by the section its lines stand in: "Net margin of Alabama Power"
  const section = item!.citations[0]?.row.split(' › ')[0] ?? q.scopedRatio!.words.join(' ');
  const scoped: AnswerItem = { ...item!, metric: `${def.name} of ${section}` };
  return { kind: 'answers', answers: [scoped, ...inputs], notes: [] };
}

/**
 * A metric no row prints but the lexicon derives (SG&A = sales and marketing + G&A):
 * computed when the phrase names just that metric.
 */
export function resolveDerived(q: Query, docs: Document[]): Outcome | null {
  const lex = getLexicon();
  const m = findMetricMentions(q.metricPhrase)[0];
  const def = m && lex.derived.find((d) => d.id === m.metricId);
  if (!def || q.metricPhrase.replace(m.text, '').trim()) return null;
  const name = lex.metricById.get(def.id)?.name ?? def.id;
  const c = compute(def.expr, q.periods[0], docs, q.trace);
  if ('missing' in c) return null;
  const first = c.inputs[0].figure;
  const item: AnswerItem = {
    company: c.doc.company,
    metric: name,
    kind: 'ratio',
    period: answerPeriod(c.period, first.doc),
    value: round(new Dec(c.value), 0),
    unit: first.row.unit,
    formula: c.formula,
    derived: true,
    citations: c.inputs.map((p) => p.figure.citation),
  };
  q.trace.push(`derived: ${def.id} = ${c.formula}`);
  return { kind: 'answers', answers: [item, ...c.inputs.map((p) => valueItem(p))], notes: [] };
}

/** A metric no row prints, derived by the lexicon (SG&A = sales and marketing + G&A) for one period; null when not. */
export function derivedAt(phrase: string, anchor: Period, docs: Document[], trace: string[]): { name: string; value: string; formula: string; inputs: Picked[] } | null {
  const lex = getLexicon();
  const m = findMetricMentions(phrase)[0];
  const def = m && lex.derived.find((d) => d.id === m.metricId);
  if (!def || phrase.replace(m.text, '').trim()) return null;
  const c = compute(def.expr, undefined, docs, trace, anchor);
  if ('missing' in c) return null;
  trace.push(`derived: ${def.id} = ${c.formula}`);
  return { name: lex.metricById.get(def.id)?.name ?? def.id, value: c.value, formula: c.formula, inputs: c.inputs };
}

export type { Figure };
