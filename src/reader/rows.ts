// Table body lines -> rows with section paths, wrapped labels joined, figures placed under columns.
import { sumsTo } from './arith.js';
import { assignCells, type Anchor } from './columns.js';
import { parseFigure, type Figure } from './figures.js';
import { cleanLabel, continues, isTotalLabel, keyWords, opensSection } from './labels.js';
import type { Line } from './lines.js';
import { mergeOneRowSections, type Section } from './sections.js';

/** A row before units are applied. An empty label marks a figure line printed without one. */
export interface DraftRow {
  label: string;
  sections: string[];
  indent: number;
  line: number;
  lines: [number, number];
  figures: (Figure | null)[];
  /** The cells as printed, per column (null when empty). */
  raw: (string | null)[];
  /** The row follows a rule line (a subtotal or total is likely). */
  afterRule: boolean;
  /** Index of the row's section among `sections` opened in this table (for grouping members). */
  sectionId: number;
}


function join(lines: Line[]): string {
  return lines.map((l) => l.text.trim()).join(' ');
}

// "Operating:", "Current assets:": a short heading with a colon, on its own before a blank line.
function isMajorHeading(group: Line[]): boolean {
  const text = join(group);
  return group.length === 1 && text.endsWith(':') && text.split(/\s+/).length <= 3;
}

