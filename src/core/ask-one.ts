// One question against the store: its parse and its reply. Pure.
import type { AskContext, Reply } from './answer.js';
import type { CompanyIndex } from './companies.js';
import { parse } from './parse/parse.js';
import type { Query } from './query.js';
import { resolve } from './resolve/index.js';
import { toReply } from './format/reply.js';

/** One question: its parse and its reply (`parsed`: the question's parse when the caller has read it already). */
export function askOne(q0: string, index: CompanyIndex, ctx: AskContext, parsed?: Query): { query: Query; reply: Reply } {
  const q = parsed ?? parse(q0, { companies: index });
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

