// One table region -> a Statement: columns with periods, rows with paths, units and base-unit values.
import type { Column, Row, Statement } from '../core/store.js';
import { findAnchors } from './columns.js';
import { columnLabels } from './header.js';
import { statementKind } from './kind.js';
import { readColumnHeader } from './period.js';
import { buildRows, type DraftRow } from './rows.js';
import type { TableRegion } from './tables.js';
import { readTitle } from './title.js';
import { shared } from './text.js';
import { nameUnlabeled } from './unlabeled.js';
import { baseValue, readUnits, rowUnit } from './units.js';

/** A statement with what the checks need to know about its rows. */
export interface ReadTable {
  statement: Statement;
  drafts: DraftRow[];
  company: string | null;
}

// "2009" under a title line "For the Three Months Ended September 30, 2009 and 2008" -> "... Ended September 30 2009".
function withTitlePeriod(label: string, period: string): string {
  if (!period || !/^(?:19|20)\d\d$/.test(label.trim())) return label;
  const bare = period.replace(/,?\s*\b(?:19|20)\d\d\b(?:\s*(?:and|&|,)\s*\b(?:19|20)\d\d\b)*/g, '').trim();
  return `${bare} ${label}`;
}

/** Reads one table region; null when it holds no usable figures. */
export function readTable(region: TableRegion, trace?: string[], previous?: Statement): ReadTable | null {
  const figureLines = region.body.filter((l) => l.kind === 'figures');
  if (figureLines.length === 0) return null;
  if (region.header.length === 0 && figureLines.length < 2) return null;
  const anchors = findAnchors(figureLines.map((l) => l.split.cells));
  const labels = columnLabels(region.header, anchors);
  const info = readTitle([...region.title, ...region.units]);
  // "BALANCE SHEETS (Continued)" with no units line of its own: the units of the table it continues
  if (!info.units && info.continued && previous?.units) info.units = previous.units;
  const columns: Column[] = labels.map((label) => ({ label: shared(label), ...readColumnHeader(withTitlePeriod(label, info.period)) }));
  // "(In thousands)   2007   2006": units printed on a header line
  if (!info.units) {
    const m = region.header.map((l) => /\(([^()]*\b(?:thousands|millions|billions)\b[^()]*)\)/i.exec(l.text)).find((x) => x);
    if (m) info.units = m[1].trim();
  }
  const firstLine = region.header[0]?.number ?? region.body[0].number;
  const title = info.title || `Table at line ${firstLine}`;
  const drafts = buildRows(region.body, anchors, trace);
  const kind = statementKind(info.title, drafts.map((d) => d.label));
  nameUnlabeled(drafts, kind, title, trace);
  // an income or cash-flow column without a duration is not a balance-sheet date: its period is unknown
  if (kind === 'income' || kind === 'cash_flow') for (const col of columns) if (col.period?.type === 'instant') col.period = null;
  // a "Change" column whose figures are all percentages ("-4.1%") is a percent change
  columns.forEach((col, c) => {
    const cells = drafts.map((d) => d.figures[c]).filter((f) => f !== null);
    if (col.kind === 'change' && cells.length > 0 && cells.every((f) => f!.percent)) col.kind = 'percent_change';
  });
  const units = readUnits(info.units);
  const perShareTable = /\b(?:eps|per share)\b/i.test(info.title);
  const rows: Row[] = drafts.map((d) => {
    const path = [...d.sections, d.label];
    const { unit, scale } = rowUnit(path, units, perShareTable, d.figures, d.raw);
    // a dash in a % change column means "not meaningful", not zero
    const values = d.figures.map((f, c) =>
      columns[c].kind === 'percent_change' && f ? (/^\s*\$?(?:-{1,3}|—|–)\s*$/.test(d.raw[c] ?? '') ? null : f.value) : baseValue(f, scale),
    );
    return { label: d.label, path, line: d.line, lines: d.lines, unit, values };
  });
  trace?.push(`reader.table: line ${info.titleLine ?? firstLine} "${title}" ${kind}, ${columns.length} columns, ${rows.length} rows`);
  return {
    statement: { title: shared(title), kind, line: info.titleLine ?? firstLine, units: shared(info.units), columns, rows },
    drafts,
    company: info.company,
  };
}
