// The companies the loaded reports speak of, and how questions name them.
import type { Document, Store } from './store.js';
import { LEGAL_FORM_AT_END } from './legal-forms.js';

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
const WEAK_FIRST_WORDS = new Set(['the', 'general', 'american', 'united', 'first', 'national', 'international', 'new', 'global', 'southern', 'northern', 'western', 'eastern', 'central', 'pacific', 'atlantic']);

// Initials that are words or finance terms a question uses for something else ("EPS", "the", "PPE").
const NOT_INITIALS = new Set(['the', 'and', 'for', 'net', 'all', 'are', 'can', 'not', 'was', 'has', 'how', 'who', 'why', 'its', 'our', 'per', 'ops', 'rev', 'tax', 'yoy', 'qoq', 'eps', 'ebit', 'ytd', 'ttm', 'gaap', 'roe', 'roa', 'roi', 'roic', 'fcf', 'ceo', 'cfo', 'coo', 'cto', 'sga', 'cogs', 'ppe', 'usd', 'eur', 'gbp', 'cad', 'ipo', 'llc', 'inc', 'ltd', 'plc', 'ttl', 'avg', 'pct', 'kwh', 'mwh', 'gwh', 'dso', 'dio', 'dpo', 'nol', 'opex', 'capex']);
// Small words left out of initials: "Bank of the West" -> "bw".
const INITIALS_SKIP = new Set(['of', 'and', 'the', 'de', '&']);

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

function aliasesOf(name: string): string[] {
  // "Fenwick & Lowe Outfitters" is also "Fenwick and Lowe", "Fenwick Lowe": the names joined by "&" name it
  if (name.includes('&')) {
    const joined = name.match(/^\s*([A-Za-z][\w'.-]*\s*&\s*[A-Za-z][\w'.-]*)/);
    const spellings = [name, ...(joined ? [joined[1]] : [])].flatMap((n) => [n.replace(/\s*&\s*/g, ' and '), n.replace(/\s*&\s*/g, ' ')]);
    return [...new Set(spellings.flatMap((n) => aliasesOf(n)))];
  }
  const out = new Set<string>();
  const full = companyKey(name);
  out.add(full);
  let short = name;
  // each legal word dropped in turn is a name too: "Betamax Holdings Corporation" -> "betamax holdings" -> "betamax"
  for (let i = 0; i < 3 && LEGAL.test(short); i++) {
    short = short.replace(LEGAL, '');
    if (companyKey(short)) out.add(companyKey(short));
  }
  const shortKey = companyKey(short);
  if (shortKey) out.add(shortKey);
  const first = shortKey.split(' ')[0];
  if (first && first.length >= 3 && !WEAK_FIRST_WORDS.has(first)) out.add(first);
  // "Harbor Ridge Bancorp" -> "harbor ridge", "Cardinal Peak Realty Trust" -> "cardinal peak", "cardinal peak
  // realty": a name of three words or more without the words of its trade at the end
  const words = shortKey.split(' ');
  for (let n = 2; n < words.length; n++) out.add(words.slice(0, n).join(' '));
  // "Bristol-Myers Squibb" -> "bristol myers"
  const hyph = short.match(/^([A-Za-z]+-[A-Za-z]+)/);
  if (hyph) out.add(companyKey(hyph[1]));
  const initials = initialsOf(short);
  if (initials) out.add(initials);
  return [...out];
}

/** Every company of the store, indexed so that finding one in a question does not scan the store. */
export interface CompanyIndex {
  byKey: Map<string, Company>;
  /** First alias word -> the aliases that start with it (as word lists) and their company. */
  byFirstWord: Map<string, { words: string[]; key: string }[]>;
  /** Ticker (upper case) -> company key. */
  byTicker: Map<string, string>;
}

