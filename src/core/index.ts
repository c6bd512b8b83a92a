// The answering core's entry point: question + store + context -> reply. Pure: no clock, no I/O.
import type { AskContext, Reply } from './answer.js';
import type { Store } from './store.js';
import { indexCompanies, type CompanyIndex } from './companies.js';
import { parse } from './parse/parse.js';
import { resolve } from './resolve/index.js';
import { toReply } from './format/reply.js';
import { defuseMentions, MAX_QUESTION } from './text.js';
import { filledFrom, MAX_QUESTIONS, slotsOf, splitMessage, withoutContinuation } from './several.js';
import type { Query } from './query.js';
import { findMetricMentions } from '../metrics/mentions.js';

const indexes = new WeakMap<Store, CompanyIndex>();

/** The company index of a store, built once per store object. */
export function companyIndex(store: Store): CompanyIndex {
  let idx = indexes.get(store);
  if (!idx) {
    idx = indexCompanies(store);
    indexes.set(store, idx);
  }
  return idx;
}

/** Answers one message against the store: one question, or several asked together ("Q2 2007 revenue? And Q1?"). Never throws. */
export function ask(question: string, store: Store, ctx: AskContext): Reply {
  const q0 = typeof question === 'string' ? question : String(question ?? '');
  try {
    const index = companyIndex(store);
    // (a message longer than a question is read for its first questions only: a paste is no list of questions)
    const parts = splitMessage(q0.length > MAX_QUESTION ? q0.slice(0, MAX_QUESTION) : q0);
    const before = ctx.previous && parts.length > 0 && goesOn(parts[0]!, index) ? parse(ctx.previous, { companies: index }) : undefined;
    if (before) return askSeveral(q0, parts, index, ctx, before) ?? askOne(q0, index, ctx).reply;
    if (parts.length > 1) return askSeveral(q0, parts, index, ctx) ?? askOne(q0, index, ctx).reply;
    return { ...askOne(q0, index, ctx).reply, followUpBase: q0 };
  } catch (err) {
    const reply: Reply = { question: q0, status: 'not_understood', text: 'Sorry, something went wrong reading that question.', answers: [], suggestions: [] };
    if (ctx.debug) reply.trace = [`error: ${(err as Error)?.stack ?? String(err)}`];
    return reply;
  }
}

// One question: its parse and its reply.
function askOne(q0: string, index: CompanyIndex, ctx: AskContext): { query: Query; reply: Reply } {
  const q = parse(q0, { companies: index });
  const out = resolve(q, index, ctx.defaultCompany);
  // "Northern Tamarack gold sold": a company whose name ends in a word of the question ("... Gold Corp.") is
  // read again by its shorter name when the longer reading found no line
  if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric')) {
    const again = parse(q0, { companies: index, shortNames: true });
    if (again.metricPhrase !== q.metricPhrase && again.companies.join() === q.companies.join()) {
      const second = resolve(again, index, ctx.defaultCompany);
      if (second.kind === 'answers') return { query: again, reply: toReply(again, second, Boolean(ctx.debug)) };
    }
  }
  return { query: q, reply: toReply(q, out, Boolean(ctx.debug)) };
}

// "What was Q2 2007 revenue? And Q1 2007?": each question answered in turn, one that leaves out the line, the
// period or the company taking it from the question before; words of courtesy ("thanks") ask nothing. The reply's
// status is the first question's, its answers are all the questions' in order.
// `before`: the previous message's question a first question going on from it takes what it leaves out from.
function askSeveral(q0: string, parts: string[], index: CompanyIndex, ctx: AskContext, before?: Query): Reply | null {
  const asked: { query: Query; reply: Reply; as: string }[] = [];
  let left = 0;
  for (const part of parts) {
    if (asked.length === MAX_QUESTIONS) {
      if (/[?\d]/.test(part)) left++;
      continue;
    }
    const prev = asked[asked.length - 1]?.query ?? before;
    let as = part;
    if (prev) {
      const body = withoutContinuation(part);
      const own = parse(body, { companies: index });
      const slots = slotsOf(own);
      if (!slots.metric && !slots.periods && !slots.companies) continue;
      // "great, thanks!": words that name no line the lexicon knows, with no period, company or question mark, ask nothing
      if (!slots.periods && !slots.companies && !/\?\s*$/.test(part) && !own.ratioId && findMetricMentions(own.metricPhrase).length === 0) continue;
      const theirs = slotsOf(prev);
      const whole = slots.metric && (slots.periods || !theirs.periods) && (slots.companies || !theirs.companies);
      as = whole ? body : filledFrom(body, own, prev, index);
    }
    asked.push({ ...askOne(as, index, ctx), as });
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
    answers: asked.flatMap((a) => a.reply.answers),
    suggestions: first.suggestions,
    followUpBase: asked[asked.length - 1]!.as,
  };
  if (ctx.debug) reply.trace = asked.flatMap((a, i) => [`question ${i + 1} of ${asked.length}: "${a.as}"`, ...(a.reply.trace ?? [])]);
  return reply;
}

// A message that goes on from the question before it: opened by "and", "what about", "same for"..., or naming a
// period or a company but no line ("Q1 2007?", "for Acme?").
function goesOn(first: string, index: CompanyIndex): boolean {
  const body = withoutContinuation(first);
  if (body !== first.trimStart()) return true;
  const slots = slotsOf(parse(body, { companies: index }));
  return !slots.metric && (slots.periods || slots.companies);
}

/** Renders a reply as chat text: Markdown that reads cleanly in a terminal too. Mentions are defused. */
export function formatReply(reply: Reply): string {
  return defuseMentions(reply.text);
}

export { parse } from './parse/parse.js';
export { resolve } from './resolve/index.js';
