// Questions that must be declined: the reports do not hold the answer, or the question is not one.
// A decline is any status but `answered`; the reply must say something and offer no figure.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const SONUS = 'sonus-2007-q2.txt';

const DECLINE: [string, string][] = [
  ['revenue in Q4 2006', 'a quarter the report does not hold'],
  ['net income for fiscal 2006', 'a year the report does not hold'],
  ['capex in Q2 2007', 'cash flows are printed for six months only'],
  ['cash from operations in the second quarter of 2007', 'cash flows are printed for six months only'],
  ['revenue in 1999', 'a year long before the report'],
  ['What is the P/E ratio?', 'needs a share price'],
  ['EV/EBITDA', 'needs a share price'],
  ['dividend yield', 'needs a share price'],
  ['how many employees does the company have?', 'no such figure'],
  ['customer churn rate in Q2 2007', 'no such figure'],
  ['backlog at June 30, 2007', 'no such row'],
  ['what was Microsoft\'s revenue in Q2 2007?', 'another company'],
  ["who is corvane's ceo", 'another company, typed in lower case: never the loaded one\'s CEO'],
  ['who is the CEO of Oracle', 'another company\'s officer: never the loaded one\'s'],
  ["what was oracle's revenue last quarter", 'another company, typed in lower case'],
  ['what\'s the weather in westford', 'not a question of the report'],
  ['banana', 'not a finance question'],
  ['and Q1 2007?', 'a follow-up with no question before it names no figure (never a line called "and")'],
  ['revenue in december', 'a month named alone: no period read'],
  ['asdf qwer zxcv', 'gibberish'],
  ['', 'empty'],
  ['   ', 'whitespace'],
  ['???', 'punctuation only'],
  ['revenue in Q9 2007', 'no such quarter'],
  ['goodwill at December 31, 2005', 'a date the report does not hold'],
  ['revenue in June 2007', 'a month alone names no reported flow period'],
  ['Q4 revenue last year', 'Q4 of the prior year is not reported (never the latest Q4)'],
  ['annual revenue', 'no full year is reported (never a quarter in its place)'],
  ['ratio of backlog to revenue', 'one of the two lines is not reported'],
];

describe('questions that must be declined (Sonus report)', () => {
  for (const [q, why] of DECLINE) {
    it(`${JSON.stringify(q)} (${why})`, () => {
      const r = ask(q, storeOf(SONUS), ctx);
      expect(r.status).not.toBe('answered');
      expect(r.answers).toEqual([]);
      expect(r.text.length).toBeGreaterThan(0);
    });
  }

  it('offers the six-month figure when only six months are reported, labelled as six months', () => {
    const r = ask('capital expenditures in Q2 2007', storeOf(SONUS), ctx);
    expect(r.status).toBe('not_found');
    expect(r.suggestions.join(' ')).toMatch(/six months/i);
  });
});

describe('a word the reports do not break out is never dropped', () => {
  for (const q of ['US revenue in Q2 2007', 'international revenue in Q2 2007', 'wireless revenue Q2 2007', 'revenue in euros Q2 2007']) {
    it(q, () => {
      expect(ask(q, storeOf(SONUS), ctx).status).not.toBe('answered');
    });
  }
});

describe('an officer asked of no company named, with several releases loaded', () => {
  it('"who is the CEO?" asks which company, listing the ones whose releases name one', () => {
    const r = ask('who is the CEO?', storeOf(), ctx);
    expect(r.status).toBe('clarify');
    expect(r.suggestions.join(' ')).toMatch(/Sonus/);
    expect(r.suggestions.join(' ')).toMatch(/Southern/);
  });
  it('with the company named, or one release loaded, it answers', () => {
    expect(ask("who is Sonus's CEO?", storeOf(), ctx).text).toMatch(/Ahmed/);
    expect(ask('who is the CEO?', storeOf(SONUS), ctx).text).toMatch(/Ahmed/);
  });
});
