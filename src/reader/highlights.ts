// Figures a release states only in the bullets under a highlights heading that names its period:
//
//   Third Quarter 2024 Highlights
//     * Annual recurring revenue (ARR) of $210.5 million, up 18% year over year
//     * Adjusted EBITDA of $9.8 million, compared with $7.1 million in the third quarter of 2023
//
// are read as a one-column table of that period ("Annual recurring revenue (ARR)" $210,500,000, cited to its line),
// when no table of the release prints a line of that name. Only "<line> of|was|were|totaled <amount>" at the head of a
// bullet, in dollars or percent; never a range, an expectation, a loss (its sign is the tables' business) or a
// heading whose period the release's own columns do not date.
import type { Document, Period, Row, Statement } from '../core/store.js';
import { fiscalCalendarOf } from '../periods/fiscal.js';
import { periodMatches } from '../periods/match.js';
import type { PeriodSpec } from '../periods/spec.js';
import type { Line } from './lines.js';
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
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "September 30, 2024" -> "2024-09-30" (null when no month reads).
function monthDay(text: string): string | null {
  const m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  return m && month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}
const PER_SHARE = /^\s*(?:per|a|\/)\s*(?:diluted\s+|basic\s+)?(?:common\s+)?share/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

// The period a heading names ("Third Quarter 2024", "Q3 2024", "Fiscal 2024", "Full Year 2024"), as a spec.
function headingSpec(text: string): PeriodSpec | null {
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  if (!year) return null;
  const base = { year: Number(year[1]), text, span: [0, 0] as [number, number], rule: 'highlights' };
  const q = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bq([1-4])\b|\b([1-4])q\b/i.exec(text);
  if (q) return { ...base, type: 'quarter', index: q[1] ? ORDINAL[q[1].toLowerCase()] : Number(q[2] ?? q[3]) };
  if (/\b(?:full[- ]year|fiscal(?:\s+year)?|year)\b/i.test(text) && !/\b(?:half|months|quarter)\b/i.test(text)) return { ...base, type: 'year' };
  return null;
}

// "Second Quarter Highlights" (no year) in a release whose columns date that quarter of two years: the later one, the
// quarter the release reports (the other is the prior year's, beside it); null when the heading names no quarter.
function latestYearSpec(text: string, statements: Statement[], fye: Document['fiscalYearEnd']): PeriodSpec | null {
  if (/\b(?:19|20)\d\d\b/.test(text)) return null;
  const years = new Set<number>();
  for (const s of statements) for (const c of s.columns) if (c.period && c.kind === 'period' && c.period.type === 'quarter') {
    const y = Number(c.period.end.slice(0, 4));
    // (a fiscal year is named by the calendar year it ends in or, for some, the one it starts in)
    for (const k of [y - 1, y, y + 1]) years.add(k);
  }
  let best: { spec: PeriodSpec; end: string } | null = null;
  for (const year of years) {
    const spec = headingSpec(`${text} ${year}`);
    if (!spec || spec.type !== 'quarter') return null;
    const period = periodOf(spec, statements, fye);
    if (period && (!best || period.end > best.end)) best = { spec, end: period.end };
  }
  return best?.spec ?? null;
}

// The one period of the release's own columns the heading names, of the kind it names (a quarter's flows, never the
// balance sheet's date), or null.
function periodOf(spec: PeriodSpec, statements: Statement[], fye: Document['fiscalYearEnd']): Period | null {
  const cal = fiscalCalendarOf(fye);
  const found = new Map<string, Period>();
  for (const s of statements) for (const c of s.columns) if (c.period && c.kind === 'period' && c.period.type === spec.type && periodMatches(spec, c.period, cal)) found.set(`${c.period.start}/${c.period.end}`, c.period);
  return found.size === 1 ? [...found.values()][0]! : null;
}

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

// "results for the fourth quarter of fiscal 2026 ended June 30, 2026", "for the quarter ended June 30, 2026": the
// periods a release's opening says it reports, for a release whose tables date none of the heading's kind.
const REPORTS_ENDED = /\b(quarter|three months|fiscal year|year)\b[^.;]{0,40}?\bended\s+([A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)/g;
function statedPeriods(lines: Line[], type: Period['type']): Period[] {
  const out: Period[] = [];
  for (const l of lines.slice(0, 40)) {
    for (const m of l.text.matchAll(REPORTS_ENDED)) {
      const kind = /quarter|three/i.test(m[1]!) ? 'quarter' : 'year';
      const end = monthDay(m[2]!);
      if (kind !== type || !end) continue;
      const months = kind === 'quarter' ? 3 : 12;
      const d = new Date(`${end}T00:00:00Z`);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate() === d.getUTCDate();
      const from = last ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months + 1, 1)) : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, d.getUTCDate() + 1));
      out.push({ type: kind, start: from.toISOString().slice(0, 10), end });
    }
  }
  return out;
}

// The period a heading names when the release's tables date no period of its kind: the one its opening says it
// reports ("... the fourth quarter of fiscal 2026 ended June 30, 2026") that the heading names too, or null.
function openingPeriodOf(spec: PeriodSpec, lines: Line[], statements: Statement[], fye: Document['fiscalYearEnd']): Period | null {
  if (!spec.type || statements.some((s) => s.columns.some((c) => c.period && c.kind === 'period' && c.period.type === spec.type))) return null;
  const cal = fiscalCalendarOf(fye);
  const found = new Map<string, Period>();
  for (const p of statedPeriods(lines, spec.type as Period['type'])) if (periodMatches(spec, p, cal)) found.set(`${p.start}/${p.end}`, p);
  return found.size === 1 ? [...found.values()][0]! : null;
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
