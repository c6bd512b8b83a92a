// Relative period words from intents/periods.yaml: "last quarter" (latest), "prior quarter" (previous),
// "year-ago quarter" (year_ago), "prior year" (prior_year), "YTD" (ytd), "year-end" (year_end),
// "quarter end" (period_end), "TTM" (latest, ttm).
import { alternation, lexicon } from '../lexicon.js';
import type { SpecFields } from './types.js';
import { regexParser } from './types.js';

const byPhrase = new Map<string, SpecFields>();
for (const r of lexicon.relative) byPhrase.set(r.phrase.toLowerCase(), { relative: r.relative, ...(r.type ? { type: r.type } : {}) });
for (const t of lexicon.ttm) byPhrase.set(t.phrase.toLowerCase(), { relative: 'latest', ttm: true });

// Spaces and hyphens in a phrase match any run of spaces or a hyphen ("year-ago" = "year ago"); "quarter" and
// "year" match their chat abbreviations ("prior qtr", "same qtr last yr").
const SOURCE = `(${alternation([...byPhrase.keys()])
  .replace(/[ -]/g, String.raw`[\s-]+`)
  .replace(/\bquarter\b/g, String.raw`(?:quarter|qtr\.?)`)
  .replace(/\byear\b/g, '(?:year|yr)')})`;

const normalize = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/\bqtr\b\.?/g, 'quarter')
    .replace(/\byr\b/g, 'year');
const normalized = new Map([...byPhrase].map(([k, v]) => [normalize(k), v]));

// "annual recurring revenue", "annualized run-rate", "annual contract value", "annual report": the word
// names the measure (a yearly rate) or a document, not a period.
const MEASURE_AFTER = /^[\s-]+(?:recurring|run[\s-]*rate|contract[\s-]+value|report|meeting)\b/i;

// "prior-year reserve development", "prior year loss development", "prior-year reserve releases": an insurer's
// change in the reserves it set for earlier accident years, a measure of the period asked, not a period.
const PRIOR_YEAR = /^(?:prior|previous) year$/;
const RESERVES = String.raw`[\s-]+(?:(?:loss(?:es)?|reserves?|claims?)[\s-]+){0,2}(?:development|releases?|strengthening)\b`;
const RESERVES_AFTER = new RegExp('^' + RESERVES, 'i');
/** "prior-year" where it names the reserves of earlier accident years ("prior-year reserve development"). */
export const PRIOR_YEAR_RESERVES = new RegExp(String.raw`\b(?:prior|previous)[\s-]+year(?=${RESERVES})`, 'gi');

export const relativeWords = regexParser('relative-words', SOURCE, (m) => {
  const after = m.input === undefined ? '' : m.input.slice(m.index + m[0].length);
  if (MEASURE_AFTER.test(after)) return null;
  if (PRIOR_YEAR.test(normalize(m[1]!)) && RESERVES_AFTER.test(after)) return null;
  return normalized.get(normalize(m[1]!)) ?? null;
});
