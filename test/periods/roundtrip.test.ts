// What an answer calls a period, asked back, finds that same period: label -> extract -> match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/store.js';
import { addDays, addMonths, isoDate } from '../../src/periods/dates.js';
import { extractPeriods } from '../../src/periods/extract.js';
import type { FiscalCalendar } from '../../src/periods/fiscal.js';
import { fiscalMonthEnd } from '../../src/periods/fiscal.js';
import { periodLabel, periodLongLabel } from '../../src/periods/label.js';
import { fiscalCalendarOf, periodMatches } from '../../src/periods/match.js';

const MONTHS: Record<Period['type'], number> = { quarter: 3, six_months: 6, nine_months: 9, year: 12, instant: 0, other: 0 };

// A period of the given kind ending at fiscal month `months` of fiscal year `fy`, shifted by a few days (52/53 weeks).
function periodOf(type: Period['type'], fy: number, months: number, shift: number, cal: FiscalCalendar): Period {
  const end = addDays(fiscalMonthEnd(fy, months, cal), shift);
  if (type === 'instant') return { type, start: null, end };
  return { type, start: addDays(addMonths(end, -MONTHS[type]), 1), end };
}

const calendars = fc.constantFrom(fiscalCalendarOf(null), fiscalCalendarOf({ month: 9, day: 30 }), fiscalCalendarOf({ month: 6, day: 30 }), fiscalCalendarOf({ month: 1, day: 31 }));
const kinds = fc.constantFrom<[Period['type'], number[]]>(
  ['quarter', [3, 6, 9, 12]],
  ['six_months', [6, 12]],
  ['nine_months', [9]],
  ['year', [12]],
  ['instant', [3, 6, 9, 12]],
);

describe('label round trip', () => {
  it('the short label, asked back, matches the period', () => {
    fc.assert(
      fc.property(calendars, kinds, fc.integer({ min: 1990, max: 2030 }), fc.nat(3), fc.integer({ min: -4, max: 4 }), (cal, [type, ends], fy, pick, shift) => {
        const period = periodOf(type, fy, ends[pick % ends.length]!, shift, cal);
        const label = periodLabel(period, cal);
        const specs = extractPeriods(`revenue ${label}`);
        expect(specs, label).toHaveLength(1);
        expect(periodMatches(specs[0]!, period, cal), `${label} ${JSON.stringify(period)}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the long label, asked back, matches the period', () => {
    fc.assert(
      fc.property(calendars, kinds, fc.integer({ min: 1990, max: 2030 }), fc.nat(3), (cal, [type, ends], fy, pick) => {
        const period = periodOf(type, fy, ends[pick % ends.length]!, 0, cal);
        const label = periodLongLabel(period);
        const specs = extractPeriods(`revenue for the ${label}`);
        expect(specs, label).toHaveLength(1);
        expect(periodMatches(specs[0]!, period, cal), label).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a worked example: Q2 FY1997 of a September year', () => {
    const cal = fiscalCalendarOf({ month: 9, day: 27 });
    const period: Period = { type: 'quarter', start: '1996-12-28', end: isoDate(1997, 3, 28) };
    expect(periodLabel(period, cal)).toBe('Q2 FY1997');
    expect(periodMatches(extractPeriods('Q2 FY1997')[0]!, period, cal)).toBe(true);
  });
});
