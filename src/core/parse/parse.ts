// parse(question, context) -> Query: periods, companies, intent and the metric phrase. Pure.
import { extractPeriods } from '../../periods/extract.js';
import { findMetricMentions, findRatioMentions, findUnsupported } from '../../metrics/mentions.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { findCompanies, type CompanyIndex } from '../companies.js';
import { ASKS_NUMBER, cleanQuestion } from '../text.js';
import type { CompareMode, Intent, Query } from '../query.js';
import type { PeriodSpec } from '../../periods/spec.js';
import { compareModeOf, stripCues } from './cues.js';
import { matchIntents, pastAction, stripFillers, type FiredIntent } from './intents.js';
import { splitShareOf } from './share-of.js';


/** What parsing needs besides the question: the companies it may name. */
export interface ParseContext {
  companies: CompanyIndex;
  /** Read each company by the shortest of its names that fits (a second reading of the question). */
  shortNames?: boolean;
}

function mark(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)} PERIOD `;
    at = b;
  }
  return out + text.slice(at);
}

// A span of `text` moved to where it stands once `mark` has put PERIOD for the period spans.
function shifted(text: string, periodSpans: [number, number][], a: number, b: number): [number, number] {
  let d = 0;
  let at = 0;
  for (const [x, y] of [...periodSpans].sort((p, q) => p[0] - q[0])) {
    if (x < at || x >= a) continue;
    d += ' PERIOD '.length - (y - x);
    at = y;
  }
  return [a + d, b + d];
}

// A lexicon term holding words that elsewhere only frame a question ("spend on property and equipment"):
// its words are joined so that no filler is taken out of it (U+2060, a word joiner, splits words as a space does).
const JOIN = '\u2060';
const GLUE_WORDS = new Set(['in', 'of', 'the', 'at', 'for', 'a', 'an', 'to', 'on', 'from', 'by']);
function joinTerms(text: string): string {
  let out = text;
  for (const m of findMetricMentions(text)) {
    const kept = new Set(stripFillers(m.text).toLowerCase().split(/\s+/));
    const lost = m.text.toLowerCase().split(/\s+/).filter((w) => !kept.has(w) && !GLUE_WORDS.has(w));
    if (lost.length) out = out.slice(0, m.span[0]) + m.text.replace(/\s+/g, JOIN) + out.slice(m.span[1]);
  }
  return out;
}

// Applies `fn` to the text outside the spans, keeping the spans as they are.
function outside(text: string, spans: [number, number][], fn: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${fn(text.slice(at, a))} ${text.slice(a, b)} `;
    at = b;
  }
  return out + fn(text.slice(at));
}

