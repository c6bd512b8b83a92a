// resolve(query, store) -> answers or a problem. Pure: the store and context come in.
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import type { CompanyIndex } from '../companies.js';
import { problem, type Outcome } from './outcome.js';
import { ASKS_NUMBER } from '../text.js';
import { findMetricMentions } from '../../metrics/mentions.js';
import { chooseCompanies } from './choose-company.js';
import { resolveUndecided } from './undecided.js';
import { helpOutcome, listOutcome } from './info.js';
import { resolveLookup } from './lookup.js';
import { CONFIDENT, rowCandidates } from './candidates.js';
import { resolveCompare } from './compare.js';
import { resolveRatioCompare } from './compare-ratio.js';
import { resolveDerived, resolveRatio, resolveScopedRatio } from './ratio.js';
import { resolveShareOf } from './share-of.js';
import { resolveAdjustedMargin } from './adjusted-margin.js';
import { askWhichOfTwo, resolveTwoLines } from './two-lines.js';
import { amortizationLinesBeside, asksAmortization } from './split-da.js';
import { namesCounted, resolveProse, statedInText } from './prose.js';
import { asksExpectation } from '../parse/intents.js';
import { resolveRank } from './rank.js';
import { LATEST_QUARTER, mixedKinds } from './same-kind.js';
import { lastYearDoubt } from './last-year.js';
import { extractPeriods } from '../../periods/extract.js';
import type { PeriodSpec } from '../../periods/spec.js';


// Words asking how much a figure grew, not what it was.
const GROWTH_ASKED = /\b(growth|grew|grow|growing|increased?|decreased?|declined?|rose|fell|dropped)\b/i;

/** One company's documents answer one question. */
// "Tessaly expects total revenue of $56.0 million", "outlook ... EPS of $5.90 to $6.20", "production guidance of 235,000
// to 250,000 ounces": a word of expectation and an amount (money, a percentage, or a count written with thousands).
function statesExpectation(text: string): boolean {
  return asksExpectation(text) && /\$\s?\d|€\s?\d|\b(?:EUR|USD|GBP)\s?\d|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s*(?:million|billion)\b|\b\d{1,3}(?:,\d{3})+\b/i.test(text);
}

// A test that a sentence does not name only other periods than the one asked: "For the third quarter of 2025"
// is no answer for Q4 2025 (nor "the third quarter" for Q4); a sentence that names no period passes.
function namesPeriodAsked(q: Query): (text: string) => boolean {
  const asked = q.periods.filter((p) => p.year !== undefined);
  if (!asked.length) return () => true;
  const known = <T>(a: T | undefined, b: T | undefined) => a === undefined || b === undefined || a === b;
  const same = (a: PeriodSpec, b: PeriodSpec) => known(a.year, b.year) && known(a.index, b.index) && known(a.type, b.type);
  return (text) => {
    const named = extractPeriods(text).filter((p) => p.year !== undefined || p.index !== undefined);
    return !named.length || named.some((p) => asked.some((a) => same(a, p)));
  };
}

function splitDepreciation(q: Query, docs: Document[]): Outcome | null {
  const phrase = q.shareOf?.part ?? q.metricPhrase;
  if (!asksAmortization(phrase)) return null;
  const top = rowCandidates(phrase, docs, [])[0];
  const parts = top && top.score >= CONFIDENT ? amortizationLinesBeside(top) : [];
  if (!parts.length) return null;
  const label = top!.doc.statements[top!.s]!.rows[top!.r]!.label;
  q.trace.push(`depreciation and amortization printed apart: "${label}" + ${parts.map((p) => `"${p}"`).join(' + ')}`);
  return problem('ambiguous_metric', `The report prints depreciation and amortization as separate lines ("${label}", ${parts.map((p) => `"${p}"`).join(', ')}). Ask for each line, or for D&A alone.`, [label, ...parts]);
}

