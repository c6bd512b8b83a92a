// Tickers behind exchanges other than Nasdaq/NYSE: OTC markets, NYSE American, TSX Venture.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/reader/index.js';

function datelineTicker(exchange: string): string | null {
  const text = `Tailspin Toys Reports Results\n\nSEATTLE, May 2, 2023 -- Tailspin Toys, Inc. (${exchange}: TLSP), a maker of model aircraft, today reported\nrevenue for the quarter that rose on stronger hobby-shop orders across the region.\n`;
  return readReport(text, 'tailspin.txt').ticker;
}

describe('ticker after an exchange prefix', () => {
  it.each(['OTCQX', 'OTCQB', 'OTC Pink', 'NYSE American', 'TSX-V', 'Nasdaq', 'OSE', 'Euronext Paris', 'SIX', 'HKEX'])('reads the ticker after "%s:"', (exchange) => {
    expect(datelineTicker(exchange)).toBe('TLSP');
  });
  it('names the company before the exchange', () => {
    const text = 'SEATTLE -- Tailspin Toys, Inc. (OTCQX: TLSP), a maker of model aircraft, today reported results.\n';
    expect(readReport(text, 'tailspin.txt').company).toBe('Tailspin Toys, Inc.');
  });
  it('does not take a capitalised word after an unknown prefix', () => {
    expect(datelineTicker('Note')).toBeNull();
    expect(datelineTicker('See also')).toBeNull();
  });
  it('reads the first of two listings: "(NYSE: TLSP; TSX: TLS)"', () => {
    const text = 'SEATTLE -- Tailspin Toys, Inc. (NYSE: TLSP; TSX: TLS), a maker of model aircraft, today reported results.\n';
    expect(readReport(text, 'tailspin.txt').ticker).toBe('TLSP');
  });
  it('a legal form other than Inc. ends the name: "Nordvik Shipping ASA (OSE: NORV)"', () => {
    const text = 'OSLO -- Nordvik Shipping ASA (OSE: NORV), a tanker operator, today reported results for the quarter.\n';
    expect(readReport(text, 'nordvik.txt')).toMatchObject({ company: 'Nordvik Shipping ASA', ticker: 'NORV' });
  });
});

describe('ticker named in a filing\'s sentence', () => {
  const filing = (sentence: string) => `QUARTERLY REPORT\n\nAs of October 30, 1998, there were 12,438,914 shares of Common Stock outstanding.\n${sentence}\n`;
  it('reads a quoted symbol: \'under the symbol "HMSI"\'', () => {
    expect(readReport(filing('The Common Stock trades on the Nasdaq National Market under the symbol "HMSI".'), 'f.txt').ticker).toBe('HMSI');
  });
  it('reads an unquoted one: "under the trading symbol TMKF."', () => {
    expect(readReport(filing('The common stock is traded on the Nasdaq National Market under the trading symbol TMKF.'), 'f.txt').ticker).toBe('TMKF');
  });
  it('takes no word in capitals that follows no "symbol"', () => {
    expect(readReport(filing('The shares are held under the ESPP and the 1996 Plan.'), 'f.txt').ticker).toBeNull();
  });
});
