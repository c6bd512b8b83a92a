// Readable names for rows: "Revenue › Service" -> "Service revenue".
import type { Row } from '../store.js';

// Parenthesised notes and trailing punctuation that are not part of a name: "(See Note)", "-", ":".
function tidy(label: string): string {
  return label.replace(/\((see )?notes?\)/gi, '').replace(/^[\s\-–—:]+|[\s\-–—:,]+$/g, '').replace(/\s+/g, ' ').trim();
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

function sentenceCase(s: string): string {
  if (s === s.toUpperCase() && /[A-Z]{3}/.test(s)) s = s.toLowerCase();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * The name a reader would give a row. A short qualifier under a section reads with the section:
 * Revenue › Product -> "Product revenue"; Net income (loss) per share › Diluted -> "Diluted net income (loss) per share".
 */
export function metricName(row: Row): string {
  const label = tidy(row.label);
  const parent = row.path.length >= 2 ? tidy(row.path[row.path.length - 2]) : '';
  const words = label.split(' ').filter(Boolean).length;
  if (parent && words <= 3 && !/^(total|net|subtotal)\b/i.test(label) && !/^\(/.test(label)) {
    return sentenceCase(`${label} ${lowerFirst(parent)}`.replace(/\s+%/, ' %'));
  }
  return sentenceCase(label || parent || 'Figure');
}
