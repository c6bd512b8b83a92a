// The answering core's entry point: question + store + context -> reply. Pure: no clock, no I/O.
import type { AskContext, Reply } from './answer.js';
import type { Store } from './store.js';
import { indexCompanies, type CompanyIndex } from './companies.js';
import { parse } from './parse/parse.js';
import { defuseMentions, MAX_QUESTION } from './text.js';
import { onlyCourtesy, splitMessage } from './several.js';
import { askOne } from './ask-one.js';
import { askSeveral, goesOn } from './ask-several.js';

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
    // ("thanks!" asks nothing: a follow-up after it still goes on from the question before)
    const one = askOne(q0, index, ctx).reply;
    return onlyCourtesy(q0) ? one : { ...one, followUpBase: q0 };
  } catch (err) {
    const reply: Reply = { question: q0, status: 'not_understood', text: 'Sorry, something went wrong reading that question.', answers: [], suggestions: [] };
    if (ctx.debug) reply.trace = [`error: ${(err as Error)?.stack ?? String(err)}`];
    return reply;
  }
}

/** Renders a reply as chat text: Markdown that reads cleanly in a terminal too. Mentions are defused. */
export function formatReply(reply: Reply): string {
  return defuseMentions(reply.text);
}

export { parse } from './parse/parse.js';
export { resolve } from './resolve/index.js';