function blank(text: string, spans: [number, number][]): string {
  const chars = text.split('');
  for (const [a, b] of spans) for (let i = a; i < b && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

// The named spans stand in the text as placeholder words while fillers are removed around them.
function shield(text: string, spans: [number, number][]): { text: string; kept: string[] } {
  let out = '';
  let at = 0;
  const kept: string[] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += `${text.slice(at, a)} keptterm${kept.length}x `;
    kept.push(text.slice(a, b));
    at = b;
  }
  return { text: out + text.slice(at), kept };
}

function unshield(text: string, kept: string[]): string {
  return text.replace(/\bkeptterm(\d+)x\b/g, (_, i: string) => kept[Number(i)] ?? '');
}

// A ratio named with nothing else ("gross margin"); with other content words ("product gross
// margin", "non-GAAP operating margin") the ratio of the totals is not what was asked, so the
// phrase is looked up as a row instead (or declined).
function plainRatio(phrase: string, trace: string[]) {
  const r = findRatioMentions(phrase)[0];
  if (!r) return undefined;
  const left = stripFillers(phrase.slice(0, r.span[0]) + ' ' + phrase.slice(r.span[1])).split(/\s+/).filter((w) => w && !getLexicon().filler.has(w.toLowerCase()));
  if (left.length) {
    trace.push(`ratio ${r.ratioId} qualified by "${left.join(' ')}": looked up as a row`);
    return undefined;
  }
  return r;
}

// "cash to total assets", "ratio of cash to current liabilities", "inventory-to-assets ratio": one
// line over another. Never the first line alone: when the two cannot both be read, it is declined.
// Both sides must name a metric, and no one term may span the "to": "notes payable to banks",
// "additions to fixed assets", "net income available to common" and "cash used to acquire X" are one line.
function metricToMetric(phrase: string): { part: string; whole: string; as: 'ratio' } | null {
  const m = /^(?:the\s+)?(?:ratio\s+of\s+)?(.+?)(?:\s+|-)to(?:\s+|-)(.+?)(?:\s+ratio)?$/i.exec(phrase);
  if (!m) return null;
  if (NOT_A_RATIO_BEFORE.test(m[1]!) || NOT_A_RATIO_AFTER.test(m[2]!)) return null;
  const endOfPart = m[0].indexOf(m[1]!) + m[1]!.length;
  const cut = m[0].indexOf(m[2]!, endOfPart);
  if (findMetricMentions(phrase).some((t) => t.span[0] < endOfPart && t.span[1] > cut)) return null;
  if (!findMetricMentions(m[1]!).length || !findMetricMentions(m[2]!).length) return null;
  // "cash use to acquire X", "cash spent to buy back shares": a purpose, not a ratio
  if (/\b(?:use|used|spend|spent|pay|paid|need|needed|required)$/i.test(m[1]!.trim())) return null;
  // hyphenated as one word ("debt-to-assets"): its hyphens were spaces
  const words = (t: string): string => (/-to-/i.test(phrase) ? t.replace(/-/g, ' ') : t).trim();
  return words(m[1]!) && words(m[2]!) ? { part: words(m[1]!), whole: words(m[2]!), as: 'ratio' } : null;
}

// "net income attributable to common stockholders", "cash used to acquire NeXT", "payments to suppliers": a "to"
// that joins one line's words (after a participle or a payment word, or before a verb), never two lines of a ratio.
const NOT_A_RATIO_BEFORE = /\b(?:attributable|available|due|related|relating|according|pursuant|subject|prior|up|equal|used|paid|applied|contributed|transferred|distributed|allocated|charged|credited|issued|sold|payments?|contributions?|distributions?|transfers?|advances?|loans?|dividends?|additions?|adjustments?|reconcile)$/i;
const NOT_A_RATIO_AFTER = /^(?:acquire|purchase|buy|repay|repurchase|redeem|retire|fund|pay|settle|finance|reconcile|date|maturity)\b/i;

// Words that look like a period but that no period parser read ("Q9 2007", "FY", "1997"): a figure
// for some other period must never be given in their place.
const STRAY_PERIOD = /\b(?:\d+|'\d+|[qh]\d+|\d[qh]\d*|fy\s*\d*|\d{4}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d+|quarter|half|fiscal|year|month|months|weeks?)\b/i;

// Punctuation that never belongs to a metric name ("&", "/", "%", "-", "'" and "(" do).
const PUNCT = /[?!.,;:"“”*_`~|<>{}[\]]+/g;

export function parse(question: string, ctx: ParseContext): Query {
  const trace: string[] = [];
  const clean = cleanQuestion(typeof question === 'string' ? question : '');
  const base: Query = { question, clean, intent: 'empty', metricPhrase: '', periods: [], companies: [], trace };
  if (!/[\p{L}\p{N}]/u.test(clean)) return base;

  let periods = relativeToMode(extractPeriods(clean, trace));
  const mentions = findCompanies(clean, ctx.companies, ctx.shortNames);
  for (const m of mentions) trace.push(`company: "${clean.slice(m.span[0], m.span[1])}" -> ${m.key}`);
  // intent rules read the question with its periods marked, so "from operations ... year to date" is no "from X to Y"
  // a metric named with a word of change ("net change in cash", "increase in cash") asks no comparison by that word
  // ("net change in cash in H1"); with another word of comparison ("change in cash since year-end") it is read as before
  const marked = mark(clean, periods.all.map((p) => p.span));
  let termSpans = findMetricMentions(clean).filter((m) => compareModeOf(m.text) !== null || stripCues(m.text).trim() !== m.text.trim()).map((m) => m.span);
  let fired = matchIntents(blank(marked, termSpans.map(([a, b]) => shifted(clean, periods.all.map((p) => p.span), a, b))));
  // a line named in full ("the net change in cash") keeps its words even when the question also compares
  // ("how did the net change in cash change from Q1 to Q2"); "change in cash since year-end" is the cash balance's change
  let nameSpans = termSpans.filter(([a]) => /^net\s/i.test(clean.slice(a)));
  if (termSpans.length && (fired.some((f) => f.intent === 'compare') || periods.mode || compareModeOf(blank(clean, termSpans)))) {
    termSpans = [];
    fired = matchIntents(marked);
  }
  for (const f of fired) trace.push(`intent rule: ${f.intent} (${f.reason})`);

  let rest = joinTerms(blank(clean, [...periods.all.flatMap((p) => [p.span, ...(p.extraSpans ?? [])]), ...mentions.map((m) => m.span)]));
  const isCompare = fired.some((f) => f.intent === 'compare');
  // "total assets year over year": a word that names the comparison makes the year-ago words its base too
  const cueMode = compareModeOf(blank(clean, termSpans));
  if ((isCompare || cueMode) && !periods.mode) periods = relativeToMode(periods.all, true);
  const mode = cueMode ?? periods.mode;
  const beforeCues = rest;
  if (termSpans.length) nameSpans = termSpans;
  if (isCompare || mode) rest = outside(rest, nameSpans, stripCues);
  if (fired.some((f) => f.intent === 'rank')) rest = stripFillers(rest, 'rankWords');
  // "$100,000": the comma of a figure joins its digits ("100000"), it separates nothing
  rest = rest.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(PUNCT, ' ').replace(/\s'+|'+\s/g, ' ');
  // a lexicon name keeps its small words ("net cash used in operating activities"): fillers go around it;
  // a conjunction left dangling by the periods taken out goes ("compare R&D Q1 2007 and Q2 2007" -> "R&D")
  const kept = shield(rest, [...findMetricMentions(rest), ...findRatioMentions(rest)].filter((m) => /\s(?:in|for|on|at|of the)\s/i.test(m.text)).map((m) => m.span));
  const metricPhrase = pastAction(clean, unshield(stripFillers(kept.text), kept.kept).replace(/\u2060/g, ' ').replace(/^(?:(?:and|or|vs)\s+)+|(?:\s+(?:and|or|vs))+$/gi, '').trim());

  // "customers with ARR of $100,000 or more": an amount of money is part of the line's name, not a period
  const stray = STRAY_PERIOD.exec(metricPhrase.replace(/\$\s?\d[\d,.]*(?:\s?(?:k|m|mm|bn|million|thousand|billion)\b)?/gi, ' '));
  if (stray) {
    trace.push(`unread period words: "${stray[0]}"`);
    return { ...base, intent: 'lookup', metricPhrase, periods: periods.specs, companies: mentions.map((m) => m.key), unreadPeriod: stray[0] };
  }
  const ratio = plainRatio(metricPhrase, trace);
  const unsupported = findUnsupported(clean)[0];
  const split = splitShareOf(rest.replace(/\s+/g, ' ').trim());
  const shareOf = split ? { part: stripFillers(split.part), whole: stripFillers(split.whole) } : undefined;

  const since = periods.specs.find((p) => /\bsince\s+(the\s+)?$/i.test(clean.slice(Math.max(0, p.span[0] - 10), p.span[0])) || /^since\b/i.test(p.text));
  const q: Query = { ...base, intent: 'lookup', metricPhrase, periods: periods.specs.filter((p) => p !== since), companies: mentions.map((m) => m.key) };
  if (since) q.since = since;
  if (ratio) q.ratioId = ratio.ratioId;
  if (unsupported) q.unsupported = { name: unsupported.name, reason: unsupported.reason };
  if (shareOf && !ratio) q.shareOf = shareOf;
  else if (!ratio) {
    const pair = metricToMetric(metricPhrase);
    if (pair) {
      q.shareOf = pair;
      trace.push(`ratio of two lines: "${pair.part}" to "${pair.whole}"`);
    }
  }
  q.intent = chooseIntent(fired, q, Boolean(mode));
  if (q.intent === 'compare' && !mode && beforeCues !== rest) q.phraseWithCues = stripFillers(beforeCues.replace(PUNCT, ' ')).replace(/\u2060/g, ' ');
  if (q.intent === 'compare') q.compare = mode?.mode ?? (q.periods.length >= 2 ? 'explicit' : 'default');
  trace.push(`intent: ${q.intent}${q.compare ? ` (${q.compare})` : ''}; metric phrase: "${metricPhrase}"${q.ratioId ? `; ratio: ${q.ratioId}` : ''}`);
  return q;
}

// "Q1 2007 vs a year ago", "YoY growth for Q2 2007": a year-ago or previous-period word next to an
// absolute period names the comparison, not a second period of its own (it is relative to Q1 2007,
// not to the latest report).
// "year to date vs the same period last year": the year-ago words name the comparison next to a
// relative period too (the same six months a year before, not the latest period of last year).
// With a word of comparison and no other period ("total assets compared with a year ago"), they
// compare the latest period with the one a year before.
function relativeToMode(all: PeriodSpec[], comparing = false): { all: PeriodSpec[]; specs: PeriodSpec[]; mode?: { mode: CompareMode; reason: string } } {
  // "Q4 net sales versus the prior year", "revenue year to date vs last year": beside a part of a year, the prior
  // year names the same part a year before, not the whole prior year
  const part = (x: PeriodSpec): boolean => x.relative === 'ytd' || (x.type !== undefined && x.type !== 'year' && x.type !== 'instant');
  const isBase = (p: PeriodSpec): boolean => p.relative === 'year_ago' || p.relative === 'previous' ||
    (p.relative === 'prior_year' && p.index === undefined && all.some((x) => x !== p && part(x)));
  const hasAnchor = all.some((p) => !isBase(p));
  const base = all.filter(isBase);
  if (!base.length || (!hasAnchor && !comparing)) return { all, specs: all };
  const mode: CompareMode = base[0].relative === 'previous' ? 'qoq' : 'yoy';
  return { all, specs: all.filter((p) => !base.includes(p)), mode: { mode, reason: `"${base[0].text}" next to ${hasAnchor ? 'another period' : 'a word of comparison'}` } };
}

// Precedence: help > list > rank > prose > compare > lookup. A weak prose rule (a vocabulary word
// such as "acquisition") yields to a question that names a period, a ratio or a comparison.
function chooseIntent(fired: FiredIntent[], q: Query, hasMode: boolean): Intent {
  const has = (i: Intent) => fired.some((f) => f.intent === i);
  if (has('help')) return 'help';
  if (has('list')) return 'list';
  if (has('rank') && q.metricPhrase) return 'rank';
  if (has('prose') && !q.ratioId && !ASKS_NUMBER.test(q.clean)) {
    const strong = fired.some((f) => f.intent === 'prose' && !f.weak);
    if (strong || (q.periods.length === 0 && !has('compare'))) return 'prose';
  }
  if ((has('compare') || hasMode || q.since) && (q.metricPhrase || q.ratioId)) return 'compare';
  return 'lookup';
}
