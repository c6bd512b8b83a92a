// Column positions from the figures themselves, and the assignment of a row's figures to columns.
import type { Cell } from './figures.js';

/** A column's horizontal place: the extent of its figures and their typical right edge. */
export interface Anchor {
  start: number;
  end: number;
  right: number;
  /** Most figures of the column are percentages ("8.2%"). */
  percent?: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Column anchors: as many columns as the fullest row has figures; positions from the rows that fill them all. */
export function findAnchors(rows: Cell[][]): Anchor[] {
  let k = 0;
  for (const r of rows) k = Math.max(k, r.length);
  const full = rows.filter((r) => r.length === k);
  const anchors: Anchor[] = [];
  for (let c = 0; c < k; c++) {
    anchors.push({
      start: full.reduce((v, r) => Math.min(v, r[c].start), Infinity),
      end: full.reduce((v, r) => Math.max(v, r[c].end), 0),
      right: median(full.map((r) => r[c].end)),
      percent: full.filter((r) => r[c].raw.includes('%')).length * 2 > full.length,
    });
  }
  return anchors;
}

// Cost of putting a cell under an anchor: distance outside the column's extent, plus its right-edge offset.
// (A plain figure under a column of percentages costs more: "0.5" is no "% Change".)
function cost(cell: Cell, a: Anchor): number {
  const gap = cell.end <= a.start ? a.start - cell.end + 1 : cell.start >= a.end ? cell.start - a.end + 1 : 0;
  return gap * 4 + Math.abs(cell.end - a.right) + (a.percent && /\d/.test(cell.raw) && !cell.raw.includes('%') ? 3 : 0);
}

/**
 * Places a row's cells under columns (order kept, cheapest total distance). Returns the column index of each cell.
 * `labelEnd`: where the row's label ends. A label longer than the label column pushes its figures right
 * ("Less: Net income attributable to noncontrolling interests   0.6   0.5        2.2   2.0"): when the figures,
 * moved back left together by no more than the label overruns, sit squarely under columns, they go there.
 */
export function assignCells(cells: Cell[], anchors: Anchor[], labelEnd = 0): number[] {
  const m = cells.length;
  const k = anchors.length;
  if (m === k) return cells.map((_, i) => i);
  if (m > k) return cells.map((_, i) => Math.max(0, i - (m - k)));
  const plain = place(cells, anchors);
  const overrun = anchors.length ? labelEnd - anchors[0]!.start + 2 : 0;
  if (overrun <= 0) return plain.cols;
  let best = plain;
  for (let d = 1; d <= overrun + 2; d++) {
    const moved = place(cells.map((c) => ({ ...c, start: c.start - d, end: c.end - d })), anchors);
    if (moved.cost < best.cost) best = moved;
  }
  // only a better fit that puts every figure within a character or so of its column's right edge
  return best !== plain && best.cost <= m ? best.cols : plain.cols;
}

function place(cells: Cell[], anchors: Anchor[]): { cols: number[]; cost: number } {
  const m = cells.length;
  const k = anchors.length;
  // best[i][j]: cheapest placing of the first i cells within the first j columns.
  const INF = Number.POSITIVE_INFINITY;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(k + 1).fill(INF));
  const took: boolean[][] = Array.from({ length: m + 1 }, () => new Array<boolean>(k + 1).fill(false));
  for (let j = 0; j <= k; j++) best[0][j] = 0;
  for (let i = 1; i <= m; i++) {
    for (let j = i; j <= k; j++) {
      const skip = best[i][j - 1];
      const take = best[i - 1][j - 1] + cost(cells[i - 1], anchors[j - 1]);
      if (take <= skip) {
        best[i][j] = take;
        took[i][j] = true;
      } else best[i][j] = skip;
    }
  }
  const out = new Array<number>(m).fill(0);
  let i = m;
  let j = k;
  while (i > 0) {
    if (took[i][j]) {
      out[i - 1] = j - 1;
      i--;
    }
    j--;
  }
  return { cols: out, cost: best[m][k] };
}
