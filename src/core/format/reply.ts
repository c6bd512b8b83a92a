// Outcome -> Reply: status, text (Markdown for Discord that reads in a terminal), answers, suggestions.
import type { Reply, Status } from '../answer.js';
import type { Query } from '../query.js';
import type { Outcome, ProblemCode } from '../resolve/outcome.js';
import { defuseMentions, quoteUserText } from '../text.js';
import { citationLine, sentence } from './sentences.js';

const STATUS: Record<ProblemCode, Status> = {
  empty: 'not_understood',
  not_understood: 'not_understood',
  no_reports: 'not_found',
  ambiguous_company: 'clarify',
  unknown_company: 'not_found',
  no_metric: 'not_found',
  ambiguous_metric: 'clarify',
  ambiguous_period: 'clarify',
  no_period: 'not_found',
  unsupported: 'not_found',
  cannot_compute: 'not_found',
  no_text: 'not_found',
};

function answersText(out: Extract<Outcome, { kind: 'answers' }>): string {
  const multi = out.notes.includes('companies') || out.notes.includes('ranked');
  // ("revenue and net income": each line asked is given)
  const main = multi || out.notes.includes('each line') ? out.answers : out.answers.slice(0, 1);
  // (a company the question did not name, chosen as the only one whose reports answer, is named)
  const named = multi || out.notes.includes('company chosen');
  const lines = main.map((a, i) => (out.notes.includes('ranked') ? `${i + 1}. ` : '') + sentence(a, named));
  const first = out.answers[0];
  if (out.notes.includes('latest') && first.period) lines.push(`_No period was named, so this is the latest reported (${first.period.label})._`);
  // (under answers of several companies each note names the company it speaks of)
  for (const a of main) {
    const whose = multi && a.company ? ` (${a.company})` : '';
    for (const n of a.notes ?? []) lines.push(`⚠️ Note${whose}: ${n}.`);
  }
  for (const g of out.gaps ?? []) lines.push(`⚠️ ${g}`);
  const cites = main.flatMap((a) => a.citations);
  const seen = new Set<string>();
  const src = cites.filter((c) => {
    const k = `${c.document}:${c.line}:${c.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (src.length) lines.push(src.map((c) => `Source: ${citationLine(c)}`).join('\n'));
  return lines.join('\n');
}

/** Builds the reply the user sees. */
export function toReply(q: Query, out: Outcome, debug: boolean): Reply {
  let reply: Reply;
  if (out.kind === 'answers') {
    reply = { question: q.question, status: 'answered', text: answersText(out), answers: out.answers, suggestions: [] };
  } else if (out.kind === 'info') {
    reply = { question: q.question, status: 'answered', text: out.text, answers: [], suggestions: [] };
  } else {
    const p = out.problem;
    const status = STATUS[p.code];
    let text = p.message;
    if (p.suggestions.length) {
      const head = status === 'clarify' ? 'Did you mean:' : p.code === 'ambiguous_company' || p.code === 'unknown_company' ? 'Loaded:' : 'What I do have:';
      text += `\n${head}\n${p.suggestions.slice(0, 8).map((s) => `• ${s}`).join('\n')}`;
    }
    if (status === 'not_understood' && q.clean) text = `I didn't understand “${quoteUserText(q.clean)}”. ${text} Try \`help\`.`;
    reply = { question: q.question, status, text, answers: [], suggestions: p.suggestions };
  }
  reply.text = defuseMentions(reply.text);
  if (debug) reply.trace = q.trace;
  return reply;
}