function resolveFor(q: Query, docs: Document[]): Outcome {
  const doubt = lastYearDoubt(q, docs);
  if (doubt) return doubt;
  // ("accounts payable and accrued expenses": one line of that name, where a report prints one, is that line)
  if (q.twoLines?.op === 'both' && (rowCandidates(q.metricPhrase, docs, [])[0]?.score ?? 0) >= CONFIDENT) q.twoLines = undefined;
  if (q.twoLines) return resolveTwoLines(q, docs);
  // "decrease in notes payable to banks in H1": a cash flow line named with its word of change, one period
  if (q.intent === 'compare' && q.phraseWithCues && q.periods.length <= 1 && !q.since && !q.ratioId) {
    const line = changeLine(q, docs);
    if (line) return line;
  }
  // "D&A yoy", "D&A as % of sales" where the report prints depreciation and amortization as two lines: asked back
  // (a figure of D&A alone is added up by the lookup; a change or a share of one line would be depreciation alone)
  if ((q.intent === 'compare' || q.shareOf) && !q.ratioId) {
    const split = splitDepreciation(q, docs);
    if (split) return split;
  }
  if (q.intent === 'compare') return q.ratioId ? resolveRatioCompare(q, docs) : resolveCompare(q, docs);
  if (q.ratioId) return resolveRatio(q, docs);
  if (q.shareOf) {
    // "notes payable to banks": a line whose own label says "X to Y" is that line, not X over Y
    // (only a line whose label has that "to": "Inventories to current assets" matching "Current assets › Total
    // Inventories" is two lines)
    const top = rowCandidates(q.metricPhrase, docs, [])[0];
    const namesOneLine = q.shareOf.as === 'ratio' && !/\bratio\b/i.test(q.metricPhrase) && top !== undefined && top.score >= CONFIDENT
      && /\bto\b/i.test(top.doc.statements[top.s]!.rows[top.r]!.label);
    if (!namesOneLine) return resolveShareOf(q, docs);
    q.trace.push(`"${q.metricPhrase}" names one line: no ratio`);
  }
  const out = resolveLookup(q, docs);
  // (also when the metric's own line is printed, but not for the period asked: "gross profit" of a year whose
  // statement prints only sales and cost of sales)
  if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric' || out.problem.code === 'no_period')) {
    const derived = resolveDerived(q, docs);
    if (derived) return derived;
    // "Alabama Power net margin": no row prints it; computed from the lines of that section
    const scoped = q.intent === 'lookup' ? resolveScopedRatio(q, docs) : null;
    if (scoped) return scoped;
    // "adjusted EBITDA margin": the printed Adjusted EBITDA line over revenue
    const adjusted = q.intent === 'lookup' ? resolveAdjustedMargin(q, docs) : null;
    if (adjusted) return adjusted;
  }
  // "revenue guidance for Q4": no line holds an expectation; the sentence that states it is quoted
  if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric' || out.problem.code === 'no_period') && asksExpectation(q.metricPhrase)) {
    // only a sentence that states an expectation with a figure ("expects revenue of $56.0 million to $57.0 million")
    // and, for a period asked ("Q4 guidance"), one that names it: the outlook for the third quarter is not the fourth's
    const forPeriod = namesPeriodAsked(q);
    const prose = resolveProse(q, docs, true, false, (t) => statesExpectation(t) && forPeriod(t));
    if (prose.kind === 'answers') return prose;
  }
  // "Acme dividend": a figure the release declares in its text, with no line for it and no period asked
  const speaksOf = statedInText(q.metricPhrase);
  // (also when a weak line only might be it: "what dividend did X declare" beside "Per common share › Cash dividends
  // declared", a line of past quarters, is the dividend the text says the board declared)
  if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric') && !q.periods.length && speaksOf) {
    const prose = resolveProse(q, docs, true, false, speaksOf, true);
    if (prose.kind === 'answers') return prose;
  }
  // a question about the text that named no figure: quote the release (never for a metric word: "revenue per share")
  // a period does not stop it when the question opens with a question word of the text ("which hurricane hit ... in 2004")
  const textQuestion = /^\s*(?:who|whom|whose|which|where|when)\b/i.test(q.clean);
  if (out.kind === 'problem' && out.problem.code === 'no_metric' && (!q.periods.length || textQuestion) && !findMetricMentions(q.metricPhrase).length) {
    // "how many customers does X serve", "how much generating capacity": a count the text gives, quoted
    // only when the passage found holds a number; any other question of a figure is never answered by text
    const countAsked = ASKS_NUMBER.test(q.clean) && !ASKS_NUMBER.test(q.clean.replace(/\bhow (much|many)\b/gi, ' '));
    if (!ASKS_NUMBER.test(q.clean) || countAsked) {
      const prose = resolveProse(q, docs, true, countAsked, countAsked ? namesCounted(q.clean) : undefined);
      if (prose.kind === 'answers') return prose;
    }
  }
  return out;
}