/** Builds the rows of one table body. */
export function buildRows(body: Line[], anchors: Anchor[], trace?: string[]): DraftRow[] {
  const rows: DraftRow[] = [];
  const stack: Section[] = [];
  let pending: Line[] = [];
  let afterRule = false;
  let nextId = 1;
  let prevKind = '';
  const opened = new Map<number, Section>();

  // A major heading ("Operating:" then a blank line) keeps same-indent headings below it as its parts.
  const openSection = (group: Line[], major = false): void => {
    const indent = group[0].split.indent;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.indent < indent || (top.indent === indent && top.major && !major)) break;
      stack.pop();
    }
    const parentId = stack.length ? stack[stack.length - 1].id : 0;
    const section: Section = { title: cleanLabel(join(group)), indent, childIndent: null, id: nextId++, line: group[group.length - 1].number, parentId, major };
    stack.push(section);
    opened.set(section.id, section);
    trace?.push(`reader.section: line ${group[0].number} "${stack[stack.length - 1].title}"`);
  };
  // Pending label lines with no figures become sections, one per group of lines that continue each other.
  const flush = (upto: number, beforeBlank = false): void => {
    let group: Line[] = [];
    for (let k = 0; k < upto; k++) {
      const l = pending[k];
      if (group.length && !continues(group[group.length - 1].text, l.text)) {
        openSection(group);
        group = [];
      }
      group.push(l);
    }
    if (group.length) openSection(group, beforeBlank && upto === pending.length && isMajorHeading(group));
    pending = pending.slice(upto);
  };

  // "  Repayment of notes due to Zynetix" / "   Limited shareholders (335)": a line at its siblings' indent, continued deeper.
  const wrapsAtSiblingLevel = (prev: Line, nextIndent: number): boolean => {
    const top = stack[stack.length - 1];
    const indent = prev.split.indent;
    return !opensSection(prev.text) && nextIndent > indent && top !== undefined && top.childIndent === indent && indent > top.indent;
  };
  const place = (label: string, indent: number): Section[] => {
    if (isTotalLabel(label)) {
      const words = new Set(keyWords(label));
      for (let s = stack.length - 1; s >= 0; s--) {
        const kw = keyWords(stack[s].title);
        if (kw.length && kw.every((w) => words.has(w) || words.has(w.replace(/s$/, '')))) {
          stack.length = s + 1;
          return stack.slice();
        }
      }
      while (stack.length && stack[stack.length - 1].paused) stack.pop();
      return stack.slice();
    }
    while (stack.length && stack[stack.length - 1].paused) stack.pop();
    while (stack.length) {
      const top = stack[stack.length - 1];
      const indented = top.childIndent !== null && top.childIndent > top.indent;
      if (indent < top.indent || (indented && indent <= top.indent)) stack.pop();
      else break;
    }
    if (stack.length && stack[stack.length - 1].childIndent === null) stack[stack.length - 1].childIndent = indent;
    return stack.slice();
  };

  for (const l of body) {
    const kind = l.kind;
    if (kind === 'blank') {
      if (pending.length) flush(pending.length, true);
      // a section whose rows stand at its own indent ends at the first blank line after them
      // (paused: its own "Total ..." row may still follow; any other row closes it)
      const top = stack[stack.length - 1];
      if (top && top.childIndent !== null && top.childIndent <= top.indent && prevKind === 'figures') top.paused = true;
    } else if (kind === 'rule') {
      if (pending.length) flush(pending.length);
      afterRule = true;
    } else if (kind === 'text') {
      const last = rows[rows.length - 1];
      // "settlement of restricted   (300)" / "stock award": the tail of the row above.
      if (prevKind === 'figures' && last && pending.length === 0 && /^[a-z]/.test(l.text.trim()) && l.split.indent > last.indent) {
        last.label = cleanLabel(`${last.label} ${l.text.trim()}`);
        last.lines[1] = l.number;
        trace?.push(`reader.label-tail: line ${l.number} joins row at line ${last.line}`);
      } else pending.push(l);
    } else if (kind === 'figures') {
      // the wrapped part: pending lines that continue into this line's label
      let w = pending.length;
      if (l.split.label === '') {
        // figures alone under label lines that do not open a section: those lines are the label
        if (w > 0 && !opensSection(pending[w - 1].text)) {
          w--;
          while (w > 0 && continues(pending[w - 1].text, pending[w].text)) w--;
        }
      } else {
        let nextText = l.split.label;
        let nextIndent = l.split.indent;
        while (w > 0 && (continues(pending[w - 1].text, nextText) || wrapsAtSiblingLevel(pending[w - 1], nextIndent))) {
          nextText = pending[w - 1].text;
          nextIndent = pending[w - 1].split.indent;
          w--;
        }
      }
      flush(w);
      const labelLines = pending;
      pending = [];
      const first = labelLines[0] ?? l;
      const label = cleanLabel(labelLines.length ? [...labelLines.map((x) => x.text.trim()), l.split.label].join(' ') : l.split.label);
      const indent = first.split.indent;
      let sections = label ? place(label, indent) : stack.slice();
      // "  - As Reported" under "Net Income - Excluding One-Time Items": a variant of the row above's measure.
      const prevRow = rows[rows.length - 1];
      if (labelLines.length === 0 && /^\s*-\s/.test(l.split.label) && prevRow && / - /.test(prevRow.label)) {
        sections = [...sections, { title: cleanLabel(prevRow.label.split(' - ')[0]), indent, childIndent: null, id: -1 }];
      }
      const figures: (Figure | null)[] = anchors.map(() => null);
      const raw: (string | null)[] = anchors.map(() => null);
      assignCells(l.split.cells, anchors).forEach((c, i) => {
        figures[c] = parseFigure(l.split.cells[i].raw);
        raw[c] = l.split.cells[i].raw;
      });
      const sectionId = sections.length ? sections[sections.length - 1].id : 0;
      rows.push({
        label,
        sections: sections.map((s) => s.title),
        indent: label ? indent : l.split.cells[0]?.start ?? 0,
        line: l.number,
        lines: [first.number, l.number],
        figures,
        raw,
        afterRule,
        sectionId,
      });
      if (label && isTotalLabel(label) && stack.length && sections.length === stack.length) stack.pop();
      // an unlabeled line that adds up its section's rows closes the section ("Costs and expenses:" ... "2,317")
      if (!label && sectionId > 0) {
        const members: DraftRow[] = [];
        for (let j = rows.length - 2; j >= Math.max(0, rows.length - 200) && rows[j].sectionId === sectionId && rows[j].label; j--) members.unshift(rows[j]);
        if (members.length >= 2 && sumsTo(members, rows[rows.length - 1]) && stack[stack.length - 1]?.id === sectionId) stack.pop();
      }
      afterRule = false;
      // "Total Retail Sales-   37,056": a row that also heads the rows below it (until a blank line)
      if (label && /\w-\s*$/.test(l.split.label) && !isTotalLabel(label.replace(/^total\s+/i, ''))) {
        const section: Section = { title: label, indent, childIndent: null, id: nextId++, line: l.number, parentId: sectionId };
        stack.push(section);
        opened.set(section.id, section);
      }
    }
    prevKind = kind;
  }
  mergeOneRowSections(rows, opened, trace);
  return rows;
}
