// Columns of one period that split it into parts (entities, segments) beside their whole.
import type { Column } from '../core/store.js';
import { readColumnHeader } from './period.js';
import type { ReadTable } from './statement.js';
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

// "Amount", "Change", "Percent", "Dollars": a column's measure, no part of the company
const NO_PART = /\b(?:amounts?|change|variance|percent(?:age)?|dollars?|increase|decrease|actual|budget|units?)\b/i;

/**
 * "Three Months Ended June 30, 2025" over "U.S. & Canada   EMEA   Greater China   APEC" and no column of the whole:
 * each column is a part of the company for that one period (keepWholeOfSamePeriod leaves none of them the period's
 * figure). Each part is then a table of its own, its rows under the part's name ("EMEA › Gross fee revenues"), the
 * column the period: asked by the part's name, a line is that part's; asked without it, the parts tie.
 */
export function splitMemberColumns(t: ReadTable, trace?: string[]): ReadTable[] {
  const s = t.statement;
  if (s.columns.length < 2 || s.rows.length === 0 || s.columns.some((c) => c.period !== null)) return [t];
  const words = s.columns.map((c) => c.label.trim().split(/\s+/));
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common] === words[0]![common])) common++;
  if (common === 0) return [t];
  const heading = words[0]!.slice(0, common).join(' ');
  const { period } = readColumnHeader(heading);
  if (!period || period.type === 'instant' || !period.start) return [t];
  const names = words.map((w) => w.slice(common).join(' '));
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length || names.some((n) => WHOLE.test(n) || RECONCILIATION.test(n) || NO_PART.test(n) || /\d|%/.test(n))) return [t];
  trace?.push(`reader.members: line ${s.line}: ${names.length} parts of "${heading}" and no whole: a table each`);
  return names.map((name, i) => ({
    ...t,
    statement: {
      ...s,
      columns: [{ label: s.columns[i]!.label, kind: 'period' as const, period: { ...period } }],
      rows: s.rows.map((r) => ({ ...r, path: [name, ...r.path], values: [r.values[i] ?? null] })),
    },
    drafts: t.drafts.map((d) => ({ ...d, sections: [name, ...d.sections], figures: [d.figures[i] ?? null], raw: [d.raw[i] ?? null] })),
  }));
}
