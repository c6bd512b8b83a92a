// A year written before its part: "2007 Q2", "fiscal 2006 fourth quarter", "2006 first half"
// -> one spec, the part with the year.
import type { PeriodSpec } from '../spec.js';

const PARTS = new Set(['quarter', 'six_months', 'nine_months']);
const isPart = (s: PeriodSpec): boolean => s.type !== undefined && PARTS.has(s.type) && s.year === undefined && !s.relative;
const isYear = (s: PeriodSpec): boolean =>
  s.year !== undefined && (s.type === undefined || s.type === 'year') && !s.end && !s.endMonth && s.index === undefined;

export function mergeYearThenPart(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  const out: PeriodSpec[] = [];
  for (const s of specs) {
    const prev = out[out.length - 1];
    const gap = prev ? question.slice(prev.span[1], s.span[0]) : '';
    if (prev && isYear(prev) && isPart(s) && /^(?:\s*['’]s)?\s*$/.test(gap)) {
      const merged: PeriodSpec = { ...s, year: prev.year, text: question.slice(prev.span[0], s.span[1]), span: [prev.span[0], s.span[1]] };
      trace?.push(`merge-year-part: "${merged.text}"`);
      out[out.length - 1] = merged;
    } else out.push(s);
  }
  return out;
}
