// Documents modelled on the four shared reports (row labels and section paths as the reader gives them)
// and on made-up companies with other wordings.
import { makeDoc, statement } from './helpers.js';

export const sonus = makeDoc('sonus.txt', [
  statement('Condensed Consolidated Statements of Operations', 'income', [
    'Revenue › Product', 'Revenue › Service', 'Revenue › Total revenue',
    'Cost of revenue › Product', 'Cost of revenue › Service', 'Cost of revenue › Total cost of revenue',
    'Gross profit',
    'Gross profit % › Product | percent', 'Gross profit % › Service | percent', 'Gross profit % › Total gross profit | percent',
    'Operating expenses › Research and development', 'Operating expenses › Sales and marketing',
    'Operating expenses › General and administrative', 'Operating expenses › Total operating expenses',
    'Income (loss) from operations', 'Interest expense', 'Interest income', 'Other income (expense), net',
    'Income (loss) before income taxes', 'Income tax benefit (provision)', 'Net income (loss)',
    'Net income (loss) per share › Basic | USD/share', 'Net income (loss) per share › Diluted | USD/share',
    'Shares used in computing net income (loss) per share › Basic | shares',
    'Shares used in computing net income (loss) per share › Diluted | shares',
  ]),
  statement('Condensed Consolidated Balance Sheets', 'balance', [
    'Assets › Current assets › Cash and cash equivalents', 'Assets › Current assets › Marketable debt securities',
    'Assets › Current assets › Accounts receivable, net', 'Assets › Current assets › Inventory, net',
    'Assets › Current assets › Deferred income taxes', 'Assets › Current assets › Other current assets',
    'Assets › Current assets › Total current assets',
    'Assets › Property and equipment, net', 'Assets › Purchased intangible assets, net', 'Assets › Goodwill',
    'Assets › Long-term investments', 'Assets › Deferred income taxes', 'Assets › Other assets', 'Assets › Total assets',
    "Liabilities and stockholders' equity › Current liabilities › Accounts payable",
    "Liabilities and stockholders' equity › Current liabilities › Accrued expenses",
    "Liabilities and stockholders' equity › Current liabilities › Accrued restructuring expenses",
    "Liabilities and stockholders' equity › Current liabilities › Current portion of deferred revenue",
    "Liabilities and stockholders' equity › Current liabilities › Current portion of long-term liabilities",
    "Liabilities and stockholders' equity › Current liabilities › Total current liabilities",
    "Liabilities and stockholders' equity › Long-term deferred revenue",
    "Liabilities and stockholders' equity › Deferred income taxes",
    "Liabilities and stockholders' equity › Long-term liabilities, net of current portion",
    "Liabilities and stockholders' equity › Total liabilities",
    "Liabilities and stockholders' equity › Stockholders equity › Common stock",
    "Liabilities and stockholders' equity › Stockholders equity › Additional paid-in capital",
    "Liabilities and stockholders' equity › Stockholders equity › Accumulated deficit",
    "Liabilities and stockholders' equity › Stockholders equity › Accumulated other comprehensive loss",
    "Liabilities and stockholders' equity › Stockholders equity › Treasury stock",
    "Liabilities and stockholders' equity › Stockholders equity › Total stockholders' equity",
    "Liabilities and stockholders' equity › Total liabilities and stockholders' equity",
  ]),
  statement('Condensed Consolidated Statements of Cash Flows', 'cash_flow', [
    'Cash flows from operating activities › Net income (loss)',
    'Cash flows from operating activities › Adjustments to reconcile net income (loss) to cash flows provided by operating activities › Depreciation and amortization of property and equipment',
    'Cash flows from operating activities › Adjustments to reconcile net income (loss) to cash flows provided by operating activities › Amortization of purchased intangible assets',
    'Cash flows from operating activities › Adjustments to reconcile net income (loss) to cash flows provided by operating activities › Stock-based compensation',
    'Cash flows from operating activities › Changes in operating assets and liabilities › Accounts receivable',
    'Cash flows from operating activities › Changes in operating assets and liabilities › Inventory',
    'Cash flows from operating activities › Changes in operating assets and liabilities › Accounts payable',
    'Cash flows from operating activities › Changes in operating assets and liabilities › Accrued expenses, deferred rent and accrued restructuring expenses',
    'Cash flows from operating activities › Changes in operating assets and liabilities › Deferred revenue',
    'Cash flows from operating activities › Net cash provided by operating activities',
    'Cash flows from investing activities › Purchases of property and equipment',
    'Cash flows from investing activities › Acquisition of Zynetix Limited',
    'Cash flows from investing activities › Purchases of available-for-sale marketable debt securities',
    'Cash flows from investing activities › Net cash provided by (used in) investing activities',
    'Cash flows from financing activities › Proceeds from exercise of stock options',
    'Cash flows from financing activities › Net cash provided by (used in) financing activities',
    'Effect of exchange rate changes on cash and cash equivalents',
    'Net increase (decrease) in cash and cash equivalents',
    'Cash and cash equivalents, beginning of period', 'Cash and cash equivalents, end of period',
  ]),
]);

