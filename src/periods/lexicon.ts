// Period words, read once from intents/periods.yaml.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { PeriodType } from '../core/store.js';
import type { RelativePeriod } from './spec.js';

/** A word with the number it stands for ("second" -> 2, "march" -> 3). */
export interface NumberWord { word: string; value: number; reason: string }
/** A count word naming a period's length ("six" months -> six_months). */
export interface CountWord { word: string; type: PeriodType; reason: string }
/** A relative period phrase ("year-ago quarter" -> year_ago, quarter). */
export interface RelativePhrase { phrase: string; relative: RelativePeriod; type?: PeriodType; reason: string }
/** All period word lists. */
export interface PeriodLexicon {
  ordinals: NumberWord[];
  cardinals: NumberWord[];
  months: NumberWord[];
  month_counts: CountWord[];
  week_counts: CountWord[];
  relative: RelativePhrase[];
  ttm: { phrase: string; reason: string }[];
  year_not_after: { word: string; reason: string }[];
  year_not_before: { word: string; reason: string }[];
}

const file = new URL('../../intents/periods.yaml', import.meta.url);
export const lexicon: PeriodLexicon = parse(readFileSync(file, 'utf8')) as PeriodLexicon;

/** Regex-escape a literal word. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of words, longest first so "sept" wins over "sep". */
export function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}

function lookup(list: { word: string }[]): Map<string, (typeof list)[number]> {
  return new Map(list.map((w) => [w.word.toLowerCase(), w]));
}

const ordinalMap = lookup(lexicon.ordinals) as Map<string, NumberWord>;
const cardinalMap = lookup(lexicon.cardinals) as Map<string, NumberWord>;
const monthMap = lookup(lexicon.months) as Map<string, NumberWord>;
const monthCountMap = lookup(lexicon.month_counts) as Map<string, CountWord>;
const weekCountMap = lookup(lexicon.week_counts) as Map<string, CountWord>;

export const ORDINAL_RE = alternation(lexicon.ordinals.map((w) => w.word));
export const CARDINAL_RE = alternation(lexicon.cardinals.map((w) => w.word));
export const MONTH_RE = alternation(lexicon.months.map((w) => w.word));
export const MONTH_COUNT_RE = alternation(lexicon.month_counts.map((w) => w.word));
export const WEEK_COUNT_RE = alternation(lexicon.week_counts.map((w) => w.word));

export const ordinalValue = (w: string): number | undefined => ordinalMap.get(w.toLowerCase())?.value;
export const cardinalValue = (w: string): number | undefined => cardinalMap.get(w.toLowerCase())?.value;
export const monthValue = (w: string): number | undefined => monthMap.get(w.toLowerCase().replace(/\.$/, ''))?.value;
export const monthCountType = (w: string): PeriodType | undefined => monthCountMap.get(w.toLowerCase())?.type;
export const weekCountType = (w: string): PeriodType | undefined => weekCountMap.get(w.toLowerCase())?.type;
