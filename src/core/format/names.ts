// Readable names for rows: "Revenue › Service" -> "Service revenue".
import type { Row } from '../store.js';

// Parenthesised notes and trailing punctuation that are not part of a name: "(See Note)", "-", ":".
function tidy(label: string): string {
  return label.replace(/\((see )?notes?\)/gi, '').replace(/^[\s\-–—:]+|[\s\-–—:,]+$/g, '').replace(/\s+/g, ' ').trim();
}

// "Revenue" -> "revenue"; Title Case "Net Income" -> "net income"; acronyms stay ("EBITDA").
function lowerFirst(s: string): string {
  if (/^([A-Z][a-z]+\W*\s*)+$/.test(s)) return s.toLowerCase();
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// ("NET SALES" -> "Net sales"; a short word alone in capitals is an acronym and stays: "EBIT", "EBITDA", "ARR".)
function sentenceCase(s: string): string {
  if (s === s.toUpperCase() && /[A-Z]{3}/.test(s) && !/^[A-Z]{2,6}$/.test(s)) s = s.toLowerCase();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

// "As Reported" before a section name reads "As reported": a qualifier in lower case.
function qualifierCase(s: string): string {
  return s.replace(/^([A-Z][a-z]+)((?: [A-Z][a-z]+)*)$/, (_, a: string, b: string) => a + b.toLowerCase());
}

// Section headings that group rows rather than qualify them: "Current assets", "Costs and expenses".
// ("Store data", "Operating statistics", "Key metrics": headings of a block of figures.)
const CATEGORY = /\b(assets|liabilities|expenses|costs|activities|equity|adjustments|changes|data|statistics|metrics|information|ratios)\b/i;

// "per share", "per diluted share", "EPS": words of a per-share figure's name.
const PER_SHARE_WORDS = /\bper (?:\w+ )?share\b|\beps\b/i;

/**
 * The name a reader would give a row. A short qualifier under a section reads with the section:
 * Revenue › Product -> "Product revenue"; Net income (loss) per share › Diluted -> "Diluted net income (loss) per share".
 */
export function metricName(row: Row): string {
  const label = tidy(row.label);
  const parent = row.path.length >= 2 ? tidy(row.path[row.path.length - 2]) : '';
  // "Net income › thereof attributable to shareholders" -> "Net income attributable to shareholders"
  const part = /^(?:thereof|of which|hereof)\b[:,]?\s*(.+)$/i.exec(label);
  if (part && parent) return sentenceCase(`${parent} ${part[1]}`);
  const words = label.split(' ').filter(Boolean).length;
  // "Cash paid during the year for:" › "Interest": a heading that runs on into its rows reads before them
  if (parent && /\b(?:for|of|to|in|from|by|on)$/i.test(parent)) return sentenceCase(`${parent} ${lowerFirst(label)}`);
  if (parent && words <= 2 && !/^(total|net|subtotal)\b/i.test(label) && !/^\(/.test(label) && !CATEGORY.test(parent)) {
    return sentenceCase(`${qualifierCase(label)} ${lowerFirst(parent)}`.replace(/\s+%/, ' %'));
  }
  // "Earnings per share - diluted:" › "Net income": a per-share line named by its heading, never "Net income" alone
  if (parent && row.unit.endsWith('/share') && PER_SHARE_WORDS.test(parent) && !PER_SHARE_WORDS.test(label)) return sentenceCase(`${parent}, ${lowerFirst(label)}`);
  return sentenceCase(label || parent || 'Figure');
}
