// Money in other currencies: the units line or the figures' own signs name it; per-share amounts follow.
import { describe, expect, it } from 'vitest';
import { currencyOfFigure, currencyOfUnits } from '../../src/reader/currency.js';
import { readReport } from '../../src/reader/index.js';

const table = (units: string, cells: (n: string) => string) => `
                     Lindqvist Marine AB
              Condensed Consolidated Income Statement
${units}
                                        Three months ended June 30,
                                          2011              2010
Net sales                             ${cells('12,400')}        ${cells('11,200')}
Operating expenses                      ${cells('(9,100)')}        ${cells('(8,700)')}
Operating profit                        ${cells('3,300')}        ${cells('2,500')}
Earnings per share                       ${cells('0.41')}          ${cells('0.30')}
`;

const rows = (text: string) => readReport(text, 'lindqvist.txt').statements[0]!.rows.map((r) => [r.label, r.unit, r.values[0]]);

describe('currencies', () => {
  it.each([
    ['(in thousands of euros, except per share data)', 'EUR'],
    ['(EUR thousands)', 'EUR'],
    ['(in thousands of Swedish kronor)', 'SEK'],
    ['(£ in thousands)', 'GBP'],
    ['(In thousands of U.S. dollars)', 'USD'],
    ['(in thousands)', null],
  ])('units line %s -> %s', (units, code) => {
    expect(currencyOfUnits(units)).toBe(code);
  });
  it.each([['€45,210', 'EUR'], ['EUR 45,210', 'EUR'], ['£(3.1)', 'GBP'], ['C$1,200', 'CAD'], ['$1,200', null], ['45,210', null]])('figure %s -> %s', (raw, code) => {
    expect(currencyOfFigure(raw)).toBe(code);
  });
  it('a units line in euros makes every money row EUR and per-share rows EUR/share', () => {
    expect(rows(table('(in thousands of euros, except per share data)', (n) => `  ${n}`))).toEqual([
      ['Net sales', 'EUR', '12400000'], ['Operating expenses', 'EUR', '-9100000'], ['Operating profit', 'EUR', '3300000'], ['Earnings per share', 'EUR/share', '0.41'],
    ]);
  });
  it('figures that carry "EUR" or "€" are read as numbers, and name the currency', () => {
    for (const sign of ['EUR ', '€']) {
      const read = rows(table('(in thousands, except per share data)', (n) => `${sign}${n}`.padStart(9)));
      expect(read.map((r) => r[1])).toEqual(['EUR', 'EUR', 'EUR', 'EUR/share']);
      expect(read.map((r) => r[2])).toEqual(['12400000', '-9100000', '3300000', '0.41']);
    }
  });
  it('plain figures under a plain units line stay US dollars', () => {
    expect(rows(table('(in thousands, except per share data)', (n) => `  ${n}`)).map((r) => r[1])).toEqual(['USD', 'USD', 'USD', 'USD/share']);
  });
});
