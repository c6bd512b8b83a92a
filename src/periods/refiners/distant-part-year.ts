// A part without a year and a relative year apart from it, nothing else: one period.
// "Q4 revenue last year", "Q4 revenue a year ago" -> Q4 of the prior fiscal year (never the latest Q4);
// "first half sales this year" -> H1 of the current fiscal year. With a comparison word between
// ("Q4 vs last year") nothing is joined: that is a comparison, read elsewhere.
import type { PeriodSpec } from '../spec.js';

const COMPARISON = /\b(?:since|from|to|vs|versus|than|compared|against|and|or|through|until)\b/i;
const THIS_YEAR = /\b(?:this|current)\b/i;
const PARTS = new Set(['quarter', 'six_months', 'nine_months']);

const isPart = (s: PeriodSpec): boolean =>
  !!s.type && PARTS.has(s.type) && s.index !== undefined && s.year === undefined && !s.relative && !s.end && !s.endMonth;

// "yoy", "year over year" name a comparison; "a year ago", "a year earlier" name a year.
const COMPARISON_WORDS = /\b(?:yoy|y\/y|year[\s-]+(?:over|on)[\s-]+year)\b/i;

function yearWord(s: PeriodSpec): 'prior_year' | 'latest' | null {
  if (s.index !== undefined) return null;
  if (s.relative === 'prior_year' || (s.relative === 'year_ago' && !s.type && !COMPARISON_WORDS.test(s.text))) return 'prior_year';
  if (s.relative === 'ytd' && THIS_YEAR.test(s.text)) return 'latest';
  return null;
}

export function distantPartYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  if (specs.length !== 2) return specs;
  const part = specs.find(isPart);
  const rel = specs.find((s) => s !== part && yearWord(s));
  if (!part || !rel) return specs;
  const [a, b] = part.span[0] < rel.span[0] ? [part, rel] : [rel, part];
  if (COMPARISON.test(question.slice(a.span[1], b.span[0]))) return specs;
  trace?.push(`distant-part-year: "${part.text}" + "${rel.text}"`);
  return [{ ...part, relative: yearWord(rel)!, text: `${part.text} … ${rel.text}`, extraSpans: [...(part.extraSpans ?? []), rel.span] }];
}
