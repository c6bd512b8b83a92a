// A segment schedule (an XBRL viewer's page of a 10-Q note) that prints each line's segments above it, under the same
// names every time, and the line for the company after them: the segments are that line's parts.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const NOTE = `Quarterly Report on Form 10-Q for the quarterly period ended June 30, 2025

Three Months Ended June 30,
                                        2025            2024
Retail                          $ 18,420,000    $ 17,150,000
Wholesale                         10,360,000       9,990,000
Sales                             28,780,000      27,140,000
Retail                            11,052,000      10,461,500
Wholesale                          7,252,000       7,093,000
Cost of goods sold                18,304,000      17,554,500
Gross margin                      10,476,000       9,585,500
`;

const paths = (text: string): string[] => readReport(text, 'n.txt').statements[0]!.rows.map((r) => r.path.join(' › '));

describe('segments printed above the line they make up', () => {
  it('are read as parts of that line', () => {
    expect(paths(NOTE)).toEqual(['Sales › Retail', 'Sales › Wholesale', 'Sales', 'Cost of goods sold › Retail', 'Cost of goods sold › Wholesale', 'Cost of goods sold', 'Gross margin']);
  });
  it('are not when they do not add up to it', () => {
    expect(paths(NOTE.replace('28,780,000', '28,780,001'))[0]).toBe('Retail');
  });
  it('are not when their names are printed once only (two lines above a third are no segments then)', () => {
    const once = NOTE.split('\n').slice(0, 7).join('\n');
    expect(paths(once)).toEqual(['Retail', 'Wholesale', 'Sales']);
  });
});