/** Groups documents by company, from what the reports themselves say. */
export function indexCompanies(store: Store): CompanyIndex {
  const byKey = new Map<string, Company>();
  for (const doc of store.documents) {
    const name = doc.company ?? doc.document;
    // "Apple Computer, Inc." in one report and "Apple Computer" in another are one company
    const key = companyKey(name.replace(LEGAL, '')) || companyKey(name);
    let c = byKey.get(key);
    if (!c) {
      c = { key, name, ticker: doc.ticker, docs: [], aliases: aliasesOf(name) };
      byKey.set(key, c);
    } else if (name.length > c.name.length && doc.company) {
      // the fuller name ("Apple Computer, Inc.") is the one shown
      c.name = name;
      c.aliases = [...new Set([...c.aliases, ...aliasesOf(name)])];
    }
    if (!c.ticker && doc.ticker) c.ticker = doc.ticker;
    c.docs.push(doc);
  }
  const byFirstWord = new Map<string, { words: string[]; key: string }[]>();
  const byTicker = new Map<string, string>();
  for (const c of byKey.values()) {
    for (const alias of c.aliases) {
      const words = alias.split(' ');
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ words, key: c.key });
      byFirstWord.set(words[0], list);
    }
    if (c.ticker) byTicker.set(c.ticker.toUpperCase(), c.key);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byKey, byFirstWord, byTicker };
}

/** A company named in a question, with the span of the words. */
export interface CompanyMention {
  key: string;
  span: [number, number];
}

// Words with their offsets; a possessive "'s" / "s'" / "'" is kept apart so "Sonus's" reads as "sonus".
const WORD = /[A-Za-z0-9$&]+(?:-[A-Za-z0-9]+)*('s|s'|')?/g;

/**
 * Finds companies named in a question: by alias (case-insensitive, possessive allowed:
 * "Sonus's", "Sears'") or by ticker ("SONS" as written in capitals, or "$sons").
 */
export function findCompanies(question: string, index: CompanyIndex, shortest = false): CompanyMention[] {
  const text = question.replace(/[’`]/g, "'");
  const words: { w: string; raw: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const core = m[1] ? raw.slice(0, raw.length - m[1].length) : raw;
    // a lone "&" is the word "and" ("Harrow & Pike" as "harrow and pike")
    const w = core === '&' ? 'and' : core.toLowerCase().replace(/-/g, ' ');
    words.push({ w, raw: core, start: m.index!, end: m.index! + raw.length });
  }
  // hyphenated words count as several alias words ("bristol-myers" -> "bristol myers")
  const flat: { w: string; raw: string; start: number; end: number }[] = [];
  for (const t of words) {
    const parts = t.w.split(' ');
    if (parts.length === 1) flat.push(t);
    else parts.forEach((p, i) => flat.push({ w: p, raw: p, start: t.start, end: i === parts.length - 1 ? t.end : t.start }));
  }
  const found = new Map<string, CompanyMention>();
  for (let i = 0; i < flat.length; i++) {
    const cands = (index.byFirstWord.get(flat[i].w) ?? []).filter((c) => c.words.every((w, k) => flat[i + k]?.w === w));
    // the longest name that fits; or, asked again, the shortest of two words or more shorter than it
    // ("Northern Tamarack gold sold": the name's last word may be the question's)
    const cand = shortest ? [...cands].reverse().find((c) => c.words.length >= 2 && c.words.length < cands[0]!.words.length) ?? cands[0] : cands[0];
    if (cand) {
      const last = flat[i + cand.words.length - 1];
      if (!found.has(cand.key)) found.set(cand.key, { key: cand.key, span: [flat[i].start, last.end] });
    }
    const t = flat[i];
    const dollar = t.raw.startsWith('$');
    const sym = (dollar ? t.raw.slice(1) : t.raw).toUpperCase();
    const key = index.byTicker.get(sym);
    const asWritten = dollar ? sym : t.raw;
    if (key && !found.has(key) && (dollar || asWritten === sym && sym.length >= 2 || sym.length >= 4)) {
      found.set(key, { key, span: [t.start, t.end] });
    }
  }
  return [...found.values()].sort((a, b) => a.span[0] - b.span[0]);
}
