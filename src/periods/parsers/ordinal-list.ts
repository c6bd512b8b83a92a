// Several parts named at once: "first and second quarters of 2007", "first, second and third quarters",
// "first and second halves of 2006". Each ordinal becomes its own spec; the last one carries the noun and year.
import { ORDINAL_RE, ordinalValue } from '../lexicon.js';
import type { PeriodSpec } from '../spec.js';
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import type { PeriodParser } from './types.js';

const LIST = String.raw`(?<![\w$])((?:${ORDINAL_RE})(?:\s*,\s*(?:${ORDINAL_RE}))*,?\s+(?:and|&|through|to)\s+(?:the\s+)?(?:${ORDINAL_RE}))[\s-]+(?:fiscal\s+)?(quarters|halves)(?:\s*(?:of|in|for)?\s*(?:the\s+)?(?:year\s+)?${YEAR_TAIL_RE})?(?![\w%]|[.,]\d)`;
const RE = new RegExp(LIST, 'gi');
const WORD = new RegExp(String.raw`(?<![\w])(?:${ORDINAL_RE})(?![\w])`, 'gi');

function listSpecs(question: string, m: RegExpExecArray): PeriodSpec[] {
  const half = /halves/i.test(m[2]!);
  const year = yearFromGroups(m, 3);
  const words = [...m[1]!.matchAll(WORD)];
  const end = m.index + m[0].length;
  // "third half": not a period, and none of the list is read.
  if (words.some((w) => half && (ordinalValue(w[0]) ?? 3) > 2)) return [];
  return words.flatMap((w, i): PeriodSpec[] => {
    const index = ordinalValue(w[0]);
    if (index === undefined) return [];
    const start = m.index + w.index!;
    const stop = i === words.length - 1 ? end : start + w[0].length;
    return [{
      type: half ? 'six_months' : 'quarter',
      index,
      ...(year !== undefined ? { year } : {}),
      text: question.slice(start, stop),
      span: [start, stop],
      rule: 'ordinal-list',
    }];
  });
}

export const ordinalList: PeriodParser = {
  name: 'ordinal-list',
  find(question) {
    RE.lastIndex = 0;
    return [...question.matchAll(RE)].flatMap((m) => listSpecs(question, m));
  },
};
