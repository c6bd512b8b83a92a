// A message of several questions ("What was Q2 2007 revenue? And Q1 2007?"), or one going on from the question
// before it: each question answered in turn. Pure.
import type { AskContext, Reply } from './answer.js';
import { askOne } from './ask-one.js';
import type { CompanyIndex } from './companies.js';
import { parse } from './parse/parse.js';
import type { Query } from './query.js';
import { correction, filledFrom, MAX_QUESTIONS, onlyCourtesy, slotsOf, withoutContinuation } from './several.js';

interface Asked {
  query: Query;
  reply: Reply;
  /** The question as it was asked (filled from the one before), with the company its answer found when it named none. */
  as: string;
}

// "revenue in Q2 2007" answered for Sonus alone: the question as read names Sonus, so that "and a year ago?" asks
// Sonus again (and not every company's latest year but one).
function asRead(as: string, query: Query, reply: Reply): string {
  const companies = new Set(reply.answers.map((a) => a.company));
  const company = companies.size === 1 ? [...companies][0] : null;
  return query.companies.length === 0 && company ? `${company} ${as}` : as;
}

const WORDS = (s: string): string => s.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9&]+/g, ' ').trim();

// The row beside the one answered before ("Revenue › Service") that the words name exactly ("product" ->
// "Revenue › Product"), with the heading to ask it by; null when the row before has no heading.
function besideBefore(row: string, words: string): { row: string; heading: string } | null {
  const at = row.lastIndexOf(' › ');
  if (at < 0 || !WORDS(words)) return null;
  const heading = row.slice(0, at);
  return { row: `${heading} › ${words}`, heading: WORDS(heading.split(' › ').pop()!) };
}

// Two replies that give the same figures, or ask back the same way.
function sameReply(a: Reply, b: Reply): boolean {
  const figures = (r: Reply): string => JSON.stringify(r.answers.map((x) => [x.kind, x.metric, x.value, x.period?.end, x.period?.start, x.change?.from.value]));
  return a.answers.length || b.answers.length ? figures(a) === figures(b) : a.text === b.text;
}

/**
 * Each question answered in turn; one that leaves out the line, the period or the company takes it from the
 * question before ("And Q1 2007?", "what about net income?"); "I mean service revenue" asks again in place of the
 * question before; words of courtesy ("thanks") ask nothing. The reply's status is the first question's, its answers
 * are all the questions' in order. `before`: the previous message's question, which a first question going on from
 * it takes what it leaves out from. Null when no question is left.
 */
export function askSeveral(q0: string, parts: string[], index: CompanyIndex, ctx: AskContext, before?: Query): Reply | null {
  const asked: Asked[] = [];
  let prev = before;
  let left = 0;
  for (const part of parts) {
    if (asked.length === MAX_QUESTIONS) {
      if (/[?\d]/.test(part)) left++;
      continue;
    }
    let as = part;
    // (the question's parse when it is asked as read here: not read twice)
    let read: Query | undefined;
    let sibling: { body: string; own: Query; prev: Query } | undefined;
    const fixed = correction(part);
    if (fixed !== null && prev) {
      // "I mean service revenue": the question before is asked again with these words, in its place
      const replaced = asked.pop();
      if (replaced) prev = replaced.query;
      as = fixed;
    }
    if (!prev) {
      // "hey team", "hi all" before the questions: a greeting asks nothing
      if (onlyCourtesy(part)) continue;
      // "Halbrook Q3 1998\n- net sales\n- net income": a heading naming the company or the period and no line is
      // no question; the questions under it take what they leave out from it
      const head = parse(part, { companies: index });
      const slots = slotsOf(head);
      if (parts.length > 1 && !slots.metric && (slots.periods || slots.companies) && !head.unreadPeriod && head.intent === 'lookup') {
        prev = head;
        continue;
      }
      read = head;
    }
    if (prev) {
      const body = withoutContinuation(as);
      const own = parse(body, { companies: index });
      const slots = slotsOf(own);
      if (!slots.metric && !slots.periods && !slots.companies) continue;
      // "great, thanks!": words of courtesy alone ask nothing ("also total debt" is asked, and answered or declined)
      if (!slots.periods && !slots.companies && onlyCourtesy(body)) continue;
      const theirs = slotsOf(prev);
      const whole = slots.metric && (slots.periods || !theirs.periods) && (slots.companies || !theirs.companies);
      as = whole ? body : filledFrom(body, own, prev, index);
      read = whole ? own : undefined;
      if (!whole && slots.metric) sibling = { body, own, prev };
    }
    let one = askOne(as, index, ctx, read);
    // "service revenue in Q2 2007? and product?": "product" asked back among several lines is the one beside the
    // line answered before, under its heading ("Revenue › Product"), when that line is named so exactly
    const before = asked[asked.length - 1]?.reply.answers[0]?.citations[0]?.row;
    if (one.reply.status === 'clarify' && sibling && before) {
      const beside = besideBefore(before, sibling.own.metricPhrase);
      if (beside) {
        const again = askOne(filledFrom(`${beside.heading} ${sibling.body}`, sibling.own, sibling.prev, index), index, ctx);
        const row = again.reply.answers[0]?.citations[0]?.row;
        if (again.reply.status === 'answered' && row !== undefined && WORDS(row) === WORDS(beside.row)) one = again;
      }
    }
    // the same reply twice ("revenue? and net income?" both asking which company) is given once
    if (asked.length && sameReply(asked[asked.length - 1]!.reply, one.reply)) continue;
    const named = asRead(as, one.query, one.reply);
    asked.push({ ...one, as: named });
    prev = named === as ? one.query : parse(named, { companies: index });
  }
  // "cash at June 30, 2007? great, thanks": one question and words of courtesy
  if (asked.length === 1) return { ...asked[0]!.reply, question: q0, followUpBase: asked[0]!.as };
  if (asked.length === 0) return null;
  const first = asked[0]!.reply;
  const more = left ? `\n\n(I answered the first ${asked.length} questions of that message; please ask the rest again.)` : '';
  const reply: Reply = {
    question: q0,
    status: first.status,
    text: asked.map((a) => a.reply.text).join('\n\n') + more,
    // (the contract: answers only with the status `answered`, the first answering the first question)
    answers: first.status === 'answered' ? asked.flatMap((a) => a.reply.answers) : [],
    suggestions: first.suggestions,
    followUpBase: asked[asked.length - 1]!.as,
  };
  if (ctx.debug) reply.trace = asked.flatMap((a, i) => [`question ${i + 1} of ${asked.length}: "${a.as}"`, ...(a.reply.trace ?? [])]);
  return reply;
}

/** Whether a message goes on from the question before it: opened by "and", "what about", "same for"..., or naming a period or a company but no line ("Q1 2007?", "for Acme?"). */
export function goesOn(first: string, index: CompanyIndex): boolean {
  const body = withoutContinuation(first);
  if (body !== first.trimStart() || correction(first) !== null) return true;
  const slots = slotsOf(parse(body, { companies: index }));
  return !slots.metric && (slots.periods || slots.companies);
}
