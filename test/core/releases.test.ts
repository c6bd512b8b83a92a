// Facts across releases: one figure printed in two releases, restatements, and several companies.
// The releases are small synthetic ones written here, in the layout of the shared press releases.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { quarterHeader, readRelease, releaseText, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const OPS = 'Condensed Consolidated Statements of Operations';

// Income statement of one quarter and the same quarter a year before.
function income(year: number, rows: [string, ...string[]][]): TableSpec {
  return { title: OPS, headers: [quarterHeader('June 30', year), quarterHeader('June 30', year - 1)], rows };
}

function release(file: string, company: string, ticker: string, year: number, rows: [string, ...string[]][]) {
  return readRelease(file, releaseText(company, ticker, `${company.split(',')[0]} Reports ${year} Second Quarter Results`, [income(year, rows)]));
}

const ACME = 'Acme Widgets, Inc.';
// Q2 2006 in its own release, and again as the prior-year column of the Q2 2007 release.
const acme2006 = release('acme-2006-q2.txt', ACME, 'ACMW', 2006, [
  ['Revenue', '$ 48,853', '$ 40,100'],
  ['Gross profit', '32,654', '27,000'],
  ['Net income', '$ 8,914', '$ 5,210'],
]);
const acme2007 = release('acme-2007-q2.txt', ACME, 'ACMW', 2007, [
  ['Revenue', '$ 52,171', '$ 48,853'],
  ['Gross profit', '28,610', '32,654'],
  // restated: the 2006 release printed 8,914
  ['Net income', '$ 6,976', '$ 8,514'],
]);
const initech2007 = release('initech-2007-q2.txt', 'Initech Systems Corporation', 'INTS', 2007, [
  ['Revenue', '$ 11,200', '$ 10,050'],
  ['Gross profit', '5,600', '5,000'],
  ['Net income', '$ 1,100', '$ 900'],
]);

const acmeOnly: Store = { documents: [acme2006, acme2007] };
const two: Store = { documents: [acme2006, acme2007, initech2007] };

describe('the synthetic releases read as intended', () => {
  it('each release has its company, ticker and two quarter columns', () => {
    for (const d of [acme2006, acme2007, initech2007]) {
      expect(d.problems).toEqual([]);
      expect(d.statements).toHaveLength(1);
      expect(d.statements[0].columns.map((c) => c.period?.type)).toEqual(['quarter', 'quarter']);
    }
    expect([acme2007.company, acme2007.ticker, initech2007.company, initech2007.ticker]).toEqual([ACME, 'ACMW', 'Initech Systems Corporation', 'INTS']);
  });
});

describe('the same figure in two releases', () => {
  it('answers once, citing both releases', () => {
    const r = ask('revenue in Q2 2006', acmeOnly, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers).toHaveLength(1);
    const a = r.answers[0];
    expect(a.value).toBe('48853000');
    expect(a.period?.end).toBe('2006-06-30');
    expect(a.restated).toBeFalsy();
    expect(a.citations.map((c) => c.document).sort()).toEqual(['acme-2006-q2.txt', 'acme-2007-q2.txt']);
    expect(r.text).not.toMatch(/restated/i);
    expect(r.text).toContain('acme-2006-q2.txt');
    expect(r.text).toContain('acme-2007-q2.txt');
  });

  it('a figure printed in one release only cites that release', () => {
    const r = ask('revenue in Q2 2007', acmeOnly, ctx);
    expect(r.answers[0].value).toBe('52171000');
    expect(r.answers[0].citations.map((c) => c.document)).toEqual(['acme-2007-q2.txt']);
  });
});

describe('a restated figure', () => {
  it('answers the newest release, marked restated, citing both', () => {
    const r = ask('net income in Q2 2006', acmeOnly, ctx);
    expect(r.status).toBe('answered');
    expect(r.answers).toHaveLength(1);
    const a = r.answers[0];
    expect(a.value).toBe('8514000');
    expect(a.restated).toBe(true);
    expect(a.citations[0].document).toBe('acme-2007-q2.txt');
    expect(a.citations.map((c) => c.document).sort()).toEqual(['acme-2006-q2.txt', 'acme-2007-q2.txt']);
    expect(r.text).toMatch(/restated/i);
    expect(r.text).toContain('$8.5 million');
  });

  it('the newest release wins whatever order the files were loaded in', () => {
    const r = ask('net income in Q2 2006', { documents: [acme2007, acme2006] }, ctx);
    expect(r.answers[0].value).toBe('8514000');
    expect(r.answers[0].restated).toBe(true);
  });
});

