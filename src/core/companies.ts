// The companies the loaded reports speak of, and how questions name them.
import type { Document, Store } from './store.js';
import { LEGAL_FORM_AT_END } from './legal-forms.js';
import { fiscalCalendarOf } from '../periods/fiscal.js';
import { normWord, tokenize } from '../metrics/text.js';
import { getLexicon } from '../metrics/lexicon.js';
import { findMetricMentions, findRatioMentions } from '../metrics/mentions.js';
import { intentsFile } from './parse/intents.js';
import { correctWord, oneEdit } from '../metrics/spelling.js';

/** One company with every document that reports on it. */
export interface Company {
  key: string;
  name: string;
  ticker: string | null;
  docs: Document[];
  /** Lower-case names a question may use: full name, name without legal suffix, first word, initials of a 3-5 word name. */
  aliases: string[];
}

// Legal-form words dropped to get a short name: "Sonus Networks, Inc." -> "Sonus Networks".
const LEGAL = LEGAL_FORM_AT_END;

// Words too common to stand for a company on their own ("General", "American", "The").
// ("Deutsche", "British", "Royal": a country's adjective many companies' names open with)
const WEAK_FIRST_WORDS = new Set(['the', 'general', 'american', 'united', 'first', 'national', 'international', 'new', 'global', 'southern', 'northern', 'western', 'eastern', 'central', 'pacific', 'atlantic', 'deutsche', 'british', 'royal', 'canadian', 'swiss', 'french', 'china']);

// Initials that are words or finance terms a question uses for something else ("EPS", "the", "PPE").
const NOT_INITIALS = new Set(['the', 'and', 'for', 'net', 'all', 'are', 'can', 'not', 'was', 'has', 'how', 'who', 'why', 'its', 'our', 'per', 'ops', 'rev', 'tax', 'yoy', 'qoq', 'eps', 'ebit', 'ytd', 'ttm', 'gaap', 'roe', 'roa', 'roi', 'roic', 'fcf', 'ceo', 'cfo', 'coo', 'cto', 'sga', 'cogs', 'ppe', 'usd', 'eur', 'gbp', 'cad', 'ipo', 'llc', 'inc', 'ltd', 'plc', 'ttl', 'avg', 'pct', 'kwh', 'mwh', 'gwh', 'dso', 'dio', 'dpo', 'nol', 'opex', 'capex']);
// Small words left out of initials: "Bank of the West" -> "bw".
const INITIALS_SKIP = new Set(['of', 'and', 'the', 'de', '&']);

// A word questions use for figures, not for a company: the lexicon's metric words ("revenue", "cash", "net"),
// its framing words ("total", "company") and the finance abbreviations above ("eps", "roe").
function financeWord(word: string): boolean {
  const lex = getLexicon();
  const norm = normWord(word);
  return NOT_INITIALS.has(word) || lex.vocabulary.has(norm) || lex.generic.has(norm) || lex.category.has(norm) || lex.filler.has(norm);
}

// A word that names a figure itself: a word of a metric's or ratio's name ("revenue", "income", "net") or a
// finance abbreviation ("eps"); "target", "price" (a lexicon word, no metric's name) are none.
let metricWords: Set<string> | null = null;
function figureWord(word: string): boolean {
  const lex = getLexicon();
  if (!metricWords) {
    metricWords = new Set<string>();
    for (const list of lex.termsByFirst.values()) for (const t of list) if (t.kind === 'metric' || t.kind === 'ratio') for (const w of t.words) metricWords.add(w);
  }
  const norm = normWord(word);
  // a lone letter ("p" of "P&G") is no word of a figure
  return word.length > 1 && (NOT_INITIALS.has(word) || metricWords.has(norm) || lex.generic.has(norm) || lex.category.has(norm));
}

// Initials of a name of three to five words, hyphenated parts counted: "Bristol-Myers Squibb" -> "bms".
function initialsOf(short: string): string | null {
  const words = short.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 5 || !words.every((w) => /^[A-Za-z]/.test(w))) return null;
  const initials = words.map((w) => w[0].toLowerCase()).join('');
  return NOT_INITIALS.has(initials) ? null : initials;
}

export function companyKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

// A name a question may use for a company: `own` when it is the company's name with or without its legal
// form ("sonus networks", "sonus"), not a part of it (first word, first words, initials).
// (`line`: a word that names the company only when no line of the loaded reports uses it: "Southern Copper" is
// "copper" to no one whose reports print "Copper revenue")
interface Alias { text: string; own: boolean; line?: boolean }

