// The statements of one release as layout-free tables: which periods, which rows, which figures.
import { fq, quarterEnd, quarterOf, weeksBetween, yearOf, type Day } from './calendar.js';
import type { Company } from './companies.js';
import { sumFlows, type Balance, type CompanyFigures, type Flows } from './figures.js';

/** A figure as an integer scaled by 10^dp: { n: -3, dp: 2 } prints "(0.03)". */
export interface Fig { n: number; dp: number; pct?: boolean }

/** A column: the period it covers (months 0 = a balance-sheet date). */
export interface PeriodCol { months: 0 | 3 | 6 | 9 | 12; weeks: number | null; end: Day }

export type TLine =
  | { type: 'section'; label: string; indent: number }
  | { type: 'row'; label: string; indent: number; values: (Fig | null)[]; dollar?: boolean;
      total?: 'sub' | 'grand'; unlabeled?: boolean }
  | { type: 'blank' };

/** One statement before layout. */
export interface Table {
  kind: 'income' | 'balance' | 'cash_flow';
  title: string;
  units: string;
  cols: PeriodCol[];
  lines: TLine[];
}

const money = (n: number): Fig => ({ n, dp: 0 });
/** Rounds a / b to `dp` decimals with integers only (half away from zero). */
export function ratioFig(a: number, b: number, dp: number, pctFlag = false): Fig {
  const scale = 10 ** dp * (pctFlag ? 100 : 1);
  const num = Math.abs(a) * scale;
  const q = Math.floor((2 * num + b) / (2 * b));
  return { n: a < 0 ? -q : q, dp, pct: pctFlag };
}

type Src<T> = { cols: T[] };
const row = <T>(s: Src<T>, label: string, get: (t: T) => number, extra: Partial<Extract<TLine, { type: 'row' }>> = {},
  indent = 2): TLine => ({ type: 'row', label, indent, values: s.cols.map((t) => money(get(t))), ...extra });

/** The fiscal quarter before the fiscal year of f starts. */
const yearStart = (f: number): number => fq(yearOf(f), 1) - 1;

function periodCol(c: Company, fromF: number, toF: number): PeriodCol {
  const months = (3 * (toF - fromF)) as 3 | 6 | 9 | 12;
  return { months, weeks: c.weeks52 ? weeksBetween(c, fromF, toF) : null, end: quarterEnd(c, toF) };
}

function incomeLines(s: Src<Flows>, withMargin: boolean): TLine[] {
  const lines: TLine[] = [
    { type: 'section', label: 'Revenue:', indent: 0 },
    row(s, 'Product', (t) => t.productRevenue, { dollar: true }, 3),
    row(s, 'Service', (t) => t.serviceRevenue, {}, 3),
    row(s, 'Total revenue', (t) => t.totalRevenue, { total: 'sub' }, 6),
    { type: 'blank' },
    { type: 'section', label: 'Cost of revenue:', indent: 0 },
    row(s, 'Product', (t) => t.productCost, {}, 3),
    row(s, 'Service', (t) => t.serviceCost, {}, 3),
    row(s, 'Total cost of revenue', (t) => t.totalCost, { total: 'sub' }, 6),
    { type: 'blank' },
    row(s, 'Gross profit', (t) => t.grossProfit, {}, 0),
  ];
  if (withMargin) {
    lines.push({ type: 'row', label: 'Gross margin', indent: 0, values: s.cols.map((t) => ratioFig(t.grossProfit, t.totalRevenue, 1, true)) });
  }
  lines.push(
    { type: 'blank' },
    { type: 'section', label: 'Operating expenses:', indent: 0 },
    row(s, 'Research and development', (t) => t.rd, {}, 3),
    row(s, 'Sales and marketing', (t) => t.sm, {}, 3),
    row(s, 'General and administrative', (t) => t.ga, {}, 3),
    row(s, 'Total operating expenses', (t) => t.totalOpex, { total: 'sub' }, 6),
    { type: 'blank' },
    row(s, 'Income (loss) from operations', (t) => t.operatingIncome, {}, 0),
    row(s, 'Interest income', (t) => t.interestIncome, {}, 0),
    row(s, 'Interest expense', (t) => -t.interestExpense, {}, 0),
    row(s, 'Other income (expense), net', (t) => t.otherNet, {}, 0),
    { type: 'blank' },
    row(s, 'Income (loss) before income taxes', (t) => t.pretax, { total: 'sub' }, 0),
    row(s, 'Provision for (benefit from) income taxes', (t) => t.tax, {}, 0),
    row(s, 'Net income (loss)', (t) => t.netIncome, { dollar: true, total: 'grand' }, 0),
    { type: 'blank' },
    { type: 'section', label: 'Net income (loss) per share:', indent: 0 },
    { type: 'row', label: 'Basic', indent: 3, dollar: true, values: s.cols.map((t) => ratioFig(t.netIncome, t.sharesBasic, 2)) },
    { type: 'row', label: 'Diluted', indent: 3, dollar: true, values: s.cols.map((t) => ratioFig(t.netIncome, t.sharesDiluted, 2)) },
    { type: 'blank' },
    { type: 'section', label: 'Shares used in computing net income (loss) per share:', indent: 0 },
    row(s, 'Basic', (t) => t.sharesBasic, {}, 3),
    row(s, 'Diluted', (t) => t.sharesDiluted, {}, 3),
  );
  return lines;
}

