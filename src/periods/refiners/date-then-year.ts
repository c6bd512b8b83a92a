// A year after a dated period takes its month, day and kind:
// "the quarters ended June 30, 2007 and 2006" -> three months ended June 30, 2006;
// "six months ended June 30, 2007 and June 30, 2006" -> the second date is six months too;
// "Q2 2007 vs 2006" -> Q2 2006; "fiscal 2006 and 2005" -> fiscal 2005;
// "1H FY97 vs FY96" -> 1H FY96 (a part compared with a fiscal year named alone is the same part of it).
import { daysInMonth, isoDate, ymd } from '../dates.js';
import type { PeriodSpec } from '../spec.js';

const JOIN = /^\s*(?:,|and|,\s*and|vs\.?|versus|compared\s+(?:to|with))\s*$/i;
const bareYear = (s: PeriodSpec): boolean => (s.rule === 'bare-year' || s.rule === 'apostrophe-year') && s.year !== undefined;
const bareDate = (s: PeriodSpec): boolean => !s.type && !s.relative && s.end !== undefined;
const VERSUS = /^\s*(?:vs\.?|versus|compared\s+(?:to|with))\s*$/i;
const fiscalYearAlone = (s: PeriodSpec): boolean => s.rule === 'fiscal-year' && s.type === 'year' && s.year !== undefined && s.index === undefined && !s.end && !s.endMonth;
const isPart = (s: PeriodSpec): boolean => s.year !== undefined && !s.endMonth && s.type !== undefined && s.type !== 'year' && s.type !== 'instant';

function sameDayIn(end: string, year: number): string {
  const [, m, d] = ymd(end);
  return isoDate(year, m, Math.min(d, daysInMonth(year, m)));
}

export function dateThenYear(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  const out = specs.map((s) => ({ ...s }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const s = out[i]!;
    if (prev.relative || !JOIN.test(question.slice(prev.span[1], s.span[0]))) continue;
    if (!prev.end) {
      if (fiscalYearAlone(s) && isPart(prev) && VERSUS.test(question.slice(prev.span[1], s.span[0]))) {
        out[i] = { ...s, type: prev.type, rule: 'date-then-year', ...(prev.index !== undefined ? { index: prev.index } : {}) };
        trace?.push(`date-then-year: "${s.text}" is ${prev.type} ${prev.index ?? ''} of ${s.year}`);
        continue;
      }
      if (bareYear(s) && prev.year !== undefined && prev.type && !prev.endMonth) {
        out[i] = { ...s, type: prev.type, rule: 'date-then-year', ...(prev.index !== undefined ? { index: prev.index } : {}) };
        trace?.push(`date-then-year: "${s.text}" is ${prev.type} ${prev.index ?? ''} of ${s.year}`);
      }
      continue;
    }
    if (bareYear(s)) {
      const { year: _year, ...rest } = s;
      out[i] = { ...rest, end: sameDayIn(prev.end, s.year!), rule: 'date-then-year', ...(prev.type ? { type: prev.type } : {}) };
      trace?.push(`date-then-year: "${s.text}" -> ${out[i]!.end}`);
    } else if (bareDate(s) && prev.type) {
      out[i] = { ...s, type: prev.type };
      trace?.push(`date-then-year: "${s.text}" is ${prev.type}`);
    }
  }
  return out;
}
