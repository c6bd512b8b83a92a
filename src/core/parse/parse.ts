// parse(question, context) -> Query: periods, companies, intent and the metric phrase. Pure.
import { extractPeriods } from '../../periods/extract.js';
import { MONTH_RE, monthValue } from '../../periods/lexicon.js';
import { PRIOR_YEAR_RESERVES } from '../../periods/parsers/relative-words.js';
import { findMetricMentions, findRatioMentions, findUnsupported } from '../../metrics/mentions.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { readPhrase } from '../../metrics/phrase.js';
import { correctText } from '../../metrics/spelling.js';
import { findCompanies, type CompanyIndex } from '../companies.js';
import { ASKS_NUMBER, cleanQuestion } from '../text.js';
import type { CompareMode, Intent, Query } from '../query.js';
import type { PeriodSpec } from '../../periods/spec.js';
import { askedCurrency } from './asked-currency.js';
import { compareModeOf, stripCues } from './cues.js';
import { matchIntents, pastAction, stripFillers, type FiredIntent } from './intents.js';
import { splitShareOf } from './share-of.js';
import { metricToMetric } from './line-ratio.js';
import { splitTwoLines } from './two-lines.js';
import { readMetricList } from './metric-list.js';
import { dropLeadIn } from './lead-in.js';
import { blank, joinTerms, mark, outside, shield, shifted, unshield } from './spans.js';

/** What parsing needs besides the question: the companies it may name. */
export interface ParseContext {
  companies: CompanyIndex;
  /** Read each company by the shortest of its names that fits (a second reading of the question). */
  shortNames?: boolean;
}

// A yes/no check against a figure the user names ("is the current ratio above 3", "did revenue exceed
// $75 million"): the figure asked about is what answers it, so the threshold is set aside (a year after
// "over" stays: "2004 over 2003").
const THRESHOLD = /\b(?:above|below|over|under|exceed(?:ed|s)?|more than|less than|at least|at most|greater than|higher than|lower than|bigger than|smaller than)\s+(\$)?(\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|x\b|times\b|million\b|billion\b|thousand\b|mm\b|bn\b|m\b|k\b)?/gi;
// "did revenue beat $75M", "did sales top $1.5 billion", "is debt still around $950M": words that also mean other
// things ("top 3", "about 2004") name a threshold only before an amount in dollars or with its unit.
const AMOUNT_CHECK = /\b(?:beat|beats|top|tops|topped|surpass(?:ed|es)?|around|about|roughly|approximately|near|close\s+to)\s+(?:(\$)(\d[\d,]*(?:\.\d+)?)\s*(million\b|billion\b|thousand\b|mm\b|bn\b|m\b|k\b)?|(\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|million\b|billion\b|mm\b|bn\b))/gi;
function withoutThresholds(text: string, trace: string[]): string {
  const out = text.replace(THRESHOLD, (all, dollar: string | undefined, num: string, unit: string | undefined) => {
    if (!dollar && !unit && /^(?:19|20)\d\d$/.test(num)) return all;
    trace.push(`threshold set aside: "${all.trim()}"`);
    return ' ';
  });
  return out.replace(AMOUNT_CHECK, (all) => {
    trace.push(`threshold set aside: "${all.trim()}"`);
    return ' ';
  });
}

// A ratio named with nothing else ("gross margin"); with other content words ("product gross
// margin", "non-GAAP operating margin") the ratio of the totals is not what was asked, so the
// phrase is looked up as a row instead (or declined).
function plainRatio(phrase: string, trace: string[]) {
  const r = findRatioMentions(phrase)[0];
  if (!r) return undefined;
  const lex = getLexicon();
  // ("GAAP operating margin" is the ratio itself; "non-GAAP operating margin" keeps its "non-GAAP", one word)
  const left = stripFillers(phrase.slice(0, r.span[0]) + ' ' + phrase.slice(r.span[1])).split(/\s+/).filter((w) => w && !lex.filler.has(w.toLowerCase()) && !lex.reported.has(w.toLowerCase()));
  if (left.length) {
    trace.push(`ratio ${r.ratioId} qualified by "${left.join(' ')}": looked up as a row`);
    return undefined;
  }
  return r;
}