function aliasesOf(name: string): Alias[] {
  // "The Coca-Cola Company" is "Coca-Cola" too
  const article = /^\s*the\s+/i.exec(name);
  if (article) return [{ text: companyKey(name), own: true }, ...aliasesOf(name.slice(article[0].length))];
  // "Fenwick & Lowe Outfitters" is also "Fenwick and Lowe", "Fenwick Lowe": the names joined by "&" name it
  if (name.includes('&')) {
    const joined = name.match(/^\s*([A-Za-z][\w'.-]*)\s*&\s*([A-Za-z][\w'.-]*)/);
    const spellings = [name, ...(joined ? [joined[0]] : [])].flatMap((n) => [n.replace(/\s*&\s*/g, ' and '), n.replace(/\s*&\s*/g, ' ')]);
    // the names joined by "&" alone are part of the name, not all of it
    const out = spellings.flatMap((n, i) => aliasesOf(n).map((a) => ({ text: a.text, own: a.own && i < 2 })));
    // "Procter & Gamble" -> "P&G": the initials of two names of three letters or more joined by "&"
    if (joined && joined[1].length >= 3 && joined[2].length >= 3) out.push({ text: `${joined[1][0]} ${joined[2][0]}`.toLowerCase(), own: false });
    return out;
  }
  const own = new Set<string>();
  const part = new Set<string>();
  const full = companyKey(name);
  own.add(full);
  let short = name;
  // each legal word dropped in turn is a name too: "Betamax Holdings Corporation" -> "betamax holdings" -> "betamax"
  for (let i = 0; i < 3 && LEGAL.test(short); i++) {
    short = short.replace(LEGAL, '');
    if (companyKey(short)) own.add(companyKey(short));
  }
  // "Eli Lilly and Company" -> "Eli Lilly"
  short = short.replace(/[\s,]+(?:and|&)\s*$/i, '');
  const shortKey = companyKey(short);
  if (shortKey) own.add(shortKey);
  const words = shortKey.split(' ');
  const first = words[0];
  // "Revenue Partners" is never "revenue": a first word that questions use for a figure names no company
  if (first && first.length >= 3 && !WEAK_FIRST_WORDS.has(first) && !financeWord(first)) part.add(first);
  // "Apple Hospitality Trust" -> "apple hospitality", "Kelevant Labs Company" -> "kelevant labs": the name's
  // first words, two or more, never ending on a small word ("Bank of") nor made of figure words only ("Net Income ...")
  for (let n = 2; n < words.length; n++) {
    const head = words.slice(0, n);
    if (!INITIALS_SKIP.has(head[n - 1]) && !head.every(financeWord)) part.add(head.join(' '));
  }
  // "Bristol-Myers Squibb" -> "bristol myers"
  // "Wal-Mart Stores" -> "wal mart", "walmart"
  const hyph = short.match(/^([A-Za-z]+-[A-Za-z]+)/);
  if (hyph) {
    part.add(companyKey(hyph[1]));
    part.add(hyph[1].replace('-', '').toLowerCase());
  }
  const initials = initialsOf(short);
  if (initials) part.add(initials);
  // "Deutsche Telekom AG" -> "telekom": the word after a weak first word of a two-word name is what people call it
  const second = words.length === 2 && WEAK_FIRST_WORDS.has(first) && words[1].length >= 4 && !financeWord(words[1]) && !own.has(words[1]) ? words[1] : null;
  return [
    ...[...own].map((text) => ({ text, own: true })),
    ...[...part].filter((t) => !own.has(t) && t !== second).map((text) => ({ text, own: false })),
    ...(second ? [{ text: second, own: false, line: true }] : []),
  ];
}

/** One name of a company as the index holds it. */
interface AliasEntry { words: string[]; key: string; own: boolean; guarded: boolean }

// What a ticker is besides a ticker: a figure word ("EPS", "NET", "CASH") is read as the figure unless marked
// ("$EPS", "EPS's"); a plain word ("ON", "IT", "ALL") names the company when written in capitals; a made-up
// symbol ("KNNX") in any case.
type TickerKind = 'symbol' | 'word' | 'figure';

