// Walks every example of intents/intents.yaml: each question must parse as its `expect` says.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/core/parse/parse.js';
import { intentsFile } from '../../src/core/parse/intents.js';
import { indexCompanies } from '../../src/core/companies.js';
import type { Document } from '../../src/core/store.js';

const doc = (company: string, ticker: string): Document => ({
  document: `${ticker}.txt`, company, ticker, title: '', statements: [], checks: [], prose: [], fiscalYearEnd: null, problems: [],
});
const companies = indexCompanies({ documents: [doc('Sonus Networks, Inc.', 'SONS'), doc('Southern Company', 'SO')] });

describe('intents/intents.yaml examples', () => {
  for (const it0 of intentsFile().intents) {
    for (const ex of it0.examples) {
      it(`${it0.intent}: ${ex.q}`, () => {
        const q = parse(ex.q, { companies });
        const e = ex.expect as Record<string, unknown>;
        expect(q.intent).toBe(e.intent);
        if (e.metric) expect(q.metricPhrase.toLowerCase()).toBe(e.metric);
        if (e.ratio) expect(q.ratioId).toBe(e.ratio);
        if (e.compare) expect(q.compare).toBe(e.compare);
        if (e.company) expect(q.companies[0]).toContain(e.company);
        if (e.shareOf === true) expect(q.shareOf).toBeTruthy();
        else if (e.shareOf) expect(q.shareOf).toEqual(e.shareOf);
        if (e.periods) {
          const want = e.periods as Record<string, unknown>[];
          expect(q.periods.length).toBe(want.length);
          want.forEach((w, i) => expect(q.periods[i]).toMatchObject(w));
        }
      });
    }
  }
});
