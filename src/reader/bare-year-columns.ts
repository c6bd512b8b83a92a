// Columns headed by a year alone ("2023   2022   2021") in a release whose every dated column is a full year or
// a year-end date (an annual release): each is that year, as the statements date it. In a release that also
// prints quarters a bare year could be the quarter's column: those stay without a period.
import type { Statement } from '../core/store.js';

/** Dates the columns headed by a year alone when the release reports full years only. */
export function dateBareYearColumns(statements: Statement[], trace?: string[]): void {
  const dated = statements.flatMap((s) => s.columns.flatMap((c) => (c.period ? [c.period] : [])));
  if (dated.some((p) => p.type !== 'year' && p.type !== 'instant')) return;
  const years = new Map(dated.filter((p) => p.type === 'year').map((p) => [p.end.slice(0, 4), p]));
  for (const s of statements) {
    for (const c of s.columns) {
      const y = /^\s*((?:19|20)\d\d)\s*$/.exec(c.label)?.[1];
      const year = y ? years.get(y) : undefined;
      if (c.period || c.kind !== 'period' || !year) continue;
      c.period = { ...year };
      trace?.push(`reader.bare-year-column: "${c.label}" in "${s.title}" -> the year ${year.start}..${year.end} (the release reports full years only)`);
    }
  }
}
