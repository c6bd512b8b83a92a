// Initials of a multi-word company name name the company: "Fabrikam Northwind Traders" -> "FNT" / "fnt".
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string, ticker: string | null): Document => ({
  document: `${company}.txt`, company, ticker, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const index = indexCompanies({ documents: [
  doc('Fabrikam Northwind Traders, Inc.', null),
  doc('Litware-Adatum Systems Corp.', null),
  doc('Proseware Capital Partners of Ohio, Inc.', null),
  doc('Contoso Pharmaceuticals, Inc.', 'CNTS'),
  doc('Evergreen Power Solutions, Inc.', null),
] });
const named = (q: string) => findCompanies(q, index).map((m) => index.byKey.get(m.key)!.name);

describe('company initials', () => {
  it('reads the initials of a three-word name in any case', () => {
    expect(named('fnt revenue last quarter')).toEqual(['Fabrikam Northwind Traders, Inc.']);
    expect(named('What were FNT operating expenses?')).toEqual(['Fabrikam Northwind Traders, Inc.']);
  });
  it('counts hyphenated parts and skips small words', () => {
    expect(named('las net income 2023')).toEqual(['Litware-Adatum Systems Corp.']);
    expect(named('pcpo cash at year end')).toEqual(['Proseware Capital Partners of Ohio, Inc.']);
  });
  it('gives no initials to a two-word name', () => {
    expect(named('cp revenue 2023')).toEqual([]);
  });
  it('never turns a finance abbreviation into a company', () => {
    // "Evergreen Power Solutions" would be "eps"
    expect(named('eps q2 2023')).toEqual([]);
  });
});
