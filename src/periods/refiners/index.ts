// The refiners, in the order they run over the parsers' results.
import type { PeriodSpec } from '../spec.js';
import { dateThenYear } from './date-then-year.js';
import { annualOfYear } from './annual-of-year.js';
import { distantPartYear } from './distant-part-year.js';
import { dropOverlaps } from './drop-overlaps.js';
import { endOfPart } from './end-of-part.js';
import { inheritYear } from './inherit-year.js';
import { lonePartYear } from './lone-part-year.js';
import { mergeYearThenPart } from './merge-year-part.js';
import { partOfRelativeYear } from './part-of-relative-year.js';
import { partOverYears } from './part-over-years.js';
import { ytdOfYear } from './ytd-year.js';
import { ytdThroughQuarter } from './ytd-quarter.js';
import { ytdYearAgo } from './ytd-year-ago.js';
import { calendarPart } from './calendar-part.js';
import { offsetOfPeriod } from './offset-of-period.js';

export type Refiner = (specs: PeriodSpec[], question: string, trace?: string[]) => PeriodSpec[];

export const refiners: Refiner[] = [
  offsetOfPeriod,
  (specs, _q, trace) => dropOverlaps(specs, trace),
  mergeYearThenPart,
  inheritYear,
  dateThenYear,
  lonePartYear,
  partOverYears,
  partOfRelativeYear,
  distantPartYear,
  annualOfYear,
  ytdOfYear,
  ytdYearAgo,
  ytdThroughQuarter,
  endOfPart,
  calendarPart,
];
