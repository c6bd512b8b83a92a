// Overlapping matches: the longest wins ("same quarter last year" over "last year",
// "Q2 2007" over "2007"); equal lengths go to the parser listed first.
import type { PeriodSpec } from '../spec.js';

const overlaps = (a: PeriodSpec, b: PeriodSpec): boolean => a.span[0] < b.span[1] && b.span[0] < a.span[1];

export function dropOverlaps(specs: PeriodSpec[], trace?: string[]): PeriodSpec[] {
  const byLength = specs
    .map((s, order) => ({ s, order }))
    .sort((a, b) => (b.s.span[1] - b.s.span[0]) - (a.s.span[1] - a.s.span[0]) || a.order - b.order);
  const kept: PeriodSpec[] = [];
  for (const { s } of byLength) {
    const winner = kept.find((k) => overlaps(k, s));
    if (winner) trace?.push(`drop-overlaps: "${s.text}" (${s.rule}) inside "${winner.text}"`);
    else kept.push(s);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
