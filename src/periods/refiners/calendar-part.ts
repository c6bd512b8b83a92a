// "calendar Q1 1998", "calendar first quarter of 1998", "calendar 2H 2005": the word "calendar" right before a
// part of a year makes it a calendar part (January to March), whatever the company's fiscal year.
import type { PeriodSpec } from '../spec.js';

const PARTS = new Set(['quarter', 'six_months', 'nine_months']);

export function calendarPart(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  return specs.map((s) => {
    if (s.calendar || !s.type || !PARTS.has(s.type) || s.year === undefined || s.index === undefined) return s;
    const m = /\bcalendar\s+(?:year\s+)?$/i.exec(question.slice(0, s.span[0]));
    if (!m) return s;
    trace?.push(`calendar-part: "${question.slice(m.index, s.span[1])}"`);
    return { ...s, calendar: true, span: [m.index, s.span[1]], text: question.slice(m.index, s.span[1]) };
  });
}
