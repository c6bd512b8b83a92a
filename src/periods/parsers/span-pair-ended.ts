// "three and six months ended June 30, 2007", "13 and 26 weeks ended July 3, 2004": two periods with one end.
// The first count word is its own spec (span "three"); the second runs to the date.
import type { PeriodType } from '../../core/store.js';
import { DATE_RE, parseDateText } from '../dates.js';
import { MONTH_COUNT_RE, WEEK_COUNT_RE, monthCountType, weekCountType } from '../lexicon.js';
import type { PeriodSpec } from '../spec.js';
import type { PeriodParser } from './types.js';

const pair = (counts: string, unit: string): string =>
  String.raw`(?<![\w$])(${counts})\s+and\s+(${counts})[\s-]${unit}s?(?:\s+periods?)?\s+(?:ended|ending)\s+(?:on\s+)?(${DATE_RE})(?![\w%]|[.,]\d)`;
const MONTHS = new RegExp(pair(MONTH_COUNT_RE, 'month'), 'gi');
const WEEKS = new RegExp(pair(WEEK_COUNT_RE, 'week'), 'gi');

function findPairs(question: string, re: RegExp, typeOf: (w: string) => PeriodType | undefined): PeriodSpec[] {
  const out: PeriodSpec[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(question); m; m = re.exec(question)) {
    const date = parseDateText(m[3]!);
    const first = typeOf(m[1]!);
    const second = typeOf(m[2]!);
    if (!date || !first || !second) continue;
    const secondStart = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length);
    out.push({ type: first, ...date, text: m[1]!, span: [m.index, m.index + m[1]!.length], rule: 'span-pair-ended' });
    out.push({ type: second, ...date, text: question.slice(secondStart, m.index + m[0].length), span: [secondStart, m.index + m[0].length], rule: 'span-pair-ended' });
  }
  return out;
}

export const spanPairEnded: PeriodParser = {
  name: 'span-pair-ended',
  find: (question) => [...findPairs(question, MONTHS, monthCountType), ...findPairs(question, WEEKS, weekCountType)],
};
