// A "Note" column: the numbers of the notes to the accounts that each line refers to, no figures of a period.
import { assignCells, type Anchor } from './columns.js';
import type { Line } from './lines.js';

// "Note", "Notes": the heading of a column of note references.
const NOTE = /^notes?$/i;
// "3", "12", "4,5", "3.1": a note's number.
const NOTE_REF = /^\d{1,2}(?:[.,]\d{1,2})?$/;

/**
 * The body without its "Note" column, and the anchors of the columns left; null when no column is headed "Note"
 * over note numbers alone ("Note   £m   £m   £m" over "Revenue   3   642.5   598.1": the 3 is no figure).
 */
export function dropNoteColumn(headerLines: Line[], body: Line[], anchors: Anchor[]): { body: Line[]; anchors: Anchor[] } | null {
  const figureLines = body.filter((l) => l.kind === 'figures');
  const placed = figureLines.map((l) => assignCells(l.split.cells, anchors, l.split.labelEnd));
  for (const line of headerLines) {
    for (const m of line.text.matchAll(/\S+/g)) {
      if (!NOTE.test(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      const c = anchors.findIndex((a) => start < a.end + 2 && end > a.start - 2);
      if (c < 0 || c === anchors.length - 1) continue;
      const cells = figureLines.flatMap((l, i) => l.split.cells.filter((_, k) => placed[i]![k] === c));
      if (cells.length === 0 || !cells.every((x) => NOTE_REF.test(x.raw.trim()))) continue;
      const out = body.map((l) => {
        const i = figureLines.indexOf(l);
        if (i < 0 || !placed[i]!.includes(c)) return l;
        const kept = l.split.cells.filter((_, k) => placed[i]![k] !== c);
        // the note number blanked out of the line's text, which keeps its width
        let text = l.text;
        for (const cell of l.split.cells.filter((_, k) => placed[i]![k] === c)) text = text.slice(0, cell.start) + ' '.repeat(cell.end - cell.start) + text.slice(cell.end);
        return { ...l, text: kept.length ? text : text.trimEnd(), kind: kept.length ? l.kind : ('text' as const), split: { ...l.split, cells: kept } };
      });
      return { body: out, anchors: anchors.filter((_, k) => k !== c) };
    }
  }
  return null;
}
