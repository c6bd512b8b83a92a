// Property: on any text built from table-like fragments the reader returns a Document, never throws, and every value is a decimal string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const FRAGMENTS = [
  '', '   ', 'Revenue:', '   Product        $ 1,234     $ (56)', 'Total revenue     1,178        --', '----------   -------',
  '<TABLE>', '</TABLE>', '<S>   <C>   <C>', '<PAGE>  3', '-4-', '      Three months ended', '        June 30,   March 31,',
  '         2007        2006', '(in thousands, except per share data)', 'Net income per share  $ .81  $(0.03)', '\t\t54.8%\t\t-4.1%',
  'This is a sentence of prose that runs on for quite a while and mentions $75.5 million.', '  settlement of restricted   (300)   --',
  '    stock award', '                    $ 597,945   $ 589,604', 'ACME CORP.', '  - As Reported   $ 204   $ 125', 'n/a  NM  (a)  *',
];

describe('reader on arbitrary table-like text', () => {
  it('never throws and yields decimal strings only', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const doc = readReport(lines.join(eol), 'fuzz.txt');
        expect(doc.document).toBe('fuzz.txt');
        // readReport catches internal errors into a problem; none may occur
        expect(doc.problems.filter((p) => p.includes('could not be read'))).toEqual([]);
        for (const s of doc.statements)
          for (const r of s.rows) {
            expect(r.values).toHaveLength(s.columns.length);
            for (const v of r.values) if (v !== null) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
            expect(r.line).toBeGreaterThanOrEqual(r.lines[0]);
            expect(r.line).toBeLessThanOrEqual(r.lines[1]);
          }
      }),
      { numRuns: 300 },
    );
  });
});
