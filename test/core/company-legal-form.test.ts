// One company whether a report writes its name with or without the legal form ("Inc.", "Corporation").
import { describe, expect, it } from 'vitest';
import { findCompanies, indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (file: string, company: string): Document => ({
  document: file, company, ticker: null, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});

describe('reports naming one company with and without its legal form', () => {
  const index = indexCompanies({ documents: [doc('a-10k.txt', 'Northwind Traders'), doc('a-10q.txt', 'Northwind Traders, Inc.'), doc('b.txt', 'Contoso Ltd.')] });
  it('groups them as one company shown by its fuller name', () => {
    expect(index.byKey.size).toBe(2);
    const [m] = findCompanies("What were Northwind's net sales?", index);
    const c = index.byKey.get(m.key)!;
    expect(c.name).toBe('Northwind Traders, Inc.');
    expect(c.docs.map((d) => d.document)).toEqual(['a-10k.txt', 'a-10q.txt']);
  });
});
