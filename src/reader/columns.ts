// Column positions from the figures themselves, and the assignment of a row's figures to columns.
import type { Cell } from './figures.js';

/** A column's horizontal place: the extent of its figures and their typical right edge. */
export interface Anchor {
  start: number;
  end: number;
  right: number;
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
    });
  }
  return anchors;
}

// Cost of putting a cell under an anchor: distance outside the column's extent, plus its right-edge offset.
function cost(cell: Cell, a: Anchor): number {
  const gap = cell.end <= a.start ? a.start - cell.end + 1 : cell.start >= a.end ? cell.start - a.end + 1 : 0;
  return gap * 4 + Math.abs(cell.end - a.right);
}

/** Places a row's cells under columns (order kept, cheapest total distance). Returns the column index of each cell. */
export function assignCells(cells: Cell[], anchors: Anchor[]): number[] {
  const m = cells.length;
  const k = anchors.length;
  if (m === k) return cells.map((_, i) => i);
  if (m > k) return cells.map((_, i) => Math.max(0, i - (m - k)));
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
  return out;
}
