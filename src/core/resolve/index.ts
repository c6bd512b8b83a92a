// resolve(query, store) -> answers or a problem. Pure: the store and context come in.
import { normWord } from '../../metrics/text.js';
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import type { Company, CompanyIndex } from '../companies.js';
import { problem, type Outcome } from './outcome.js';
import { ASKS_NUMBER } from '../text.js';
import { findMetricMentions } from '../../metrics/mentions.js';
import { chooseCompanies } from './choose-company.js';
import { helpOutcome, listOutcome } from './info.js';
import { resolveLookup } from './lookup.js';
import { CONFIDENT, rowCandidates } from './candidates.js';
import { resolveCompare } from './compare.js';
import { resolveRatioCompare } from './compare-ratio.js';
import { resolveDerived, resolveRatio } from './ratio.js';
import { resolveShareOf } from './share-of.js';
import { namesCounted, resolveProse, statedInText } from './prose.js';
import { asksExpectation } from '../parse/intents.js';
import { resolveRank } from './rank.js';
import { lastYearDoubt } from './last-year.js';
import { calendarOf } from './facts.js';
import { periodMatches } from '../../periods/match.js';
import { extractPeriods } from '../../periods/extract.js';
import type { PeriodSpec } from '../../periods/spec.js';


// Words asking how much a figure grew, not what it was.
const GROWTH_ASKED = /\b(growth|grew|grow|growing|increased?|decreased?|declined?|rose|fell|dropped)\b/i;

