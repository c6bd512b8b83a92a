// "Depreciation" and "Amortization of intangible assets" printed as two lines of one section: depreciation and
// amortization is both, so EBITDA adds both rather than depreciation alone.
import { figureAt, type Figure } from './facts.js';
import type { Picked } from './pick.js';
import type { RowRef } from './candidates.js';

// "Amortization", "Amortization of intangible assets", "Amortization of acquired intangibles", "Amortization of
// goodwill": a charge EBITDA adds back ("Amortization of deferred financing costs" / "of debt discount" are interest).
const AMORTIZATION = /^amorti[sz]ation(?:\s+(?:of|on)\s+(?:(?:acquired|purchased|other|identifiable|acquisition-related)\s+)*(?:intangibles?|intangible\s+assets|goodwill|customer\s+relationships|software))?(?:\s*,\s*net)?$/i;

/** The amortization lines printed beside a row labelled as depreciation alone, for the same column; else none. */
export function amortizationBeside(p: Picked): Figure[] {
  const { doc, statement, row, col } = p.figure;
  if (!/\bdepreciation\b/i.test(row.label) || /\bamorti[sz]/i.test(row.label)) return [];
  const section = row.path.slice(0, -1).join('\u0000');
  const s = doc.statements.indexOf(statement);
  const out: Figure[] = [];
  statement.rows.forEach((r, i) => {
    if (r === row || r.path.slice(0, -1).join('\u0000') !== section || !AMORTIZATION.test(r.label.trim())) return;
    const f = figureAt(doc, s, i, col);
    if (f) out.push(f);
  });
  return out;
}

// "D&A", "depreciation and amortization", "d and a": the two together asked, not depreciation alone.
const ASKS_AMORTIZATION = /\bamorti[sz]ation\b|\bd\s*(?:&|and)\s*a\b/i;

/** True when a phrase asks depreciation and amortization together ("D&A"), not depreciation alone. */
export function asksAmortization(phrase: string): boolean {
  return ASKS_AMORTIZATION.test(phrase);
}

/**
 * The labels of the amortization lines printed beside a row labelled as depreciation alone, in its section of its
 * table (any column); none when the row names amortization itself or stands alone. "D&A yoy" over "Depreciation" and
 * "Amortization of intangible assets" is not the change of the depreciation line.
 */
export function amortizationLinesBeside(ref: RowRef): string[] {
  const statement = ref.doc.statements[ref.s]!;
  const row = statement.rows[ref.r]!;
  if (!/\bdepreciation\b/i.test(row.label) || /\bamorti[sz]/i.test(row.label)) return [];
  const section = row.path.slice(0, -1).join('\u0000');
  return statement.rows.filter((r) => r !== row && r.path.slice(0, -1).join('\u0000') === section && AMORTIZATION.test(r.label.trim())).map((r) => r.label);
}
