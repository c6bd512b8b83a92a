// Words of a bank's, a utility's and a cable operator's lines as users type them: "non-interest income" is the
// bank's noninterest income (not its interest income), "ROTCE" its return on tangible common equity (never the
// return on equity, which this release does not print), "AFUDC equity" a utility's other income (never
// shareholders' equity), "programming costs" a cable operator's programming and content.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const BANK = `
Osprey Point Financial Reports Third Quarter 2024 Results

Osprey Point Financial Corp. today reported results for the third quarter ended September 30, 2024.

                     OSPREY POINT FINANCIAL CORP.
                 CONSOLIDATED STATEMENTS OF INCOME
                (in thousands, except per share data)
                                          Three Months Ended September 30,
                                               2024           2023
Total interest income                      $ 211,900      $ 189,009
Total interest expense                        87,700         70,509
Net interest income                          124,200        118,500
Noninterest income
  Service charges on deposit accounts          9,412          8,876
  Wealth management fees                       7,638          6,902
    Total noninterest income                  17,050         15,778
Noninterest expense
  Salaries and employee benefits              52,310         49,640
  Occupancy and equipment                     10,420         10,102
    Total noninterest expense                 62,730         59,742
Net income                                  $ 49,020       $ 45,267

Return on average tangible common equity        15.8 %         16.4 %
`;

const UTILITY = `
Fernhollow Power Reports Third Quarter 2024 Results

Fernhollow Power Co. today reported results for the third quarter ended September 30, 2024.

                        FERNHOLLOW POWER CO.
                 CONDENSED STATEMENTS OF INCOME
                       (Millions of dollars)
                                          Three Months Ended September 30,
                                               2024           2023
Operating revenues                           $ 1,610        $ 1,538
Operating income                                 413            373
Allowance for equity funds used
  during construction                             18             15
Interest expense                                (142)          (128)
Net income                                     $ 243          $ 219

                   CONDENSED BALANCE SHEETS (Millions of dollars)
                                       Sept. 30, 2024    Dec. 31, 2023
Common shareholders' equity                   11,680           11,200
`;

const CABLE = `
Lanternfield Cable Reports Third Quarter 2024 Results

Lanternfield Cable, Inc. today reported results for the third quarter ended September 30, 2024.

                        LANTERNFIELD CABLE, INC.
                   CONDENSED STATEMENTS OF OPERATIONS
                         (dollars in millions)
                                          Three Months Ended September 30,
                                               2024           2023
Total revenue                                $ 2,710        $ 2,664
Programming and content                          468            512
Network and operations                           391            382
Net income                                     $ 347          $ 318
`;

describe('industry line words', () => {
  const ctx = { today: '2026-01-01' };
  const store = { documents: [readReport(BANK, 'osprey-2024-q3.txt'), readReport(UTILITY, 'fernhollow-2024-q3.txt'), readReport(CABLE, 'lanternfield-2024-q3.txt')] };
  const value = (q: string) => {
    const r = ask(q, store, ctx);
    return r.status === 'answered' ? r.answers[0]?.value : r.status;
  };
  it('a bank: noninterest income and expense however hyphenated, and its deposit service charges', () => {
    expect(value('Osprey non-interest income Q3 2023')).toBe('15778000');
    expect(value('Osprey noninterest income Q3 2024')).toBe('17050000');
    expect(value('Osprey non-interest expense Q3 2024')).toBe('62730000');
    expect(value('Osprey service charges on deposit accounts Q3 2024')).toBe('9412000');
  });
  it('a bank: ROTCE as printed, and no return on equity made of it', () => {
    expect(value('Osprey ROTCE Q3 2024')).toBe('15.8');
    expect(ask('Osprey ROE Q3 2024', store, ctx).status).not.toBe('answered');
  });
  it("a utility: AFUDC equity is the other income line, never shareholders' equity", () => {
    expect(value('Fernhollow AFUDC equity Q3 2024')).toBe('18000000');
  });
  it("a cable operator: programming costs are its programming and content", () => {
    expect(value('Lanternfield programming costs Q3 2023')).toBe('512000000');
  });
});
