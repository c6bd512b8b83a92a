// A part without a year takes the year of its neighbour joined by a connector:
// "Q1 to Q2 2007" -> Q1 2007; "Q1, Q2 and Q3 2007" -> all 2007; "Q2 2007 vs Q1" -> Q1 2007;
// "fourth quarter and full year 2004" -> Q4 2004.
// The following neighbour is preferred. Across a year boundary the year is left open
// ("Q4 to Q1 2007", "Q1 2007 vs Q4": which Q4?), so the resolver asks instead of guessing.
import type { PeriodSpec } from '../spec.js';

const CONNECTOR = /^\s*(?:,|&|and|or|to|through|thru|-|–|vs\.?|versus|compared\s+(?:to|with)|against|and\s+the)?\s*(?:the\s+)?$/i;
// A neighbour that can lend its year: a dated part ("Q2 2007", "H1 2007") or a year ("full year 2004").
const lends = (s: PeriodSpec): boolean => s.year !== undefined && !s.relative && (s.index !== undefined || s.type === 'year');
// Same kind, earlier part first: "Q1 to Q2 2007" yes; "Q4 to Q1 2007" is across a year boundary.
const inOrder = (first: PeriodSpec, second: PeriodSpec): boolean =>
  first.type !== second.type || second.index === undefined || first.index! <= second.index;
const wantsYear = (s: PeriodSpec): boolean => s.year === undefined && !s.relative && !s.end && !s.endMonth && s.index !== undefined;

export function inheritYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  const out = specs.map((s) => ({ ...s }));
  const joined = (a: PeriodSpec, b: PeriodSpec): boolean => CONNECTOR.test(question.slice(a.span[1], b.span[0]));
  for (let i = out.length - 2; i >= 0; i--) {
    const s = out[i]!;
    const next = out[i + 1]!;
    if (wantsYear(s) && lends(next) && inOrder(s, next) && joined(s, next)) {
      s.year = next.year;
      trace?.push(`inherit-year: "${s.text}" <- ${next.year} from "${next.text}"`);
    }
  }
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!;
    const prev = out[i - 1]!;
    if (wantsYear(s) && lends(prev) && inOrder(s, prev) && joined(prev, s)) {
      s.year = prev.year;
      trace?.push(`inherit-year: "${s.text}" <- ${prev.year} from "${prev.text}"`);
    }
  }
  return out;
}
