// Made-up tables in the layouts a text rendering of an HTML exhibit gives: one layout feature per block.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const WRAPPED_EQUITY = `
TARNWELL FITTINGS CORPORATION
CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)
(in thousands, except share amounts)
                                                     June 27, 2026   June 28, 2025
Total Liabilities                                           40,100          42,300
Shareholders' Equity:
Common stock, authorized 9,000,000 shares, $.01 par
value, 4,120,500 issued shares at June 27, 2026 and
4,101,200 issued shares at June 28, 2025                        41              41
Retained earnings                                           88,400          80,950
Total Shareholders' Equity                                  88,441          80,991
Total Liabilities and Shareholders' Equity                 128,541         123,291
`;

describe('a label wrapped over three lines whose middle line reads like a sentence', () => {
  const doc = readReport(WRAPPED_EQUITY, 'tarnwell.txt');
  it('stays inside its table: the rows below it keep the balance dates', () => {
    expect(doc.statements).toHaveLength(1);
    const total = doc.statements[0]!.rows.find((r) => r.label === "Total Shareholders' Equity")!;
    expect(total.values).toEqual(['88441000', '80991000']);
    expect(doc.statements[0]!.columns.map((c) => c.period?.end)).toEqual(['2026-06-27', '2025-06-28']);
  });
});

const TITLE_ON_NAMES_LINE = `
(In thousands)

Selected Balance Sheet Information:                        June 30, 2026   December 31, 2025
(Unaudited)
Cash and cash equivalents                                         12,400              11,050
Total assets                                                     150,300             141,900

Selected Cash Flow Information:                                  Six Months Ended June 30,
                                                                 2026                2025
Net cash provided by operating activities                         9,870               8,120
`;

describe("a first column's title printed on the line of the column names", () => {
  const doc = readReport(TITLE_ON_NAMES_LINE, 'selected.txt');
  it('dates the columns: "June 30, 2026   December 31, 2025" after "Selected Balance Sheet Information:"', () => {
    expect(doc.statements[0]!.columns.map((c) => c.period?.end)).toEqual(['2026-06-30', '2025-12-31']);
  });
  it('spreads "Six Months Ended June 30," after the title over both years below it', () => {
    expect(doc.statements[1]!.columns.map((c) => [c.period?.type, c.period?.end])).toEqual([['six_months', '2026-06-30'], ['six_months', '2025-06-30']]);
  });
});

const ENTITY_COLUMNS = `
RECONCILIATION OF NON-GAAP FINANCIAL MEASURES (UNAUDITED)
(In thousands)

Reconciliation of Adjusted EBITDA by Entity:            Three Months Ended June 30, 2026
                                           Parent Co.   River JV   Eliminations   Consolidated
Net income (loss)                               5,200        310           (40)          5,470
Depreciation and amortization                   1,100        205              —          1,305
Adjusted EBITDA                                 6,300        515           (40)          6,775
`;

describe('one quarter split by entity beside its consolidated column', () => {
  const doc = readReport(ENTITY_COLUMNS, 'entities.txt');
  const cols = doc.statements[0]!.columns;
  it('gives the quarter to the consolidated column only (the parts are no figure of the quarter)', () => {
    expect(cols.map((c) => c.period?.type ?? null)).toEqual([null, null, null, 'quarter']);
    expect(cols[3]!.period?.end).toBe('2026-06-30');
  });
  it('without a column named as the whole, gives the quarter to each part only under its own name', () => {
    const parts = readReport(ENTITY_COLUMNS.replace('Consolidated', '  Combined  '), 'parts.txt');
    expect(parts.statements.map((s) => s.rows[0]!.path.join(' › '))).toEqual(['Parent Co. › Net income (loss)', 'River JV › Net income (loss)', 'Eliminations › Net income (loss)', 'Combined › Net income (loss)']);
    expect(parts.statements.every((s) => s.columns.length === 1 && s.columns[0]!.period?.end === '2026-06-30')).toBe(true);
    expect(parts.statements[1]!.rows[0]!.values).toEqual(['310000']);
  });
});

const BARE_PAGE_NUMBER = `
CONDENSED CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
(In thousands, except per share data)
                                                   Three Months Ended June 30,
                                                      2026          2025
Net income                                           4,820         4,105
Diluted                                               0.60          0.51

6

SELECTED BALANCE SHEET INFORMATION
`;

describe('a page number printed bare between empty lines below a table', () => {
  const doc = readReport(BARE_PAGE_NUMBER, 'page.txt');
  it('is no row of the table above it', () => {
    expect(doc.statements[0]!.rows.map((r) => r.label)).toEqual(['Net income', 'Diluted']);
  });
});
