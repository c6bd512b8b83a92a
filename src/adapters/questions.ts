// Slash-command options -> one question text, so that a single core answers every command.
import type { Period } from '../core/store.js';

// Join the non-empty parts with single spaces: ("Service revenue", "Q2 2007", "") -> "Service revenue Q2 2007".
function join(...parts: (string | null | undefined)[]): string {
  return parts.map((p) => p?.trim() ?? '').filter(Boolean).join(' ');
}

// A fragment after a comma that is a legal-form suffix belongs to the name before it: "Sonus Networks, Inc.".
const LEGAL_SUFFIX = /^(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|lp|l\.p|nv|n\.v|sa|s\.a|ag|se)\.?$/i;

/**
 * Several companies in one option, separated by ";" or "|" or commas:
 * "Sonus; Apple" -> ["Sonus", "Apple"]; "Sonus Networks, Inc., Apple" -> ["Sonus Networks, Inc.", "Apple"].
 */
export function splitCompanies(option: string | null | undefined): string[] {
  const text = option ?? '';
  if (/[;|]/.test(text)) return text.split(/[;|]/).map((c) => c.trim()).filter(Boolean);
  const out: string[] = [];
  for (const part of text.split(',').map((c) => c.trim()).filter(Boolean)) {
    if (out.length > 0 && LEGAL_SUFFIX.test(part)) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

/** Several periods in one option, separated by ";" or "|" (period labels hold commas): "Q1 2007; Q2 2007". */
export function splitPeriods(option: string | null | undefined): string[] {
  return (option ?? '').split(/[;|]/).map((p) => p.trim()).filter(Boolean);
}

/** `/metric metric: period: company:` -> "Service revenue Q2 2007 Sonus". */
export function metricQuestion(metric: string, period?: string | null, company?: string | null): string {
  return join(metric, period, company);
}

/** `/ratio name: period: company:` -> "Gross margin Q2 2007 Sonus". */
export function ratioQuestion(name: string, period?: string | null, company?: string | null): string {
  return join(name, period, company);
}

/** `/compare metric: from: to: company:` -> "compare Service revenue from Q2 2006 to Q2 2007 Sonus". */
export function compareQuestion(metric: string, from: string, to: string, company?: string | null): string {
  return join('compare', metric, 'from', from, 'to', to, company);
}

/** `/compare` with several companies and one period -> "compare Total revenue of Sonus and Apple Q2 2007". */
export function crossCompanyQuestion(metric: string, companies: string[], period?: string | null): string {
  return join('compare', metric, 'of', companies.join(' and '), period);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// "2007-06-30" -> "June 30, 2007".
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

const SPANS: Partial<Record<Period['type'], string>> = {
  quarter: 'three months ended',
  six_months: 'six months ended',
  nine_months: 'nine months ended',
  year: 'year ended',
};

/**
 * A period as words a question can carry, from its type and dates:
 * quarter ending 2007-06-30 -> "three months ended June 30, 2007"; instant -> "as of June 30, 2007";
 * a stated week count -> "13 weeks ended ...". Null for a kind without words ("other").
 */
export function periodPhrase(period: Period): string | null {
  if (period.type === 'instant') return `as of ${longDate(period.end)}`;
  if (period.weeks) return `${period.weeks} weeks ended ${longDate(period.end)}`;
  const span = SPANS[period.type];
  return span ? `${span} ${longDate(period.end)}` : null;
}
