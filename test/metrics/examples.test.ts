// Every synonym and label of the lexicon must be found, as its own metric, inside a question.
import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/metrics/lexicon.js';
import { findAmbiguous, findMetricMentions, findRatioMentions, findUnsupported } from '../../src/metrics/mentions.js';

const lex = getLexicon();
const frames = (term: string) => [`What was the ${term} in Q2 2007?`, `${term.toUpperCase()} for fiscal 2006`];

describe('metric synonyms and labels', () => {
  for (const m of lex.metrics) {
    for (const term of [...m.synonyms, ...m.labels]) {
      it(`${m.id}: "${term}"`, () => {
        for (const q of frames(term)) {
          const found = findMetricMentions(q);
          expect(found.map((f) => f.metricId)).toEqual([m.id]);
          expect(q.slice(found[0]!.span[0], found[0]!.span[1]).toLowerCase()).toBe(found[0]!.text.toLowerCase());
        }
      });
    }
  }
});

describe('metric names read as their metric (the resolver asks for rows by name)', () => {
  it('every name is one mention of its own metric', () => {
    for (const m of lex.metrics) expect(findMetricMentions(m.name).map((f) => f.metricId), m.name).toEqual([m.id]);
  });
});

describe('ratio synonyms', () => {
  for (const r of lex.ratios) {
    for (const term of r.synonyms) {
      it(`${r.id}: "${term}"`, () => {
        for (const q of frames(term)) {
          expect(findRatioMentions(q).map((f) => f.ratioId)).toEqual([r.id]);
          expect(findMetricMentions(q)).toEqual([]);
        }
      });
    }
  }
});

describe('unsupported and ambiguous terms', () => {
  for (const u of lex.unsupported) {
    for (const term of u.synonyms) {
      it(`${u.id}: "${term}"`, () => {
        const found = findUnsupported(`What is Sonus's ${term}?`);
        expect(found.map((f) => f.id)).toEqual([u.id]);
        expect(found[0]!.reason).toMatch(/\w/);
      });
    }
  }
  for (const a of lex.ambiguous) {
    for (const term of a.terms) {
      it(`ambiguous "${term}"`, () => {
        const q = `What was the ${term} last quarter?`;
        expect(findAmbiguous(q).map((f) => f.choices)).toEqual([a.choices]);
        expect(findMetricMentions(q)).toEqual([]);
      });
    }
  }
});

describe('mention finding', () => {
  it('prefers the longest term', () => {
    expect(findMetricMentions('net income per share in Q2').map((m) => m.metricId)).toEqual(['eps']);
    expect(findMetricMentions('cost of revenue').map((m) => m.metricId)).toEqual(['cost_of_revenue']);
    expect(findMetricMentions('diluted EPS and diluted share count').map((m) => m.metricId)).toEqual(['eps_diluted', 'weighted_shares_diluted']);
  });
  it('tolerates plurals, hyphens, "&" and apostrophes', () => {
    expect(findMetricMentions("stockholders' equity")[0]?.metricId).toBe('stockholders_equity');
    expect(findMetricMentions('Cost-of-goods-sold')[0]?.metricId).toBe('cost_of_revenue');
    expect(findMetricMentions('R&D spending')[0]?.metricId).toBe('research_and_development');
    expect(findMetricMentions('research & development')[0]?.metricId).toBe('research_and_development');
    expect(findMetricMentions('inventories')[0]?.metricId).toBe('inventory');
    expect(findMetricMentions('total liability')[0]?.metricId).toBe('total_liabilities');
  });
  it('matches whole words only', () => {
    expect(findMetricMentions('apricots')).toEqual([]);
    expect(findMetricMentions('cashew sales').map((m) => m.metricId)).toEqual(['revenue']);
    expect(findMetricMentions('Who is the president?')).toEqual([]);
  });
  it('gives the span of the words as written', () => {
    const q = 'How much did Sonus spend on Capital Expenditures?';
    const [m] = findMetricMentions(q);
    expect(m).toMatchObject({ metricId: 'capex', text: 'Capital Expenditures', synonym: 'capital expenditures' });
    expect(q.slice(m!.span[0], m!.span[1])).toBe('Capital Expenditures');
  });
  it('does not read P/E as a metric', () => {
    expect(findMetricMentions("What is Sonus's P/E ratio?")).toEqual([]);
    expect(findUnsupported("What is Sonus's P/E ratio?")[0]?.id).toBe('pe_ratio');
  });
});
