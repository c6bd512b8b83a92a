// "at the end of Q2 2007", "end of the first half of 2007", "as of the end of fiscal 2006":
// the balance at the end of that period, not the period's flow.
import type { PeriodSpec } from '../spec.js';

const END_OF = /(?:(?:at|as\s+of|since)\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?$/i;
const FLOW_TYPES = new Set(['quarter', 'six_months', 'nine_months', 'year']);

export function endOfPart(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  return specs.map((s, i) => {
    if (s.relative || (s.type && !FLOW_TYPES.has(s.type))) return s;
    const from = i > 0 ? specs[i - 1]!.span[1] : 0;
    const before = END_OF.exec(question.slice(from, s.span[0]));
    if (!before) return s;
    const start = s.span[0] - before[0].length;
    const { type, ...rest } = s;
    const moved: PeriodSpec = { ...rest, type: 'instant', ...(type ? { endOf: type } : {}), text: question.slice(start, s.span[1]), span: [start, s.span[1]] };
    trace?.push(`end-of-part: "${moved.text}"`);
    return moved;
  });
}
