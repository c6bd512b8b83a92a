// Words around a question that say why the figure is wanted, or the figure the user expects, are not words of the line.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const first = (q: string) => {
  const r = ask(q, storeOf(), ctx);
  return { status: r.status, value: r.answers[0]?.value };
};

describe('a lead-in that names nothing the question needs is set aside', () => {
  it.each([
    ["for the board deck I need Sonus's Q2 2007 op loss", '-15402000'],
    ['quick one for the IC memo: what were apple\'s net sales for the quarter ended march 28 1997', '1601000000'],
    ['need this before the 3pm call - sonus total opex six months ended june 30 2007', '113581000'],
    ["sorry if this was asked before but what's sonus's accounts payable at june 30 2007", '24989000'],
    ["I'm updating the model, can you give me bristol-myers R&D for Q1 1997?", '326000000'],
  ])('%s', (q, value) => {
    expect(first(q)).toEqual({ status: 'answered', value });
  });

  it('a lead-in naming a period, a company or a comparison is part of the question', () => {
    // "in Q1 2007," names the period asked: Q1, not the latest quarter
    expect(first('in Q1 2007, what was sonus revenue').value).toBe('71146000');
    expect(ask('compared with a year ago, how did sonus revenue do in q2 2007', storeOf(), ctx).answers[0]?.change?.percent).toBe('17.08');
  });
});

describe('what is no lead-in', () => {
  it('a comma inside a date, or before the question names nothing', async () => {
    const { dropLeadIn } = await import('../../src/core/parse/lead-in.js');
    const { indexCompanies } = await import('../../src/core/companies.js');
    const idx = indexCompanies(storeOf());
    expect(dropLeadIn('total debt December 31, 2025', idx).dropped).toBe('');
    expect(dropLeadIn('Northwind Foods, Inc. net income last quarter', idx).dropped).toBe('');
    expect(dropLeadIn('hey, what is it', idx).dropped).toBe('');
    expect(dropLeadIn('hey bot, what was sonus revenue', idx)).toEqual({ text: 'what was sonus revenue', dropped: 'hey bot,' });
  });
});

describe('a figure the user expects is set aside', () => {
  it('"beat", "top" and "around" before an amount', () => {
    expect(first('did Sonus beat $75M in revenue in q2 2007').value).toBe('75493000');
    expect(first("did apple's net sales top $1.5 billion in the march 1997 quarter?").value).toBe('1601000000');
    expect(first("is apple's long-term debt still around $950M as of march 28 1997?").value).toBe('952000000');
  });
});
