// A release that does not show its fiscal year-end (a first-quarter release compared with the prior
// quarter) takes the year-end its company's other releases show.
import { describe, expect, it } from 'vitest';
import { indexCompanies } from '../../src/core/companies.js';
import { ask } from '../../src/core/index.js';
import { readReport } from '../../src/reader/index.js';
import { fiscalYearEnd } from '../../src/reader/fiscal.js';
import { generateReleases } from '../../bench/generate.js';

describe('fiscal year-end shared across a company\'s releases', () => {
  // seed 7: a company on a June fiscal year with five consecutive releases, the first quarter's among them
  const store = { documents: generateReleases(6, 7).map((r) => readReport(r.text, r.fileName)) };
  const june = store.documents.filter((d) => d.fiscalYearEnd?.month === 6);
  const company = june[0]!.company;
  const docs = store.documents.filter((d) => d.company === company);

  it('every release of the company reads its quarters on the June year once indexed', () => {
    // (a release whose tables show no year-end; its sentences may date its quarter)
    expect(docs.some((d) => fiscalYearEnd(d.statements) === null)).toBe(true);
    indexCompanies(store);
    expect(docs.map((d) => d.fiscalYearEnd?.month)).toEqual(docs.map(() => 6));
  });
  it('the first-quarter release answers for its own fiscal quarter', () => {
    const q1 = docs.find((d) => /first quarter/i.test(d.title))!;
    const quarter = q1.statements[0]!.columns[0]!.period!;
    const fy = Number(quarter.end.slice(0, 4)) + 1; // a quarter ending in September opens the fiscal year ending next June
    const r = ask(`${company} revenue Q1 FY${fy}`, store, { today: '2026-01-01' });
    expect(r.status).toBe('answered');
    expect(r.answers[0]!.period).toMatchObject({ type: 'quarter', end: quarter.end });
    expect(r.answers[0]!.citations.map((c) => c.document)).toContain(q1.document);
  });
});
