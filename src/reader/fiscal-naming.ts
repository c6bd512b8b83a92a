// Which calendar year names a fiscal year. Most companies name it by the year it ends in ("fiscal 2025
// ended June 28, 2025"); many retailers whose year ends in January name it by the year it starts in
// ("fiscal 2021 is a 52-week year ending January 29, 2022"). The release's own sentences decide.
import type { Paragraph, Statement } from '../core/store.js';
import { fiscalCalendarOf, fiscalYearOf } from '../periods/fiscal.js';
import { findDates } from './dates/index.js';

/** A fiscal year-end with how the company names its years (`startNamed`: by the year they start in). */
export interface FiscalYearEnd {
  month: number;
  day: number;
  startNamed?: boolean;
}

// "fiscal 2021 is a 52-week year ending January 29, 2022", "third quarter of fiscal 2021, which ended
// October 30, 2021", "fiscal year 2025 will end on June 28, 2025": a fiscal year named beside a date in it.
const NAMED_WITH_DATE = /\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b([^.;]{0,80}?)\b(?:ends?|ended|ending)\b(?:\s+on)?\s+(?:(?:Saturday|Sunday),?\s+)?([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)/gi;
// "the fiscal year ending March 31, 2024 (FY2023)", "year ended January 29, 2022 ("fiscal 2021")": the date first,
// the year's name after it in parentheses.
const DATE_WITH_NAME = /\b(?:fiscal\s+)?year\s+(?:ending|ended|ends)\s+(?:on\s+)?([A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\s*\(\s*["“]?(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d\d)["”]?\s*\)/gi;
// "Fourth Quarter and Fiscal 2023 Results", "Reports First Quarter Fiscal 2026 Financial Results": the year a
// headline names, which is the year of the newest period the release's tables show
const TITLE_YEAR = /\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b/gi;
// a headline that also looks ahead ("... and Fiscal 2024 Outlook") may name a year it does not report
const TITLE_AHEAD = /\b(?:outlook|guidance|forecast|expect\w*|targets?|plans?)\b/i;
// words that bring in another period between the year and the date ("... compared with the year ended")
const OTHER_PERIOD = /\b(?:compar\w*|versus|vs|prior|previous|from|last|earlier|ago|than)\b/i;

/** The year-end with its naming: start-named when every sentence (or the headline, beside the newest column) that ties a named year to a date says so. */
export function withNaming(yearEnd: { month: number; day: number } | null, prose: Paragraph[], title = '', statements: Statement[] = []): FiscalYearEnd | null {
  if (!yearEnd) return null;
  const cal = fiscalCalendarOf(yearEnd);
  let start = 0;
  let end = 0;
  const vote = (named: number, iso: string | undefined): void => {
    if (!iso) return;
    const byEnd = fiscalYearOf(iso, cal);
    if (named === byEnd) end++;
    else if (named === byEnd - 1) start++;
  };
  for (const p of prose) {
    for (const m of p.text.matchAll(NAMED_WITH_DATE)) if (!OTHER_PERIOD.test(m[2]!)) vote(Number(m[1]), findDates(m[3]!)[0]?.iso);
    for (const m of p.text.matchAll(DATE_WITH_NAME)) vote(Number(m[2]), findDates(m[1]!)[0]?.iso);
  }
  const named = new Set([...title.matchAll(TITLE_YEAR)].map((m) => Number(m[1])));
  const newest = newestPeriodEnd(statements);
  if (named.size === 1 && newest && !TITLE_AHEAD.test(title)) vote([...named][0]!, newest);
  return start > 0 && end === 0 ? { ...yearEnd, startNamed: true } : yearEnd;
}

// The end of the newest period (quarter, year, year to date) any table's columns cover: "2024-02-03".
function newestPeriodEnd(statements: Statement[]): string | null {
  let newest: string | null = null;
  for (const s of statements) for (const c of s.columns) if (c.period && c.period.type !== 'instant' && (!newest || c.period.end > newest)) newest = c.period.end;
  return newest;
}