describe('several companies', () => {
  const named: [string, string, string][] = [
    ['Acme Widgets revenue in Q2 2007', ACME, '52171000'],
    ['what was ACMW revenue in Q2 2007?', ACME, '52171000'],
    ["acme's revenue in Q2 2007", ACME, '52171000'],
    ['Acme Widgets, Inc. gross profit in Q2 2007', ACME, '28610000'],
    ['Initech revenue in Q2 2007', 'Initech Systems Corporation', '11200000'],
    ['INTS gross profit in Q2 2006', 'Initech Systems Corporation', '5000000'],
    ["Initech Systems' net income in Q2 2007", 'Initech Systems Corporation', '1100000'],
    ['revenue of initech systems corporation in Q2 2007', 'Initech Systems Corporation', '11200000'],
  ];
  for (const [q, company, value] of named) {
    it(`${JSON.stringify(q)} -> ${company}`, () => {
      const r = ask(q, two, ctx);
      expect(r.status).toBe('answered');
      expect(r.answers).toHaveLength(1);
      expect(r.answers[0].company).toBe(company);
      expect(r.answers[0].value).toBe(value);
    });
  }

  it('a name with two legal words reads with one of them dropped ("Betamax Holdings\' net income")', () => {
    const betamax = release('betamax-2007-q2.txt', 'Betamax Holdings Corporation', 'BTMX', 2007, [['Net income', '$ 2,100', '$ 1,900']]);
    const store: Store = { documents: [acme2007, betamax] };
    for (const q of ["Betamax Holdings' net income in Q2 2007", 'Betamax Holdings net income in Q2 2007', 'betamax net income in Q2 2007']) {
      const r = ask(q, store, ctx);
      expect(r.status, q).toBe('answered');
      expect(r.answers[0], q).toMatchObject({ company: 'Betamax Holdings Corporation', value: '2100000' });
    }
  });

  it('no company named and both hold the figure: asks which, listing both', () => {
    const r = ask('revenue in Q2 2007', two, ctx);
    expect(r.status).toBe('clarify');
    expect(r.answers).toEqual([]);
    expect([...r.suggestions].sort()).toEqual([ACME, 'Initech Systems Corporation']);
    expect(r.text).toContain('Initech Systems Corporation');
  });

  it('no company named: the channel default answers', () => {
    const r = ask('revenue in Q2 2007', two, { ...ctx, defaultCompany: 'INTS' });
    expect(r.answers[0].company).toBe('Initech Systems Corporation');
  });

  it('a company not loaded is declined, not answered for another', () => {
    const r = ask("Oracle's revenue in Q2 2007", two, ctx);
    expect(r.status).not.toBe('answered');
    expect(r.answers).toEqual([]);
  });
});

// Other companies' releases that count every look inside them (their tables, prose and checks).
function watchedOthers(n: number): { docs: Store['documents']; looks: () => number } {
  let looks = 0;
  const docs = Array.from({ length: n }, (_, i) => new Proxy({ ...initech2007, document: `other-${i}.txt`, company: `Othercorp ${i} Industries, Inc.`, ticker: `OC${i}` }, {
    get(target, prop, receiver) {
      if (prop === 'statements' || prop === 'prose' || prop === 'checks') looks++;
      return Reflect.get(target, prop, receiver);
    },
  }));
  return { docs, looks: () => looks };
}

describe('question time with many other companies loaded', () => {
  const others = watchedOthers(500);
  const big: Store = { documents: [...others.docs, acme2006, acme2007] };
  // the company index is built once per store, when the first question comes
  ask('Acme revenue in Q2 2007', big, ctx);

  const named: [string, typeof ctx & { defaultCompany?: string }][] = [
    ['Acme Widgets revenue in Q2 2007', ctx],
    ['ACMW revenue in Q2 2007', ctx],
    ["Acme's net income in Q2 2006", ctx],
    ['revenue in Q2 2007', { ...ctx, defaultCompany: 'Acme Widgets' }],
  ];
  for (const [q, c] of named) {
    it(`${JSON.stringify(q)}${c.defaultCompany ? ' (channel default)' : ''} never looks inside another company's releases`, () => {
      const before = others.looks();
      const r = ask(q, big, c);
      expect(r.status).toBe('answered');
      expect(r.answers[0].company).toBe(ACME);
      expect(others.looks() - before).toBe(0);
    });
  }

  it('with no company named every company is asked (the counter does count)', () => {
    const before = others.looks();
    const r = ask('revenue in Q2 2007', big, ctx);
    expect(r.status).toBe('clarify');
    expect(others.looks() - before).toBeGreaterThan(0);
  });
});