export const apple = makeDoc('apple.txt', [
  statement('Consolidated Statements of Operations', 'income', [
    'Net sales', 'Costs and expenses › Cost of sales', 'Costs and expenses › Research and development',
    'Costs and expenses › Selling, general and administrative', 'Costs and expenses › In-process research and development',
    'Costs and expenses › Restructuring costs', 'Costs and expenses › Total costs and expenses', 'Operating loss',
    'Interest and other income (expense), net', 'Loss before benefit from income taxes', 'Benefit from income taxes', 'Net loss',
    'Loss per common share | USD/share', 'Cash dividends paid per common share | USD/share',
    'Common shares used in the calculations of loss per share (in thousands) | shares',
  ]),
  statement('Consolidated Balance Sheets', 'balance', [
    'Current assets › Cash and cash equivalents', 'Current assets › Short-term investments',
    'Current assets › Accounts receivable, net of allowance for doubtful accounts of $96 ($91 at September 27, 1996)',
    'Current assets › Inventories › Purchased parts', 'Current assets › Inventories › Work in process',
    'Current assets › Inventories › Finished goods', 'Current assets › Inventories › Total inventories',
    'Current assets › Deferred tax assets', 'Current assets › Other current assets', 'Current assets › Total current assets',
    'Property, plant, and equipment › Land and buildings', 'Property, plant, and equipment › Accumulated depreciation and amortization',
    'Net property, plant, and equipment', 'Other assets', 'Total assets',
  ]),
  statement('Consolidated Balance Sheets (Continued)', 'balance', [
    'Current liabilities › Notes payable to banks', 'Current liabilities › Accounts payable',
    'Current liabilities › Accrued compensation and employee benefits', 'Current liabilities › Accrued marketing and distribution',
    'Current liabilities › Accrued restructuring costs', 'Current liabilities › Other current liabilities',
    'Current liabilities › Total current liabilities', 'Long-term debt', 'Deferred tax liabilities',
    "Shareholders' equity › Common stock, no par value; 320,000,000 shares authorized; 126,424,977 shares issued and outstanding at March 28, 1997",
    "Shareholders' equity › Retained earnings", "Shareholders' equity › Other", "Shareholders' equity › Total shareholders' equity",
    "Total liabilities and shareholders' equity",
  ]),
  statement('Condensed Consolidated Statements of Cash Flows', 'cash_flow', [
    'Cash and cash equivalents, beginning of the period', 'Operating › Net loss',
    'Operating › Adjustments to reconcile net loss to cash generated by operating activities › Depreciation and amortization',
    'Operating › Changes in assets and liabilities, net of effect of the acquisition of NeXT › Accounts receivable',
    'Operating › Cash generated by (used for) operating activities',
    'Investing › Purchases of short-term investments', 'Investing › Purchases of property, plant and equipment',
    'Investing › Cash used to acquire NeXT', 'Investing › Cash generated by (used for) investing activities',
    'Financing › Cash dividends', 'Financing › Cash used for financing activities', 'Total cash used',
    'Cash and cash equivalents, end of the period',
  ]),
]);

