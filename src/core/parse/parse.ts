// parse(question, context) -> Query: periods, companies, intent and the metric phrase. Pure.
import { extractPeriods } from '../../periods/extract.js';
import { findRatioMentions, findUnsupported } from '../../metrics/mentions.js';
import { findCompanies, type CompanyIndex } from '../companies.js';
import { cleanQuestion } from '../text.js';
import type { Intent, Query } from '../query.js';
import { compareModeOf, stripCues } from './cues.js';
import { matchIntents, stripFillers, type FiredIntent } from './intents.js';
import { splitShareOf } from './share-of.js';

/** What parsing needs besides the question: the companies it may name. */
export interface ParseContext {
  companies: CompanyIndex;
}

function blank(text: string, spans: [number, number][]): string {
  const chars = text.split('');
  for (const [a, b] of spans) for (let i = a; i < b && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

// Punctuation that never belongs to a metric name ("&", "/", "%", "-", "'" and "(" do).
const PUNCT = /[?!.,;:"“”*_`~|<>{}[\]]+/g;

export function parse(question: string, ctx: ParseContext): Query {
  const trace: string[] = [];
  const clean = cleanQuestion(typeof question === 'string' ? question : '');
  const base: Query = { question, clean, intent: 'empty', metricPhrase: '', periods: [], companies: [], trace };
  if (!/[\p{L}\p{N}]/u.test(clean)) return base;

  const periods = extractPeriods(clean, trace);
  const mentions = findCompanies(clean, ctx.companies);
  for (const m of mentions) trace.push(`company: "${clean.slice(m.span[0], m.span[1])}" -> ${m.key}`);
  const fired = matchIntents(clean);
  for (const f of fired) trace.push(`intent rule: ${f.intent} (${f.reason})`);

  let rest = blank(clean, [...periods.map((p) => p.span), ...mentions.map((m) => m.span)]);
  const isCompare = fired.some((f) => f.intent === 'compare');
  const mode = compareModeOf(clean);
  if (isCompare || mode) rest = stripCues(rest);
  rest = rest.replace(PUNCT, ' ').replace(/\s'+|'+\s/g, ' ');
  const metricPhrase = stripFillers(rest);

  const ratio = findRatioMentions(metricPhrase)[0];
  const unsupported = findUnsupported(clean)[0];
  const shareOf = splitShareOf(metricPhrase) ?? undefined;

  const q: Query = { ...base, intent: 'lookup', metricPhrase, periods, companies: mentions.map((m) => m.key) };
  if (ratio) q.ratioId = ratio.ratioId;
  if (unsupported) q.unsupported = { name: unsupported.name, reason: unsupported.reason };
  if (shareOf && !ratio) q.shareOf = shareOf;
  q.intent = chooseIntent(fired, q, Boolean(mode));
  if (q.intent === 'compare') q.compare = mode?.mode ?? (periods.length >= 2 ? 'explicit' : 'default');
  trace.push(`intent: ${q.intent}${q.compare ? ` (${q.compare})` : ''}; metric phrase: "${metricPhrase}"${q.ratioId ? `; ratio: ${q.ratioId}` : ''}`);
  return q;
}

// Precedence: help > list > rank > prose > compare > lookup. A weak prose rule (a vocabulary word
// such as "acquisition") yields to a question that names a period, a ratio or a comparison.
function chooseIntent(fired: FiredIntent[], q: Query, hasMode: boolean): Intent {
  const has = (i: Intent) => fired.some((f) => f.intent === i);
  if (has('help')) return 'help';
  if (has('list')) return 'list';
  if (has('rank') && q.metricPhrase) return 'rank';
  if (has('prose') && !q.ratioId) {
    const strong = fired.some((f) => f.intent === 'prose' && !f.weak);
    if (strong || (q.periods.length === 0 && !has('compare'))) return 'prose';
  }
  if ((has('compare') || hasMode) && (q.metricPhrase || q.ratioId)) return 'compare';
  return 'lookup';
}
