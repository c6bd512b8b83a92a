// The answering core's entry point: question + store + context -> reply. Pure: no clock, no I/O.
import type { AskContext, Reply } from './answer.js';
import type { Store } from './store.js';
import { indexCompanies, type CompanyIndex } from './companies.js';
import type { Query } from './query.js';
import { parse } from './parse/parse.js';
import { defuseMentions, MAX_QUESTION } from './text.js';
import { onlyCourtesy, splitMessage } from './several.js';
import { askOne } from './ask-one.js';
import { askSeveral, goesOn } from './ask-several.js';
import { seriesAsked, seriesQuestions, withPeriod } from './series.js';

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
    if (before) return askSeveral(q0, withLists(parts, index, ctx), index, ctx, before) ?? askOne(q0, index, ctx).reply;
    if (parts.length > 1) return askSeveral(q0, withLists(parts, index, ctx), index, ctx) ?? askOne(q0, index, ctx).reply;
    // "Ostler revenue last 3 quarters": the latest quarter found, then each quarter before it
    const run = seriesAsked(q0);
    if (run) {
      // ("revenue and net income over the last 2 quarters": the first line of a list finds the latest quarter, and
      // each quarter's question asks every line)
      const latest = askOne(withLists([withPeriod(q0, run, 'last quarter')], index, ctx)[0]!, index, ctx).reply;
      const period = latest.status === 'answered' ? latest.answers[0]?.period : undefined;
      if (period?.type === 'quarter') return askSeveral(q0, withLists(seriesQuestions(q0, run, period.label), index, ctx), index, ctx) ?? latest;
    }
    // "revenue, net income and EPS for Q2 2007": each line of the list asked in turn (unless the list is one line's
    // own name in the reports: "Accounts payable, accrued expenses and other liabilities")
    const read = parse(q0, { companies: index });
    const items = listed(q0, read, index, ctx);
    if (items) return askSeveral(q0, items, index, ctx) ?? askOne(q0, index, ctx, read).reply;
    // ("thanks!" asks nothing: a follow-up after it still goes on from the question before)
    const one = askOne(q0, index, ctx, read).reply;
    return onlyCourtesy(q0) ? one : { ...one, followUpBase: q0 };
  } catch (err) {
    const reply: Reply = { question: q0, status: 'not_understood', text: 'Sorry, something went wrong reading that question.', answers: [], suggestions: [] };
    if (ctx.debug) reply.trace = [`error: ${(err as Error)?.stack ?? String(err)}`];
    return reply;
  }
}

// The questions a list of lines asks, one per line, or null when the question is no list (or the list is one line's
// own name in the reports: "Accounts payable, accrued expenses and other liabilities").
function listed(q0: string, read: Query, index: CompanyIndex, ctx: AskContext): string[] | null {
  if (!read.list) return null;
  return namesWholeList(askOne(q0, index, ctx, read).reply, read.list.items) ? null : read.list.questions;
}

// The questions of a message with each list of lines asked line by line ("revenue? and net income, EPS and cash?").
function withLists(parts: string[], index: CompanyIndex, ctx: AskContext): string[] {
  return parts.flatMap((p) => listed(p, parse(p, { companies: index }), index, ctx) ?? [p]);
}

// The reply answers with one line whose label holds every item of the list asked, by the words that tell the items
// apart ("consumer, mobile and other revenue": "Consumer, mobile and other").
function namesWholeList(reply: Reply, items: string[]): boolean {
  const row = reply.status === 'answered' ? reply.answers[0]?.citations[0]?.row : undefined;
  if (!row) return false;
  const label = new Set(row.toLowerCase().split(/[^a-z0-9&]+/));
  const words = items.map((t) => t.toLowerCase().split(/[^a-z0-9&]+/).filter((w) => w));
  const common = words[0]!.filter((w) => words.every((ws) => ws.includes(w)));
  return words.every((ws) => ws.some((w) => !common.includes(w)) && ws.every((w) => common.includes(w) || label.has(w)));
}

/** Renders a reply as chat text: Markdown that reads cleanly in a terminal too. Mentions are defused. */
export function formatReply(reply: Reply): string {
  return defuseMentions(reply.text);
}

export { parse } from './parse/parse.js';
export { resolve } from './resolve/index.js';
