// The loop two-spec refiners share: each spec with the next one, merged into one when `merge` says so
// ("YTD" + "2004" -> "YTD 2004"), else kept as it is.
import type { PeriodSpec } from '../spec.js';

/** Walks neighbouring specs; `merge(a, b, between)` returns their merged spec (which then replaces both) or null. */
export function mergeAdjacent(specs: PeriodSpec[], question: string, merge: (a: PeriodSpec, b: PeriodSpec, between: string) => PeriodSpec | null): PeriodSpec[] {
  const out: PeriodSpec[] = [];
  for (let i = 0; i < specs.length; i++) {
    const a = specs[i]!;
    const b = specs[i + 1];
    const merged = b ? merge(a, b, question.slice(a.span[1], b.span[0])) : null;
    if (!merged) {
      out.push(a);
      continue;
    }
    out.push(merged);
    i++;
  }
  return out;
}
