// The row matcher against documents modelled on the shared reports and on made-up companies.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/store.js';
import { matchRows, matchRowsIn, CONFIDENT_SCORE, TIE_MARGIN } from '../../src/metrics/rows.js';
import { acme, apple, bigbox, bristol, oldco, sonus, southern } from './fixtures.js';
import { makeDoc, pathOf, statement } from './helpers.js';

const norm = (p: string) => p.toLowerCase();

/** The phrase finds `path` confidently, and no row of another path comes within the tie margin. */
function expectRow(doc: Document, phrase: string, path: string, accepted: string[] = []) {
  const c = matchRows(phrase, doc);
  expect(c.length, `no candidate for "${phrase}"`).toBeGreaterThan(0);
  const ok = [path, ...accepted].map(norm);
  expect(pathOf(doc, c[0]!), `best row for "${phrase}" (${c[0]!.reason})`).toBe(path);
  expect(c[0]!.score, `score for "${phrase}" (${c[0]!.reason})`).toBeGreaterThanOrEqual(CONFIDENT_SCORE);
  const rival = c.slice(1).find((x) => c[0]!.score - x.score < TIE_MARGIN && !ok.includes(norm(pathOf(doc, x))));
  expect(rival && `${pathOf(doc, rival)} ${rival.score} (${rival.reason})`, `rival for "${phrase}"`).toBeFalsy();
}

/** No row is a confident match. */
function expectNone(doc: Document, phrase: string) {
  const c = matchRows(phrase, doc);
  const top = c[0];
  expect(top && top.score >= CONFIDENT_SCORE ? `${pathOf(doc, top)} ${top.score} (${top.reason})` : null, `"${phrase}" must not match`).toBeNull();
}

/** The best two candidates are the given rows, within the tie margin (the bot must ask back). */
function expectTie(doc: Document, phrase: string, paths: string[]) {
  const c = matchRows(phrase, doc);
  const top = c.filter((x) => c[0]!.score - x.score < TIE_MARGIN).map((x) => pathOf(doc, x));
  expect(top.length, `"${phrase}" should tie: ${top.join(' | ')}`).toBeGreaterThanOrEqual(2);
  for (const p of paths) expect(top, `"${phrase}"`).toContain(p);
}

