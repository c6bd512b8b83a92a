// A table whose columns pair a period with a measure, its rows the parts of the company (a segment note):
//                                          Three Months
//                                   2017                    2016
//                                         Operating               Operating
//   (in millions)               Revenue      Profit     Revenue      Profit
//   Ratings                         747         397         682         396
// Each measure is a table of its own, its rows under the measure's name ("Revenue › Ratings"), its columns the
// periods: as a note prints "Revenue:" over the segments and then "Operating profit:" over them again.
import type { ReadTable } from './statement.js';
import { readColumnHeader } from './period.js';

// The words of a column's period: years, months and days, durations ("Three Months", "Year Ended", "Fiscal").
const PERIOD_WORD = /^(?:(?:19|20)\d\d|\d{1,2},?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?|three|six|nine|twelve|\d{1,2}|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|months?|weeks?|quarters?|years?|ended|ending|for|the|fiscal|fy\d*|q[1-4]|ytd|first|second|third|fourth|half)$/i;
// Names that are no measure of their own: a share of a total, a change, a basis of reporting, an amount.
const NOT_A_MEASURE = /%|\bpercent|\bchange\b|\bvariance\b|\bgaap\b|\breported\b|\badjusted\b|\bactual\b|\bbudget\b|\bamount\b|\bdollars?\b|\$|\btotal\b|\bconsolidated\b|\binc(?:rease|\.)|\bdec(?:rease|\.)|\d/i;

// An empty cell or a dash alone ("—", "-", "$ —").
const DASH = /^\s*\$?\s*(?:[-—–]{1,3})?\s*$/;

// "Three Months 2017 Operating Profit" -> period "Three Months 2017", name "Operating Profit" (the words after the
// last word of the period); null when the label has no period word or no name after it.
function splitLabel(label: string): { period: string; name: string } | null {
  const words = label.trim().split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (PERIOD_WORD.test(w)) last = i;
  });
  if (last < 0 || last === words.length - 1) return null;
  return { period: words.slice(0, last + 1).join(' '), name: words.slice(last + 1).join(' ') };
}

/** The table split into one table per measure, when its columns repeat the same measures under each period. */
export function splitMeasureColumns(t: ReadTable, trace?: string[]): ReadTable[] {
  const s = t.statement;
  const n = s.columns.length;
  if (n < 4 || s.rows.length === 0) return [t];
  const parts = s.columns.map((c) => splitLabel(c.label));
  if (parts.some((p) => !p || NOT_A_MEASURE.test(p.name) || p.name.split(' ').length > 4)) return [t];
  const names = parts.map((p) => p!.name.toLowerCase());
  const periods = parts.map((p) => p!.period.toLowerCase());
  for (let k = 2; k <= n / 2; k++) {
    if (n % k !== 0) continue;
    const cycle = names.slice(0, k);
    if (new Set(cycle).size !== k || names.some((x, i) => x !== cycle[i % k])) continue;
    // one period over each group of measures, a different one for each group
    const groups = Array.from({ length: n / k }, (_, g) => periods.slice(g * k, g * k + k));
    if (groups.some((g) => new Set(g).size !== 1) || new Set(groups.map((g) => g[0])).size !== groups.length) continue;
    trace?.push(`reader.measures: line ${s.line}: columns of ${k} measures under each period: a table each`);
    return cycle.map((_, j) => {
      const keep = s.columns.map((_, i) => i).filter((i) => i % k === j);
      const name = parts[j]!.name;
      const columns = keep.map((i) => {
        const label = parts[i]!.period;
        const { kind, period } = readColumnHeader(label);
        return { label, kind, period };
      });
      // (a line with no figure of this measure, only dashes: "Unallocated expense   —   (30)", has no revenue line)
      const held = s.rows.map((_, r) => keep.some((i) => !DASH.test(t.drafts[r]?.raw[i] ?? '')));
      const rows = s.rows.filter((_, r) => held[r]).map((r) => ({ ...r, path: [name, ...r.path], values: keep.map((i) => r.values[i] ?? null) }));
      const drafts = t.drafts.filter((_, r) => held[r]).map((d) => ({ ...d, sections: [name, ...d.sections], figures: keep.map((i) => d.figures[i] ?? null), raw: keep.map((i) => d.raw[i] ?? null) }));
      return { ...t, statement: { ...s, columns, rows }, drafts };
    });
  }
  return [t];
}
