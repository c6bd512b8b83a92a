// Calendar dates in questions and ISO date arithmetic (UTC, no clock).
import { MONTH_RE, monthValue } from './lexicon.js';

/** A written date: "June 30, 2007", "Dec 31 2006", "30 June 2007", "6/30/2007", "2007-06-30", "December 2004". */
export const DATE_RE = [
  String.raw`(?:${MONTH_RE})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:19|20)\d\d`,
  String.raw`\d{1,2}\s+(?:${MONTH_RE})\.?,?\s+(?:19|20)\d\d`,
  String.raw`\d{1,2}/\d{1,2}/(?:(?:19|20)\d\d|\d\d)(?![\d/])`,
  String.raw`(?:19|20)\d\d-\d\d-\d\d`,
].map((s) => `(?:${s})`).join('|');

/** What a written date says: a full date, or a month of a year. */
export type DateParts = { end: string } | { endMonth: { year: number; month: number } };

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function full(y: number, m: number, d: number): DateParts | null {
  return valid(y, m, d) ? { end: isoDate(y, m, d) } : null;
}

// "June 30, 2007" / "30 June 2007" / "6/30/07" / "2007-06-30" / "December 2004"
export function parseDateText(text: string): DateParts | null {
  const t = text.trim().toLowerCase();
  let m = /^([a-z]+)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*)?(\d{4})$/.exec(t);
  if (m) {
    const month = monthValue(m[1]!);
    if (!month) return null;
    const year = Number(m[3]);
    return m[2] ? full(year, month, Number(m[2])) : { endMonth: { year, month } };
  }
  m = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthValue(m[2]!);
    return month ? full(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3]);
    return full(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
  if (m) return full(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** Days since the epoch of an ISO date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Absolute distance in days between two ISO dates. */
export const daysApart = (a: string, b: string): number => Math.abs(dayNumber(a) - dayNumber(b));

/** Year, month and day of an ISO date. */
export function ymd(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** Shift an ISO date by whole months, clamping the day ("2007-03-31" - 1 month -> "2007-02-28"). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = ymd(iso);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Shift an ISO date by days. */
export function addDays(iso: string, days: number): string {
  const t = new Date((dayNumber(iso) + days) * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
