// One part without a year and two or more years alone, compared: the part of each year.
// "H1 revenue growth 2007 vs 2006" -> H1 2007, H1 2006; "Q2 sales 2007 and 2006" -> Q2 2007, Q2 2006.
// Only when the years are joined by a word of comparison and nothing else is around.
import type { PeriodSpec } from '../spec.js';

const JOINED = /^\s*(?:,|and|or|to|vs\.?|versus|compared\s+(?:to|with)|against|over|from)?\s*$/i;
const isLoneYear = (s: PeriodSpec): boolean => (s.rule === 'bare-year' || s.rule === 'apostrophe-year') && !s.type && s.year !== undefined;
// a length alone counts as a part ("six months revenue 2007 vs 2006": the first six months of each)
const wantsYear = (s: PeriodSpec): boolean =>
  s.year === undefined && !s.relative && !s.end && !s.endMonth && !!s.type && s.type !== 'instant' && s.type !== 'year' &&
  (s.index !== undefined || s.type === 'six_months' || s.type === 'nine_months');

export function partOverYears(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  const parts = specs.filter(wantsYear);
  const years = specs.filter(isLoneYear);
  if (parts.length !== 1 || years.length < 2 || parts.length + years.length !== specs.length) return specs;
  const part = parts[0]!;
  if (years.some((y) => y.span[0] < part.span[0])) return specs;
  for (let i = 1; i < years.length; i++) if (!JOINED.test(question.slice(years[i - 1]!.span[1], years[i]!.span[0]))) return specs;
  trace?.push(`part-over-years: "${part.text}" for ${years.map((y) => y.year).join(', ')}`);
  const index = part.index ?? (part.type === 'six_months' ? 1 : undefined);
  return years.map((y, i) => ({ ...part, year: y.year, ...(index !== undefined ? { index } : {}), text: `${part.text} … ${y.text}`, span: y.span, ...(i === 0 ? { extraSpans: [...(part.extraSpans ?? []), part.span] } : {}) }));
}
