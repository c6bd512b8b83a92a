// Columns of one period that split it into parts (entities, segments) beside their whole.
import type { Column } from '../core/store.js';
import { isPerShareColumn } from './per-share-columns.js';

// "Consolidated", "Total": the column that holds the whole of its period.
const WHOLE = /\b(?:consolidated|total)\b/i;
// "As Reported (GAAP) | Restructuring | Adjusted (Non-GAAP)": a reconciliation across, read by across-reconciliation.ts
const RECONCILIATION = /\bgaap\b|\b(?:as )?reported\b|\badjusted\b/i;

/**
 * "Three Months Ended June 30, 2026" over "Parent Co.   River JV   Eliminations   Consolidated": every column
 * reads as the quarter, but only the whole is the company's figure for it. Of period columns sharing one period under
 * different names, the one named as the whole keeps the period; the parts are no period's figure (when no column is
 * named as the whole, none of them is).
 */
export function keepWholeOfSamePeriod(columns: Column[]): void {
  const groups = new Map<string, Column[]>();
  for (const c of columns) {
    if (c.kind !== 'period' || !c.period) continue;
    const key = `${c.period.type} ${c.period.start ?? ''} ${c.period.end}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((c) => c.label.trim().toLowerCase())).size < group.length) continue;
    if (group.some((c) => RECONCILIATION.test(c.label))) continue;
    // "Amount | Per Share" of one period: two measures of the same figures, read by per-share-columns.ts
    if (group.some((c) => isPerShareColumn(c.label)) && group.some((c) => !isPerShareColumn(c.label))) continue;
    const whole = group.filter((c) => WHOLE.test(c.label));
    for (const c of group) {
      if (whole.length === 1 && c === whole[0]) continue;
      c.kind = 'other';
      c.period = null;
    }
  }
}