describe('Sonus-like statements', () => {
  it('selects rows with the same label by their section', () => {
    expectRow(sonus, 'how much product revenue did report for', 'Revenue › Product');
    expectRow(sonus, 'product cost of revenue', 'Cost of revenue › Product');
    expectRow(sonus, 'cost of service revenue', 'Cost of revenue › Service');
    expectRow(sonus, 'service revenue', 'Revenue › Service');
    expectRow(sonus, 'diluted share count', 'Shares used in computing net income (loss) per share › Diluted');
    expectRow(sonus, 'basic weighted shares', 'Shares used in computing net income (loss) per share › Basic');
    expectRow(sonus, 'diluted EPS', 'Net income (loss) per share › Diluted');
    expectRow(sonus, 'what was the diluted earnings per share', 'Net income (loss) per share › Diluted');
    expectRow(sonus, 'basic net loss per share', 'Net income (loss) per share › Basic');
  });
  it('prefers totals for an unqualified metric', () => {
    expectRow(sonus, 'revenue', 'Revenue › Total revenue');
    expectRow(sonus, 'what was the total revenue', 'Revenue › Total revenue');
    expectRow(sonus, 'sales', 'Revenue › Total revenue');
    expectRow(sonus, 'top line', 'Revenue › Total revenue');
    expectRow(sonus, 'cost of revenue', 'Cost of revenue › Total cost of revenue');
    expectRow(sonus, 'COGS', 'Cost of revenue › Total cost of revenue');
    expectRow(sonus, "what were total operating expenses", 'Operating expenses › Total operating expenses');
    expectRow(sonus, 'opex', 'Operating expenses › Total operating expenses');
  });
  it('finds the income statement lines by lexicon synonyms', () => {
    expectRow(sonus, 'gross profit', 'Gross profit');
    expectRow(sonus, 'R&D', 'Operating expenses › Research and development');
    expectRow(sonus, 'S&M expense', 'Operating expenses › Sales and marketing');
    expectRow(sonus, 'G&A', 'Operating expenses › General and administrative');
    expectRow(sonus, 'operating loss', 'Income (loss) from operations');
    expectRow(sonus, 'income from operations', 'Income (loss) from operations');
    expectRow(sonus, 'interest income', 'Interest income');
    expectRow(sonus, 'interest expense', 'Interest expense');
    expectRow(sonus, 'pre-tax income', 'Income (loss) before income taxes');
    expectRow(sonus, 'tax benefit', 'Income tax benefit (provision)');
    expectRow(sonus, 'net loss', 'Net income (loss)');
    expectRow(sonus, 'the bottom line', 'Net income (loss)');
    expectRow(sonus, 'net income', 'Net income (loss)');
  });
  it('finds balance sheet and cash flow lines', () => {
    expectRow(sonus, 'cash', 'Assets › Current assets › Cash and cash equivalents');
    expectRow(sonus, 'cash and cash equivalents', 'Assets › Current assets › Cash and cash equivalents');
    expectRow(sonus, 'marketable securities', 'Assets › Current assets › Marketable debt securities');
    expectRow(sonus, 'long-term investments', 'Assets › Long-term investments');
    expectRow(sonus, 'receivables', 'Assets › Current assets › Accounts receivable, net');
    expectRow(sonus, 'inventory', 'Assets › Current assets › Inventory, net');
    expectRow(sonus, 'how much goodwill does carry', 'Assets › Goodwill');
    expectRow(sonus, 'total assets', 'Assets › Total assets');
    expectRow(sonus, 'accounts payable', "Liabilities and stockholders' equity › Current liabilities › Accounts payable");
    expectRow(sonus, 'long-term deferred revenue', "Liabilities and stockholders' equity › Long-term deferred revenue");
    expectRow(sonus, 'current portion of deferred revenue', "Liabilities and stockholders' equity › Current liabilities › Current portion of deferred revenue");
    expectRow(sonus, "stockholders' equity", "Liabilities and stockholders' equity › Stockholders equity › Total stockholders' equity");
    expectRow(sonus, 'accumulated deficit', "Liabilities and stockholders' equity › Stockholders equity › Accumulated deficit");
    expectRow(sonus, 'cash flow from operations', 'Cash flows from operating activities › Net cash provided by operating activities');
    expectRow(sonus, 'spend on capital expenditures', 'Cash flows from investing activities › Purchases of property and equipment');
    expectRow(sonus, 'stock-based compensation', 'Cash flows from operating activities › Adjustments to reconcile net income (loss) to cash flows provided by operating activities › Stock-based compensation');
    expectRow(sonus, 'D&A', 'Cash flows from operating activities › Adjustments to reconcile net income (loss) to cash flows provided by operating activities › Depreciation and amortization of property and equipment');
    expectRow(sonus, 'cash at end of period', 'Cash and cash equivalents, end of period');
  });
  it('answers any row by its own words', () => {
    expectRow(sonus, 'accrued restructuring expenses', "Liabilities and stockholders' equity › Current liabilities › Accrued restructuring expenses");
    expectRow(sonus, 'purchased intangible assets', 'Assets › Purchased intangible assets, net');
    expectRow(sonus, 'additional paid-in capital', "Liabilities and stockholders' equity › Stockholders equity › Additional paid-in capital");
    expectRow(sonus, 'treasury stock', "Liabilities and stockholders' equity › Stockholders equity › Treasury stock");
    expectRow(sonus, 'acquisition of Zynetix', 'Cash flows from investing activities › Acquisition of Zynetix Limited');
    expectRow(sonus, 'effect of exchange rate changes', 'Effect of exchange rate changes on cash and cash equivalents');
  });
  it('keeps the balance and its change on the cash flow statement apart', () => {
    const c = matchRows('accounts receivable', sonus);
    expect(pathOf(sonus, c[0]!)).toBe('Assets › Current assets › Accounts receivable, net');
    expect(c[1]!.score).toBeLessThan(CONFIDENT_SCORE);
  });
  it('ties where the phrase does not choose', () => {
    expectTie(sonus, 'EPS', ['Net income (loss) per share › Basic', 'Net income (loss) per share › Diluted']);
    expectTie(sonus, 'share count', ['Shares used in computing net income (loss) per share › Basic', 'Shares used in computing net income (loss) per share › Diluted']);
    expectTie(sonus, 'deferred revenue', ["Liabilities and stockholders' equity › Current liabilities › Current portion of deferred revenue", 'Cash flows from operating activities › Changes in operating assets and liabilities › Deferred revenue']);
    expectNone(sonus, 'EPS');
    expectNone(sonus, 'deferred revenue');
  });
  it('never confuses natures or neighbouring metrics', () => {
    for (const q of ['net income', 'net loss']) {
      for (const c of matchRows(q, sonus).filter((x) => x.score >= 0.5)) expect(pathOf(sonus, c)).not.toMatch(/per share|Net cash/);
    }
    const gp = matchRows('gross profit', sonus);
    expect(gp.filter((c) => c.score >= 0.5).map((c) => pathOf(sonus, c))).toEqual(['Gross profit']);
    expectRow(sonus, 'gross margin', 'Gross profit % › Total gross profit');
    expectRow(sonus, 'product gross margin', 'Gross profit % › Product');
    const eps = matchRows('diluted EPS', sonus).find((c) => pathOf(sonus, c).startsWith('Shares used'));
    expect(eps?.score ?? 0).toBeLessThan(0.5);
  });
  it('has no confident row for metrics it does not hold', () => {
    for (const q of ['income', 'total costs', 'cash burn', 'revenue guidance', 'net cash', 'debt', 'average cash', 'revenue per employee']) expectNone(sonus, q);
    for (const q of ['P/E ratio', 'market cap', 'cash flow', 'dividends per share', 'short-term debt', 'SG&A', 'restructuring', 'EBITDA', 'interest income from Alabama', 'president', 'customers in France', 'hot dogs']) expectNone(sonus, q);
    expect(matchRows("What's the P/E ratio", sonus)).toEqual([]);
    expect(matchRows('P/E ratio', sonus).some((c) => pathOf(sonus, c) === 'Interest expense')).toBe(false);
  });
  it('collects a trace when asked', () => {
    const trace: string[] = [];
    matchRows('product revenue', sonus, trace);
    expect(trace[0]).toMatch(/concepts \[revenue\] qualifiers \[product\]/);
    expect(trace.some((t) => t.includes('Revenue › Product'))).toBe(true);
    expect(matchRows('product revenue', sonus)[0]!.reason).toMatch(/lexicon revenue/);
  });
});

