// Year words: "2007", "07", "'07", "FY07" -> 2007.

/** Two-digit years: 00-49 -> 2000s, 50-99 -> 1900s ("'07" -> 2007, "97" -> 1997). */
export function expandYear(digits: string): number | undefined {
  const d = digits.replace(/^'/, '').replace(/^’/, '');
  if (!/^\d{2}$|^\d{4}$/.test(d)) return undefined;
  const n = Number(d);
  if (d.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n >= 1950 && n <= 2100 ? n : undefined;
}

/** A year as written after a period word: 4 digits, or 2 digits with or without an apostrophe. */
export const YEAR_RE = String.raw`(?:19[5-9]\d|20\d\d|2100|['’]?\d\d)`;
/** A 4-digit year only. */
export const YEAR4_RE = String.raw`(?:19[5-9]\d|20\d\d|2100)`;
/** The end of a year token: not followed by another digit, a decimal or a thousands group. */
export const YEAR_END_GUARD = String.raw`(?![\d]|[.,]\d|%)`;

/**
 * A year after a period word ("Q2 06" too: two digits after a space that are no amount), three capture groups: "fiscal 2007" / "FY07" / "FY '07" (1),
 * "2007" (2), "'07" (3). Read it with `yearFromGroups`.
 */
export const YEAR_TAIL_RE = String.raw`(?:(?:fiscal(?:\s+year)?|FY)\s*['’]?(\d{4}|\d{2})|((?:19[5-9]|20\d)\d|2100)|(?:['’]|(?<=\s))(\d\d)(?![\d%]|[.,]\d|\s*(?:percent|pct|million|billion|thousand|bn|mm|m\b|k\b|x\b)))`;

/** The year captured by YEAR_TAIL_RE, whose first group is at `i`. */
export function yearFromGroups(m: RegExpExecArray, i: number): number | undefined {
  const text = m[i] ?? m[i + 1] ?? m[i + 2];
  return text === undefined ? undefined : expandYear(text);
}
