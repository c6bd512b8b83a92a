// A bank's printed ratios and reserve asked by the names and letters bankers use: "NIM", "efficiency ratio",
// "ACL" / "allowance for loan losses". The printed figures answer; the provision (a charge) is another line.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `RALEIGH, N.C., Jan. 23, 2024 (GLOBE NEWSWIRE) -- Pinecrest Bancorp, Inc. (NASDAQ: PNBC) today reported results.

SELECTED QUARTERLY FINANCIAL DATA (unaudited)
(Dollars in thousands)

                                         4Q23        3Q23        4Q22
Net interest income                 $  41,625   $  41,655   $  44,280
Provision for credit losses             1,900       1,250       1,100
Net interest margin                      3.21 %      3.30 %      3.66 %
Efficiency ratio                        60.10 %     58.02 %     55.81 %


CONSOLIDATED BALANCE SHEETS (unaudited)
(Dollars in thousands)

                                     Dec. 31,      Sept. 30,      Dec. 31,
                                       2023          2023          2022
Loans                               4,310,600     4,255,800     4,011,400
Allowance for credit losses           (52,300)      (51,100)      (48,700)
  Loans, net                        4,258,300     4,204,700     3,962,700
`;

const store = { documents: [readReport(TEXT, 'pinecrest.txt')] };
const ctx = { today: '2024-03-01' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe('bank abbreviations', () => {
  it('"NIM" is the printed net interest margin', () => {
    expect(value('Pinecrest NIM 3Q23')).toBe('3.3');
  });
  it('"cost to income ratio" is the printed efficiency ratio', () => {
    expect(value('Pinecrest cost to income ratio Q4 2023')).toBe('60.1');
  });
  it('"ACL" and "allowance for loan losses" are the allowance, not the provision', () => {
    expect(value('Pinecrest ACL at December 31, 2023')).toBe('-52300000');
    expect(value('Pinecrest allowance for loan losses at September 30, 2023')).toBe('-51100000');
    expect(value('Pinecrest provision for credit losses Q4 2023')).toBe('1900000');
  });
});
