// What a valid reply looks like (../shared/CONTRACT.md, "An answer"): the problems found, none when valid.
import type { AnswerItem, Reply } from '../../src/core/answer.js';

const STATUSES = new Set(['answered', 'clarify', 'not_found', 'not_understood']);
const KINDS = new Set(['value', 'ratio', 'change', 'text']);
const PERIOD_TYPES = new Set(['quarter', 'six_months', 'nine_months', 'year', 'instant', 'other']);
/** An exact decimal string: "23322000", "-0.03", "56.1". */
export const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A stated figure: "$75.5", "$(0.03)", "56.1%", "23.3 million". */
const FIGURE = /\$\s?\(?\d|\d(\.\d+)?\s?%|\d\s?(million|billion|thousand)\b/i;

function answerProblems(a: AnswerItem, i: number): string[] {
  const p: string[] = [];
  const at = `answers[${i}]`;
  if (!KINDS.has(a.kind)) p.push(`${at}.kind is ${JSON.stringify(a.kind)}`);
  if (typeof a.metric !== 'string' || !a.metric) p.push(`${at}.metric is empty`);
  if (typeof a.unit !== 'string') p.push(`${at}.unit is not a string`);
  if (a.value !== null && !(typeof a.value === 'string' && DECIMAL.test(a.value))) p.push(`${at}.value ${JSON.stringify(a.value)} is not a decimal string`);
  if (a.period !== null) {
    if (!PERIOD_TYPES.has(a.period.type)) p.push(`${at}.period.type is ${JSON.stringify(a.period.type)}`);
    if (!ISO.test(a.period.end)) p.push(`${at}.period.end ${JSON.stringify(a.period.end)} is not ISO`);
    if (a.period.start !== null && !ISO.test(a.period.start)) p.push(`${at}.period.start is not ISO`);
  }
  if (!Array.isArray(a.citations)) p.push(`${at}.citations is not an array`);
  else {
    if (a.value !== null && a.citations.length === 0 && a.kind !== 'text') p.push(`${at} states a figure without a citation`);
    a.citations.forEach((c, k) => {
      if (!c.document || !Number.isInteger(c.line) || c.line < 1) p.push(`${at}.citations[${k}] has no document or line`);
      if (typeof c.row !== 'string' || typeof c.column !== 'string' || typeof c.statement !== 'string') p.push(`${at}.citations[${k}] lacks row/column/statement`);
    });
  }
  if (a.kind === 'change' && (!a.change || !DECIMAL.test(a.change.absolute))) p.push(`${at} is a change without change.absolute`);
  if (a.kind === 'ratio' && !a.formula) p.push(`${at} is a ratio without a formula`);
  return p;
}

/** Every way the reply breaks the contract. */
export function replyProblems(reply: Reply): string[] {
  const p: string[] = [];
  if (!reply || typeof reply !== 'object') return ['reply is not an object'];
  if (!STATUSES.has(reply.status)) p.push(`status is ${JSON.stringify(reply.status)}`);
  if (typeof reply.question !== 'string') p.push('question is not a string');
  if (typeof reply.text !== 'string' || reply.text.trim() === '') p.push('text is empty');
  if (!Array.isArray(reply.suggestions) || reply.suggestions.some((s) => typeof s !== 'string')) p.push('suggestions is not a list of strings');
  if (!Array.isArray(reply.answers)) return [...p, 'answers is not an array'];
  if (reply.status !== 'answered' && reply.answers.length > 0) p.push(`status ${reply.status} with ${reply.answers.length} answers`);
  if (reply.status === 'answered') {
    // A reply without answer items (help, say) may not state a figure: every figure needs its citation.
    if (reply.answers.length === 0 && typeof reply.text === 'string' && FIGURE.test(reply.text)) p.push(`answered with a figure but no answers: ${JSON.stringify(reply.text.slice(0, 120))}`);
    else if (reply.answers.length > 0 && !reply.answers.some((a) => Array.isArray(a.citations) && a.citations.length > 0)) p.push('answered without any citation');
  }
  reply.answers.forEach((a, i) => p.push(...answerProblems(a, i)));
  try {
    JSON.stringify(reply);
  } catch {
    p.push('reply does not serialise to JSON');
  }
  return p;
}
