// Costs printed in parentheses as deductions ("Cost of sales   (91,813)   (80,595)"): amounts spent.
import type { Column, Row } from '../store.js';

// "Costs and expenses › Selling, general and administrative", "Cost of sales": a cost by its words.
const COST_WORDS = /\b(?:costs?|expenses?|expenditures?)\b/i;
// "Other income (expense)", "Gain on sale", "Restructuring benefit": not a cost, whatever its section.
const NOT_COST = /\b(?:income|gains?|benefits?|revenues?|recover(?:y|ies)|credits?|reversals?)\b/i;

// "Less: allowance for credit losses  (178,650)": a line printed as a deduction by its first word.
const LESS_LINE = /^\s*less\b/i;

/**
 * A cost row (or a "Less:" line) whose every figure is printed negative: the statement subtracts it, its size is the
 * cost. With the table's columns, only the figures of periods count ("Corporate expense (18.5) (76.3) 75.8%": its
 * "% Change" is no figure of the cost).
 */
export function isDeductedCost(row: Row, columns?: Column[]): boolean {
  // ("Less: allowance for credit losses" is deducted whatever its words; "Less: net income attributable to
  // noncontrolling interests" is a share of income, not a cost)
  const deducted = LESS_LINE.test(row.label) && !/\bincome\b/i.test(row.label);
  if (!deducted && (!COST_WORDS.test(row.path.join(' ')) || NOT_COST.test(row.label))) return false;
  const printed = row.values.filter((v, i): v is string => v !== null && v !== '0' && (!columns || columns[i]?.kind === 'period'));
  return printed.length > 0 && printed.every((v) => v.startsWith('-'));
}
