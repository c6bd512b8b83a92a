// A year word without a year beside a named year: the named year, as a full year.
// "annual revenue for 2006" -> FY2006; "2004 full-year net income" -> FY2004. Alone ("annual
// revenue") the word stays the latest full year.
import type { PeriodSpec } from '../spec.js';

const isYearWord = (s: PeriodSpec): boolean => s.rule === 'relative-words' && s.relative === 'latest' && s.type === 'year' && /^(?:annual|full|fiscal)/i.test(s.text);
const isNamedYear = (s: PeriodSpec): boolean =>
  s.year !== undefined && !s.relative && s.index === undefined && !s.end && !s.endMonth && (s.type === undefined || s.type === 'year');

export function annualOfYear(specs: PeriodSpec[], _question: string, trace?: string[]): PeriodSpec[] {
  const word = specs.find(isYearWord);
  const years = specs.filter(isNamedYear);
  if (!word || years.length === 0) return specs;
  trace?.push(`annual-of-year: "${word.text}" names the type of ${years.map((y) => `"${y.text}"`).join(', ')}`);
  return specs.filter((s) => s !== word).map((s) => (s === years[0] ? { ...s, type: 'year' as const, extraSpans: [...(s.extraSpans ?? []), word.span] } : years.includes(s) ? { ...s, type: 'year' as const } : s));
}
