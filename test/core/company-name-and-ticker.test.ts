// A company named twice, by its name and by its ticker ("Corvane Foods (CVF)", "SONS: Sonus"): one company, and
// both mentions are words of no metric (the second is given as an extra span the metric phrase leaves out).
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string, ticker: string | null): Document => ({
  document: `${company}.txt`, company, ticker, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [doc('Corvane Foods Corporation', 'CVF'), doc('Sonus Networks, Inc.', 'SONS')] });
const spans = (q: string) => findCompanies(q, index).map((m) => [m.span, m.extraSpans ?? []].map((s) => JSON.stringify(s)));

describe('a company named by its name and its ticker', () => {
  it('the ticker after the name', () => {
    const q = 'Corvane Foods (CVF) Q3 FY25 net earnings';
    const [m] = findCompanies(q, index);
    expect(findCompanies(q, index)).toHaveLength(1);
    expect(q.slice(...m!.span)).toBe('Corvane Foods');
    expect(m!.extraSpans!.map((s) => q.slice(...s))).toEqual(['CVF']);
  });
  it('the name after the ticker', () => {
    const q = 'SONS: Sonus product revenue Q2 2007';
    const [m] = findCompanies(q, index);
    expect(q.slice(...m!.span)).toBe('SONS');
    expect(m!.extraSpans!.map((s) => q.slice(...s))).toEqual(['Sonus']);
  });
  it('a name alone has no extra span', () => {
    expect(spans('Corvane net sales Q3')).toEqual([['[0,7]', '[]']]);
  });
});