// The line whose own label holds the words of change asked, confidently matched, read as a lookup.
function changeLine(q: Query, docs: Document[]): Outcome | null {
  const phrase = q.phraseWithCues!;
  // the words of change first, as a label writes them ("increase in long-term borrowings"); after the metric
  // ("how much did long-term debt increase") they ask for a comparison of the balance
  if (!/^(?:net\s+)?(?:increases?|decreases?|changes?|declines?)\b/i.test(phrase)) return null;
  const cands = rowCandidates(phrase, docs, []);
  const top = cands[0];
  if (!top || top.score < CONFIDENT) return null;
  const label = top.doc.statements[top.s].rows[top.r].label.toLowerCase();
  const cue = phrase.toLowerCase().split(/\s+/).find((w) => !q.metricPhrase.toLowerCase().split(/\s+/).includes(w));
  if (!cue || !label.includes(cue)) return null;
  q.trace.push(`a line named with its word of change: "${phrase}"`);
  const out = resolveLookup({ ...q, intent: 'lookup', metricPhrase: phrase }, docs);
  return out.kind === 'answers' ? out : null;
}

export function resolve(q: Query, index: CompanyIndex, defaultCompany?: string): Outcome {
  return inCurrencyAsked(q, resolveAsked(q, index, defaultCompany));
}

// "Aldermann revenue in dollars" over a release in euros: the figure is in another currency than the one asked, and
// no rate converts it here, so it is declined with the currency it is printed in (a percent or a count is no money).
function inCurrencyAsked(q: Query, out: Outcome): Outcome {
  if (!q.currency || out.kind !== 'answers') return out;
  const other = out.answers.map((a) => a.unit.split('/')[0]!).find((u) => /^[A-Z]{3}$/.test(u) && u !== q.currency);
  if (!other) return out;
  q.trace.push(`currency asked ${q.currency}, figure in ${other}: declined`);
  return problem('no_metric', `The reports give this figure in ${other}, not ${q.currency}; I don't convert currencies.`);
}

function resolveAsked(q: Query, index: CompanyIndex, defaultCompany?: string): Outcome {
  if (q.intent === 'empty') return problem('empty', 'Ask me about a figure in the reports, e.g. "what was revenue last quarter?"');
  if (q.intent === 'help') return helpOutcome();
  if (q.intent === 'list') return listOutcome(index, q.companies);
  if (q.unreadPeriod) return problem('not_understood', `I couldn't read the period "${q.unreadPeriod}".`);
  if (q.unsupported) return problem('unsupported', `I can't give ${q.unsupported.name}: ${q.unsupported.reason}.`);
  if (q.intent !== 'prose' && !q.metricPhrase && !q.ratioId) return problem('not_understood', 'I could not tell which figure you want.');
  // "R&D vs S&M": which figure is asked, before whose
  if (q.twoLines?.op === 'either') return askWhichOfTwo(q, q.companies.map((k) => index.byKey.get(k)?.ticker ?? index.byKey.get(k)?.name).filter((n): n is string => !!n).join(' and '));
  const choice = chooseCompanies(q, index, defaultCompany);
  if ('kind' in choice) return choice;
  q.trace.push(`companies: ${choice.companies.map((c) => c.name).join(', ')} (${choice.how})`);
  if (q.intent === 'prose') return resolveProse(q, choice.companies.flatMap((c) => c.docs));
  if (q.intent === 'rank') return resolveRank(q, choice.companies, resolveFor);
  if (choice.how === 'undecided' || choice.how === 'shared name') return resolveUndecided(q, choice.companies, resolveFor, choice.how === 'shared name');
  if (choice.companies.length === 1) return resolveFor(q, choice.companies[0].docs);
  // "compare gross margin of A and B", "A vs B net income": the companies side by side, not each over time
  // (a growth word keeps each company's own change: "compare revenue growth of A and B last quarter")
  const each: Query = q.intent === 'compare' && q.compare === 'default' && !GROWTH_ASKED.test(q.clean) ? { ...q, intent: 'lookup', compare: undefined } : q;
  if (each !== q) q.trace.push('compare: companies side by side (one period each)');
  let outs = choice.companies.map((c) => resolveFor(each, c.docs));
  let answered = outs.filter((o): o is Extract<Outcome, { kind: 'answers' }> => o.kind === 'answers');
  // (no period named, and one company's latest figure is a year while another's is a quarter: each one's latest quarter)
  if (!q.periods.length && mixedKinds(answered.map((o) => o.answers[0]!))) {
    q.trace.push('companies: latest periods of different kinds; each company\'s latest quarter');
    outs = choice.companies.map((c) => resolveFor({ ...each, periods: [LATEST_QUARTER] }, c.docs));
    answered = outs.filter((o): o is Extract<Outcome, { kind: 'answers' }> => o.kind === 'answers');
  }
  if (!answered.length) return outs[0];
  // a company that cannot answer is named with the reason, never left out silently
  const gaps = choice.companies.flatMap((c, i) => {
    const o = outs[i]!;
    return o.kind === 'problem' ? [`${c.name}: ${o.problem.message}`] : [];
  });
  return { kind: 'answers', answers: answered.map((o) => o.answers[0]), notes: ['companies'], gaps };
}
