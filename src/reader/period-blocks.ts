// A table whose periods stand over blocks of rows, not over its columns (a segment note):
//   (in thousands)                                  Banking    Services   Consolidated
//   For The Three Months Ended September 30, 2024
//   Net interest income                             121,142          —        121,142
//   For The Three Months Ended September 30, 2023
//   Net interest income                             117,682          —        117,682
// Each block is a table of its own, its columns dated by the block's heading ("... September 30, 2024 Consolidated");
// the parts beside the whole then keep no period (member-columns.ts), as when the period heads the columns.
import type { Column } from '../core/store.js';
import { keepWholeOfSamePeriod } from './member-columns.js';
import { readColumnHeader } from './period.js';
import type { ReadTable } from './statement.js';

// "For The Three Months Ended September 30, 2024", "Six months ended June 30, 2025": a whole period with its year.
const BLOCK_PERIOD = /^(?:for the )?[\w-]+ (?:months?|weeks?|quarters?|years?) (?:ended|ending) [A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d:?$/i;

/** The table split into one table per block of rows under a period heading, when its columns have no period of their own. */
export function splitPeriodBlocks(t: ReadTable, trace?: string[]): ReadTable[] {
  const s = t.statement;
  if (s.rows.length === 0 || s.columns.some((c) => c.period !== null)) return [t];
  // every row under a top-level heading that is a whole period
  const blocks: { heading: string; rows: number[] }[] = [];
  for (let i = 0; i < s.rows.length; i++) {
    const heading = s.rows[i]!.path.length > 1 ? s.rows[i]!.path[0]!.trim() : '';
    if (!BLOCK_PERIOD.test(heading) || !readColumnHeader(heading).period) return [t];
    const last = blocks[blocks.length - 1];
    if (last && last.heading === heading) last.rows.push(i);
    else blocks.push({ heading, rows: [i] });
  }
  // each heading once (a heading repeated further down is no block structure this reads)
  if (new Set(blocks.map((b) => b.heading)).size !== blocks.length) return [t];
  trace?.push(`reader.blocks: line ${s.line}: ${blocks.length} blocks of rows under period headings: a table each`);
  return blocks.map((b) => {
    const heading = b.heading.replace(/:$/, '');
    const columns: Column[] = s.columns.map((c) => {
      const label = `${heading} ${c.label}`.trim();
      const { kind, period } = readColumnHeader(label);
      return { ...c, label, kind, period };
    });
    keepWholeOfSamePeriod(columns);
    const rows = b.rows.map((i) => ({ ...s.rows[i]!, path: s.rows[i]!.path.slice(1) }));
    const drafts = b.rows.map((i) => ({ ...t.drafts[i]!, sections: t.drafts[i]!.sections.slice(1) }));
    return { ...t, statement: { ...s, line: rows[0]!.line, columns, rows }, drafts };
  });
}
