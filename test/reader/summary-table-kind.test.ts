// "Operating and Financial Summary": a miner's table of ounces, prices, earnings and cash flows together is a
// summary, not a cash flow statement because it ends with "Free cash flow"; its rows are not marked down as lines
// asked of the wrong statement (EPS from a "cash flow" table), so they meet the statements' own rows evenly.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { statementKind } from '../../src/reader/kind.js';

describe('a summary table', () => {
  it('is of kind other by its title', () => {
    expect(statementKind('Operating and Financial Summary', ['Revenue', 'Cash flow from operating activities', 'Free cash flow'])).toBe('other');
    expect(statementKind('Summary of results', ['Revenue', 'Net income'])).toBe('other');
  });
  it('is of kind other when a European report titles it "at a glance", or when its rows mix earnings and balances', () => {
    expect(statementKind('Deutsche Kranbau at a glance', ['Net revenue', 'Total assets'])).toBe('other');
    expect(statementKind('Table at line 7', ['Net revenue', 'Net income', 'Total assets', "Shareholders' equity"])).toBe('other');
    expect(statementKind('Table at line 7', ['Cash and cash equivalents', 'Total assets'])).toBe('balance');
  });
  it('leaves a statement titled plainly as it was', () => {
    expect(statementKind('Condensed Consolidated Statements of Cash Flows', ['Net cash provided by operating activities'])).toBe('cash_flow');
  });
  it('reads the summary of a release so', () => {
    const doc = readReport(`Corrabin Gold Corp. Reports Second Quarter 2024 Results

Operating and Financial Summary
                                            Three months ended
                                                 June 30
                                             2024        2023
Revenue                                     301.7       244.9
Cash flow from operating activities         141.2       101.6
Free cash flow                               62.4        38.0
`, 'corrabin.txt');
    expect(doc.statements[0]!.kind).toBe('other');
  });
});