// "Alabama Power net margin 2004": the ratio and the words that qualify it, which may name a section of a report's
// rows (a subsidiary, a segment) whose own lines the ratio is computed from when no row prints it.
function scopedRatio(phrase: string): Query['scopedRatio'] {
  const r = findRatioMentions(phrase)[0];
  if (!r) return undefined;
  const lex = getLexicon();
  const words = stripFillers(phrase.slice(0, r.span[0]) + ' ' + phrase.slice(r.span[1])).split(/\s+/).filter((w) => w && !lex.filler.has(w.toLowerCase()) && !lex.reported.has(w.toLowerCase()));
  // ("adjusted EBITDA margin", "non-GAAP operating margin", "cash gross margin" are other measures, never a section)
  return words.length && !words.some((w) => MEASURE_QUALIFIER.test(w)) ? { ratioId: r.ratioId, words } : undefined;
}
const MEASURE_QUALIFIER = /^(?:adj(?:usted)?|non|gaap|non-gaap|ifrs|core|underlying|pro|forma|organic|normali[sz]ed|comparable|constant|currency|excl(?:uding)?|ex|recurring|cash|incremental|marginal|average|avg|ttm|ltm|annuali[sz]ed|run|rate|implied|expected|guided|target)$/i;

// "how much did X make", "how much money did they make": earning asked with no line named
const MADE_ONLY = /\bhow\s+much\s+(?:money\s+)?(?:did|does|do|has|have)\b.*\b(?:make|made)\b/i;

// "since december", "since the end of September": a month alone after "since" (no day or year follows)
const SINCE_MONTH = new RegExp(String.raw`\bsince\s+(?:the\s+end\s+of\s+)?(${MONTH_RE})\b(?!\.?,?\s*\d)`, 'i');

