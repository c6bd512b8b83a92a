// Choosing the one figure a question asks for: the row, then the period column.
import type { PeriodSpec } from '../../periods/spec.js';
import { periodMatches, type FiscalCalendar } from '../../periods/match.js';
import { resolveRelative } from '../../periods/relative.js';
import { specLabel } from '../../periods/label.js';
import type { Document, Period } from '../store.js';
import { CONFIDENT, TIE, docRecency, itemKey, rowName, rowNature, sameItem, type RowRef } from './candidates.js';
import { calendarOf, figureForPeriod, figuresOfRow, figuresWhere, periodsOf, type Figure } from './facts.js';
import { problem, type Outcome } from './outcome.js';
import { describeFigure } from '../format/figure-words.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { stem, termWords } from '../../metrics/text.js';
import { sameExact, sumExact } from '../../reader/decimal-text.js';
import { daysApart } from '../../periods/dates.js';
import { keyWords } from '../../reader/labels.js';

/** A chosen figure, with any same-item figures from other tables or releases. */
export interface Picked {
  figure: Figure;
  ref: RowRef;
  /** The same figure printed elsewhere (cited too). */
  also: Figure[];
  /** An older release printed a different figure for the same item and period. */
  restatedFrom?: Figure;
  /** Asked as first printed: the later release that printed a different figure for the same item and period. */
  revisedBy?: Figure;
}

// Order in which period types are preferred when a date alone is given: the shortest flow first.
const TYPE_ORDER = ['quarter', 'six_months', 'nine_months', 'year', 'other', 'instant'];

function latest(figs: Figure[]): Figure | null {
  let best: Figure | null = null;
  for (const f of figs) {
    if (!best || f.period.end > best.period.end || (f.period.end === best.period.end && TYPE_ORDER.indexOf(f.period.type) < TYPE_ORDER.indexOf(best.period.type))) best = f;
  }
  return best;
}

// A row counting things ("412 stores"): no money, per-share, share, percent, ratio or physical unit.
const NOT_COUNTS = /^(?:[A-Z]{3}(?:\/share)?|shares|percent|ratio|days|kWh|MWh|barrels|tons)$/;
const isCount = (ref: RowRef): boolean => !NOT_COUNTS.test(ref.doc.statements[ref.s]!.rows[ref.r]!.unit);

// "last quarter" means the same period for every candidate row of one nature and fiscal calendar: it is
// resolved once per question (per spec object and list of documents), not once per row.
const relativeTargets = new WeakMap<PeriodSpec, WeakMap<Document[], Map<string, Period | null>>>();

function relativeTarget(spec: PeriodSpec, docs: Document[], nature: 'balance' | 'flow', cal: FiscalCalendar): Period | null {
  let byDocs = relativeTargets.get(spec);
  if (!byDocs) relativeTargets.set(spec, (byDocs = new WeakMap()));
  let byKey = byDocs.get(docs);
  if (!byKey) byDocs.set(docs, (byKey = new Map()));
  const key = `${nature} ${cal.yearEndMonth} ${cal.yearEndDay}`;
  let target = byKey.get(key);
  if (target === undefined) {
    target = resolveRelative(spec, periodsOf(docs, nature), cal, nature);
    byKey.set(key, target);
  }
  return target;
}