describe('Apple-like statements', () => {
  it('finds the lines by finance vocabulary', () => {
    expectRow(apple, 'revenue', 'Net sales');
    expectRow(apple, 'cost of goods sold', 'Costs and expenses › Cost of sales');
    expectRow(apple, 'SG&A', 'Costs and expenses › Selling, general and administrative');
    expectRow(apple, 'research and development', 'Costs and expenses › Research and development');
    expectRow(apple, 'in-process R&D', 'Costs and expenses › In-process research and development');
    expectRow(apple, 'total costs and expenses', 'Costs and expenses › Total costs and expenses');
    expectRow(apple, 'operating income', 'Operating loss');
    expectRow(apple, 'pretax loss', 'Loss before benefit from income taxes');
    expectRow(apple, 'income taxes', 'Benefit from income taxes');
    expectRow(apple, 'EPS', 'Loss per common share');
    expectRow(apple, 'dividends per share', 'Cash dividends paid per common share');
    expectRow(apple, 'cash dividends paid per share', 'Cash dividends paid per common share');
    expectRow(apple, 'cash dividends', 'Financing › Cash dividends');
    expectRow(apple, 'weighted average shares', 'Common shares used in the calculations of loss per share (in thousands)');
    expectRow(apple, 'accounts receivable', 'Current assets › Accounts receivable, net of allowance for doubtful accounts of $96 ($91 at September 27, 1996)');
    expectRow(apple, 'inventories', 'Current assets › Inventories › Total inventories');
    expectRow(apple, 'finished goods', 'Current assets › Inventories › Finished goods');
    expectRow(apple, 'PP&E', 'Net property, plant, and equipment');
    expectRow(apple, 'notes payable', 'Current liabilities › Notes payable to banks');
    expectRow(apple, 'accrued restructuring costs', 'Current liabilities › Accrued restructuring costs');
    expectRow(apple, 'restructuring costs', 'Costs and expenses › Restructuring costs');
    expectRow(apple, "shareholders' equity", "Shareholders' equity › Total shareholders' equity");
    expectRow(apple, 'retained earnings', "Shareholders' equity › Retained earnings");
    expectRow(apple, 'operating cash flow', 'Operating › Cash generated by (used for) operating activities');
    expectRow(apple, 'cash used for investing activities', 'Investing › Cash generated by (used for) investing activities');
    expectRow(apple, 'capex', 'Investing › Purchases of property, plant and equipment');
    expectRow(apple, 'cash at the beginning of the period', 'Cash and cash equivalents, beginning of the period');
    expectRow(apple, 'deferred tax assets', 'Current assets › Deferred tax assets');
    expectRow(apple, 'deferred tax liabilities', 'Deferred tax liabilities');
    expectRow(apple, 'PP&E', 'Net property, plant, and equipment');
  });
  it('declines what Apple does not print', () => {
    for (const q of ['interest income', 'gross profit', 'goodwill', 'total liabilities', 'diluted EPS', 'marketable securities from Europe']) expectNone(apple, q);
  });
});

