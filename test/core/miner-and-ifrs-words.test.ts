// Words of miners and European releases: "exploration expense" is IFRS 6's "Exploration and evaluation", "earnings
// before income taxes" is a Canadian miner's "Earnings before income and mining taxes", and "net debt" is a
// European release's "Net financial debt". Each is found by its own lexicon entry, never by loose word overlap.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const MINER = `Corrabin Gold Corp. Reports Second Quarter 2024 Results

CONDENSED INTERIM CONSOLIDATED STATEMENTS OF EARNINGS
(Unaudited - in millions of United States dollars)

                                              Three months ended
                                                   June 30
                                               2024        2023
Revenue                                        301.7       244.9
General and administrative                      (8.1)       (7.7)
Exploration and evaluation                      (5.2)       (4.4)
Operating earnings                             104.6        71.3
Earnings before income and mining taxes         96.0        63.5
Income and mining tax expense                  (33.1)      (22.0)
Net earnings                                    62.9        41.5
`;

const EURO = `Halvard Getriebe SE
Half-Year Financial Report January to June 2024

                                             30 June 2024    31 Dec 2023
Net financial debt (€ million)                     412.6          388.1
Employees                                          6,120          6,044
`;

const store = { documents: [readReport(MINER, 'corrabin.txt'), readReport(EURO, 'halvard.txt')] };
const ctx = { today: '2024-08-20' };
const value = (q: string) => {
  const r = ask(q, store, ctx);
  return r.status === 'answered' ? r.answers[0]!.value : r.status;
};

describe('miner and IFRS words', () => {
  it('finds exploration and evaluation as exploration expense', () => {
    expect(value('Corrabin exploration expense Q2 2024')).toMatch(/^-?5200000$/);
  });
  it('finds earnings before income and mining taxes as pretax income', () => {
    expect(value('Corrabin earnings before income taxes Q2 2024')).toBe('96000000');
    expect(value('Corrabin pretax income Q2 2023')).toBe('63500000');
  });
  it('finds net financial debt as net debt', () => {
    expect(value('Halvard net debt at 31 December 2023')).toBe('388100000');
  });
});