function tickerKind(ticker: string): TickerKind {
  const w = ticker.toLowerCase();
  const lex = getLexicon();
  const norm = normWord(w);
  // "on" of "return on equity" is a plain word first; so is a ranking word ("BEST": "which company had the best
  // net income")
  if (lex.filler.has(norm) || lex.connectors.has(norm) || intentsFile().rankWords.phrases.includes(w)) return 'word';
  if (NOT_INITIALS.has(w) || lex.vocabulary.has(norm) || lex.generic.has(norm) || lex.category.has(norm)) return 'figure';
  return 'symbol';
}

/** Every company of the store, indexed so that finding one in a question does not scan the store. */
export interface CompanyIndex {
  byKey: Map<string, Company>;
  /** First alias word -> the aliases that start with it (as word lists) and their company. */
  byFirstWord: Map<string, AliasEntry[]>;
  /** Ticker (upper case) -> company key and what else the ticker's letters spell. */
  byTicker: Map<string, { key: string; kind: TickerKind }>;
  /** Every normalised word the loaded reports use (labels, titles, text): real words, never typing slips. */
  vocabulary: Set<string>;
  /** The words of the statements' row labels and section headings only ("Alabama Power -" above its rows). */
  rowWords: Set<string>;
}

// A release whose tables do not show when the fiscal year ends (a first-quarter release comparing with the
// prior quarter) takes the year-end its company's other releases show, when they agree on the month.
function shareYearEnd(docs: Document[]): void {
  const known = docs.filter((d) => d.fiscalYearEnd !== null);
  if (known.length === 0 || known.length === docs.length) return;
  const months = new Set(known.map((d) => fiscalCalendarOf(d.fiscalYearEnd).yearEndMonth));
  if (months.size !== 1) return;
  const latest = known.reduce((a, b) => (latestEnd(b) > latestEnd(a) ? b : a));
  for (const d of docs) if (d.fiscalYearEnd === null) d.fiscalYearEnd = { ...latest.fiscalYearEnd! };
}

const latestEnd = (d: Document): string => d.statements.flatMap((s) => s.columns.map((c) => c.period?.end ?? '')).sort().at(-1) ?? '';

/** Groups documents by company, from what the reports themselves say. */
export function indexCompanies(store: Store): CompanyIndex {
  const byKey = new Map<string, Company>();
  const named = new Map<string, Alias[]>();
  for (const doc of store.documents) {
    const name = doc.company ?? doc.document;
    // "Apple Computer, Inc." in one report and "Apple Computer" in another are one company
    const key = companyKey(name.replace(LEGAL, '')) || companyKey(name);
    let c = byKey.get(key);
    if (!c) {
      c = { key, name, ticker: doc.ticker, docs: [], aliases: [] };
      byKey.set(key, c);
      named.set(key, aliasesOf(name));
    } else if (name.length > c.name.length && doc.company) {
      // the fuller name ("Apple Computer, Inc.") is the one shown
      c.name = name;
      named.get(key)!.push(...aliasesOf(name));
    }
    if (!c.ticker && doc.ticker) c.ticker = doc.ticker;
    c.docs.push(doc);
  }
  for (const c of byKey.values()) shareYearEnd(c.docs);
  const rowWords = rowWordsOf(store);
  for (const [key, list] of named) named.set(key, list.filter((a) => !a.line || !rowWords.has(normWord(a.text))));
  const byFirstWord = new Map<string, AliasEntry[]>();
  const byTicker = new Map<string, { key: string; kind: TickerKind }>();
  for (const c of byKey.values()) {
    // a name that is also the company's own wins over the same words as a part of a name
    const own = new Map<string, boolean>();
    for (const a of named.get(c.key)!) own.set(a.text, (own.get(a.text) ?? false) || a.own);
    c.aliases = [...own.keys()];
    for (const [alias, isOwn] of own) {
      const words = alias.split(' ');
      const list = byFirstWord.get(words[0]) ?? [];
      // a name made of figure words only ("Net Income Fund" -> "net income") needs a capital or a possessive
      list.push({ words, key: c.key, own: isOwn, guarded: words.every(figureWord) });
      byFirstWord.set(words[0], list);
    }
    if (c.ticker) byTicker.set(c.ticker.toUpperCase(), { key: c.key, kind: tickerKind(c.ticker) });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || Number(b.own) - Number(a.own));
  return { byKey, byFirstWord, byTicker, vocabulary: vocabularyOf(store), rowWords };
}

function rowWordsOf(store: Store): Set<string> {
  const out = new Set<string>();
  for (const doc of store.documents) for (const st of doc.statements) for (const r of st.rows) for (const p of r.path) for (const t of tokenize(p)) out.add(t.norm);
  return out;
}

