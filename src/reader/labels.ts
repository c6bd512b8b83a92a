// Label clean-up and the word tests that decide how label lines join.
import { memoize } from '../util/memo.js';

// Labels repeat from table to table and report to report: each is cleaned once.
// "- - Excluding One-Time Items (See Notes)" -> "Excluding One-Time Items"; "Revenue:" -> "Revenue"; "Total Retail Sales-" -> "Total Retail Sales";
// "• Product" -> "Product";
// "-- adjusted weighted-average shares" -> "adjusted weighted-average shares"; "Net sales........" -> "Net sales".
export const cleanLabel: (text: string) => string = memoize(8192, (text) => clean(text));

function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\((?:see )?notes?\)/gi, '')
    .replace(/^(?:-+\s+)+/, '')
    // "• Product", "▪ Services": a bullet before a line's name
    .replace(/^[•·▪◦‣∙]\s*/, '')
    // "Net sales......................": leader dots to the figures
    .replace(/\s*\.{3,}\s*$/, '')
    .replace(/([a-z])- ([a-z])/g, '$1-$2')
    // "Basic earnings per share (p)": pence, no footnote mark
    .replace(/(\bper (?:[a-z-]+ )?share|\beps)\s*\(p\)/gi, '$1 (pence)')
    // "Operating expenses(1):", "Efficiency ratio (2)", "Net revenues*": a footnote mark ends no name
    .replace(/\s*(?:\([1-9a-z]\)|\*{1,3})(?=[\s:]*$)/g, '')
    // "Adjusted EBITDA¹", "Cost of revenue ²,³": superscript footnote digits
    .replace(/\s*[\u00b9\u00b2\u00b3\u2070-\u2079](?:[,\s]*[\u00b9\u00b2\u00b3\u2070-\u2079])*(?=[\s:]*$)/g, '')
    .replace(/[\s:\-–—]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Words a label line may end with when it continues on the next line ("Depreciation and amortization of").
const OPEN_END = /(?:[,\-&]|\b(?:and|of|to|by|for|in|the|from|on|at|or|with|net|under|before|after|related|less|per))$/i;

/** True when `next` continues the label begun on `prev` (one wrapped label, not a section and its first row). */
export function continues(prev: string, next: string): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (p.endsWith(':')) return false;
  if (/^[a-z(\d$]/.test(n)) return true;
  // "Earnings per share attributable to Penwarden" / "  Chemical Corporation common shareholders:": a heading in
  // sentence case broken inside a name, its rest indented deeper and closing the heading
  const indent = (t: string) => t.length - t.trimStart().length;
  if (n.endsWith(':') && indent(next) > indent(prev) && /\b[a-z]{3,}\b/.test(p) && /\b[A-Z][a-z]+$/.test(p) && /^[A-Z]/.test(n)) return true;
  // "Adjusted diluted" / "  EPS (1)": a qualifier of two words or more that names nothing alone goes on below
  if (/\s(?:diluted|adjusted)$/i.test(p)) return true;
  return OPEN_END.test(p);
}

/** True when a line of label text opens a section ("Revenue:", "Kilowatt-Hour Sales-", "Consolidated -"). */
export function opensSection(text: string): boolean {
  return /[:-]\s*(?:\((?:see )?notes?\))?\s*$/i.test(text.trim());
}

const MINOR = new Set(['total', 'net', 'cash', 'flows', 'flow', 'from', 'the', 'of', 'and', 'in', 'provided', 'used', 'by', 'for', 'a', 'an']);

/** Significant words of a label, lower case, punctuation dropped: "Stockholders' equity:" -> ["stockholders", "equity"]. */
export const keyWords: (text: string) => readonly string[] = memoize(8192, (text) => Object.freeze(text
  .toLowerCase()
  .replace(/[^a-z0-9 ]+/g, ' ')
  .split(/\s+/)
  .filter((w) => w.length > 1 && !MINOR.has(w))));

/** A label that totals something: "Total revenue", "Net cash provided by operating activities". */
export function isTotalLabel(label: string): boolean {
  return /^(?:total\b|net cash\b)|^cash (?:provided|generated|used)\b.*\b(?:activities|operations)$/i.test(label.trim());
}
