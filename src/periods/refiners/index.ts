// The refiners, in the order they run over the parsers' results.
import type { PeriodSpec } from '../spec.js';
import { dateThenYear } from './date-then-year.js';
import { dropOverlaps } from './drop-overlaps.js';
import { inheritYear } from './inherit-year.js';
import { mergeYearThenPart } from './merge-year-part.js';

export type Refiner = (specs: PeriodSpec[], question: string, trace?: string[]) => PeriodSpec[];

export const refiners: Refiner[] = [
  (specs, _q, trace) => dropOverlaps(specs, trace),
  mergeYearThenPart,
  inheritYear,
  dateThenYear,
];
