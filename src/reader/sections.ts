// Sections of a table body (headings such as "Revenue:") and the one-row-section merge.
import type { DraftRow } from './rows.js';

/** An open section: its heading, indentation, and the indentation of its first row. */
export interface Section {
  title: string;
  indent: number;
  childIndent: number | null;
  id: number;
  /** Last line of the section's heading, and the enclosing section's id (0 at top level). */
  line?: number;
  parentId?: number;
  /** A short heading standing alone before a blank line ("Operating:"): same-indent headings below it nest in it. */
  major?: boolean;
  /** Closed by a blank line unless its own total comes next. */
  paused?: boolean;
}

// "... attributable to Penwarden", "... of Bridgewater": a heading ending in a name after "to", "of" or "for".
const BROKEN_NAME = /\b[a-z]{3,}\b.*\b(?:to|of|for)\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*$/;

// "Preferred stock, $2 convertible series:" over one wrapped row ("Authorized 10 million shares; ... -"): one label, not a section.
/** Joins a heading to its single wrapped row. */
export function mergeOneRowSections(rows: DraftRow[], opened: Map<number, Section>, trace?: string[]): void {
  const count = new Map<number, number>();
  for (const r of rows) count.set(r.sectionId, (count.get(r.sectionId) ?? 0) + 1);
  for (const r of rows) {
    const s = opened.get(r.sectionId);
    if (!s || count.get(r.sectionId) !== 1 || s.line === undefined) continue;
    // "Net income attributable to Penwarden" / "  Chemical Corporation ....  $ 13,474": a label broken inside a name
    const brokenName = BROKEN_NAME.test(s.title) && /^[A-Z]/.test(r.label);
    if (r.lines[0] !== s.line + 1 || (r.lines[1] === r.lines[0] && !brokenName) || r.indent <= s.indent) continue;
    if (r.sections[r.sections.length - 1] !== s.title) continue;
    r.label = brokenName ? `${s.title} ${r.label}` : `${s.title}: ${r.label}`;
    r.sections = r.sections.slice(0, -1);
    r.sectionId = s.parentId ?? 0;
    r.lines[0] = s.line;
    trace?.push(`reader.one-row-section: line ${r.line} label joined with its heading`);
  }
}