export const bristol = makeDoc('bristol.txt', [
  statement('Condensed Consolidated Balance Sheet - Assets', 'balance', [
    'Current Assets › Cash and cash equivalents', 'Current Assets › Time deposits and marketable securities',
    'Current Assets › Receivables, net of allowances', 'Current Assets › Finished goods', 'Current Assets › Inventories',
    'Current Assets › Prepaid expenses', 'Current Assets › Total Current Assets', 'Property, Plant and Equipment',
    'Less: Accumulated depreciation', 'Insurance Recoverable',
    'Excess of cost over net tangible assets received in business acquisitions', 'Other Assets', 'Total Assets',
  ]),
  statement('Condensed Consolidated Balance Sheet - Liabilities and Stockholders\' Equity', 'balance', [
    'Current Liabilities › Short-term borrowings', 'Current Liabilities › Accounts payable', 'Current Liabilities › Accrued expenses',
    'Current Liabilities › Product liability', 'Current Liabilities › U.S. and foreign income taxes payable',
    'Current Liabilities › Total Current Liabilities', 'Product Liability', 'Other Liabilities', 'Long-Term Debt', 'Total Liabilities',
    "Stockholders' Equity › Common stock, par value of $.10 per share: Authorized 2.25 billion shares; issued 1,082,776,925 in 1997",
    "Stockholders' Equity › Retained earnings", "Stockholders' Equity › Total Stockholders' Equity",
    "Total Liabilities and Stockholders' Equity",
  ]),
  statement('Condensed Consolidated Statement of Earnings', 'income', [
    'Net Sales', 'Expenses › Cost of products sold', 'Expenses › Marketing, selling, administrative and other',
    'Expenses › Advertising and product promotion', 'Expenses › Research and development', 'Expenses › Total expenses',
    'Earnings Before Income Taxes', 'Provision for income taxes', 'Net Earnings', 'Earnings Per Common Share | USD/share',
    'Average Common Shares Outstanding (in millions) | shares', 'Dividends Per Common Share | USD/share',
  ]),
  statement('Condensed Consolidated Statement of Cash Flows', 'cash_flow', [
    'Cash Flows From Operating Activities › Net earnings', 'Cash Flows From Operating Activities › Depreciation and amortization',
    'Cash Flows From Operating Activities › Receivables', 'Cash Flows From Operating Activities › Net Cash Provided by Operating Activities',
    'Cash Flows From Investing Activities › Additions to fixed assets', 'Cash Flows From Investing Activities › Acquisition of businesses',
    'Cash Flows From Investing Activities › Net Cash Used in Investing Activities',
    'Cash Flows From Financing Activities › Purchases of treasury stock', 'Cash Flows From Financing Activities › Dividends paid',
    'Cash Flows From Financing Activities › Net Cash Used in Financing Activities',
  ]),
]);

export const southern = makeDoc('southern.txt', [
  statement('Financial Highlights', 'other', [
    'Consolidated Earnings- (See Notes) › Retail Business', 'Consolidated Earnings- (See Notes) › Competitive Generation',
    'Consolidated Earnings- (See Notes) › Total', 'Consolidated Earnings- (See Notes) › Synthetic Fuels',
    'Net Income - Excluding One-Time Items (See Notes)', 'Net Income - Excluding One-Time Items (See Notes) › - As Reported',
    'Basic Earnings Per Share-(Notes) › - - Excluding One-Time Items (See Notes) | USD/share',
    'Basic Earnings Per Share-(Notes) › - - As Reported | USD/share',
    'Operating Revenues', 'Average Shares Outstanding (in millions) | shares', 'End of Period Shares Outstanding (in millions) | shares',
  ]),
  statement('Analysis of Consolidated Earnings', 'income', [
    'Income Account- › Retail Revenue', 'Income Account- › Wholesale Revenue', 'Income Account- › Other Electric Revenues',
    'Income Account- › Non-regulated Operating Revenues', 'Income Account- › Total Revenues',
    'Income Account- › Fuel and Purchased Power', 'Income Account- › Non-fuel O & M',
    'Income Account- › Depreciation and Amortization', 'Income Account- › Taxes Other Than Income Taxes',
    'Income Account- › Total Operating Expenses', 'Income Account- › Operating Income', 'Income Account- › Other Income, net',
    'Income Account- › Income Taxes', 'Income Account- › NET INCOME AS REPORTED (See Note)',
    'Income Account- › NET INCOME EXCLUDING ONE-TIME ITEMS',
  ]),
  statement('Kilowatt-Hour Sales', 'other', [
    'Kilowatt-Hour Sales- › Total Sales | kWh', 'Kilowatt-Hour Sales- › Residential | kWh', 'Kilowatt-Hour Sales- › Retail Sales | kWh',
  ]),
  statement('Subsidiaries', 'other', [
    'Consolidated - › Operating Revenues', 'Consolidated - › Earnings Before Income Taxes', 'Consolidated - › Net Income As Reported (See Note)',
    'Alabama Power - › Operating Revenues', 'Alabama Power - › Earnings Before Income Taxes', 'Alabama Power - › Net Income Available to Common',
    'Georgia Power - › Operating Revenues', 'Georgia Power - › Net Income Available to Common',
  ]),
]);