describe('Bristol-Myers-like statements', () => {
  it('finds the lines', () => {
    expectRow(bristol, 'sales', 'Net Sales');
    expectRow(bristol, 'cost of products sold', 'Expenses › Cost of products sold');
    expectRow(bristol, 'COGS', 'Expenses › Cost of products sold');
    expectRow(bristol, 'advertising and product promotion', 'Expenses › Advertising and product promotion');
    expectRow(bristol, 'EBT', 'Earnings Before Income Taxes');
    expectRow(bristol, 'tax provision', 'Provision for income taxes');
    expectRow(bristol, 'net earnings', 'Net Earnings');
    expectRow(bristol, 'profit', 'Net Earnings');
    expectRow(bristol, 'earnings per share', 'Earnings Per Common Share');
    expectRow(bristol, 'share count', 'Average Common Shares Outstanding (in millions)');
    expectRow(bristol, 'dividend per share', 'Dividends Per Common Share');
    expectRow(bristol, 'marketable securities', 'Current Assets › Time deposits and marketable securities');
    expectRow(bristol, 'goodwill', 'Excess of cost over net tangible assets received in business acquisitions');
    expectRow(bristol, 'total liabilities', 'Total Liabilities');
    expectRow(bristol, 'equity', "Stockholders' Equity › Total Stockholders' Equity");
    expectRow(bristol, 'total liabilities and equity', "Total Liabilities and Stockholders' Equity");
    expectRow(bristol, 'capital expenditures', 'Cash Flows From Investing Activities › Additions to fixed assets');
    expectRow(bristol, 'share repurchases', 'Cash Flows From Financing Activities › Purchases of treasury stock');
    expectRow(bristol, 'insurance recoverable', 'Insurance Recoverable');
  });
  it('ties the two product liability rows and declines diluted EPS', () => {
    expectTie(bristol, 'product liability', ['Current Liabilities › Product liability', 'Product Liability']);
    expectRow(bristol, 'current product liability', 'Current Liabilities › Product liability');
    expectNone(bristol, 'diluted EPS');
    expectNone(bristol, 'deferred revenue');
  });
});

