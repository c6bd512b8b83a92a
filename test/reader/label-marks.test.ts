// Marks that are no part of a line's name: a bullet before it, a footnote mark after it.
import { describe, expect, it } from 'vitest';
import { cleanLabel } from '../../src/reader/labels.js';

describe('label marks', () => {
  it.each([
    ['• Product', 'Product'],
    ['▪ Services revenue', 'Services revenue'],
    ['Adjusted EBITDA¹', 'Adjusted EBITDA'],
    ['Cost of revenue ²,³', 'Cost of revenue'],
    ['Basic earnings per share (p)', 'Basic earnings per share (pence)'],
    ['Restructuring charges (a)', 'Restructuring charges'],
  ])('%s -> %s', (label, clean) => {
    expect(cleanLabel(label)).toBe(clean);
  });
});