// A made-up software company with other wordings.
export const acme = makeDoc('acme.txt', [
  statement('Consolidated Statements of Income', 'income', [
    'Net revenues', 'Cost of net revenues', 'Gross margin', 'Operating expenses › Research and development',
    'Operating expenses › Selling, general and administrative expenses', 'Operating expenses › Amortization of acquired intangibles',
    'Operating expenses › Total operating expenses', 'Income from operations', 'Interest income and other, net',
    'Income before provision for income taxes', 'Provision for income taxes', 'Net income',
    'Net income per share › Basic | USD/share', 'Net income per share › Diluted | USD/share',
    'Weighted average shares outstanding › Basic | shares', 'Weighted average shares outstanding › Diluted | shares',
  ]),
  statement('Consolidated Balance Sheets', 'balance', [
    'Current assets › Cash and cash equivalents', 'Current assets › Short-term investments', 'Current assets › Accounts receivable, net',
    'Current assets › Inventories', 'Current assets › Prepaid expenses and other current assets', 'Current assets › Total current assets',
    'Property, plant and equipment, net', 'Goodwill', 'Other intangible assets, net', 'Long-term investments', 'Total assets',
    'Current liabilities › Accounts payable', 'Current liabilities › Accrued liabilities', 'Current liabilities › Deferred revenue',
    'Current liabilities › Total current liabilities', 'Long-term debt', 'Total liabilities',
    "Stockholders' equity › Common stock", "Stockholders' equity › Retained earnings", "Stockholders' equity › Total stockholders' equity",
    "Total liabilities and stockholders' equity",
  ]),
  statement('Consolidated Statements of Cash Flows', 'cash_flow', [
    'Operating activities › Net income', 'Operating activities › Depreciation and amortization', 'Operating activities › Stock-based compensation expense',
    'Operating activities › Net cash provided by operating activities', 'Investing activities › Purchases of property, plant and equipment',
    'Investing activities › Net cash used in investing activities', 'Financing activities › Repurchases of common stock',
    'Financing activities › Net cash used in financing activities',
  ]),
  statement('Reconciliation of GAAP to Non-GAAP Measures', 'other', [
    'GAAP net income', 'Non-GAAP net income', 'Non-GAAP operating income', 'Adjusted EBITDA',
  ]),
]);

// A made-up retailer: revenue split without a printed total, and retail wording.
export const bigbox = makeDoc('bigbox.txt', [
  statement('Consolidated Statements of Operations', 'income', [
    'Revenues › Merchandise sales and services', 'Revenues › Credit card revenues', 'Cost of sales, buying and occupancy',
    'Selling, general and administrative', 'Depreciation and amortization', 'Earnings before interest expense and income taxes',
    'Net interest expense', 'Earnings before income taxes', 'Provision for income taxes', 'Net earnings',
    'Diluted earnings per share | USD/share', 'Basic earnings per share | USD/share',
  ]),
  statement('Consolidated Statements of Cash Flows', 'cash_flow', [
    'Cash generated by operating activities', 'Expenditures for property and equipment', 'Cash dividends paid',
    'Net increase in cash and cash equivalents',
  ]),
]);

// A made-up industrial company in older 10-Q wording.
export const oldco = makeDoc('oldco.txt', [
  statement('Consolidated Statement of Income', 'income', [
    'Revenues › Net sales', 'Revenues › Other income', 'Revenues › Total revenues',
    'Costs and expenses › Cost of goods sold', 'Costs and expenses › Selling and administrative', 'Costs and expenses › Interest',
    'Costs and expenses › Total costs and expenses',
    'Income before income taxes and cumulative effect of accounting change', 'Provision for taxes on income',
    'Income before cumulative effect of accounting change', 'Cumulative effect of accounting change', 'Net income',
    'Earnings per share › Primary | USD/share', 'Earnings per share › Fully diluted | USD/share',
    'Weighted average number of common shares outstanding | shares',
  ]),
  statement('Consolidated Balance Sheet', 'balance', [
    'Current assets › Cash', 'Current assets › Marketable securities, at cost which approximates market',
    'Current assets › Trade receivables, less allowance of $12', 'Current assets › Inventories › Raw materials',
    'Current assets › Inventories › Finished products', 'Current assets › Inventories › Total inventories',
    'Current assets › Total current assets', 'Plant and equipment, at cost', 'Less accumulated depreciation',
    'Net plant and equipment', 'Total assets', 'Current liabilities › Notes payable', 'Current liabilities › Current maturities of long-term debt',
    'Current liabilities › Trade accounts payable', 'Current liabilities › Total current liabilities', 'Long-term debt, less current maturities',
    "Shareholders' equity › Total shareholders' equity",
  ]),
]);
