// Relative period words from intents/periods.yaml: "last quarter" (latest), "prior quarter" (previous),
// "year-ago quarter" (year_ago), "prior year" (prior_year), "YTD" (ytd), "year-end" (year_end),
// "quarter end" (period_end), "TTM" (latest, ttm).
import { alternation, lexicon } from '../lexicon.js';
import type { SpecFields } from './types.js';
import { regexParser } from './types.js';

const byPhrase = new Map<string, SpecFields>();
for (const r of lexicon.relative) byPhrase.set(r.phrase.toLowerCase(), { relative: r.relative, ...(r.type ? { type: r.type } : {}) });
for (const t of lexicon.ttm) byPhrase.set(t.phrase.toLowerCase(), { relative: 'latest', ttm: true });

// Spaces and hyphens in a phrase match any run of spaces or a hyphen ("year-ago" = "year ago").
const SOURCE = `(${alternation([...byPhrase.keys()]).replace(/[ -]/g, String.raw`[\s-]+`)})`;

const normalize = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, ' ');
const normalized = new Map([...byPhrase].map(([k, v]) => [normalize(k), v]));

// "annual recurring revenue", "annualized run-rate", "annual contract value", "annual report": the word
// names the measure (a yearly rate) or a document, not a period.
const MEASURE_AFTER = /^[\s-]+(?:recurring|run[\s-]*rate|contract[\s-]+value|report|meeting)\b/i;

export const relativeWords = regexParser('relative-words', SOURCE, (m) => {
  if (m.input !== undefined && MEASURE_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
  return normalized.get(normalize(m[1]!)) ?? null;
});
