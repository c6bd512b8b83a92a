// Year to date of the year before, named apart from it: "YTD operating income prior year", "net sales year to date
// a year ago", "last year's YTD revenue" -> { relative: 'ytd_year_ago' }: the same span from the prior fiscal year's
// start. With a word of comparison between ("YTD revenue vs last year", "YTD revenue yoy") nothing is joined: that
// is a comparison, read elsewhere.
import type { PeriodSpec } from '../spec.js';

const COMPARISON = /\b(?:since|from|to|vs|versus|than|compared|against|and|or|through|until)\b/i;
const COMPARISON_WORDS = /\b(?:yoy|y\/y|year[\s-]+(?:over|on)[\s-]+year)\b/i;

const isYtd = (s: PeriodSpec): boolean => s.relative === 'ytd' && s.year === undefined && !/\b(?:this|current)\b/i.test(s.text);
const isYearBack = (s: PeriodSpec): boolean =>
  (s.relative === 'prior_year' || s.relative === 'year_ago') && s.index === undefined && (s.type === undefined || s.type === 'year') &&
  !COMPARISON_WORDS.test(s.text);

export function ytdYearAgo(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  if (specs.length < 2) return specs;
  // (neighbours only, each joined once: "YTD vs prior year YTD" is this year's YTD against the year before's)
  const sorted = [...specs].sort((x, y) => x.span[0] - y.span[0]);
  const out: PeriodSpec[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]];
    const ytd = b && (isYtd(a) ? a : isYtd(b) ? b : undefined);
    const back = ytd && (ytd === a ? b : a);
    if (!b || !ytd || !back || !isYearBack(back) || COMPARISON.test(question.slice(a.span[1], b.span[0]))) {
      out.push(a);
      continue;
    }
    trace?.push(`ytd-year-ago: "${ytd.text}" + "${back.text}"`);
    const { type: _type, ...rest } = ytd;
    out.push({ ...rest, relative: 'ytd_year_ago', text: `${a.text} … ${b.text}`, span: ytd.span, extraSpans: [...(ytd.extraSpans ?? []), back.span] });
    i++;
  }
  return out.length === specs.length ? specs : out;
}
