// A table printed under an outlook's heading holds what the company expects, not what it reports:
//   2026 OUTLOOK
//   The company provides the following outlook for the full year 2026:
//                         Full Year 2026
//   Adjusted EBITDA ($ millions)    790 ...
// Its columns name a period, yet no figure of it may be answered as reported.
import type { Statement } from '../core/store.js';
import type { Line } from './lines.js';
import type { TableRegion } from './tables.js';

// "Outlook", "Guidance", "Fiscal 2026 Forecast", "the company expects": words of an expectation
const AHEAD_WORDS = /\b(?:outlook|guidance|forecasts?|projections?|expects?|anticipates?)\b/i;
// a heading ("2026 OUTLOOK") or a sentence that leads into the table ("... the following outlook for 2026:")
const LEAD_IN = /:\s*$/;

/** True when the table's title, or for an untitled table the heading or lead-in sentence just above it, speaks of an outlook. */
export function underOutlook(lines: Line[], region: TableRegion, lastTo: number): boolean {
  // a table with a title of its own is told by that title alone (a statement under "Results and 2026 Outlook")
  if (region.title.length) return region.title.some((l) => AHEAD_WORDS.test(l.text));
  const above: Line[] = [];
  for (let i = region.from - 1; i > lastTo && above.length < 2; i--) {
    const l = lines[i]!;
    if (l.kind === 'blank') continue;
    if (l.kind !== 'text') break;
    above.push(l);
  }
  if (above.length === 0) return false;
  // the nearest line is a lead-in sentence or a short heading; a heading above a lead-in counts too
  const nearest = above[0]!;
  const heading = (l: Line): boolean => l.text.trim().split(/\s+/).length <= 6;
  if (AHEAD_WORDS.test(nearest.text) && (LEAD_IN.test(nearest.text) || heading(nearest))) return true;
  const next = above[1];
  return next !== undefined && LEAD_IN.test(nearest.text) && heading(next) && AHEAD_WORDS.test(next.text);
}

// "FY2024 forecast   FY2023 results": columns that say themselves which is expected and which reported
const TOLD_APART = /\b(?:forecasts?|outlook|guidance|plan|targets?|results?|actuals?|reported)\b/i;

/** The table's columns no longer name periods it reports (unless they tell forecast and results apart themselves). */
export function markAhead(statement: Statement): boolean {
  if (statement.columns.some((c) => TOLD_APART.test(c.label))) return false;
  for (const c of statement.columns) {
    c.kind = 'other';
    c.period = null;
  }
  return true;
}