function balanceLines(s: Src<Balance>, unlabeledTotals: boolean): TLine[] {
  const total = (label: string, get: (b: Balance) => number): TLine =>
    row(s, unlabeledTotals ? '' : label, get, { dollar: true, total: 'grand', unlabeled: unlabeledTotals }, 0);
  return [
    { type: 'section', label: 'Current assets:', indent: 0 },
    row(s, 'Cash and cash equivalents', (b) => b.cash, { dollar: true }),
    row(s, 'Marketable securities', (b) => b.securities),
    row(s, 'Accounts receivable, net', (b) => b.receivables),
    row(s, 'Inventories', (b) => b.inventory),
    row(s, 'Other current assets', (b) => b.otherCurrent),
    row(s, 'Total current assets', (b) => b.totalCurrentAssets, { total: 'sub' }, 4),
    { type: 'blank' },
    row(s, 'Property and equipment, net', (b) => b.ppe, {}, 0),
    row(s, 'Goodwill', (b) => b.goodwill, {}, 0),
    row(s, 'Other assets', (b) => b.otherAssets, {}, 0),
    total('Total assets', (b) => b.totalAssets),
    { type: 'blank' },
    { type: 'section', label: "Liabilities and stockholders' equity", indent: 0 },
    { type: 'section', label: 'Current liabilities:', indent: 0 },
    row(s, 'Accounts payable', (b) => b.payables, { dollar: true }),
    row(s, 'Accrued expenses', (b) => b.accrued),
    row(s, 'Deferred revenue', (b) => b.deferredRevenue),
    row(s, 'Total current liabilities', (b) => b.totalCurrentLiabilities, { total: 'sub' }, 4),
    { type: 'blank' },
    row(s, 'Long-term debt', (b) => b.longTermDebt, {}, 0),
    row(s, 'Other long-term liabilities', (b) => b.otherLiabilities, {}, 0),
    row(s, 'Total liabilities', (b) => b.totalLiabilities, { total: 'sub' }, 6),
    { type: 'blank' },
    { type: 'section', label: "Stockholders' equity:", indent: 0 },
    row(s, 'Common stock', (b) => b.commonStock),
    row(s, 'Additional paid-in capital', (b) => b.apic),
    row(s, 'Retained earnings (accumulated deficit)', (b) => b.retained),
    row(s, "Total stockholders' equity", (b) => b.totalEquity, { total: 'sub' }, 6),
    unlabeledTotals ? total('', (b) => b.totalLiabilitiesAndEquity)
      : total("Total liabilities and stockholders' equity", (b) => b.totalLiabilitiesAndEquity),
  ];
}

