// One message asking several questions ("What was Q2 2007 revenue? And Q1 2007?"): each is answered in turn, a
// question that leaves out the line, the period or the company takes it from the one before, words of courtesy
// ask nothing, and a message of one question is read as before.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import { splitMessage } from '../../src/core/several.js';
import { storeOf } from '../helpers/stores.js';

const ctx = { today: '2026-11-25' };
const sonus = () => storeOf('sonus-2007-q2.txt');
const values = (q: string) => ask(q, sonus(), ctx).answers.map((a) => a.value);

describe('splitting a message into questions', () => {
  it('cuts after a question mark followed by more words, and at line breaks', () => {
    expect(splitMessage('revenue Q2 2007? and Q1 2007?')).toEqual(['revenue Q2 2007?', 'and Q1 2007?']);
    expect(splitMessage('revenue Q2 2007\nNet income Q2 2007')).toEqual(['revenue Q2 2007', 'Net income Q2 2007']);
    expect(splitMessage('revenue Q2 2007.\nnet income Q2 2007')).toEqual(['revenue Q2 2007.', 'net income Q2 2007']);
    expect(splitMessage('revenue Q2 2007\nwhat about Q1?')).toEqual(['revenue Q2 2007', 'what about Q1?']);
    expect(splitMessage('What was Q2 2007 revenue. What was Q2 2006 revenue.')).toEqual(['What was Q2 2007 revenue', 'What was Q2 2006 revenue.']);
  });

  it('cuts before each bullet, the first under a heading that ends in a colon kept with it, and drops the bullets', () => {
    expect(splitMessage('revenue Q2 2007?\n- net income\n- cash')).toEqual(['revenue Q2 2007?', 'net income', 'cash']);
    expect(splitMessage('Q2 2007:\n1. revenue\n2. net income')).toEqual(['Q2 2007:\nrevenue', 'net income']);
    expect(splitMessage('Q2 2007\n* revenue\n* net income')).toEqual(['Q2 2007', 'revenue', 'net income']);
  });

  it('keeps one question whole: abbreviations, decimals, repeated question marks', () => {
    for (const q of ['revenue Q2 2007 vs. Q2 2006', 'Acme Inc. revenue in Q2 2007?', 'did EPS beat $0.15 in Q2 2007?', 'sonus q2 2007 revenue???', 'southern co d&a 2004?!', 'U.S. revenue in 2006. ', 'What was revenue\nin Q2 2007?']) {
      expect(splitMessage(q)).toHaveLength(1);
    }
  });
});

