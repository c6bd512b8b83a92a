// A list of lines in one question ("revenue, net income and EPS for Q2 2007"): each line answered in turn, for the
// period and company the question names; a line whose own name holds commas and "and" is one line, never a list.
import { describe, expect, it } from 'vitest';
import { ask, parse } from '../../src/core/index.js';
import { companyIndex } from '../../src/core/index.js';
import { storeIn, storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const sonus = () => storeOf('sonus-2007-q2.txt');
const answers = (q: string) => ask(q, sonus(), ctx).answers.map((a) => ({ metric: a.metric, value: a.value }));
const list = (q: string) => parse(q, { companies: companyIndex(sonus()) }).list?.items ?? null;

describe('a list of lines asked in one question', () => {
  it('three lines or more, with commas or "and", each answered for the period asked', () => {
    expect(answers('revenue, net income and EPS for Q2 2007?').map((a) => a.value)).toEqual(['75493000', '-6976000', '-0.03']);
    expect(answers('what were revenue, gross profit and operating income last quarter').map((a) => a.value)).toEqual(['75493000', '42369000', '-15402000']);
    expect(answers('revenue and net income and EPS in Q2 2007').map((a) => a.value)).toEqual(['75493000', '-6976000', '-0.03']);
    expect(answers('R&D, S&M and G&A in Q2 2007').map((a) => a.value)).toEqual(['22350000', '21219000', '14202000']);
  });

  it('two lines, each answered as it would be alone (a quarter derived from the year to date)', () => {
    const got = ask('apple revenue and net income q1 1997', storeOf(), ctx).answers;
    expect(got.map((a) => [a.metric, a.value, a.derived === true])).toEqual([['Net sales', '2129000000', true], ['Net loss', '-120000000', true]]);
  });

  it('two items where one is a computed ratio', () => {
    const got = ask('Q2 2007 revenue and gross margin', sonus(), ctx);
    expect(got.status).toBe('answered');
    // (a ratio's answer is followed by the figures it is computed from)
    expect(got.answers.filter((a) => a.kind !== 'value' || a.metric === 'Total revenue').map((a) => [a.kind, a.value]).slice(0, 2)).toEqual([['value', '75493000'], ['ratio', '56.12']]);
    const both = ask('current ratio and total assets at June 30 2007', sonus(), ctx).answers;
    expect([both[0]?.kind, both[0]?.value, both[both.length - 1]?.metric, both[both.length - 1]?.value]).toEqual(['ratio', '3.87', 'Total assets', '597945000']);
  });

  it('one-word items share the last item\'s noun: "product, service and total revenue"', () => {
    expect(list('product, service and total revenue Q2 2007')).toEqual(['product revenue', 'service revenue', 'total revenue']);
    expect(answers('product, service and total revenue Q2 2007').map((a) => a.value)).toEqual(['52171000', '23322000', '75493000']);
  });

  it('words of change stay with every item: each line compared with the year before', () => {
    const got = ask('how did revenue, net income and EPS change vs a year ago', sonus(), ctx);
    expect(got.answers.filter((a) => a.kind === 'change').map((a) => [a.metric, a.change?.from.value])).toEqual([
      ['Total revenue', '64480000'], ['Net income (loss)', '8914000'], ['Diluted net income (loss) per share', '0.03'],
    ]);
  });

  it('a list in a message of several questions takes the period of the question before', () => {
    const got = ask('Q2 2007 revenue? and net income, EPS and cash?', sonus(), ctx).answers.filter((a) => a.kind === 'value');
    expect(got.map((a) => [a.metric, a.value])).toEqual([
      ['Total revenue', '75493000'], ['Net income (loss)', '-6976000'], ['Diluted net income (loss) per share', '-0.03'], ['Cash and cash equivalents', '61617000'],
    ]);
  });

  it('"compare" with two periods compares each line over time; with one period, three lines are given side by side', () => {
    const over = ask('compare revenue and net income Q2 2007 vs Q2 2006', sonus(), ctx).answers.filter((a) => a.kind === 'change');
    expect(over.map((a) => [a.metric, a.change?.from.value])).toEqual([['Total revenue', '64480000'], ['Net income (loss)', '8914000']]);
    expect(answers('compare R&D, S&M and G&A in Q2 2007').map((a) => a.value)).toEqual(['22350000', '21219000', '14202000']);
    // (two lines of one period "compared" ask which figure is wanted)
    expect(ask('compare R&D and S&M in Q2 2007', sonus(), ctx).status).toBe('clarify');
  });
});

describe('a list and several companies', () => {
  it('"revenue and net income for Ostler and Quarry Lane last quarter": each line for both companies', () => {
    const got = ask('revenue and net income for Ostler and Quarry Lane last quarter', storeIn('season'), ctx).answers;
    expect(got.map((a) => [a.company, a.metric, a.value])).toEqual([
      ['Ostler Medical, Inc.', 'Total revenue', '162450000'], ['Quarry Lane Outfitters, Inc.', 'Net sales', '577250000'],
      ['Ostler Medical, Inc.', 'Net income', '16380000'], ['Quarry Lane Outfitters, Inc.', 'Net income', '29875000'],
    ]);
  });
});

describe('what is no list', () => {
  it('a line whose own name runs across the commas', () => {
    expect(list('selling, general and administrative Q2 2007')).toBeNull();
    // (and read whole, not as "general and administrative" after a lead-in "selling,")
    expect(ask('selling, general and administrative Q2 2007', sonus(), ctx).answers[0]?.value).toBe('35421000');
  });

  it('lines put together into one figure', () => {
    expect(list('sum of R&D, S&M and G&A in Q2 2007')).toBeNull();
    expect(list('R&D, S&M and G&A combined in Q2 2007')).toBeNull();
    expect(list('sonus cash & equivalents + marketable securities at 12/31/06')).toBeNull();
    expect(list('which company had the highest revenue, net income and EPS')).toBeNull();
  });

  it('one-word items take the longest tail of the last item that names a line or ratio ("product and service cost of revenue")', () => {
    expect(list('product and service cost of revenue q2 2007')).toEqual(['product cost of revenue', 'service cost of revenue']);
    expect(answers('product and service cost of revenue q2 2007').map((a) => a.value)).toEqual(['23561000', '9563000']);
    expect(list('product and service gross margin q2 2007')).toEqual(['product gross margin', 'service gross margin']);
  });

  it('items with periods of their own are never asked for another item\'s period', () => {
    for (const q of ['revenue q2 2007 and net income q1 2007', 'q2 2007 revenue and q1 2007 net income']) {
      const got = ask(q, sonus(), ctx).answers.filter((a) => a.metric === 'Net income (loss)');
      expect(got.every((a) => a.period?.label === 'Q1 2007')).toBe(true);
      expect(list(q)).toBeNull();
    }
    expect(list('revenue q2 2007 and net income')).toEqual(['revenue', 'net income']);
  });

  it('" & " with spaces joins two lines; "&" between letters is a line\'s own', () => {
    expect(list('revenue & net income in Q2 2007')).toEqual(['revenue', 'net income']);
    expect(list('research & development in Q2 2007')).toBeNull();
  });

  it('a period in brackets after the list is every item\'s', () => {
    const got = ask('apple: net loss, net sales (six months ended march 1997)', storeOf(), ctx).answers;
    expect(got.map((a) => [a.metric, a.period?.label, a.value])).toEqual([['Net loss', 'H1 FY1997', '-828000000'], ['Net sales', 'H1 FY1997', '3730000000']]);
  });

  it('items that name no line, and words of the chat that are no row words', () => {
    expect(list('revenue, headcount and morale in Q2 2007')).toBeNull();
    expect(list('Actually, I meant G&A.')).toBeNull();
  });

  it('a row printed with the list as its own label is answered whole', () => {
    const got = ask('Quillon consumer, mobile and other revenue Q3 2025', storeIn('trends'), ctx);
    expect(got.answers.map((a) => a.value)).toEqual(['95100000']);
  });
});
