// The answering core's entry point: question + store + context -> reply. Pure: no clock, no I/O.
import type { AskContext, Reply } from './answer.js';
import type { Store } from './store.js';
import { indexCompanies, type CompanyIndex } from './companies.js';
import { parse } from './parse/parse.js';
import { resolve } from './resolve/index.js';
import { toReply } from './format/reply.js';
import { defuseMentions } from './text.js';

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

/** Answers one question against the store. Never throws. */
export function ask(question: string, store: Store, ctx: AskContext): Reply {
  const q0 = typeof question === 'string' ? question : String(question ?? '');
  try {
    const index = companyIndex(store);
    const q = parse(q0, { companies: index });
    const out = resolve(q, index, ctx.defaultCompany);
    // "Northern Tamarack gold sold": a company whose name ends in a word of the question ("... Gold Corp.") is
    // read again by its shorter name when the longer reading found no line
    if (out.kind === 'problem' && (out.problem.code === 'no_metric' || out.problem.code === 'ambiguous_metric')) {
      const again = parse(q0, { companies: index, shortNames: true });
      if (again.metricPhrase !== q.metricPhrase && again.companies.join() === q.companies.join()) {
        const second = resolve(again, index, ctx.defaultCompany);
        if (second.kind === 'answers') return toReply(again, second, Boolean(ctx.debug));
      }
    }
    return toReply(q, out, Boolean(ctx.debug));
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