function vocabularyOf(store: Store): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined) => { for (const t of tokenize(text ?? '')) out.add(t.norm); };
  for (const doc of store.documents) {
    add(doc.company);
    add(doc.title);
    for (const st of doc.statements) {
      add(st.title);
      for (const c of st.columns) add(c.label);
      for (const r of st.rows) for (const p of r.path) add(p);
    }
    for (const p of doc.prose) add(p.text);
  }
  return out;
}

/** A company named in a question, with the span of the words. */
export interface CompanyMention {
  key: string;
  span: [number, number];
  /** Every company the words name when they name several ("Apple" beside Apple Computer and Apple Hospitality). */
  shared?: string[];
  /** The company's ticker named again beside its name ("Corvane Foods (CVF)"): words of no metric either. */
  extraSpans?: [number, number][];
}

// Words with their offsets; a possessive "'s" / "s'" / "'" is kept apart so "Sonus's" reads as "sonus".
const WORD = /[A-Za-z0-9$&]+(?:-[A-Za-z0-9]+)*('s|s'|')?/g;

interface QWord { w: string; raw: string; start: number; end: number; poss: boolean }

/**
 * Finds companies named in a question: by alias (case-insensitive, possessive allowed:
 * "Sonus's", "Sears'") or by ticker ("SONS" as written in capitals, or "$sons").
 */
export function findCompanies(question: string, index: CompanyIndex, shortest = false): CompanyMention[] {
  const text = question.replace(/[’`]/g, "'");
  // a question typed in capitals only tells no ticker from a word by its case
  const shouted = !/[a-z]/.test(text);
  const words: QWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const core = m[1] ? raw.slice(0, raw.length - m[1].length) : raw;
    // a lone "&" is the word "and" ("Harrow & Pike" as "harrow and pike")
    // "AT&T", "P&G": a glued "&" parts words like a hyphen
    const w = core === '&' ? 'and' : core.toLowerCase().replace(/(?<=[a-z0-9])&(?=[a-z0-9])/g, ' ').replace(/-/g, ' ');
    words.push({ w, raw: core, start: m.index!, end: m.index! + raw.length, poss: Boolean(m[1]) });
  }
  // hyphenated words count as several alias words ("bristol-myers" -> "bristol myers")
  const flat: QWord[] = [];
  for (const t of words) {
    const parts = t.w.split(' ');
    if (parts.length === 1) flat.push(t);
    else parts.forEach((p, i) => flat.push({ w: p, raw: p, start: t.start, end: i === parts.length - 1 ? t.end : t.start, poss: t.poss && i === parts.length - 1 }));
  }
  const found = new Map<string, CompanyMention>();
  const byTicker = new Set<string>();
  for (let i = 0; i < flat.length; i++) {
    const hit = nameAt(flat, i, index, shouted, shortest);
    if (hit) {
      const last = flat[i + hit.length - 1];
      const keys = hit.keys.filter((k) => !found.has(k));
      if (keys.length) found.set(keys[0], { key: keys[0], span: [flat[i].start, last.end], ...(hit.keys.length > 1 ? { shared: hit.keys } : {}) });
      // "SONS: Sonus product revenue": the name after its own ticker is no word of the metric
      else if (hit.keys.length === 1 && byTicker.has(hit.keys[0])) {
        const named = found.get(hit.keys[0])!;
        if (flat[i].start >= named.span[1]) named.extraSpans = [...(named.extraSpans ?? []), [flat[i].start, last.end]];
      }
    }
    const t = flat[i];
    const dollar = t.raw.startsWith('$');
    const sym = (dollar ? t.raw.slice(1) : t.raw).toUpperCase();
    const tick = index.byTicker.get(sym);
    if (tick && namesTicker(t, sym, tick.kind, dollar, shouted)) {
      const named = found.get(tick.key);
      if (!named) { found.set(tick.key, { key: tick.key, span: [t.start, t.end] }); byTicker.add(tick.key); }
      else if (t.start >= named.span[1]) named.extraSpans = [...(named.extraSpans ?? []), [t.start, t.end]];
    }
  }
  if (!found.size) {
    const figure = figureTicker(text, flat, index, shouted) ?? misspeltName(flat, index);
    if (figure) found.set(figure.key, figure);
  }
  return [...found.values()].sort((a, b) => a.span[0] - b.span[0]);
}

// "Quilon revenue" with Quillon Semiconductor loaded, "Halbrok net sales" with Halbrook, and no company named: a word of six letters or more that no
// report uses and that is no slip of a finance word, one edit from the first word of one company's names only
// (shorter words are too often plain English one letter from a name: "bonus" / Sonus).
function misspeltName(flat: QWord[], index: CompanyIndex): CompanyMention | null {
  const lex = getLexicon();
  for (const t of flat) {
    if (t.w.length < 6 || !/^[a-z]+$/.test(t.w)) continue;
    const norm = normWord(t.w);
    if (index.vocabulary.has(norm) || lex.vocabulary.has(norm) || lex.filler.has(norm) || lex.generic.has(norm) || lex.known.has(norm) || lex.category.has(norm) || correctWord(lex, norm) !== norm) continue;
    const keys = new Set<string>();
    for (const [first, list] of index.byFirstWord) {
      if (first.length >= 6 && oneEdit(t.w, first)) for (const e of list) if (!e.guarded) keys.add(e.key);
    }
    if (keys.size === 1) return { key: [...keys][0]!, span: [t.start, t.end] };
  }
  return null;
}

// "GM revenue" with General Motors (GM) loaded and no other company named: a ticker that spells a figure word
// names the company when, in capitals, it stands alone before another figure's name. "EPS diluted",
// "CASH flow", "NET income" are one figure's name and stay the figure.
function figureTicker(text: string, flat: QWord[], index: CompanyIndex, shouted: boolean): CompanyMention | null {
  if (shouted) return null;
  for (const t of flat) {
    const tick = index.byTicker.get(t.raw);
    if (!tick || tick.kind !== 'figure' || t.raw.length < 2 || t.raw !== t.raw.toUpperCase()) continue;
    const names = [...findMetricMentions(text), ...findRatioMentions(text)];
    const own = names.find((m) => m.span[0] <= t.start && m.span[1] >= t.start + t.raw.length);
    if (own && (own.span[0] < t.start || own.span[1] > t.start + t.raw.length)) continue;
    const next = names.find((m) => m.span[0] > t.start && /^\s+$/.test(text.slice(t.start + t.raw.length, m.span[0])));
    if (next) return { key: tick.key, span: [t.start, t.start + t.raw.length] };
  }
  return null;
}

// The longest name starting at word i, with every company it names (own names before parts of names); or, asked
// again, the shortest of two words or more shorter than it ("Northern Tamarack gold sold": the name's last word
// may be the question's).
function nameAt(flat: QWord[], i: number, index: CompanyIndex, shouted: boolean, shortest = false): { length: number; keys: string[] } | null {
  let cands = (index.byFirstWord.get(flat[i].w) ?? []).filter((c) => c.words.every((w, k) => flat[i + k]?.w === w));
  if (shortest && cands.length) {
    const longest = cands[0].words.length;
    const shorter = [...cands].reverse().find((c) => c.words.length >= 2 && c.words.length < longest);
    if (shorter) cands = cands.filter((c) => c.words.length === shorter.words.length);
  }
  let best: AliasEntry[] = [];
  for (const cand of cands) {
    if (best.length && cand.words.length < best[0].words.length) break;
    if (cand.guarded) {
      // "Net Income Fund's", "... of Net Income Fund": a capital or a possessive, never the first word
      const last = flat[i + cand.words.length - 1];
      const capital = !shouted && /^[A-Z]/.test(flat[i].raw) && i > 0;
      if (!capital && !last.poss) continue;
    }
    best.push(cand);
  }
  if (!best.length) return null;
  if (best.some((b) => b.own)) best = best.filter((b) => b.own);
  return { length: best[0].words.length, keys: [...new Set(best.map((b) => b.key))] };
}

// A word that names a company by its ticker: "$sons" always; "EPS's" (a possessive in capitals) always;
// "KNNX" / "ON" in capitals in a question that is not all capitals, unless the letters spell a figure word
// ("EPS", "CASH"); "HPO" in a question typed in capitals when the letters spell no word ("WAS", "ON");
// "knnx" in lower case when four letters or more and no word of the questions' vocabulary.
function namesTicker(t: QWord, sym: string, kind: TickerKind, dollar: boolean, shouted: boolean): boolean {
  if (dollar) return true;
  const capitals = t.raw === sym;
  if (capitals && t.poss && sym.length >= 2) return true;
  if (capitals && !shouted && sym.length >= 2 && kind !== 'figure') return true;
  if (capitals && shouted && sym.length >= 2 && kind === 'symbol') return true;
  return sym.length >= 4 && kind === 'symbol';
}