type CashSrc = { flows: Flows; begin: number; end: number };
function cashLines(s: Src<CashSrc>): TLine[] {
  const f = (label: string, get: (t: Flows) => number, extra = {}, indent = 4): TLine => row(s, label, (t) => get(t.flows), extra, indent);
  return [
    { type: 'section', label: 'Cash flows from operating activities:', indent: 0 },
    f('Net income (loss)', (t) => t.netIncome, { dollar: true }, 2),
    { type: 'section', label: 'Adjustments to reconcile net income (loss) to net cash provided by operating activities:', indent: 2 },
    f('Depreciation and amortization', (t) => t.depreciation),
    f('Stock-based compensation', (t) => t.stockComp),
    { type: 'section', label: 'Changes in operating assets and liabilities:', indent: 4 },
    f('Accounts receivable', (t) => t.receivablesChange, {}, 6),
    f('Inventories', (t) => t.inventoryChange, {}, 6),
    f('Accounts payable', (t) => t.payablesChange, {}, 6),
    f('Deferred revenue', (t) => t.deferredRevenueChange, {}, 6),
    f('Net cash provided by (used in) operating activities', (t) => t.operatingCash, { total: 'sub' }, 8),
    { type: 'blank' },
    { type: 'section', label: 'Cash flows from investing activities:', indent: 0 },
    f('Purchases of property and equipment', (t) => t.capex, {}, 2),
    f('Purchases of marketable securities', (t) => t.securitiesPurchases, {}, 2),
    f('Maturities of marketable securities', (t) => t.securitiesMaturities, {}, 2),
    f('Net cash provided by (used in) investing activities', (t) => t.investingCash, { total: 'sub' }, 8),
    { type: 'blank' },
    { type: 'section', label: 'Cash flows from financing activities:', indent: 0 },
    f('Proceeds from issuance of common stock', (t) => t.stockProceeds, {}, 2),
    f('Repurchases of common stock', (t) => t.repurchases, {}, 2),
    f('Net cash provided by (used in) financing activities', (t) => t.financingCash, { total: 'sub' }, 8),
    { type: 'blank' },
    f('Net increase (decrease) in cash and cash equivalents', (t) => t.netCashChange, {}, 0),
    row(s, 'Cash and cash equivalents, beginning of period', (t) => t.begin, {}, 0),
    row(s, 'Cash and cash equivalents, end of period', (t) => t.end, { dollar: true, total: 'grand' }, 0),
  ];
}

/** The statements of company c's release for fiscal quarter f. `split` prints quarter and year-to-date as two tables. */
export function releaseTables(c: Company, figs: CompanyFigures, f: number, split: boolean): Table[] {
  const units = c.scale === 'thousands' ? 'in thousands, except per share data' : 'in millions, except per share amounts';
  const ys = yearStart(f);
  const quarterCols: [number, number][] = split ? [[f - 1, f], [f - 2, f - 1], [f - 5, f - 4]] : [[f - 1, f], [f - 5, f - 4]];
  const ytdCols: [number, number][] = quarterOf(f) > 1 ? [[ys, f], [ys - 4, f - 4]] : [];
  const flowsOf = ([a, b]: [number, number]): Flows => sumFlows(figs, a, b);
  const income = (spans: [number, number][]): Table => ({
    kind: 'income', title: 'Condensed Consolidated Statements of Operations', units,
    cols: spans.map(([a, b]) => periodCol(c, a, b)), lines: incomeLines({ cols: spans.map(flowsOf) }, split),
  });
  const tables: Table[] = split ? [income(quarterCols), ...(ytdCols.length ? [income(ytdCols)] : [])]
    : [income([...quarterCols, ...ytdCols])];
  const priorYearEnd = ys;
  const balanceAt = [f, priorYearEnd];
  tables.push({
    kind: 'balance', title: 'Condensed Consolidated Balance Sheets', units: units.replace(/per share (data|amounts)/, 'share $1'),
    cols: balanceAt.map((b) => ({ months: 0, weeks: null, end: quarterEnd(c, b) })),
    lines: balanceLines({ cols: balanceAt.map((b) => figs.balance.get(b)!) }, split || c.layout === 'tabbed'),
  });
  const cashSpans: [number, number][] = [[ys, f], [ys - 4, f - 4]];
  tables.push({
    kind: 'cash_flow', title: 'Condensed Consolidated Statements of Cash Flows', units: units.replace(/, except.*/, ''),
    cols: cashSpans.map(([a, b]) => periodCol(c, a, b)),
    lines: cashLines({ cols: cashSpans.map(([a, b]) => ({ flows: flowsOf([a, b]), begin: figs.balance.get(a)!.cash, end: figs.balance.get(b)!.cash })) }),
  });
  return tables;
}
