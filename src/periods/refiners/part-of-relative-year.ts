// A part of a relative year: "Q4 last year", "the fourth quarter of the prior year", "Q1 this year",
// "last year's Q4"
// -> one spec: the part, with `relative` naming the fiscal year (prior_year, or latest for this year).
import type { PeriodSpec } from '../spec.js';

const PARTS = new Set(['quarter', 'six_months', 'nine_months']);
const GAP = /^\s*(?:of\s+)?(?:the\s+)?$/i;
const THIS_YEAR = /\b(?:this|current)\b/i;
const POSSESSIVE_GAP = /^\s*['’]s\s+(?:the\s+)?$|^\s+$/i;

const isPart = (s: PeriodSpec): boolean =>
  !!s.type && PARTS.has(s.type) && s.year === undefined && !s.relative && !s.end && !s.endMonth;

// "yoy", "year over year" name a comparison, never the year of a part ("net income yoy Q2").
const COMPARISON_WORDS = /\b(?:yoy|y\/y|year[\s-]+(?:over|on)[\s-]+year)\b/i;

function yearWord(s: PeriodSpec): 'prior_year' | 'latest' | null {
  if (s.relative === 'prior_year' || (s.relative === 'year_ago' && !s.type && !COMPARISON_WORDS.test(s.text))) return 'prior_year';
  if (s.relative === 'ytd' && THIS_YEAR.test(s.text)) return 'latest';
  return null;
}

export function partOfRelativeYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  const out: PeriodSpec[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i]!;
    const next = specs[i + 1];
    const which = next ? yearWord(next) : null;
    const gap = next ? question.slice(s.span[1], next.span[0]) : '';
    const yearFirst = next && isPart(next) ? yearWord(s) : null;
    if (next && yearFirst && POSSESSIVE_GAP.test(gap)) {
      const merged: PeriodSpec = { ...next, relative: yearFirst, text: question.slice(s.span[0], next.span[1]), span: [s.span[0], next.span[1]] };
      trace?.push(`part-of-relative-year: "${merged.text}" (${yearFirst})`);
      out.push(merged);
      i++;
    } else if (next && which && isPart(s) && GAP.test(gap)) {
      const merged: PeriodSpec = { ...s, relative: which, text: question.slice(s.span[0], next.span[1]), span: [s.span[0], next.span[1]] };
      trace?.push(`part-of-relative-year: "${merged.text}" (${which})`);
      out.push(merged);
      i++;
    } else out.push(s);
  }
  return out;
}
