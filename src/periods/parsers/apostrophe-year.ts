// A two-digit year with an apostrophe, alone: "revenue in '06", "FY revenue ’97" -> the year (like a bare year).
import { expandYear } from '../years.js';
import type { PeriodSpec } from '../spec.js';
import type { PeriodParser } from './types.js';

const RE = /(?<=^|[\s(])['’](\d\d)(?![\w'’%]|[.,]\d)/g;

export const apostropheYear: PeriodParser = {
  name: 'apostrophe-year',
  find(question) {
    const out: PeriodSpec[] = [];
    for (const m of question.matchAll(RE)) {
      const year = expandYear(m[1]!);
      if (year !== undefined) out.push({ year, text: m[0], span: [m.index!, m.index! + m[0].length], rule: 'apostrophe-year' });
    }
    return out;
  },
};
