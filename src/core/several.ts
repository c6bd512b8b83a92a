// One message, several questions: "What was Q2 2007 revenue? And Q1 2007?" is asked as two questions, the second
// taking what it leaves out (the line, the period, the company) from the one before it. Pure.
import { findCompanies, type CompanyIndex } from './companies.js';
import type { Query } from './query.js';
import { loadRules } from './rules.js';

/** Questions one message asks at most; the rest are left for the user to ask again. */
export const MAX_QUESTIONS = 4;

// A boundary between two questions: a question mark with more words after it ("revenue? also R&D?"), a line break
// before a line that opens anew (a capital, a question word: "What was revenue\nin Q2 2007?" is one question),
// or a full stop or "!" ending a sentence when the next one opens as a question does ("... in Q2 2007. What about Q1?").
// (A full stop after a short word is an abbreviation: "vs. Q2 2006", "Inc. revenue", "U.S. sales".)
// A line that opens with a bullet ("- net income", "* EPS", "2. cash") is a question of its own too, except the first
// under a heading that ends in a colon ("Acme Q2 2007:\n- revenue\n- net income": the heading names the period).
const QUESTION_END = /[?]+[!?]*\s+(?=\S)|(?<=[.!])\s*[\r\n]+\s*(?=\S)|\s*[\r\n]+\s*(?=[A-Z]|(?:and|also|plus|what|what's|whats|how|did|does|was|were|is|are|which|who|can|could|give|show|same)\b)|(?<!:\s*)\s*[\r\n]+\s*(?=(?:[-*•·]|\d{1,2}[.)])\s)/g;
const BULLET = /(^|[\r\n])\s*(?:[-*•·]|\d{1,2}[.)])\s+/g;
const SENTENCE_END = /(?<=[a-z\d)][a-z\d)]{2})[.!]+\s+(?=(?:and|also|plus|what|what's|whats|how|did|does|was|were|is|are|which|who|can|could|give|show|same)\b)/gi;
const ABBREVIATION = /\b(?:vs|inc|corp|ltd|llc|plc|approx|est|etc|dept|mgmt|yr|yrs|qtr|qtrs|no)$/i;

let courtesyWords: Set<string> | undefined;

/** Whether a text is words of courtesy alone ("great, thanks!", "hey team"; intents/intents.yaml `courtesy`): it asks nothing. */
export function onlyCourtesy(part: string): boolean {
  courtesyWords ??= new Set(loadRules<{ courtesy: { words: string[] } }>('intents').courtesy.words.map((w) => String(w).toLowerCase()));
  const words = part.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.every((w) => courtesyWords!.has(w));
}

/** The questions of a message, in order, each as written; a message of one question gives one. */
export function splitMessage(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  const cuts: [number, number][] = [];
  for (const m of text.matchAll(QUESTION_END)) cuts.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(SENTENCE_END)) if (!ABBREVIATION.test(text.slice(0, m.index!))) cuts.push([m.index!, m.index! + m[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  for (const [a, b] of cuts) {
    if (a < from) continue;
    // a question keeps its own question mark
    const end = text[a] === '?' ? a + 1 : a;
    if (text.slice(from, end).trim()) parts.push(text.slice(from, end).trim());
    from = b;
  }
  if (text.slice(from).trim()) parts.push(text.slice(from).trim());
  // (the bullets go: "- net income" asks "net income"; "2. cash" never reads "2" as a period)
  return parts.length > 1 ? parts.map((p) => p.replace(BULLET, '$1').trim()).filter((p) => p) : parts;
}

// "And", "also", "what about", "how about", "same for": words that open a question going on from the one before.
const CONTINUES = /^\s*(?:(?:and|also|plus|ok(?:ay)?|so|then|now)\b[\s,]*)*(?:(?:what|how)\s+about\b|what\s+of\b|same\s+(?:for|in|at|with)\b|and\s+for\b)?\s*/i;

/** A question with its continuation words set aside ("And Q1 2007?" -> "Q1 2007?"). */
export function withoutContinuation(part: string): string {
  return part.replace(CONTINUES, '');
}

// "I mean service revenue", "sorry, I meant Q1 2007", "make that net income": the question before, asked again so.
const CORRECTION = /^\s*(?:(?:no|sorry|oops|actually|wait)\b[\s,:;.!-]*)*(?:i\s+mean[t]?|make\s+that|correction)\b[\s,:;-]*/i;

/** The words of a correction ("I mean service revenue" -> "service revenue"), or null when the question corrects nothing. */
export function correction(part: string): string | null {
  const m = CORRECTION.exec(part);
  return m && m[0].length < part.length ? part.slice(m[0].length) : null;
}

// "is that up from a year ago?", "how does it compare with Q1?": words that point back at the figure before, and
// words of comparison, name no line of their own.
const POINTING = /^(?:(?:that|it|this|those|these|they|them|its|up|down|from|and|or|vs|versus|higher|lower|more|less|than|compared?|with|to|against)\s*)+$/i;
const COMPARING = /\b(?:up|down|vs|versus|compared?|comparison|growth|grew|grow|change[ds]?|higher|lower|increased?|decreased?|yoy|qoq|sequential(?:ly)?)\b/i;

/** What a question names of its own: a line, periods, companies. */
export interface Slots {
  metric: boolean;
  periods: boolean;
  companies: boolean;
}

/** The slots a parsed question fills. */
export function slotsOf(q: Query): Slots {
  return {
    metric: Boolean((q.metricPhrase && !POINTING.test(q.metricPhrase)) || q.ratioId || q.twoLines || q.shareOf || q.unsupported),
    periods: q.periods.length > 0 || q.since !== undefined,
    companies: q.companies.length > 0,
  };
}

// The words naming the periods of a question, comparisons kept ("Q2 2007 vs Q2 2006", "Q2 2007 vs a year ago").
function periodWords(q: Query): string {
  const texts = q.periods.map((p) => p.text);
  if (q.since) texts.unshift(`since ${q.since.text.replace(/^since\s+/i, '')}`);
  const joined = texts.join(q.intent === 'compare' ? ' vs ' : ' ');
  if (q.intent !== 'compare') return joined;
  if (q.compare === 'yoy') return `${joined} vs a year ago`;
  if (q.compare === 'qoq') return `${joined} vs the prior quarter`;
  return joined;
}

/**
 * A question that leaves out what the one before it named, filled from that one: "And Q1 2007?" after "What was
 * Sonus revenue in Q2 2007?" -> "What was Sonus revenue in Q1 2007?"; "And net income?" -> "net income Q2 2007
 * Sonus Networks". `own`: the question's own parse (continuation words set aside); `body`: its text so.
 */
export function filledFrom(body: string, own: Query, prev: Query, index: CompanyIndex): string {
  const mine = slotsOf(own);
  const theirs = slotsOf(prev);
  const prevCompanies = findCompanies(prev.clean, index);
  if (mine.metric) {
    // the question's own line, with the periods and companies of the one before when it names none
    const periods = !mine.periods && theirs.periods ? periodWords(prev) : '';
    const companies = !mine.companies ? prevCompanies.map((m) => prev.clean.slice(m.span[0], m.span[1])).join(' and ') : '';
    return [companies, body.replace(/[?!.\s]+$/, ''), periods].filter((s) => s).join(' ');
  }
  // "is that up from a year ago?", "how does it compare with Q1 2007?": the question before, compared so
  if (!mine.companies && (own.intent === 'compare' || own.compare !== undefined || COMPARING.test(body))) {
    return `${prev.clean.replace(/[?!.\s]+$/, '')} ${body.replace(/[?!.\s]+$/, '')}`;
  }
  // "nine-month net sales 1998? and 1997?", "Q2 2007 revenue? and 2006?": a bare year after a part of a year asks
  // that part of this year (the year alone is changed in the words of the period before)
  const years = yearOnly(own, prev);
  if (years && !mine.companies) return years;
  // the question before with its periods or its companies replaced by this one's (each group's first span takes
  // the new words, its other spans go; edits made from the end of the text backwards)
  const ownCompanies = findCompanies(own.clean, index).map((m) => own.clean.slice(m.span[0], m.span[1])).join(' and ');
  const edits: { span: [number, number]; by: string }[] = [];
  let text = prev.clean.replace(/[?!.\s]+$/, '');
  const group = (spans: [number, number][], by: string): void => {
    if (spans.length === 0) text = `${text} ${by}`;
    [...spans].sort((a, b) => a[0] - b[0]).forEach((span, i) => edits.push({ span, by: i === 0 ? by : '' }));
  };
  if (mine.periods) group([...prev.periods, ...(prev.since ? [prev.since] : [])].flatMap((p) => [p.span, ...(p.extraSpans ?? [])]), periodWords(own));
  if (mine.companies) group(prevCompanies.flatMap((m) => [m.span, ...(m.extraSpans ?? [])]), ownCompanies);
  for (const e of edits.sort((a, b) => b.span[0] - a.span[0])) text = text.slice(0, e.span[0]) + e.by + text.slice(e.span[1]);
  return text.replace(/\s{2,}/g, ' ').trim();
}

// A bare year ("1997", "and 2006?"), the question's only period.
const BARE_YEAR = /^(?:19|20)\d{2}$/;
const YEAR_IN = /\b(?:19|20)\d{2}\b/g;

// The question before with the year of its one period (a quarter, a half, nine months, a date) changed to the bare
// year of this one; null when this one names more than a bare year or the period before is a year or names none.
function yearOnly(own: Query, prev: Query): string | null {
  if (own.periods.length !== 1 || own.since || !BARE_YEAR.test(own.periods[0]!.text.trim())) return null;
  if (prev.periods.length !== 1 || prev.since || prev.periods[0]!.type === 'year' || prev.periods[0]!.relative) return null;
  const p = prev.periods[0]!;
  const year = own.periods[0]!.text.trim();
  let text = prev.clean;
  let changed = false;
  for (const span of [p.span, ...(p.extraSpans ?? [])].sort((a, b) => b[0] - a[0])) {
    const words = text.slice(span[0], span[1]);
    const by = words.replace(YEAR_IN, () => ((changed = true), year));
    text = text.slice(0, span[0]) + by + text.slice(span[1]);
  }
  return changed ? text.replace(/[?!.\s]+$/, '') : null;
}
