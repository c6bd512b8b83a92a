// A miner of gold and copper prints each metal's production and sales on its own line: a question naming one
// metal is never answered from another's line (copper asked, gold ounces given), and a metal not printed is declined.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const RELEASE = `Corrabin Gold Corp. Reports Second Quarter 2024 Results

Operating and Financial Summary

                                            Three months ended
                                                 June 30
                                             2024        2023
Gold produced (oz)                        112,410     104,880
Gold sold (oz)                            110,950     103,120
Copper produced (tonnes)                    9,820      10,340
Copper sold (tonnes)                        9,610      10,050
`;

const store = { documents: [readReport(RELEASE, 'corrabin.txt')] };
const ctx = { today: '2024-08-20' };
const value = (q: string) => ask(q, store, ctx).answers[0]?.value;

describe('one metal asked of a gold and copper miner', () => {
  it('answers each metal from its own line', () => {
    expect(value('Corrabin gold production Q2 2024')).toBe('112410');
    expect(value('Corrabin copper production Q2 2024')).toBe('9820');
    expect(value('Corrabin copper produced Q2 2023')).toBe('10340');
    expect(value('Corrabin gold sold Q2 2024')).toBe('110950');
    expect(value('Corrabin copper sold Q2 2024')).toBe('9610');
  });
  it('declines a metal the release does not print', () => {
    expect(ask('Corrabin silver production Q2 2024', store, ctx).status).not.toBe('answered');
  });
});
