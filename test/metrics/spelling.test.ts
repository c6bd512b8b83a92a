// Typing slips in finance words are read as the word meant; unknown words are never turned into one.
import { describe, expect, it } from 'vitest';
import { correctText, correctWord, oneEdit } from '../../src/metrics/spelling.js';
import { getLexicon } from '../../src/metrics/lexicon.js';
import { matchRows, CONFIDENT_SCORE } from '../../src/metrics/rows.js';
import { makeDoc, pathOf, statement } from './helpers.js';

const lex = getLexicon();

describe('one edit apart', () => {
  it.each([
    ['reveune', 'revenue', true], // neighbours swapped
    ['incme', 'income', true], // a letter dropped
    ['expence', 'expense', true], // a letter changed
    ['accrrued', 'accrued', true], // a letter doubled
    ['revnue', 'revenue', true],
    ['cash', 'cost', false],
    ['inventory', 'inventor', true],
    ['profit', 'prophet', false],
  ])('%s / %s: %s', (a, b, want) => {
    expect(oneEdit(a, b)).toBe(want);
  });
});

describe('a mistyped finance word', () => {
  it.each([
    ['reveune', 'revenue'],
    ['reveneu', 'revenue'],
    ['inventroy', 'inventory'],
    ['recievable', 'receivable'],
    ['depreciaton', 'depreciation'],
    ['amortisation', 'amortization'],
    ['expence', 'expense'],
  ])('%s is read as %s', (typed, meant) => {
    expect(correctWord(lex, typed)).toBe(meant);
  });

  it.each(['iphone', 'europe', 'hardware', 'wireless', 'zynetix', 'cash', 'rev', 'opex', 'bearing', 'basis', 'contact', 'plan', 'preferred', 'purchases', 'repurchases', 'owner'])('%s stays as typed', (w) => {
    expect(correctWord(lex, w)).toBe(w);
  });

  it('a word the loaded reports use is a real word, never a slip (a made-up "incme" line); plain words neither ("basis")', () => {
    expect(correctWord(lex, 'incme')).toBe('income');
    expect(correctWord(lex, 'incme', new Set(['incme']))).toBe('incme');
    expect(correctWord(lex, 'basis')).toBe('basis');
  });

  it('never reads a word as one of framing: "lease" is no slip of "please"', () => {
    expect(correctWord(lex, 'lease')).toBe('lease');
  });

  it('rewrites the slips of a question and keeps every other word as typed', () => {
    expect(correctText(lex, "Sonus reveune Q2'07", new Set())).toBe("Sonus revenue Q2'07");
    expect(correctText(lex, 'net incme for the north region', new Set(['north']))).toBe('net income for the north region');
  });

  it('a mistyped question finds the row meant, and an unknown word finds none', () => {
    const doc = makeDoc('acme.txt', [statement('Statements of Operations', 'income', ['Revenue › Product', 'Revenue › Total revenue', 'Net income'])]);
    const best = (p: string) => {
      const c = matchRows(correctText(lex, p, new Set()), doc)[0];
      return c && c.score >= CONFIDENT_SCORE ? pathOf(doc, c) : null;
    };
    expect(best('product reveneu')).toBe('Revenue › Product');
    expect(best('net incme')).toBe('Net income');
    expect(best('hardwre revenue')).toBeNull();
  });
});

describe('another form of a word is no slip', () => {
  it('"acquire" stays "acquire" although the lexicon knows "acquired"', () => {
    expect(correctWord(getLexicon(), 'acquire')).toBe('acquire');
  });
});