describe('Southern-like tables', () => {
  const consolidatedRevenue = ['Operating Revenues', 'Income Account- › Total Revenues', 'Consolidated - › Operating Revenues'];
  const reportedIncome = ['Net Income - Excluding One-Time Items (See Notes) › - As Reported', 'Income Account- › NET INCOME AS REPORTED (See Note)', 'Consolidated - › Net Income As Reported (See Note)'];
  it('ranks consolidated rows above subsidiaries and reported above adjusted', () => {
    expectRow(southern, 'operating revenues', consolidatedRevenue[0]!, consolidatedRevenue);
    expectRow(southern, 'net income', reportedIncome[0]!, reportedIncome);
    expectRow(southern, 'net income as reported', reportedIncome[0]!, reportedIncome);
    expectRow(southern, 'net income excluding one-time items', 'Net Income - Excluding One-Time Items (See Notes)', ['Income Account- › NET INCOME EXCLUDING ONE-TIME ITEMS']);
    expectRow(southern, 'basic EPS', 'Basic Earnings Per Share-(Notes) › - - As Reported');
    expectRow(southern, 'earnings before income taxes', 'Consolidated - › Earnings Before Income Taxes');
  });
  it('selects a subsidiary when the phrase names it', () => {
    expectRow(southern, 'Alabama Power operating revenues', 'Alabama Power - › Operating Revenues');
    expectRow(southern, 'Georgia Power net income', 'Georgia Power - › Net Income Available to Common');
  });
  it('finds rows by their own words, also in other units', () => {
    expectRow(southern, 'retail revenue', 'Income Account- › Retail Revenue');
    expectRow(southern, 'fuel and purchased power', 'Income Account- › Fuel and Purchased Power');
    expectRow(southern, 'total operating expenses', 'Income Account- › Total Operating Expenses');
    expectRow(southern, 'kilowatt-hour sales', 'Kilowatt-Hour Sales- › Total Sales');
    expectRow(southern, 'shares outstanding', 'End of Period Shares Outstanding (in millions)');
  });
  it('does not take a segment subtotal for net income', () => {
    const total = matchRows('net income', southern).find((c) => pathOf(southern, c) === 'Consolidated Earnings- (See Notes) › Total');
    expect(total?.score ?? 0).toBeLessThan(CONFIDENT_SCORE);
  });
  it('declines what is not there', () => {
    for (const q of ['cash', 'diluted EPS', 'R&D', 'total assets', 'gross profit']) expectNone(southern, q);
  });
});