/** The figure of one candidate row for a period spec (or the latest when none is given). */
export function figureForSpec(ref: RowRef, spec: PeriodSpec | undefined, docs: Document[], anchor?: Period): Figure | null {
  if (!spec) return anchor ? figureForPeriod(ref.doc, ref.s, ref.r, anchor) : latest(figuresOfRow(ref.doc, ref.s, ref.r));
  const cal = calendarOf(ref.doc);
  if (spec.relative) {
    const target = relativeTarget(spec, docs, rowNature(ref), cal);
    return target ? figureForPeriod(ref.doc, ref.s, ref.r, target) : null;
  }
  // (a flow asked for a quarter or a year is never the figure of a single day: "net loss Q1 2017" is not the column
  // "Predecessor April 1, 2017" of a company reorganized on that day)
  const def = ref.metricId ? getLexicon().metricById.get(ref.metricId) : undefined;
  const noDay = spec.type !== undefined && spec.type !== 'instant' && def?.nature === 'flow';
  let hits = figuresWhere(ref.doc, ref.s, ref.r, (p) => !(noDay && p.type === 'instant') && periodMatches(spec, p, cal));
  // a count of stores or employees, or a closing balance printed in a flow table, asked "at the end of Q2":
  // the figure printed for the period ending then
  if (!hits.length && spec.type === 'instant' && (isCount(ref) || closingBalance(ref))) {
    hits = figuresWhere(ref.doc, ref.s, ref.r, (p) => p.type !== 'instant' && periodMatches(spec, { type: 'instant', start: null, end: p.end }, cal));
  }
  // the shortest period first; a spec without a year ("Q2") means the latest such period
  hits.sort((a, b) => TYPE_ORDER.indexOf(a.period.type) - TYPE_ORDER.indexOf(b.period.type) || b.period.end.localeCompare(a.period.end));
  return hits[0] ?? null;
}

// A balance printed in a period's column ("End of Period Shares Outstanding" under "12 Months Ended
// December 2004"): it is the balance at that column's end, so "at the end of 2004" finds it.
function closingBalance(ref: RowRef): boolean {
  const def = ref.metricId ? getLexicon().metricById.get(ref.metricId) : undefined;
  return !!def && def.id !== 'cash_beginning' && (def.nature === 'balance' || def.statements.includes('balance'));
}

// Rows of one table whose labels differ only by a leading "Total": the one the phrase's "total" (or its absence) names.
function byTotalWord<T extends { fig: Figure }>(pool: T[], what: string): T | null {
  const bare = (x: T) => x.fig.row.label.replace(/^total\s+/i, '').toLowerCase();
  if (pool.length < 2 || !pool.every((x) => bare(x) === bare(pool[0]) && x.fig.statement === pool[0].fig.statement)) return null;
  const asksTotal = /\btotal\b/i.test(what);
  const fit = pool.filter((x) => /^total\b/i.test(x.fig.row.label) === asksTotal);
  return fit.length === 1 ? fit[0] : null;
}

// "GAAP diluted EPS" for "diluted EPS": a line whose label says nothing the question does not, but for words that
// only mark the reported figure ("GAAP"); "Equity investment" says more than "stockholders' equity" asks.
function saysNoMore(c: RowRef, what: string): boolean {
  const lex = getLexicon();
  const asked = new Set(keyWords(what).map(stem));
  const label = c.doc.statements[c.s]!.rows[c.r]!.label;
  return keyWords(label).every((w) => asked.has(stem(w)) || lex.reported.has(w) || lex.generic.has(w));
}

/**
 * Picks the figure: rows within reach of the best score are "the metric"; the best of those that
 * holds the period wins; a rival row of about the same score with another value asks back.
 */
