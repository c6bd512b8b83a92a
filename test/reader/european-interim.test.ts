// What a European interim report says of itself: its company on the first line in mixed case ("Velmora Group SE") or
// at the head of its headline ("KORVIN reports ..."), and a half year dated only by its title ("for the period from
// January 1 to June 30, 2025").
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

const STATEMENT = `
in EUR thousand
                                                  H1 2025     H1 2024
Revenue                                           412,640     398,215
Result for the period                              18,730      17,720
`;

describe('a half year of an IFRS statement', () => {
  it('takes the company from a first line of capitalised words ending in a legal form', () => {
    expect(readReport(`Velmora Group SE\nHalf-Year Financial Report 2025\n${STATEMENT}`, 'v.txt').company).toBe('Velmora Group SE');
  });
  it('takes no company from a first line that is a heading', () => {
    expect(readReport(`Interim Financial Report of the Group\n${STATEMENT}`, 'v.txt').company).toBeNull();
  });
  it('dates "H1 2025" by a title that counts the half from January 1', () => {
    const doc = readReport(`Velmora Group SE\n\nStatement of profit or loss for the period from January 1 to June 30, 2025\n${STATEMENT}`, 'v.txt');
    expect(doc.statements[0]!.columns.map((c) => c.period)).toEqual([
      { type: 'six_months', start: '2025-01-01', end: '2025-06-30' },
      { type: 'six_months', start: '2024-01-01', end: '2024-06-30' },
    ]);
  });
  it('leaves "H1 2025" undated when nothing says when the year starts', () => {
    const doc = readReport(`Velmora Group SE\n\nStatement of profit or loss\n${STATEMENT}`, 'v.txt');
    expect(doc.statements[0]!.columns.map((c) => c.period)).toEqual([null, null]);
  });
});

describe('a headline that opens with the company name', () => {
  it('names the company when no dateline does', () => {
    const doc = readReport(`KORVIN reports higher first-quarter sales and confirms outlook\n\nLindau, 6 May 2025\n\nSales rose 4.1%.\n`, 'k.txt');
    expect(doc.company).toBe('KORVIN');
  });
});
