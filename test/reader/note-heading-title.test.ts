// A note's table under a lead-in sentence of several lines takes the note's numbered heading as its title.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';
import { ask } from '../../src/core/index.js';

const NOTE = `
2.   INVENTORIES

     Inventories are stated at the lower of cost (first-in, first-out method)
or market and consist of the following (in thousands):

                                                 September 30,   December 31,
                                                     1998            1997
                                                 -------------   ------------
     Raw materials and components ..........   $     11,842    $     10,506
     Work in process .......................          5,317          4,980
     Finished goods ........................         12,605         10,832
                                                 -------------   ------------
                                                $     29,764    $     26,318

3.   NET INCOME PER SHARE

     Basic net income per share is computed by dividing net income by the
weighted average number of common shares outstanding.
`;

describe('a note table under a sentence of several lines', () => {
  const doc = readReport(NOTE, 'note.txt');
  const st = doc.statements[0];
  it('is titled by the note heading, the sentence stays prose', () => {
    expect(st.title).toMatch(/INVENTORIES/);
    expect(doc.prose.some((p) => /consist of the following/.test(p.text))).toBe(true);
  });
  it('reads its rows in thousands', () => {
    expect(st.rows.find((r) => r.label === 'Raw materials and components')?.values).toEqual(['11842000', '10506000']);
  });
  it('takes no heading when the sentence does not lead into the table', () => {
    const text = NOTE.replace('consist of the following (in thousands):', 'consist of the following, in thousands.');
    expect(readReport(text, 'note.txt').statements[0].title).not.toMatch(/INVENTORIES/);
  });
});

describe('a row of a note titled by a metric alone', () => {
  const store = { documents: [readReport(NOTE, 'note.txt')] };
  const first = (q: string) => ask(q, store, { today: '2025-11-01' }).answers[0];
  it('is a part of that metric: "raw materials inventory" is the raw materials line', () => {
    expect(first('raw materials inventory at September 30, 1998')?.value).toBe('11842000');
    expect(first('finished goods inventory at December 31, 1997')?.value).toBe('10832000');
  });
});

const BY_LINE = `
4.   NET SALES BY PRODUCT LINE

     The Company operates in one industry segment.  Net sales by product line
were as follows (in thousands):

                                          Three Months Ended
                                             September 30,
                                            1998       1997
     Cardiovascular products ........   $ 21,430   $ 18,115
     Orthopedic products ............     16,902     15,240
                                          ------     ------
       Total net sales ..............   $ 38,332   $ 33,355
`;

describe('a numbered note titled "<metric> by <kind>"', () => {
  const store = { documents: [readReport(BY_LINE, 'note.txt')] };
  it('heads its rows with the metric: "cardiovascular sales" is the cardiovascular products line', () => {
    expect(ask('cardiovascular sales Q3 1998', store, { today: '2025-11-01' }).answers[0]?.value).toBe('21430000');
  });
});
