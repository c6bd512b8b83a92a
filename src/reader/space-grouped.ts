// Figures grouped by spaces ("12 345", "-8 210", "1 204,5"), as Nordic and French releases print them. In a
// report that never groups digits with commas, the space inside such a figure becomes a thin space (U+2009), so
// the figure stays one cell in its place, and a comma before the last digits is the decimal point.

// Enough lines printing "12 345"-like figures to tell the report's convention.
const MIN_LINES = 5;
// "12 345", "(1 234)", "-8 210", "1 204,5": a figure whose thousands are set apart by single spaces
// (or by no-break spaces, read as spaces by then).
const GROUPED = /(^|\s)([-\u2212\u2013(]?\d{1,3})((?: \d{3})+)((?:,\d{1,3})?\)?%?)(?=\s|$)/g;
// "12,345": a figure grouped with commas, the other convention.
const COMMA_GROUPED = /\d,\d{3}(?!\d)/;

/** The lines with space-grouped figures joined (see above), or the lines unchanged when the report groups otherwise. */
export function joinSpaceGroups(lines: string[]): string[] {
  let grouped = 0;
  for (const l of lines) {
    if (COMMA_GROUPED.test(l)) return lines;
    GROUPED.lastIndex = 0;
    if (/\d \d{3}/.test(l) && GROUPED.test(l)) grouped++;
  }
  if (grouped < MIN_LINES) return lines;
  return lines.map((l) => {
    const joined = /\d \d{3}/.test(l)
      ? l.replace(GROUPED, (_m, lead: string, head: string, groups: string, tail: string) => `${lead}${head}${groups.replace(/ /g, '\u2009')}${tail.replace(',', '.')}`)
      : l;
    // "902,5", "(2,54)": below a thousand, the decimal comma alone
    return joined.includes(',') ? joined.replace(DECIMAL_COMMA, '$1$2.$3') : joined;
  });
}

// "2,54", "-0,3": a comma before one or two digits that end the figure (a report grouping by spaces has no other).
const DECIMAL_COMMA = /(^|\s)([-\u2212\u2013(]?\d{1,3}),(\d{1,2})(?=\)?%?(?:\s|$))/g;
