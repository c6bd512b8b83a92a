// "top 3 companies by revenue in Q2 2012", "bottom 2 by net income": a ranking of the first or last few companies,
// only those that report the period asked. Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { quarterHeader, readRelease, releaseText } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const release = (file: string, name: string, ticker: string, year: number, figures: [string, string, string]) =>
  readRelease(file, releaseText(name, ticker, `${name.split(' ')[0]} Reports Second Quarter ${year} Results`, [
    { title: 'Condensed Consolidated Statements of Operations', headers: [quarterHeader('June 30', year), quarterHeader('June 30', year - 1)],
      rows: [['Total revenue', figures[0], '100,000'], ['Gross profit', figures[1], '40,000'], ['Net income', figures[2], '9,000']] },
  ]));

const store: Store = { documents: [
  release('alder-2012-q2.txt', 'Alder Peak Systems, Inc.', 'ALPK', 2012, ['421,831', '241,400', '82,672']),
  release('brisk-2012-q2.txt', 'Briskwater Software Corp.', 'BRSK', 2012, ['9,825,000', '4,352,000', '142,000']),
  release('cobalt-2012-q2.txt', 'Cobalt Ridge Foods Company', 'CBRF', 2012, ['430,317', '273,850', '81,662']),
  release('dunmore-2012-q2.txt', 'Dunmore Labs, Inc.', 'DNML', 2012, ['250,000', '120,000', '20,000']),
  // a company whose latest quarter is another year's: no part of a ranking for Q2 2012
  release('ember-2005-q2.txt', 'Ember Grove Energy, Inc.', 'EMGE', 2005, ['99,000,000', '50,000,000', '9,000,000']),
] };
const reply = (q: string) => ask(q, store, ctx);
const names = (q: string) => reply(q).answers.map((a) => a.company);

describe('top and bottom few companies', () => {
  it('"top 3 companies by revenue" lists the three largest, largest first', () => {
    const r = reply('top 3 companies by revenue in Q2 2012');
    expect(r.status).toBe('answered');
    expect(names('top 3 companies by revenue in Q2 2012')).toEqual(['Briskwater Software Corp.', 'Cobalt Ridge Foods Company', 'Alder Peak Systems, Inc.']);
    expect(r.answers[0]?.value).toBe('9825000000');
  });

  it('"top two by net income" without the word companies', () => {
    expect(names('top two by net income in Q2 2012')).toEqual(['Briskwater Software Corp.', 'Alder Peak Systems, Inc.']);
  });

  it('"bottom 2" lists the smallest first', () => {
    expect(names('bottom 2 companies by net income in Q2 2012')).toEqual(['Dunmore Labs, Inc.', 'Cobalt Ridge Foods Company']);
  });

  it('a company without the period asked is never in the list', () => {
    expect(names('top 5 companies by revenue in Q2 2012')).not.toContain('Ember Grove Energy, Inc.');
    expect(names('top 5 companies by revenue in Q2 2012')).toHaveLength(4);
  });
});
