// Printed figures: signs, dashes, percentages, per-share amounts, and where a label ends.
import { describe, expect, it } from 'vitest';
import { parseFigure, splitLine } from '../../src/reader/figures.js';

describe('parseFigure', () => {
  it.each([
    ['$ 52,171', '52171', false],
    ['(1,234)', '-1234', false],
    ['$(0.03)', '-0.03', false],
    ['$.81', '0.81', false],
    ['--', '0', false],
    ['---', '0', false],
    ['-', '0', false],
    ['—', '0', false],
    ['54.8%', '54.8', true],
    ['-4.1%', '-4.1', true],
    ['(4.1%)', '-4.1', true],
    ['(4.1)%', '-4.1', true],
    ['106.2%', '106.2', true],
  ])('%s -> %s', (raw, value, percent) => {
    expect(parseFigure(raw)).toEqual({ value, percent });
  });
  it('n/a is no figure', () => {
    expect(parseFigure('n/a')).toBeNull();
  });
});

describe('splitLine', () => {
  it('separates the label from its figures', () => {
    const s = splitLine('   Product                               $    52,171      $    51,627');
    expect(s.label).toBe('Product');
    expect(s.indent).toBe(3);
    expect(s.cells.map((c) => c.raw)).toEqual(['$52,171', '$51,627']);
  });
  it('keeps a number that the label runs into ("in 1996") in the label', () => {
    const s = splitLine('    1,082,496,016 in 1996                             108             108');
    expect(s.label).toBe('1,082,496,016 in 1996');
    expect(s.cells.map((c) => c.raw)).toEqual(['108', '108']);
  });
  it('reads a "$" figure that a long label runs up to, one space apart, as the first figure', () => {
    const s = splitLine("    Total liabilities and shareholders' equity $ 1,642,000   $ 1,556,000");
    expect(s.label).toBe("Total liabilities and shareholders' equity");
    expect(s.cells.map((c) => c.raw)).toEqual(['$1,642,000', '$1,556,000']);
    // an amount glued to its "$" stays part of the label's words
    expect(splitLine('Customers with ARR over $100,000          412          390').label).toBe('Customers with ARR over $100,000');
  });
  it('reads a dash glued to its "$" ("$---", "$—") as a printed zero', () => {
    expect(splitLine('   Diluted                       $0.01          $---').cells.map((c) => c.raw)).toEqual(['$0.01', '$---']);
    expect(splitLine('   Restructuring                   $—          $1,150').cells.map((c) => c.raw)).toEqual(['$—', '$1,150']);
    expect(parseFigure('$---')).toEqual({ value: '0', percent: false });
  });
  it('skips a footnote mark printed onto a figure ("40,118(a)", "2003*", "512(2)")', () => {
    expect(splitLine('  expenses                       40,118(a)       37,902').cells.map((c) => c.raw)).toEqual(['40,118', '37,902']);
    expect(splitLine('                         2004     2003*    2004').cells.map((c) => c.raw)).toEqual(['2004', '2003', '2004']);
    expect(splitLine('Total                        512(2)      (7)').cells.map((c) => c.raw)).toEqual(['512', '(7)']);
    expect(splitLine('Net loss                     (1,234)      (5)').cells.map((c) => c.raw)).toEqual(['(1,234)', '(5)']);
  });
  it('reads a prose line ending in a number as text', () => {
    expect(splitLine('billion. Apptis, Inc. is a rapidly growing firm with $3.3').cells).toEqual([]);
    expect(splitLine('978-614-8672                            978-614-8745').cells).toEqual([]);
  });
});
