// "calendar Q1 1998", "calendar first quarter of 1998", "the first quarter of calendar 2000": "calendar" next to
// a part of a year makes it a calendar part (January to March), whatever the company's fiscal year.
import type { PeriodSpec } from '../spec.js';

const PARTS = new Set(['quarter', 'six_months', 'nine_months']);
const isPart = (s: PeriodSpec): boolean => !!s.type && PARTS.has(s.type) && s.index !== undefined && !s.relative && !s.end;

export function calendarPart(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  // "first quarter" + "of calendar 2000": one calendar quarter
  const merged: PeriodSpec[] = [];
  for (let i = 0; i < specs.length; i++) {
    const s = specs[i];
    const next = specs[i + 1];
    if (next && isPart(s) && s.year === undefined && next.calendar && next.type === 'year' && next.year !== undefined &&
      /^\s*(?:of|in)\s+$/i.test(question.slice(s.span[1], next.span[0]))) {
      trace?.push(`calendar-part: "${question.slice(s.span[0], next.span[1])}"`);
      merged.push({ ...s, year: next.year, calendar: true, span: [s.span[0], next.span[1]], text: question.slice(s.span[0], next.span[1]) });
      i++;
      continue;
    }
    merged.push(s);
  }
  return merged.map((s) => {
    if (s.calendar || !isPart(s) || s.year === undefined) return s;
    const m = /\bcalendar\s+(?:year\s+)?$/i.exec(question.slice(0, s.span[0]));
    if (!m) return s;
    trace?.push(`calendar-part: "${question.slice(m.index, s.span[1])}"`);
    return { ...s, calendar: true, span: [m.index, s.span[1]], text: question.slice(m.index, s.span[1]) };
  });
}