export function pickFigure(cands: RowRef[], spec: PeriodSpec | undefined, docs: Document[], what: string, trace: string[], anchor?: Period): Picked | Outcome {
  if (!cands.length) return problem('no_metric', `I found no line for "${what}" in the reports.`);
  cands = headlineForm(cands, what, trace);
  const top = cands[0];
  const distinct = distinctItems(cands);
  if (top.score < CONFIDENT && !agreeing(cands, spec, docs, anchor)) {
    return problem('ambiguous_metric', `I'm not sure which line "${what}" means.`, distinct.slice(0, 5).map((c) => rowName(c)));
  }
  // the same lexicon metric, named in full by a row of another report of the company ("Net cash used in
  // operations" in the half-year report, "... in operating activities" in the annual one) is the metric too
  const sameMetric = (c: RowRef): boolean =>
    top.metricId !== undefined && c.metricId === top.metricId && c.doc !== top.doc && c.score >= CONFIDENT && /^lexicon /.test(c.reason) && !/missing\[|extra\[/.test(c.reason);
  const group = cands.filter((c) => c.score >= top.score - 0.1 || sameMetric(c));
  // no period named: the latest the best row reports, and every rival read for that same period
  const at = anchor ?? (spec ? undefined : figureForSpec(top, undefined, docs)?.period);
  let withFig = group.map((ref) => ({ ref, fig: figureForSpec(ref, at ? undefined : spec, docs, at) })).filter((x): x is { ref: RowRef; fig: Figure } => x.fig !== null);
  // "diluted EPS Q2 2025": the statement's line holds no Q2 2025, a summary table's "GAAP diluted EPS" does. A line
  // of the same metric, matched with confidence and neither adjusted nor short of a word asked, answers for it.
  if (!withFig.length && spec) {
    const same = cands.filter((c) => !group.includes(c) && c.metricId !== undefined && c.metricId === top.metricId && c.score >= CONFIDENT && !/missing\[|adjusted/.test(c.reason) && saysNoMore(c, what));
    const held = same.map((ref) => ({ ref, fig: figureForSpec(ref, spec, docs) })).filter((x): x is { ref: RowRef; fig: Figure } => x.fig !== null);
    if (held.length) {
      trace.push(`no ${specLabel(spec)} in ${rowName(top)}: ${rowName(held[0]!.ref)} of the same metric holds it`);
      withFig = held;
    }
  }
  if (!withFig.length) {
    const held = figuresOfRow(top.doc, top.s, top.r).map((f) => describeFigure(f));
    const when = spec ? specLabel(spec) : 'that period';
    return problem('no_period', `The reports hold ${rowName(top)}, but not for ${when}.`, held);
  }
  const tied = settleTie(byWording(withFig, what));
  let best = tied[0]!;
  // "net income of the company, nine months": 'NET INCOME (INCLUDING NONCONTROLLING INTERESTS)' and 'NET INCOME OF THE
  // COMPANY' match alike, and the second leaves that column blank; the blank does not make the first one the answer
  const blankTwin = group.find((c) => !withFig.some((x) => x.ref === c) && c.doc === best.ref.doc && c.s === best.ref.s && c.score >= best.ref.score - TIE && !sameItem(c, best.ref));
  if (blankTwin) {
    trace.push(`tie: ${rowName(best.ref)} vs ${rowName(blankTwin)} (no figure for the period)`);
    return problem('ambiguous_metric', `"${what}" matches more than one line.`, [rowName(best.ref), rowName(blankTwin)]);
  }
  const preferBalance = spec && !spec.type && !spec.relative && spec.end;
  // (one label printed twice in one table with two figures, "Stock-based compensation" under gross profit and again
  // under operating income in a reconciliation, is two lines: rivals too)
  const oneTable = (x: { ref: RowRef }): boolean => x.ref.doc === best.ref.doc && x.ref.s === best.ref.s && x.ref.r !== best.ref.r;
  const rivals = tied.filter((x) => x !== best && x.ref.score >= best.ref.score - TIE && (!sameItem(x.ref, best.ref) || oneTable(x)) && x.fig.value !== best.fig.value);
  let realRivals = preferBalance ? rivals.filter((x) => rowNature(x.ref) === rowNature(best.ref)) : rivals;
  // "Interest and other income, net" and "Total interest and other income, net" in one table: the question's own
  // "total" (or its absence) tells which of the two it names
  const totalPick = byTotalWord([best, ...realRivals], what);
  if (realRivals.length && totalPick) {
    trace.push(`"total" ${/\btotal\b/i.test(what) ? 'asked' : 'not asked'}: ${rowName(totalPick.ref)}`);
    best = totalPick;
    realRivals = [];
  }
  if (realRivals.length) {
    trace.push(`tie: ${rowName(best.ref)} vs ${realRivals.map((x) => rowName(x.ref)).join(', ')}`);
    const named = [best, ...realRivals].map((x) => `${rowName(x.ref)} (${x.fig.statement.title})`);
    // lines of one name in one table are told apart by where they stand
    const choices = new Set(named).size < named.length
      ? [best, ...realRivals].map((x, i) => `${named[i]}, line ${x.ref.doc.statements[x.ref.s]!.rows[x.ref.r]!.line}`)
      : named;
    return problem('ambiguous_metric', `"${what}" matches more than one line.`, [...new Set(choices)]);
  }
  const flowRival = durationRival(best, cands, spec, docs);
  if (flowRival) {
    trace.push(`balance or flow: ${rowName(best.ref)} at the period's end vs ${rowName(flowRival.ref)} of the period`);
    return problem('ambiguous_metric', `"${what}" matches more than one line.`, [best, flowRival].map((x) => `${rowName(x.ref)} (${x.fig.statement.title})`));
  }
  // the same line of the same period printed with another figure by a later release (the quarter's net income
  // "revised" in the next quarter's supplementary table): the later figure is the one the company now reports, even
  // where the earlier release printed it in the statements themselves
  const samePeriod = (x: { fig: Figure }): boolean => x.fig.period.end === best.fig.period.end && x.fig.period.type === best.fig.period.type;
  const differs = (x: { ref: RowRef; fig: Figure }): boolean => x.ref.doc !== best.ref.doc && sameItem(x.ref, best.ref) && samePeriod(x) && x.fig.value !== best.fig.value;
  const original = asksOriginal(what);
  const later = withFig.filter((x) => differs(x) && x.ref.score >= best.ref.score - TIE && docRecency(x.ref.doc) > docRecency(best.ref.doc));
  if (later.length && !original) {
    const newest = later.reduce((a, b) => (docRecency(b.ref.doc) > docRecency(a.ref.doc) ? b : a));
    trace.push(`restated: ${newest.ref.doc.document} prints ${newest.fig.value} where ${best.ref.doc.document} prints ${best.fig.value}`);
    best = newest;
  }
  // "as originally reported": the figure of the release that first reported the period (the period is its latest),
  // the later revision named beside it; a period printed only by later releases ("2024 (As restated)") is not held
  // as first reported
  if (original) {
    const printed = withFig.filter((x) => sameItem(x.ref, best.ref) && samePeriod(x) && x.ref.score >= best.ref.score - TIE);
    const first = printed.reduce((a, b) => (docRecency(b.ref.doc) < docRecency(a.ref.doc) ? b : a), best);
    if (docRecency(first.ref.doc) > first.fig.period.end && daysApart(docRecency(first.ref.doc), first.fig.period.end) > 7) {
      trace.push(`as first reported: ${rowName(best.ref)} of ${best.fig.period.end} is printed only by later releases`);
      return problem('no_period', `The reports hold ${rowName(best.ref)} for that period only as a later release printed it, not as first reported.`, [describeFigure(best.fig)]);
    }
    if (first !== best) trace.push(`as first reported: ${first.ref.doc.document} prints ${first.fig.value}`);
    best = first;
  }
  const also = withFig.filter((x) => x !== best && x.fig.value === best.fig.value && samePeriod(x)).map((x) => x.fig);
  const restated = original ? undefined : withFig.find((x) => differs(x) && docRecency(x.ref.doc) < docRecency(best.ref.doc));
  const revisedBy = original ? withFig.filter((x) => differs(x) && docRecency(x.ref.doc) > docRecency(best.ref.doc)).reduce<{ fig: Figure; ref: RowRef } | undefined>((a, b) => (!a || docRecency(b.ref.doc) > docRecency(a.ref.doc) ? b : a), undefined) : undefined;
  trace.push(`picked: ${rowName(best.ref)} = ${best.fig.value} (${best.fig.column.label})`);
  return { figure: best.fig, ref: best.ref, also: dedupeCitations(best.fig, also), restatedFrom: restated?.fig, revisedBy: revisedBy?.fig };
}

// "net income as originally reported", "revenue previously reported": intents/metrics.yaml `words.original`
function asksOriginal(what: string): boolean {
  const words = termWords(what);
  return getLexicon().original.some((o) => words.some((_, i) => o.every((w, k) => words[i + k] === w)));
}

// "capitalized internal-use software Q3": a balance-sheet line read at the quarter's end ("Capitalized internal-use
// software, net") and a line of the quarter's own flows ("Less: capitalized internal-use software costs"), both named
// only by the question's own words (no lexicon metric says which nature is meant): the question does not say which.
// (within what one unasked word costs a line; a balance named by the lexicon, "cash Q3", is the balance)
function durationRival(best: { ref: RowRef; fig: Figure }, cands: RowRef[], spec: PeriodSpec | undefined, docs: Document[]): { ref: RowRef; fig: Figure } | null {
  if (!spec?.type || spec.type === 'instant' || best.fig.period.type !== 'instant' || !OWN_WORDS.test(best.ref.reason)) return null;
  for (const c of cands) {
    if (c === best.ref || c.score < best.ref.score - EXTRA_WORD || !OWN_WORDS.test(c.reason) || rowNature(c) === 'balance') continue;
    const fig = figureForSpec(c, spec, docs);
    if (fig && fig.period.type !== 'instant' && fig.value !== best.fig.value) return { ref: c, fig };
  }
  return null;
}
const OWN_WORDS = /^own words\b/;

/**
 * "EPS" asked over "Earnings per share - basic › Net income 0.56" and "... - diluted › Net income 0.54" in one table:
 * the bare metric means its headline form (intents/metrics.yaml `headline`), so that line is taken and the other
 * step aside. Only when the lines tied at the top are one report's, each naming exactly one form, and the question
 * names none ("basic EPS" is asked as it says). The headline form printed twice ("Diluted" in the statement, "Diluted
 * earnings per share, as reported" atop a reconciliation) is taken in both places, and the figures then tell whether
 * they agree; so is it in each table where a quarter's statement and a year-to-date one below it both print
 * both forms.
 */
// What an unasked word of a row's label costs it in the row matcher (src/metrics/score.ts).
const EXTRA_WORD = 0.2;
function headlineForm(cands: RowRef[], what: string, trace: string[]): RowRef[] {
  const lex = getLexicon();
  const top = cands[0];
  const topDef = top?.metricId ? lex.metricById.get(top.metricId) : undefined;
  const def = topDef ? lex.metricById.get(topDef.base ?? topDef.id) : undefined;
  if (!top || !def?.headline) return cands;
  const forms = lex.metrics.filter((m) => m.base === def.id).map((m) => ({ id: m.id, words: (m.qualifier ?? []).map(stem) }));
  const asked = new Set(wordsOf(what));
  if (forms.some((f) => f.words.some((w) => asked.has(w)))) return cands;
  const formOf = (c: RowRef): string | null => {
    const words = new Set(wordsOf(c.doc.statements[c.s]!.rows[c.r]!.path.join(' ')));
    const named = forms.filter((f) => f.words.length > 0 && f.words.every((w) => words.has(w)));
    return named.length === 1 ? named[0]!.id : null;
  };
  const near = cands.filter((c) => c.score >= top.score - TIE);
  // (the same lines printed again by the company's other releases of the season are no other table; one company's
  // releases alike: each report among the tied lines prints the headline form too)
  const again = (c: RowRef): boolean => c.doc !== top.doc && near.some((t) => t.doc === top.doc && sameItem(t, c));
  const sameCompany = (c: RowRef): boolean => c.doc === top.doc || (top.doc.company !== null && c.doc.company === top.doc.company);
  if (near.length < 2 || near.some((c) => (!sameCompany(c) && !again(c)) || formOf(c) === null)) return cands;
  const chosen = near.filter((c) => formOf(c) === def.headline);
  if (chosen.length === 0 || chosen.length === near.length) return cands;
  if (near.some((c) => !chosen.some((h) => h.doc === c.doc))) return cands;
  trace.push(`headline form: "${what}" is ${chosen.map((c) => rowName(c)).join(', ')}`);
  // (the word of the form the row was marked down for as unasked, "diluted", is given back; no more: a row marked down
  // for other reasons, "adjusted EPS" asked of a reported line, stays unsure)
  const form = forms.find((f) => f.id === def.headline)!;
  const picks = chosen.map((c) => {
    const back = form.words.some((w) => new RegExp(`extra\\[[^\\]]*\\b${w}\\b`).test(c.reason)) ? EXTRA_WORD : 0;
    return { ...c, score: Math.min(1, c.score + back), reason: `${c.reason}; headline form` };
  });
  return [...picks, ...cands.filter((c) => !near.includes(c))];
}

// Words that join a name's words and tell no line from another.
const JOINING = new Set(['of', 'the', 'and', 'in', 'at', 'for', 'to', 'a', 'an', 'on', 'from', 'by']);
// The owners of equity go by three names: "Total Penwarden shareholders' equity" holds the "stockholders' equity" asked
// (and "Total equity" beside it, which adds the noncontrolling interests, does not).
const OWNERS: Record<string, string> = { shareholder: 'stockholder', shareowner: 'stockholder' };
// (in their singular form: "revenue" is held by "Total revenues")
const wordsOf = (text: string): string[] => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !JOINING.has(w)).map(stem).map((w) => OWNERS[w] ?? w);

/**
 * Lines tied on score, one of which holds every word asked: "real estate, net" is "Real estate, net", not the
 * unlabelled total above it the reader named "Total Real estate" (words such as "net" and "total", which most
 * labels add or drop freely, decide only such a tie).
 */
function byWording<T extends { ref: RowRef; fig: Figure }>(found: T[], what: string): T[] {
  const top = found[0];
  if (!top) return found;
  const asked = wordsOf(what);
  const tied = found.filter((x) => x.ref.score >= top.ref.score - TIE);
  if (tied.length < 2 || asked.length === 0) return found;
  // (a line holds the words of its headings too: "Earnings per share - diluted" › "Net income" holds "diluted")
  const holds = (x: T): boolean => {
    const words = new Set(wordsOf(x.ref.doc.statements[x.ref.s]!.rows[x.ref.r]!.path.join(' ')));
    return asked.every((w) => words.has(w));
  };
  // every word asked, and of those, the ones that say no more ("Net income" before "Net income attributable to ...")
  const whole = tied.filter(holds);
  // ("Goodwill and intangible assets, net": a label's closing ", net", the carrying amount, says no more)
  const exact = whole.filter((x) => wordsOf(labelOf(x.ref).replace(/,\s*net$/i, '')).every((w) => asked.includes(w)));
  const pick = exact.length > 0 && exact.length < tied.length ? exact : whole;
  if (pick.length === 0 || pick.length === tied.length || new Set(pick.map((x) => x.fig.value)).size !== 1) return found;
  return [...pick, ...found.filter((x) => !tied.includes(x))];
}

const PRIMARY = new Set(['income', 'balance', 'cash_flow']);
// "Adjusted diluted earnings per share", "Non-GAAP net income": a line the company adjusts from a reported one
const ADJUSTED = /\b(?:adjusted|non-gaap)\b/i;
const labelOf = (ref: RowRef): string => ref.doc.statements[ref.s]!.rows[ref.r]!.label;

/**
 * Lines of one metric tied on score, read in the order a reader trusts them: a line of the statements
 * themselves before the same line in another table (a footnote's "Sales and marketing" stock-based
 * compensation is no selling expense); among supplementary tables, a line called "Total ..." before lines that
 * may be its parts (the total stock-based compensation before the cost-of-revenue part a reconciliation adds back).
 */
function settleTie<T extends { ref: RowRef; fig: Figure }>(found: T[]): T[] {
  const top = found[0];
  if (!top?.ref.metricId) return found;
  const tied = found.filter((x) => x.ref.score >= top.ref.score - TIE && x.ref.metricId === top.ref.metricId);
  if (tied.length < 2) return found;
  // (a statement line never steps before an adjusted line that scored higher: "Adjusted diluted earnings per share"
  // in a reconciliation, asked "adjusted diluted EPS", is not the statement's reported "Diluted")
  const adjusted = ADJUSTED.test(labelOf(top.ref));
  const primary = tied.filter((x) => PRIMARY.has(x.fig.statement.kind) && (!adjusted || ADJUSTED.test(labelOf(x.ref)) || x.ref.score >= top.ref.score));
  if (primary.length > 0 && primary.length < tied.length) return [...primary, ...found.filter((x) => !tied.includes(x))];
  const whole = totalOfTheRest(tied);
  // (its parts step aside)
  if (whole) return [whole, ...found.filter((x) => !tied.includes(x))];
  // (in the statements themselves "Total interest and other income" adds other lines to the one asked by name:
  // only the supplementary tables repeat one amount and its parts under the same name)
  if (primary.length > 0) return found;
  const totals = tied.filter((x) => /^total\b/i.test(labelOf(x.ref)));
  if (totals.length === 0 || totals.length === tied.length || new Set(totals.map((x) => x.fig.value)).size !== 1) return found;
  // the tied lines with another figure are taken for parts of the total and step aside
  const parts = tied.filter((x) => x.fig.value !== totals[0]!.fig.value);
  return [...totals, ...found.filter((x) => !totals.includes(x) && !parts.includes(x))];
}

// "Revenue, net of pass-through costs" 571.0 and "Revenues for reimbursed costs" 689.0 tied with "Total revenues"
// 1,260.0 in one statement: lines that add up to the total tied with them are its parts, and the metric is the total.
function totalOfTheRest<T extends { ref: RowRef; fig: Figure }>(tied: T[]): T | null {
  const totals = tied.filter((x) => /^total\b/i.test(labelOf(x.ref)));
  if (totals.length !== 1 || tied.length < 3) return null;
  const total = totals[0]!;
  const parts = tied.filter((x) => x !== total);
  if (parts.some((x) => x.fig.statement !== total.fig.statement || x.ref.r > total.ref.r)) return null;
  const sum = sumExact(parts.map((x) => x.fig.value), parts.map(() => 1));
  return sum !== null && sameExact(sum, total.fig.value) ? total : null;
}

// Weak matches that all give the same non-zero figure for the period ("loss per share": basic and
// diluted both $(0.03)) answer the question whichever was meant.
const AGREE_FLOOR = 0.6;
function agreeing(cands: RowRef[], spec: PeriodSpec | undefined, docs: Document[], anchor?: Period): boolean {
  const top = cands[0];
  // only rows that hold every word asked and differ by a qualifier the question left open
  if (top.score < AGREE_FLOOR || /missing\[/.test(top.reason)) return false;
  // the period is the one the best row gives; the others are read for that same period
  const at = anchor ?? figureForSpec(top, spec, docs)?.period;
  if (!at) return false;
  const near = cands.filter((c) => c.score >= top.score - 0.1 && !/missing\[/.test(c.reason) && figureForSpec(c, undefined, docs, at));
  // copies of one line in several tables prove nothing; two different lines (basic and diluted) must agree
  if (near.length < 2 || !near.includes(top) || distinctItems(near).length < 2) return false;
  // siblings of one table only (basic and diluted under one heading), never lines of different tables
  if (near.some((c) => c.doc !== top.doc || c.s !== top.s)) return false;
  const values = near.map((c) => figureForSpec(c, undefined, docs, at)!.value);
  if (values.some((v) => v === '0')) return false;
  return values.every((v) => v === values[0]) && near.every((c) => rowNature(c) === rowNature(top) && c.doc.statements[c.s].rows[c.r].unit === top.doc.statements[top.s].rows[top.r].unit);
}

// The first candidate of each line item, in order.
function distinctItems(cands: RowRef[]): RowRef[] {
  const seen = new Set<string>();
  const out: RowRef[] = [];
  for (const c of cands) {
    const key = itemKey(c);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}

function dedupeCitations(main: Figure, also: Figure[]): Figure[] {
  const seen = new Set([`${main.citation.document}:${main.citation.line}`]);
  return also.filter((f) => {
    const k = `${f.citation.document}:${f.citation.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function isPicked(x: Picked | Outcome): x is Picked {
  return (x as Picked).figure !== undefined;
}
