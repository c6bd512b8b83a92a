// "How many stores did the company open?" asks the line of stores opened, not of stores open at the end.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';

const TEXT = `Fenwick Outfitters, Inc. (NYSE: FWK) today announced results for the quarter ended October 31, 2021.

                        FENWICK OUTFITTERS, INC.
                               STORE DATA

                                               Three Months Ended
                                            October 31,   October 31,
                                               2021          2020
Store data:
  Stores open at beginning of period            412           398
  Stores opened                                   9             6
  Stores closed                                  (1)           (2)
  Stores open at end of period                  420           402
`;

const store = { documents: [readReport(TEXT, 'fenwick.txt')] };
const ctx = { today: '2022-01-15' };

describe('a count of things the company did something to', () => {
  it('reads "did ... open" as the stores opened', () => {
    const r = ask('How many stores did Fenwick open in the quarter ended October 31, 2021?', store, ctx);
    expect(r.answers[0]?.value).toBe('9');
    expect(r.text).toMatch(/^Stores opened was/);
  });
  it('reads "did ... close" as the stores closed', () => {
    expect(ask('how many stores did fenwick close in the quarter ended October 31, 2020', store, ctx).answers[0]?.value).toBe('-2');
  });
  it('keeps "open" when nothing was done ("how many stores were open")', () => {
    expect(ask('how many stores were open at fenwick at the end of the quarter ended October 31, 2021', store, ctx).answers[0]?.value).toBe('420');
  });
});

describe('a verb of purpose after "did"', () => {
  it('keeps its form ("did X pay to acquire Y" asks the payment, not what was acquired)', async () => {
    const { pastAction } = await import('../../src/core/parse/intents.js');
    expect(pastAction('How much did Apple pay to acquire NeXT in 1997?', 'pay to acquire NeXT')).toBe('pay to acquire NeXT');
    expect(pastAction('How many stores did Fenwick open?', 'stores open')).toBe('stores opened');
  });
});
