// Statement kind from the title words, failing that from the rows' vocabulary.
import type { StatementKind } from '../core/store.js';

// Title rules, first match wins; each with an example.
const TITLE_RULES: [RegExp, StatementKind][] = [
  // "Financial Highlights", "Analysis of Consolidated Earnings", "Kilowatt-Hour Sales", "Reconciliation of ...",
  // "Operating and Financial Summary" (ounces, prices, earnings and cash flows in one table): other tables
  // "Deutsche Kranbau at a glance", "Key figures": a European report's summary of earnings and balances
  [/\b(?:highlights|summary|analysis|overview|factors|reconciliation|segments?|statistics|supplemental|kilowatt|sales|at a glance|key figures)\b/i, 'other'],
  // "Consolidated Statements of Shareholders' Equity": movements of equity, its columns are components, not periods
  [/\bstatements? of (?:changes in )?(?:stockholders|shareholders|owners)'?s?'? equity\b/i, 'other'],
  // "Condensed Consolidated Balance Sheets", "Statement of Financial Position"
  [/\bbalance sheets?\b|\bfinancial (?:position|condition)\b/i, 'balance'],
  // "Share Data", "Per Share Data", "Share Information": counts of shares and per-share figures, no statement
  [/\bshare (?:data|information)\b/i, 'other'],
  // "Statements of Cash Flows"
  [/\bcash flows?\b/i, 'cash_flow'],
  // "Statements of Operations", "Statement of Earnings", "Income Statement"
  [/\b(?:operations|income|earnings|loss)\b/i, 'income'],
];

// Row vocabulary when the title says nothing: "Total assets" -> balance; "Net cash provided by" -> cash flow.
const ROW_RULES: [RegExp, StatementKind][] = [
  [/^total assets\b|^total liabilities\b/i, 'balance'],
  [/^net cash (?:provided|used)|^cash flows? from|end of (?:the )?period/i, 'cash_flow'],
  [/^(?:total )?(?:net )?revenues?$|^net sales$|^gross (?:profit|margin)$|^net income|^operating income/i, 'income'],
];

/** The kind of a statement from its title and row labels. */
export function statementKind(title: string, labels: string[]): StatementKind {
  for (const [re, kind] of TITLE_RULES) if (re.test(title)) return kind;
  const found = ROW_RULES.filter(([re]) => labels.some((l) => re.test(l))).map(([, kind]) => kind);
  // ("Net revenue", "Net income" and "Total assets" in one untitled table: a summary of both, neither statement)
  if (found.includes('balance') && found.includes('income') && !found.includes('cash_flow')) return 'other';
  if (found.length) return found[0]!;
  return 'other';
}
