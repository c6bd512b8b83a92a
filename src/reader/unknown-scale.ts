// A table that states no units in a release whose other money tables are scaled.
import type { Statement } from '../core/store.js';
import { readUnits } from './units.js';

const SCALE_WORDS = /\b(?:thousands|millions|billions)\b/i;
// "OPERATING STATISTICS", "Key Operating Data", "Selected Metrics": tables of counts and measures, whose rows
// print no money whatever unit a bare label defaults to
const STATISTICS = /\b(?:statistics|statistical|operating data|operational data|metrics|kpis?)\b/i;

/**
 * "Reconciliation of Free Cash Flow:   Six Months Ended June 30," after a footnote, far below the statements "(In
 * thousands ...)": a table that states no units, where the release's other money tables state a scale and no twin
 * figure told its own (twin-units.ts), may be in that scale or in dollars. Its money figures are left unread rather
 * than guessed (per-share figures, counts and percentages keep theirs: no scale applies to them).
 */
export function dropUnscaledMoney(statements: Statement[]): void {
  const scaled = statements.some((s) => s.units && /^[A-Z]{3}$/.test(readUnits(s.units).measure) && readUnits(s.units).scale !== '1');
  if (!scaled) return;
  for (const t of statements) {
    if (t.units || STATISTICS.test(t.title)) continue;
    // (a row under a heading that states its own scale, "Financial (in millions, except per share amounts)", keeps it)
    for (const r of t.rows) if (/^[A-Z]{3}$/.test(r.unit) && !SCALE_WORDS.test(r.path.join(' '))) r.values = r.values.map(() => null);
  }
}
