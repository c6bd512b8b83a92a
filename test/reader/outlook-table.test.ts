// An outlook table under a heading and a lead-in sentence, with no title of its own and columns that name the next
// year ("Full Year 2026 Low / High"): what the company expects, never a figure it reports for 2026.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { readColumnHeader } from '../../src/reader/period.js';

const statement = `Ostwick Lodging Reports Full Year 2025 Results

DENVER, February 10, 2026 -- Ostwick Lodging, Inc. today reported results for the year ended December 31, 2025.


                         OSTWICK LODGING, INC.
                  CONSOLIDATED STATEMENTS OF INCOME
                          (in millions)

                                       Year Ended December 31,
                                         2025          2024
Total revenues                          1,410.0       1,322.0
Net income                                 92.0          81.0
`;

const lowHigh = `${statement}

2026 OUTLOOK

The company provides the following outlook for the full year 2026:

                                            Full Year 2026
                                          Low            High
Net income ($ millions)                   101            112
Total revenues ($ millions)             1,480          1,520
`;

// the same outlook with one column, the year alone: only the heading and the sentence above tell it apart
const oneColumn = `${statement}

Outlook

The company provides the following outlook for the full year:

                                         Full Year 2026
Total revenues ($ millions)                 1,495
Net income ($ millions)                       106
`;

describe('an outlook table under a heading', () => {
  const ctx = { today: '2026-03-01' };
  it('reads no period in the low and high ends of a range', () => {
    expect(readColumnHeader('Full Year 2026 Low').period).toBeNull();
    expect(readColumnHeader('Full Year 2026 High').period).toBeNull();
    expect(readColumnHeader('Year Ended December 31, 2025').period).not.toBeNull();
  });
  for (const [name, text] of [['low and high columns', lowHigh], ['one year column', oneColumn]] as const) {
    it(`never answers 2026 from the outlook (${name}), and still answers 2025`, () => {
      const store = { documents: [readReport(text, 'ostwick.txt')] };
      expect(ask('Ostwick net income 2026', store, ctx).status).not.toBe('answered');
      expect(ask('Ostwick net income 2025', store, ctx).answers[0]?.value).toBe('92000000');
    });
  }
  it('keeps a titled statement dated however the text above it reads', () => {
    const text = statement.replace('DENVER,', 'Results and 2026 Outlook\n\nDENVER,');
    const store = { documents: [readReport(text, 'ostwick.txt')] };
    expect(ask('Ostwick net income 2024', store, ctx).answers[0]?.value).toBe('81000000');
  });
});
