// The arithmetic checks a report's own figures must satisfy, in one ordered list.
import type { Check, Paragraph } from '../../core/store.js';
import type { ReadTable } from '../statement.js';
import { balanceChecks } from './balance.js';
import { cashChecks } from './cash.js';
import { proseChecks } from './prose.js';
import { sectionChecks } from './sections.js';

/** Runs every check over a document's tables and prose. */
export function runChecks(tables: ReadTable[], prose: Paragraph[], fiscalYearEnd: { month: number; day: number } | null): Check[] {
  const statements = tables.map((t) => t.statement);
  return [
    ...tables.flatMap((t) => sectionChecks(t)),
    ...balanceChecks(statements),
    ...cashChecks(statements),
    // "second quarter of fiscal 2007" is read on a calendar year only
    ...(fiscalYearEnd === null || fiscalYearEnd.month === 12 ? proseChecks(statements, prose) : []),
  ];
}
