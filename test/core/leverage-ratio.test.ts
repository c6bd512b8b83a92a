// "Leverage ratio" is a bank's Tier 1 capital over its assets (or elsewhere net debt over EBITDA): never debt to
// equity computed in its place. A printed leverage ratio answers it; without one the bot says it has none.
// Likewise "unlevered free cash flow" (before interest) is never operating cash flow less capital expenditures.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const BANK = `RALEIGH, N.C., Jan. 23, 2024 (GLOBE NEWSWIRE) -- Pinecrest Bancorp, Inc. (NASDAQ: PNBC) today reported results.

SELECTED DATA
(Dollars in thousands)
                                      Dec. 31,      Dec. 31,
                                        2023          2022
Total deposits                     4,120,000     3,960,000
Long-term borrowings                 820,000       750,000
Shareholders' equity                 548,000       496,000
Tier 1 leverage ratio                   9.85 %        9.60 %
`;

const ctx = { today: '2024-03-01' };

describe('leverage ratio', () => {
  it('is the printed Tier 1 leverage ratio of a bank', () => {
    const r = ask('Pinecrest leverage ratio at December 31, 2023', { documents: [readReport(BANK, 'pinecrest.txt')] }, ctx);
    expect(r.answers[0]).toMatchObject({ value: '9.85', unit: 'percent' });
  });
  it('is not computed as debt to equity where none is printed', () => {
    const store = { documents: [readReport(BANK.replace(/^Tier 1 leverage ratio.*$/m, ''), 'pinecrest.txt')] };
    expect(ask('Pinecrest leverage ratio at December 31, 2023', store, ctx).status).not.toBe('answered');
    expect(ask('Pinecrest debt to equity at December 31, 2023', store, ctx).status).toBe('answered');
  });
});

const CASH = `DENVER, May 1, 2024 /PRNewswire/ -- Tabor Mining Corp. (NYSE: TBR) today reported first quarter results.

CASH FLOWS
(in thousands)
                                          Three Months Ended March 31,
                                             2024            2023
Net cash provided by operating activities  $ 50,000        $ 45,000
Capital expenditures                        (20,000)        (15,000)
`;

describe('unlevered free cash flow', () => {
  const store = { documents: [readReport(CASH, 'tabor.txt')] };
  it('is not computed as free cash flow', () => {
    expect(ask('Tabor unlevered free cash flow Q1 2024', store, ctx).status).not.toBe('answered');
    expect(ask('Tabor free cash flow Q1 2024', store, ctx).answers[0]?.value).toBe('30000000');
  });
});