describe('several questions in one message', () => {
  it('answers each, in order, with its own citation', () => {
    const r = ask('What was service revenue in Q2 2007? What was net income in Q1 2007?', sonus(), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => a.value)).toEqual(['23322000', '-3978000']);
    expect(r.answers.map((a) => a.citations[0]?.line)).toEqual([197, 225]);
    expect(r.text).toContain('$23.3 million');
    expect(r.text).toContain('$(4.0) million');
  });

  it('a question naming only a period takes the line of the one before', () => {
    expect(values('What was service revenue in Q2 2007? What about Q1 2007?')).toEqual(['23322000', '19519000']);
    expect(values('total revenue Q2 2007? and a year ago?')).toEqual(['75493000', '64480000']);
  });

  it('a question naming only a line takes the period of the one before', () => {
    expect(values('total revenue q2 2007? also R&D?')).toEqual(['75493000', '22350000']);
    const r = ask('gross margin in Q2 2007? and operating margin?', sonus(), ctx);
    const ratios = r.answers.filter((a) => a.kind === 'ratio');
    expect(ratios.map((a) => a.value?.slice(0, 5))).toEqual(['56.12', '-20.4']);
    expect(r.answers.every((a) => a.period?.end === '2007-06-30')).toBe(true);
  });

  it('a comparison goes on to the next line with its two periods', () => {
    const r = ask('revenue Q2 2007 vs Q2 2006?\nand net income?', sonus(), ctx);
    const changes = r.answers.filter((a) => a.kind === 'change');
    expect(changes.map((a) => a.change?.from.period.end)).toEqual(['2006-06-30', '2006-06-30']);
    expect(changes.map((a) => a.change?.to.value)).toEqual(['75493000', '-6976000']);
  });

  it('"I mean ..." asks the question before again in its place', () => {
    const r = ask('What was product revenue in Q2 2007? I mean service revenue.', sonus(), ctx);
    expect(r.answers.map((a) => a.value)).toEqual(['23322000']);
  });

  it('"is that up from a year ago?" compares the figure before', () => {
    const changes = ask('what was revenue in Q2 2007? is that up from a year ago?', sonus(), ctx).answers.filter((a) => a.kind === 'change');
    expect(changes.map((a) => [a.change?.from.value, a.change?.to.value])).toEqual([['64480000', '75493000']]);
  });

  it('with several companies loaded, a follow-up asks the company the question before was answered for', () => {
    const r = ask('what was total revenue in Q2 2007? and a year ago?', storeOf(), ctx);
    expect(r.answers.map((a) => [a.company, a.value])).toEqual([['Sonus Networks, Inc.', '75493000'], ['Sonus Networks, Inc.', '64480000']]);
  });

  it('the same figures asked twice are given once', () => {
    const r = ask('What was net income in Q2 2007? Was it a loss?', sonus(), ctx);
    expect(r.answers.map((a) => a.value)).toEqual(['-6976000']);
  });

  it('words of courtesy after a question ask nothing', () => {
    const one = ask('cash at June 30, 2007?', sonus(), ctx);
    for (const q of ['cash at June 30, 2007? thanks!', 'hi team, can someone pull cash at June 30, 2007? great, thanks']) {
      const r = ask(q, sonus(), ctx);
      expect(r.answers.map((a) => a.value)).toEqual(one.answers.map((a) => a.value));
      expect(r.text).not.toMatch(/no line|not sure/i);
    }
  });

  it('a later question the lexicon does not know is asked and declined, never dropped', () => {
    const r = ask('cash at June 30, 2007? also total debt', sonus(), ctx);
    expect(r.answers.map((a) => a.value)).toEqual(['61617000']);
    expect(r.text).toMatch(/\n\n[^\n]*total debt/);
  });

  it('a heading naming the period and a list of lines under it: each line of that period; a greeting asks nothing', () => {
    expect(values('Q2 2007\n* total revenue\n* R&D')).toEqual(['75493000', '22350000']);
    expect(values('a few questions on Q2 2007:\n1. total revenue\n2. R&D\n3. cash at June 30, 2007')).toEqual(['75493000', '22350000', '61617000']);
    expect(values('hey team\nwhat was total revenue in Q2 2007?\nthanks')).toEqual(['75493000']);
  });

  it('an amount with cents in a question is no period ("vs. $64.5 million")', () => {
    const r = ask('What were Q2 2007 revenues, vs. $64.5 million a year ago?', sonus(), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.change?.from.value).toBe('64480000');
  });

  it('a line named by its own words alone is the one beside the line answered before, under its heading', () => {
    expect(values('service revenue in Q2 2007? and product?')).toEqual(['23322000', '52171000']);
    expect(values('diluted shares Q2 2006? and basic?')).toEqual(['256326000', '252664000']);
    // (words that are no row's own name beside it are still asked back)
    const r = ask('current portion of deferred revenue at June 30, 2007? and long-term?', sonus(), ctx);
    expect(r.answers.map((a) => a.value)).toEqual(['55270000']);
  });

  it('a bare year after a part of a year asks that part of the year', () => {
    expect(values('revenue for the first six months of 2007? and 2006?')).toEqual(['146639000', '124475000']);
    expect(values('total revenue in Q2 2007? and 2006?')).toEqual(['75493000', '64480000']);
  });

  it('the reply is the first question\'s status; a later one declined says so without hiding the first answer', () => {
    const r = ask('revenue Q2 2007? and Q3 2009?', sonus(), ctx);
    expect(r.status).toBe('answered');
    expect(r.answers.map((a) => a.value)).toEqual(['75493000']);
    expect(r.text).toMatch(/\$75\.5 million[\s\S]*\n\n\S/);
    const first = ask('revenue Q3 2009? and Q2 2007?', sonus(), ctx);
    expect(first.status).not.toBe('answered');
    // (answers only with the status answered, as the contract says; the text still gives the second figure)
    expect(first.answers).toEqual([]);
    expect(first.text).toContain('$75.5 million');
  });

  it('answers the first four questions of a longer message and says so', () => {
    const r = ask('revenue Q2 2007? and Q1 2007? and Q2 2006? and Q1 2006? and Q4 2006?', sonus(), ctx);
    expect(r.answers).toHaveLength(4);
    expect(r.text).toMatch(/first 4 questions/);
  });
});

describe('a follow-up in the next message (chat adapters pass the question before)', () => {
  const after = (previous: string, q: string) => ask(q, sonus(), { ...ctx, previous });

  it('goes on from the question before when it says so or names no line', () => {
    expect(after('What was service revenue in Q2 2007?', 'and Q1 2007?').answers.map((a) => a.value)).toEqual(['19519000']);
    expect(after('What was service revenue in Q2 2007?', 'Q1 2007?').answers.map((a) => a.value)).toEqual(['19519000']);
    expect(after('total revenue in Q1 2007', 'what about R&D?').answers.map((a) => a.value)).toEqual(['18698000']);
  });

  it('a question of its own is read on its own', () => {
    const alone = ask('net income?', sonus(), ctx).answers.map((a) => a.value);
    expect(after('What was service revenue in Q1 2007?', 'net income?').answers.map((a) => a.value)).toEqual(alone);
    expect(after('What was service revenue in Q1 2007?', 'What was total revenue in Q2 2007?').answers.map((a) => a.value)).toEqual(['75493000']);
  });

  it('words of courtesy between two questions keep the question before for the next follow-up', () => {
    const thanks = after('What was service revenue in Q2 2007?', 'great, thanks!');
    expect(thanks.followUpBase).toBeUndefined();
    expect(ask('2007?', sonus(), ctx).followUpBase).toBe('2007?');
  });

  it('gives the question as it read it, so that a chain of follow-ups goes on', () => {
    const second = after('What was service revenue in Q2 2007?', 'and Q1 2007?');
    expect(second.followUpBase).toMatch(/service revenue/i);
    expect(after(second.followUpBase!, 'and Q2 2006?').answers.map((a) => a.value)).toEqual(['15627000']);
  });
});