// Words that look like a period but that no period parser read ("Q9 2007", "FY", "1997"): a figure for some other
// period must never be given in their place.
const STRAY_PERIOD = /\b(?:\d+|'\d+|[qh]\d+|\d[qh]\d*|fy\s*\d*|\d{4}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d+|quarters?|half|fiscal|years?|month|months|weeks?|ago)\b/i;
// "revenue in december", "cash since dec": a month named alone, unread, is such a word too when a line is asked; a
// question about the text keeps it as a word to look for ("what did Brightwater sign in November?"). ("may" and
// "march" alone are words as often as months.)
const STRAY_MONTH = /\b(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;
// "net sales in march", "revenue during May": after a word that sets a time, "march" and "may" are months
const STRAY_MARCH_MAY = /\b(?:in|during|for|throughout|over)\s+(march|may)\b(?![\s,.]*\d)/i;

// "tier 1 leverage ratio", "Level 3 assets": a capital tier's or a fair-value level's number is part of the line's
// name, no period.
const NAMED_NUMBER = /\b(?:tier|level)\s+[123]\b/gi;

// "top 3", "bottom five": the count of a ranking's first or last companies.
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const TOP_COUNT = /(^|\s)(top|bottom)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)(?=\s|$)/i;

// Punctuation that never belongs to a metric name ("&", "/", "%", "-", "'" and "(" do).
const PUNCT = /[?!.,;:"“”*_`~|<>{}[\]]+/g;

// "adjusted operating income vs GAAP operating income", "non-GAAP vs GAAP net income": two versions of one figure set
// side by side, which no change of one line over time answers.
function twoVersions(phrase: string): { name: string; reason: string } | undefined {
  const info = readPhrase(getLexicon(), phrase);
  if (!info.adjusted) return undefined;
  const ids = findMetricMentions(phrase).map((m) => m.metricId);
  // ("non-GAAP vs GAAP": the reported word stands apart from the adjusted one)
  const reported = info.reported || /(?<!non[\s-]?)\bgaap\b/i.test(phrase);
  if (!reported && !(ids.length >= 2 && ids.every((id) => id === ids[0]))) return undefined;
  return { name: 'an adjusted figure set against its reported version', reason: 'ask for each on its own (the adjusted figure, then the reported one)' };
}

export function parse(question: string, ctx: ParseContext): Query {
  const trace: string[] = [];
  const typed = cleanQuestion(typeof question === 'string' ? question : '');
  const corrected = withoutThresholds(correctText(getLexicon(), typed, ctx.companies.vocabulary), trace);
  const leadIn = dropLeadIn(corrected, ctx.companies);
  if (leadIn.dropped) trace.push(`lead-in set aside: "${leadIn.dropped}"`);
  const clean = leadIn.text;
  if (clean !== typed) trace.push(`typing slips read as: "${clean}"`);
  const base: Query = { question, clean, intent: 'empty', metricPhrase: '', periods: [], companies: [], trace };
  if (!/[\p{L}\p{N}]/u.test(clean)) return base;

  let periods = relativeToMode(extractPeriods(clean, trace), false, clean);
  const mentions = findCompanies(clean, ctx.companies, ctx.shortNames);
  for (const m of mentions) trace.push(`company: "${clean.slice(m.span[0], m.span[1])}" -> ${m.shared ? m.shared.join(' | ') : m.key}`);
  const sharedMention = mentions.find((m) => m.shared);
  const shared = sharedMention ? { sharedName: sharedMention.shared } : {};
  // intent rules read the question with its periods marked, so "from operations ... year to date" is no "from X to Y"
  // a metric named with a word of change ("net change in cash", "increase in cash") asks no comparison by that word
  // ("net change in cash in H1"); with another word of comparison ("change in cash since year-end") it is read as before
  const marked = mark(clean, periods.all.map((p) => p.span));
  let termSpans = findMetricMentions(clean).filter((m) => compareModeOf(m.text) !== null || stripCues(m.text).trim() !== m.text.trim()).map((m) => m.span);
  let fired = matchIntents(blank(marked, termSpans.map(([a, b]) => shifted(clean, periods.all.map((p) => p.span), a, b))), mentions.length);
  // a line named in full ("the net change in cash") keeps its words even when the question also compares
  // ("how did the net change in cash change from Q1 to Q2"); "change in cash since year-end" is the cash balance's change
  let nameSpans = termSpans.filter(([a]) => /^net\s/i.test(clean.slice(a)));
  if (termSpans.length && (fired.some((f) => f.intent === 'compare') || periods.mode || compareModeOf(blank(clean, termSpans)))) {
    termSpans = [];
    fired = matchIntents(marked, mentions.length);
  }
  for (const f of fired) trace.push(`intent rule: ${f.intent} (${f.reason})`);

  // "revenue in dollars": the currency asked leaves the metric words (a company's own name keeps its words)
  const currency = askedCurrency(clean);
  const currencySpans = (currency?.spans ?? []).filter(([a, b]) => !mentions.some((m) => a < m.span[1] && m.span[0] < b));
  // "how much was paid out in dividends by Ashgrove": the "by" that names the company as the doer leaves with its name
  const agents = mentions.flatMap((m) => {
    const by = /\bby\s+$/i.exec(clean.slice(0, m.span[0]));
    return by ? [[by.index, m.span[0]] as [number, number]] : [];
  });
  // "AR change since december": a month with no day or year, the balance date a change starts from
  const sinceMonth = SINCE_MONTH.exec(clean);
  const sinceMonthSpans: [number, number][] = sinceMonth ? [[sinceMonth.index + sinceMonth[0].length - sinceMonth[1]!.length, sinceMonth.index + sinceMonth[0].length]] : [];
  let rest = joinTerms(blank(clean, [...periods.all.flatMap((p) => [p.span, ...(p.extraSpans ?? [])]), ...mentions.flatMap((m) => [m.span, ...(m.extraSpans ?? [])]), ...agents, ...currencySpans, ...sinceMonthSpans]));
  const isCompare = fired.some((f) => f.intent === 'compare');
  // "total assets year over year": a word that names the comparison makes the year-ago words its base too
  const cueMode = compareModeOf(blank(clean, termSpans));
  if ((isCompare || cueMode) && !periods.mode) periods = relativeToMode(periods.all, true, clean);
  const mode = cueMode ?? periods.mode;
  const beforeCues = rest;
  if (termSpans.length) nameSpans = termSpans;
  if (isCompare || mode) rest = outside(rest, nameSpans, stripCues);
  let rankCount: Query['rankCount'];
  if (fired.some((f) => f.intent === 'rank')) {
    // "top 3 companies by revenue", "bottom five by gross margin": the count leaves the metric words
    const count = TOP_COUNT.exec(rest);
    if (count) {
      rankCount = { n: COUNT_WORDS[count[3]!.toLowerCase()] ?? Number(count[3]), bottom: /^bottom$/i.test(count[2]!) };
      rest = rest.slice(0, count.index) + count[1] + rest.slice(count.index + count[0].length).replace(/^\s*(?:companies|firms)\b/i, '');
    }
    // ("who grew revenue fastest?": the ranking word before a question mark goes too)
    rest = stripFillers(rest.replace(PUNCT, ' '), 'rankWords');
  }
  // "$100,000": the comma of a figure joins its digits ("100000"), it separates nothing
  rest = rest.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(PUNCT, ' ').replace(/\s'+|'+\s/g, ' ').replace(/(^|\s)[-–—]+(?=\s|$)/g, ' ');
  // a lexicon name keeps its small words ("net cash used in operating activities"): fillers go around it;
  // a conjunction left dangling by the periods taken out goes ("compare R&D Q1 2007 and Q2 2007" -> "R&D")
  const kept = shield(rest, [...findMetricMentions(rest), ...findRatioMentions(rest)].filter((m) => /\s(?:in|for|on|at|of the)\s/i.test(m.text)).map((m) => m.span));
  const phraseRead = pastAction(clean, unshield(stripFillers(kept.text), kept.kept).replace(/\u2060/g, ' ').replace(/^(?:(?:and|or|vs)\s+)+|(?:\s+(?:and|or|vs))+$|^(?:and|or|vs)$/gi, '').trim());
  // "how much did Veltrane make in Q2", "how much money did they make": the verb alone asks what it earned
  const madeOnly = MADE_ONLY.test(clean) && /^(?:money)?$/i.test(phraseRead);
  if (madeOnly) trace.push('"make" with no line named: what it earned, its net income');
  const metricPhrase = madeOnly ? 'net income' : phraseRead;

  // "customers with ARR of $100,000 or more": an amount of money is part of the line's name, not a period;
  // so is the year of "prior-year reserve development"; "vs. $64.5 million": the cents of an amount (its point
  // taken out with the punctuation, "$64 5 million") are no period either
  const unperiodic = metricPhrase.replace(/\$\s?\d[\d,.]*(?:\s\d{1,3}\b)?(?:\s?(?:k|m|mm|bn|b|million|thousand|billion)\b)?/gi, ' ').replace(PRIOR_YEAR_RESERVES, ' ').replace(NAMED_NUMBER, ' ');
  const asksFigure = !fired.some((f) => f.intent === 'prose') && (findMetricMentions(unperiodic).length > 0 || findRatioMentions(unperiodic).length > 0);
  const marchMay = STRAY_MARCH_MAY.exec(beforeCues);
  const stray = STRAY_PERIOD.exec(unperiodic) ?? (asksFigure ? (STRAY_MONTH.exec(unperiodic) ?? (marchMay && new RegExp(String.raw`\b${marchMay[1]}\b`, 'i').exec(unperiodic))) : null);
  if (stray) {
    trace.push(`unread period words: "${stray[0]}"`);
    return { ...base, intent: 'lookup', metricPhrase, periods: periods.specs, companies: mentions.map((m) => m.key), ...shared, unreadPeriod: stray[0] };
  }
  const ratio = plainRatio(metricPhrase, trace);
  const unsupported = findUnsupported(clean)[0] ?? (isCompare ? twoVersions(metricPhrase) : undefined);
  const split = splitShareOf(rest.replace(/\s+/g, ' ').trim());
  const shareOf = split ? { part: stripFillers(split.part), whole: stripFillers(split.whole), ...(split.paidOut ? { paidOut: split.paidOut } : {}) } : undefined;

  const since = periods.specs.find((p) => /\bsince\s+(the\s+)?$/i.test(clean.slice(Math.max(0, p.span[0] - 10), p.span[0])) || /^since\b/i.test(p.text));
  const q: Query = { ...base, intent: 'lookup', metricPhrase, periods: periods.specs.filter((p) => p !== since), companies: mentions.map((m) => m.key), ...shared };
  if (since) q.since = since;
  else if (sinceMonth) q.sinceMonth = monthValue(sinceMonth[1]!);
  if (currency && currencySpans.length) {
    q.currency = currency.code;
    trace.push(`currency asked: ${currency.code}`);
  }
  if (rankCount) q.rankCount = rankCount;
  if (ratio) q.ratioId = ratio.ratioId;
  else {
    const scoped = scopedRatio(metricPhrase);
    if (scoped) q.scopedRatio = scoped;
  }
  if (unsupported) q.unsupported = { name: unsupported.name, reason: unsupported.reason };
  if (shareOf && !ratio) q.shareOf = shareOf;
  else if (!ratio) {
    const pair = metricToMetric(metricPhrase);
    if (pair) {
      q.shareOf = pair;
      trace.push(`ratio of two lines: "${pair.part}" to "${pair.whole}"`);
    }
  }
  // "sum of R&D and S&M", "R&D vs S&M in Q2 2007": two lines of one period (one company's: "compare Sonus revenue
  // and Apple revenue" compares companies)
  if (!q.ratioId && !q.shareOf && q.periods.length <= 1 && !since && mentions.length < 2 && !fired.some((f) => f.intent === 'rank')) {
    const two = splitTwoLines(stripFillers(beforeCues.replace(PUNCT, ' ')).replace(/\u2060/g, ' '), /[A-Za-z&)]\s*\+\s*[A-Za-z(]/.test(typeof question === 'string' ? question : ''));
    const left = two && stripFillers(two.left).trim();
    const right = two && stripFillers(two.right).trim();
    if (two && left && right && left.toLowerCase() !== right.toLowerCase()) {
      q.twoLines = { left, right, op: two.op };
      trace.push(`two lines (${two.op}): "${left}" and "${right}"`);
    }
  }
  q.intent = chooseIntent(fired, q, Boolean(mode));
  // "revenue, net income and EPS for Q2 2007", "revenue and gross margin": each line asked on its own
  // ("compare R&D and S&M" asks which; "compare revenue and net income Q2 2007 vs Q2 2006" compares each over time,
  // "compare R&D, S&M and G&A in Q2 2007" gives each)
  const comparesTwo = /\bcompare\b/i.test(clean) && q.periods.length < 2 && !mode;
  if ((q.intent === 'lookup' || q.intent === 'compare') && !q.shareOf && !since && !unsupported) {
    const list = readMetricList(clean, beforeCues, ctx.companies.rowWords, typeof question === 'string' ? question : clean, periods.all.map((p) => p.span));
    if (list && !(comparesTwo && list.items.length < 3)) {
      // (each line's own figure, side by side: "compare" is no comparison over time there)
      q.list = comparesTwo ? { ...list, questions: list.questions.map((t) => t.replace(/\bcompare\s+/i, '')) } : list;
      delete q.twoLines;
      trace.push(`a list of lines: ${list.items.map((t) => `"${t}"`).join(', ')}`);
    }
  }
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
function relativeToMode(all: PeriodSpec[], comparing = false, text = ''): { all: PeriodSpec[]; specs: PeriodSpec[]; mode?: { mode: CompareMode; reason: string } } {
  // "Q4 net sales versus the prior year", "revenue year to date vs last year": beside a part of a year, the prior
  // year names the same part a year before, not the whole prior year
  const part = (x: PeriodSpec): boolean => x.relative === 'ytd' || (x.type !== undefined && x.type !== 'year' && x.type !== 'instant');
  // "revenue vs last quarter", "compared with last quarter": the quarter compared with is the one before the latest
  const lastQuarterAsBase = (p: PeriodSpec): boolean => p.relative === 'latest' && p.type === 'quarter' && /^last (?:quarter|qtr)\b/i.test(p.text) &&
    COMPARED_WITH.test(text.slice(0, p.span[0]));
  // "by how much did revenue beat last year's Q2", "Q2 revenue vs last year's Q2": that part of the prior year is the base
  const priorPartAsBase = (p: PeriodSpec): boolean => comparing && p.relative === 'prior_year' && p.index !== undefined &&
    (COMPARED_WITH.test(text.slice(0, p.span[0])) || BEAT.test(text.slice(0, p.span[0])));
  const isBase = (p: PeriodSpec): boolean => p.relative === 'year_ago' || p.relative === 'previous' || lastQuarterAsBase(p) || priorPartAsBase(p) ||
    (p.relative === 'prior_year' && p.index === undefined && all.some((x) => x !== p && part(x)));
  const hasAnchor = all.some((p) => !isBase(p));
  const base = all.filter(isBase);
  if (!base.length || (!hasAnchor && !comparing)) return { all, specs: all };
  const mode: CompareMode = base[0].relative === 'previous' || lastQuarterAsBase(base[0]) ? 'qoq' : 'yoy';
  return { all, specs: all.filter((p) => !base.includes(p)), mode: { mode, reason: `"${base[0].text}" next to ${hasAnchor ? 'another period' : 'a word of comparison'}` } };
}

// the words that put a period after them as the base of a comparison ("vs", "compared with", "from")
const COMPARED_WITH = /\b(?:vs\.?|versus|compared (?:to|with)|against|than|relative to)\s+(?:the\s+)?$/i;
// "beat last year's Q2", "exceeded last year's Q2": a figure said to beat the period after it
const BEAT = /\b(?:beat|beats|exceed(?:ed|s)?|top(?:ped|s)?|outpaced?)\s+(?:the\s+)?$/i;

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
