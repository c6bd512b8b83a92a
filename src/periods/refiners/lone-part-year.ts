// One part without a year and one year alone, nothing else: the year is the part's.
// "first quarter revenue in 2007" -> Q1 2007 (the year's span goes to `extraSpans`);
// "Q1 revenue 2006" -> Q1 2006; "nine months net income fiscal 2020" -> 9M FY2020 (a length alone is the part of
// the year it opens). With any other period around, or a comparison word between
// ("Q4 growth since 2003"), nothing is joined.
import type { PeriodSpec } from '../spec.js';

const COMPARISON = /\b(?:since|from|to|vs|versus|than|compared|against|and|or|through|until)\b/i;
const isLoneYear = (s: PeriodSpec): boolean =>
  s.year !== undefined && (((s.rule === 'bare-year' || s.rule === 'apostrophe-year') && !s.type) || (s.rule === 'fiscal-year' && s.type === 'year' && s.index === undefined && !s.calendar));
const wantsYear = (s: PeriodSpec): boolean =>
  s.year === undefined && !s.relative && !s.end && !s.endMonth && !!s.type && s.type !== 'instant' && s.type !== 'year' &&
  (s.index !== undefined || s.type === 'six_months' || s.type === 'nine_months');

export function lonePartYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  if (specs.length !== 2) return specs;
  const part = specs.find(wantsYear);
  const year = specs.find(isLoneYear);
  if (!part || !year) return specs;
  const [a, b] = part.span[0] < year.span[0] ? [part, year] : [year, part];
  if (COMPARISON.test(question.slice(a.span[0], b.span[1]))) return specs;
  trace?.push(`lone-part-year: "${part.text}" + "${year.text}"`);
  const index = part.index ?? (part.type === 'six_months' ? 1 : undefined);
  return [{ ...part, year: year.year, ...(index !== undefined ? { index } : {}), extraSpans: [...(part.extraSpans ?? []), year.span] }];
}