describe('made-up companies with other wordings', () => {
  it('Acme: other labels for the same metrics', () => {
    expectRow(acme, 'revenue', 'Net revenues');
    expectRow(acme, 'cost of revenue', 'Cost of net revenues');
    expectRow(acme, 'gross profit', 'Gross margin');
    expect(matchRows('gross margin', acme).filter((c) => c.score >= 0.5)).toEqual([]);
    expectRow(acme, 'SG&A', 'Operating expenses › Selling, general and administrative expenses');
    expectRow(acme, 'operating income', 'Income from operations');
    expectRow(acme, 'pretax income', 'Income before provision for income taxes');
    expectRow(acme, 'income tax expense', 'Provision for income taxes');
    expectRow(acme, 'diluted shares', 'Weighted average shares outstanding › Diluted');
    expectRow(acme, 'basic EPS', 'Net income per share › Basic');
    expectRow(acme, 'short-term investments', 'Current assets › Short-term investments');
    expectRow(acme, 'accrued liabilities', 'Current liabilities › Accrued liabilities');
    expectRow(acme, 'deferred revenue', 'Current liabilities › Deferred revenue');
    expectRow(acme, 'intangible assets', 'Other intangible assets, net');
    expectRow(acme, 'operating cash flow', 'Operating activities › Net cash provided by operating activities');
    expectRow(acme, 'capex', 'Investing activities › Purchases of property, plant and equipment');
    expectRow(acme, 'stock buybacks', 'Financing activities › Repurchases of common stock');
    expectRow(acme, 'SBC', 'Operating activities › Stock-based compensation expense');
    expectRow(acme, 'net income', 'Net income');
  });
  it('Acme: non-GAAP rows only when asked', () => {
    expectRow(acme, 'non-GAAP net income', 'Non-GAAP net income');
    expectRow(acme, 'adjusted EBITDA', 'Adjusted EBITDA');
    const c = matchRows('operating income', acme);
    expect(pathOf(acme, c[0]!)).toBe('Income from operations');
    expect(c.find((x) => pathOf(acme, x) === 'Non-GAAP operating income')!.score).toBeLessThan(CONFIDENT_SCORE);
  });
  it('Bigbox: revenue without a printed total is a tie, its parts are found by their own words', () => {
    expectTie(bigbox, 'revenue', ['Revenues › Merchandise sales and services', 'Revenues › Credit card revenues']);
    expectNone(bigbox, 'revenue');
    expectRow(bigbox, 'merchandise sales and services', 'Revenues › Merchandise sales and services');
    expectRow(bigbox, 'credit card revenues', 'Revenues › Credit card revenues');
    expectRow(bigbox, 'cost of sales', 'Cost of sales, buying and occupancy');
    expectRow(bigbox, 'net earnings', 'Net earnings');
    expectRow(bigbox, 'diluted EPS', 'Diluted earnings per share');
    expectRow(bigbox, 'cash from operations', 'Cash generated by operating activities');
    expectRow(bigbox, 'capital expenditures', 'Expenditures for property and equipment');
    expectRow(bigbox, 'dividends paid', 'Cash dividends paid');
    expectNone(bigbox, 'operating income');
  });
  it('Oldco: older 10-Q wording', () => {
    expectRow(oldco, 'revenue', 'Revenues › Total revenues');
    expectRow(oldco, 'net sales', 'Revenues › Net sales');
    expectRow(oldco, 'COGS', 'Costs and expenses › Cost of goods sold');
    expectRow(oldco, 'SG&A', 'Costs and expenses › Selling and administrative');
    expectRow(oldco, 'pretax income', 'Income before income taxes and cumulative effect of accounting change');
    expectRow(oldco, 'tax provision', 'Provision for taxes on income');
    expectRow(oldco, 'net income', 'Net income');
    expectRow(oldco, 'fully diluted EPS', 'Earnings per share › Fully diluted');
    expectRow(oldco, 'cash', 'Current assets › Cash');
    expectRow(oldco, 'accounts receivable', 'Current assets › Trade receivables, less allowance of $12');
    expectRow(oldco, 'PP&E', 'Net plant and equipment');
    expectRow(oldco, 'long-term debt', 'Long-term debt, less current maturities');
    expectRow(oldco, 'current portion of long-term debt', 'Current liabilities › Current maturities of long-term debt');
    expectRow(oldco, 'short-term debt', 'Current liabilities › Notes payable');
    expectNone(oldco, 'EPS');
  });
});

describe('adjustment lines of a reconciliation', () => {
  const recon = makeDoc('kite.txt', [
    statement('Consolidated Statements of Operations', 'income', ['Income before income taxes', 'Provision for income taxes', 'Net income']),
    statement('Reconciliation of GAAP to Non-GAAP Net Income', 'other', ['GAAP net income', 'Stock-based compensation', 'Income tax effect', 'Non-GAAP net income']),
  ]);
  it('"income tax" is the provision, not the reconciliation\'s "Income tax effect"', () => {
    expectRow(recon, 'income tax', 'Provision for income taxes');
    expectRow(recon, 'tax expense', 'Provision for income taxes');
  });
  it('the adjustment line is found when its own word is asked', () => {
    expectRow(recon, 'income tax effect', 'Income tax effect');
  });
});

describe('several releases at once', () => {
  // the same rows under another statement kind and title must not take the first release's scores
  const retitled: Document = { ...sonus, document: 'retitled.txt', statements: sonus.statements.map((s) => ({ ...s, kind: 'other' as const, title: 'Supplemental Data' })) };
  const docs = [sonus, apple, bristol, southern, acme, bigbox, oldco, retitled, sonus];
  it('scores each release as it would be scored alone', () => {
    for (const phrase of ['revenue', 'product revenue', 'net income', 'diluted EPS', 'cash', 'total assets', 'accounts receivable', 'gross margin', 'cost of service revenue', 'shares used basic']) {
      expect(matchRowsIn(phrase, docs), phrase).toEqual(docs.map((d) => matchRows(phrase, d)));
    }
  });
});
