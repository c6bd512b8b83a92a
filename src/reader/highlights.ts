// Figures a release states only in the bullets under a highlights heading that names its period:
//
//   Third Quarter 2024 Highlights
//     * Annual recurring revenue (ARR) of $210.5 million, up 18% year over year
//     * Adjusted EBITDA of $9.8 million, compared with $7.1 million in the third quarter of 2023
//
// are read as a one-column table of that period ("Annual recurring revenue (ARR)" $210,500,000, cited to its line),
// when no table of the release prints a line of that name. Only "<line> of|was|were|totaled <amount>" at the head of a
// bullet (or "<line> increased 12.4% to <amount>"), in dollars or percent; never a range, an expectation, a loss
// (its sign is the tables' business), a label that tells a change, or a heading whose period neither the release's
// own columns nor its opening date (highlight-period.ts).
import type { Document, Row, Statement } from '../core/store.js';
import type { Line } from './lines.js';
import { headingSpec, latestYearSpec, monthDay, openingPeriodOf, periodOf } from './highlight-period.js';
import { plainDigits, timesPowerOfTen } from './decimal-text.js';
import { findMetricMentions, findRatioMentions } from '../metrics/mentions.js';

// "Third Quarter 2024 Highlights", "Q3 2024 Financial Highlights", "Fiscal 2024 Highlights": a heading line of highlights.
const HEADING = /^[A-Za-z0-9 ,&'’()-]{0,60}\bhighlights\b[A-Za-z0-9 ,&'’():-]{0,40}$/i;
// "Second Quarter 2026 Financial Results (Second Quarter 2026 compared to Second Quarter 2025)": a heading of the
// period's results, opening with the period (never a segment's, "Michael Kors First Quarter Fiscal 2027 Results")
const RESULTS_HEADING = /^(?:(?:first|second|third|fourth)\s+quarter|q[1-4])\b[A-Za-z0-9 ,&'’-]{0,30}\bresults\b(?:\s*\([^()]*\))?:?$/i;
const NOT_RESULTS = /\b(?:outlook|guidance|expect|business|operational|operating|strategic|recent|corporate|product)\b/i;
// "  * ", "  • ", "  - ", "  1. ": a bullet.
const BULLET = /^\s*(?:[*•·▪‣◦–-]|\d{1,2}[.)])\s+(\S.*)$/;
// "Adjusted EBITDA of $9.8 million", "Gross margin was 61.2%": a line's name, a verb, a figure.
const STATED = /^(?:(?:generated|delivered|achieved|posted|reported)\s+)?(?:(?:record|quarterly|total|strong|solid)\s+)?([A-Za-z][A-Za-z0-9&,'’()/ -]{1,60}?)\s+(?:of|was|were|totaled|totalled|reached|came in at)\s+(\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d{1,3}(?:\.\d+)?\s?%)(?:\s?(million|billion|thousand)\b)?/i;
const HEDGED = /\b(?:expect\w*|anticipat\w*|guidance|outlook|forecast\w*|project\w*|target\w*|range|between|approximately|about|around|estimat\w*|pro forma)\b|\$[\d.,]+\s*(?:million|billion)?\s*(?:to|-|–)\s*\$?\d/i;
// "Net loss of $7.3 million": a loss; "Net income of $1.1 million versus net loss of $(11.3) million": the loss is the
// prior year's, beside the comparison, and the bullet's own figure stands
const LOSS = /\b(?:loss(?:es)?|deficit)\b/i;
const COMPARED = /\b(?:compared|versus|vs\.?|from|up|down)\b/i;
// "Revenue decreased 7.6% to $200.6 million", "Operating expenses decreased $13.8 million, or 7.4%, to $172.0 million":
// a line's name, its change, and the figure it came to.
const CHANGED_TO = /^([A-Za-z][A-Za-z0-9&,'’()/ -]{1,60}?)\s+(?:increased|decreased|grew|rose|declined|fell)\b(?:\s+by)?\s+(?:\d{1,3}(?:\.\d+)?\s?%|\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|billion|thousand))?(?:,?\s+or\s+\d{1,3}(?:\.\d+)?\s?%)?),?\s+to\s+(\$\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s?(million|billion|thousand)\b)?/i;
// "at September 30, 2024", "as of quarter end", "at the end of the quarter": the bullet's figure is a balance.
const AT = /^[^.;]*?\b(?:at|as of)\s+(?:([A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)|(?:the\s+)?(?:end of the (?:quarter|year|period)|(?:quarter|year|period)[- ]end))\b/;
const PER_SHARE = /^\s*(?:per|a|\/)\s*(?:diluted\s+|basic\s+)?(?:common\s+)?share/i;
const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

const words = (label: string): string => label.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9&]+/).filter((w) => w && w !== 'total').join(' ');
// "Adjusted EBITDA", "Non-GAAP net income": a measure of its own beside the reported line of that name.
const ADJUSTED = /\b(?:adjusted|non-gaap|non gaap|core|organic|underlying|pro forma|normali[sz]ed)\b/i;
const idsOf = (label: string): string[] => findMetricMentions(label).map((m) => m.metricId);

// A line the tables print already: the same words, or (unless the bullet's is an adjusted measure) the same
// metric of the lexicon ("Record revenue" for "Revenue", "Net revenue" for "Total revenue"), or a ratio the
// resolver computes from the tables' lines ("Gross margin of 61.2%").
function printedAlready(label: string, rows: Row[], tableIds: () => Set<string>): boolean {
  const mine = words(label);
  if (!mine || rows.some((r) => words(r.label) === mine)) return true;
  // "Adjusted funds from operations (AFFO)" beside "AFFO attributable to common stockholders"; "Adjusted EBITDA"
  // beside "Adjusted EBITDA from continuing operations": a table line that names it
  const abbreviation = /\(([A-Z][A-Za-z&]{1,7})\)/.exec(label)?.[1];
  const within = (r: Row): boolean => ` ${words(r.label)} `.includes(` ${mine} `) || (abbreviation !== undefined && new RegExp(`\\b${abbreviation}\\b`).test(r.label));
  if (rows.some(within)) return true;
  if (ADJUSTED.test(label)) return false;
  return idsOf(label).some((id) => tableIds().has(id)) || findRatioMentions(label).length > 0;
}

/** The highlight tables of a release: one per highlights heading that names one of its columns' periods. */
export function highlightStatements(lines: Line[], inTable: boolean[], statements: Statement[], fye: Document['fiscalYearEnd'], trace?: string[]): Statement[] {
  const out: Statement[] = [];
  const tableRows = statements.flatMap((s) => s.rows);
  // ("$" in a release whose tables count in another currency, C$ or A$, is not read as dollars here)
  if (tableRows.some((r) => /^[A-Z]{3}$/.test(r.unit) && r.unit !== 'USD')) return out;
  let ids: Set<string> | undefined;
  // (the tables' metrics looked up only for a release with highlight bullets)
  const tableIds = (): Set<string> => (ids ??= new Set(tableRows.flatMap((r) => idsOf(r.label))));
  for (let i = 0; i < lines.length; i++) {
    if (inTable[i] || !/highlights|results/i.test(lines[i]!.text)) continue;
    const heading = lines[i]!.text.trim();
    if (!(HEADING.test(heading) || RESULTS_HEADING.test(heading)) || NOT_RESULTS.test(heading.replace(/\([^()]*\)/g, '')) || BULLET.test(lines[i]!.text)) continue;
    const spec = headingSpec(heading) ?? latestYearSpec(heading, statements, fye);
    const period = spec && (periodOf(spec, statements, fye) ?? openingPeriodOf(spec, lines, statements, fye));
    if (!period) continue;
    const rows: Row[] = [];
    for (let j = i + 1; j < lines.length && !inTable[j]; j++) {
      const bullet = BULLET.exec(lines[j]!.text);
      if (!bullet) {
        if (lines[j]!.kind === 'blank' && (j + 1 >= lines.length || BULLET.test(lines[j + 1]!.text))) continue;
        // an indented line goes on with the bullet above; anything else ends the list
        if (/^\s{2,}\S/.test(lines[j]!.text) && rows.length) continue;
        // "(all comparisons versus the prior year period unless otherwise noted)" under the heading: an aside
        if (!rows.length && (/^\s*\([^()]*\)\s*$/.test(lines[j]!.text) || (lines[j]!.kind === 'blank' && j === i + 1))) continue;
        break;
      }
      const text = bullet[1]!;
      const m = STATED.exec(text) ?? CHANGED_TO.exec(text);
      if (!m || HEDGED.test(text) || LOSS.test(text.split(COMPARED)[0]!)) continue;
      const label = m[1]!.trim();
      // "Net income improved from a loss of $3.2 million to ...": a label that tells a change names no line
      if (/\b(?:improv\w*|increas\w*|decreas\w*|grew|rose|fell|declin\w*|from|compared|versus|vs|to)\b/i.test(label)) continue;
      // "AFFO of $0.36 per diluted share": an amount per share is the tables' business
      if (PER_SHARE.test(text.slice(m.index + m[0].length)) || /\b(?:eps|per (?:diluted |basic )?share)\b/i.test(label)) continue;
      if (printedAlready(label, [...tableRows, ...rows], tableIds)) continue;
      const percent = m[2]!.includes('%');
      if (!percent && !m[2]!.startsWith('$')) continue;
      const digits = plainDigits(m[2]!.replace(/[$,%\s]/g, ''));
      const value = percent ? digits : timesPowerOfTen(digits, SCALE[(m[3] ?? '').toLowerCase()] ?? 0);
      // "Backlog of $305.0 million at September 30, 2024", "... at quarter end": a balance on the period's last day
      const at = AT.exec(text.slice(m.index + m[0].length));
      if (at && at[1] && monthDay(at[1]) !== period.end) continue;
      const values = at ? [null, value] : [value, null];
      rows.push({ label, path: [label], line: lines[j]!.number, lines: [lines[j]!.number, lines[j]!.number], unit: percent ? 'percent' : 'USD', values, stated: 'text' });
      trace?.push(`reader.highlights: line ${lines[j]!.number}: "${label}" ${value} for ${period.start ?? ''}..${period.end} (stated only in a highlight)`);
    }
    if (!rows.length) continue;
    const columns = [{ label: heading, kind: 'period' as const, period }, { label: `${heading}, at period end`, kind: 'period' as const, period: { type: 'instant' as const, start: null, end: period.end } }];
    // (a column no bullet fills goes)
    const used = columns.map((_, c) => rows.some((r) => r.values[c] !== null));
    out.push({ title: heading, kind: 'other', line: lines[i]!.number, units: '', columns: columns.filter((_, c) => used[c]), rows: rows.map((r) => ({ ...r, values: r.values.filter((_, c) => used[c]) })) });
  }
  return out;
}