/** One company's documents answer one question. */
// "Tessaly expects total revenue of $56.0 million", "outlook ... EPS of $5.90 to $6.20": a word of expectation and an amount.
function statesExpectation(text: string): boolean {
  return asksExpectation(text) && /\$\s?\d|€\s?\d|\b(?:EUR|USD|GBP)\s?\d|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s*(?:million|billion)\b/i.test(text);
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

function resolveFor(q: Query, docs: Document[]): Outcome {
  const doubt = lastYearDoubt(q, docs);
  if (doubt) return doubt;
  // "decrease in notes payable to banks in H1": a cash flow line named with its word of change, one period
  if (q.intent === 'compare' && q.phraseWithCues && q.periods.length <= 1 && !q.since && !q.ratioId) {
    const line = changeLine(q, docs);
    if (line) return line;
  }
  if (q.intent === 'compare') return q.ratioId ? resolveRatioCompare(q, docs) : resolveCompare(q, docs);
  if (q.ratioId) return resolveRatio(q, docs);
  if (q.shareOf) {
    // "notes payable to banks": a line whose own label says "X to Y" is that line, not X over Y
    const namesOneLine = q.shareOf.as === 'ratio' && !/\bratio\b/i.test(q.metricPhrase) && (rowCandidates(q.metricPhrase, docs, [])[0]?.score ?? 0) >= CONFIDENT;
    if (!namesOneLine) return resolveShareOf(q, docs);
    q.trace.push(`"${q.metricPhrase}" names one line: no ratio`);
  }
  const out = resolveLookup(q, docs);
  // (also when the metric's own line is printed, but not for the period asked: "gross profit" of a year whose
  // statement prints only sales and cost of sales)
  if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric' || out.problem.code === 'no_period')) {
    const derived = resolveDerived(q, docs);
    if (derived) return derived;
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
  if (out.kind === 'problem' && out.problem.code === 'no_metric' && !q.periods.length && speaksOf) {
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

// No company named and several loaded: the only company whose reports answer, else ask which.
// With `strict` (a name several companies share) the one company whose reports answer is taken only when
// the others lack the period asked.
function resolveUndecided(q: Query, companies: Company[], strict = false): Outcome {
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
  const rowOf = (o: (typeof answered)[number]): string => (o.out.kind === 'answers' ? (o.out.answers[0]?.citations[0]?.row ?? '') : '');
  const rivalDerived = reported.length === 1 && answered.some((o) => !reported.includes(o) && !computed(o) && sameWords(q.clean, rowOf(reported[0]!), [rowOf(o)]));
  const outranked = relativeOrNone(q) ? answered.every((o) => reported.includes(o) || computed(o)) : !rivalDerived;
  if (answered.length > 1 && reported.length === 1 && !strict && outranked) answered = reported;
  // "three months ended March 31, 1997": a company whose column ends on that very day wins over one
  // whose quarter ended a few days before (a 52/53-week calendar)
  const end = q.periods.length === 1 ? q.periods[0]!.end : undefined;
  const exact = end ? answered.filter((o) => o.out.kind === 'answers' && o.out.answers[0].period?.end === end) : [];
  if (answered.length > 1 && exact.length === 1 && !strict) answered = exact;
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
    const row = answered[0].out.kind === 'answers' ? (answered[0].out.answers[0]?.citations[0]?.row ?? '') : '';
    const unsure = outs.filter((o) => o.out.kind === 'problem' && o.out.problem.code === 'ambiguous_metric' && sameWords(q.clean, row, o.out.problem.suggestions) && reportsPeriod(q, o.c.docs));
    if (unsure.length) return problem('ambiguous_company', 'Several companies report something like that. Which company do you mean?', [answered[0], ...unsure].map((o) => o.c.name));
  }
  if (answered.length === 1) {
    q.trace.push(`company: ${answered[0].c.name} (the only company whose reports answer)`, ...answered[0].trace);
    return answered[0].out;
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

// Whether one of `lines` has every word of the question that `row` has ("Fuel and Purchased Power" has the "fuel"
// of "fuel expense" that "Fuel" has; "Operating expenses" lacks the "vessel" of "Vessel operating expenses").
function sameWords(question: string, row: string, lines: string[]): boolean {
  const asked = contentWords(question);
  const key = [...contentWords(row)].filter((w) => asked.has(w));
  return key.length > 0 && lines.some((l) => key.every((w) => contentWords(l).has(w)));
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

export function resolve(q: Query, index: CompanyIndex, defaultCompany?: string): Outcome {
  if (q.intent === 'empty') return problem('empty', 'Ask me about a figure in the reports, e.g. "what was revenue last quarter?"');
  if (q.intent === 'help') return helpOutcome();
  if (q.intent === 'list') return listOutcome(index, q.companies);
  if (q.unreadPeriod) return problem('not_understood', `I couldn't read the period "${q.unreadPeriod}".`);
  if (q.unsupported) return problem('unsupported', `I can't give ${q.unsupported.name}: ${q.unsupported.reason}.`);
  if (q.intent !== 'prose' && !q.metricPhrase && !q.ratioId) return problem('not_understood', 'I could not tell which figure you want.');
  const choice = chooseCompanies(q, index, defaultCompany);
  if ('kind' in choice) return choice;
  q.trace.push(`companies: ${choice.companies.map((c) => c.name).join(', ')} (${choice.how})`);
  if (q.intent === 'prose') return resolveProse(q, choice.companies.flatMap((c) => c.docs));
  if (q.intent === 'rank') return resolveRank(q, choice.companies, resolveFor);
  if (choice.how === 'undecided' || choice.how === 'shared name') return resolveUndecided(q, choice.companies, choice.how === 'shared name');
  if (choice.companies.length === 1) return resolveFor(q, choice.companies[0].docs);
  // "compare gross margin of A and B", "A vs B net income": the companies side by side, not each over time
  // (a growth word keeps each company's own change: "compare revenue growth of A and B last quarter")
  const each: Query = q.intent === 'compare' && q.compare === 'default' && !GROWTH_ASKED.test(q.clean) ? { ...q, intent: 'lookup', compare: undefined } : q;
  if (each !== q) q.trace.push('compare: companies side by side (one period each)');
  const outs = choice.companies.map((c) => resolveFor(each, c.docs));
  const answered = outs.filter((o): o is Extract<Outcome, { kind: 'answers' }> => o.kind === 'answers');
  if (!answered.length) return outs[0];
  // a company that cannot answer is named with the reason, never left out silently
  const gaps = choice.companies.flatMap((c, i) => {
    const o = outs[i]!;
    return o.kind === 'problem' ? [`${c.name}: ${o.problem.message}`] : [];
  });
  return { kind: 'answers', answers: answered.map((o) => o.answers[0]), notes: ['companies'], gaps };
}
