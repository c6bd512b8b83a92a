// The ordered parser list. Order breaks ties between matches of equal length: earlier wins.
import { apostropheYear } from './apostrophe-year.js';
import { bareYear } from './bare-year.js';
import { dateSpan } from './date-span.js';
import { firstMonths } from './first-months.js';
import { fiscalYear } from './fiscal-year.js';
import { halfShort } from './half-short.js';
import { halfWords } from './half-words.js';
import { instantDate } from './instant-date.js';
import { monthQuarter } from './month-quarter.js';
import { monthRange } from './month-range.js';
import { lastMonths } from './last-months.js';
import { monthNamedQuarter } from './month-named-quarter.js';
import { monthDay } from './month-day.js';
import { monthEndAlone } from './month-end-alone.js';
import { monthDayShortYear } from './month-day-short-year.js';
import { monthsOfYear } from './months-of-year.js';
import { ordinalList } from './ordinal-list.js';
import { monthYear } from './month-year.js';
import { nineMonthsShort } from './nine-months-short.js';
import { plainDate } from './plain-date.js';
import { sixMonthsShort } from './six-months-short.js';
import { quarterNounFirst } from './quarter-noun-first.js';
import { quarterNumberFirst } from './quarter-number-first.js';
import { quarterQFirst } from './quarter-q-first.js';
import { quarterWords } from './quarter-words.js';
import { relativeWords } from './relative-words.js';
import { spanAlone } from './span-alone.js';
import { spanEnded } from './span-ended.js';
import { spanPairEnded } from './span-pair-ended.js';
import type { PeriodParser } from './types.js';
import { yearInstant } from './year-instant.js';
import { yearThenPart } from './year-then-part.js';

export const parsers: PeriodParser[] = [
  dateSpan,
  spanPairEnded,
  spanEnded,
  instantDate,
  yearInstant,
  ordinalList,
  monthRange,
  monthQuarter,
  monthNamedQuarter,
  yearThenPart,
  quarterQFirst,
  quarterNumberFirst,
  quarterWords,
  quarterNounFirst,
  halfShort,
  halfWords,
  firstMonths,
  lastMonths,
  monthsOfYear,
  nineMonthsShort,
  sixMonthsShort,
  fiscalYear,
  relativeWords,
  spanAlone,
  monthDayShortYear,
  plainDate,
  monthYear,
  monthDay,
  monthEndAlone,
  bareYear,
  apostropheYear,
];
