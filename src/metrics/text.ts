// Word-level normalisation shared by the lexicon, the mention finder and the row matcher.
// Pure functions: case, plurals, hyphens, "&"/"and", "%", apostrophes.
import { boundedCache } from '../util/memo.js';

export interface Token {
  /** Normalised word ("liabilities" -> "liability", "&" -> "and"). */
  norm: string;
  /** Character offsets of the word in the original text. */
  start: number;
  end: number;
  /** True when the word stands inside parentheses ("Net income (loss)"). */
  paren: boolean;
}

// Words: letters/digits with inner apostrophes ("company's"), "&" and "%".
// Hyphens and slashes split words: "long-term" -> long, term; "P/E" -> p, e.
const WORD = /[a-z0-9]+(?:['’][a-z]+)*|&|%|[()]/gi;

// Light stemming so plural and singular meet: "liabilities" -> "liability",
// "expenses" -> "expense", "taxes" -> "tax", "losses" -> "loss"; "gross", "sonus" stay.
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && (word.endsWith('sses') || word.endsWith('xes'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

// Clipped words people type for a label's full word: "selling and admin" -> administrative; a verb's other form.
const CLIPPED: Record<string, string> = {
  admin: 'administrative', mktg: 'marketing', intl: 'international', amort: 'amortization', depr: 'depreciation', govt: 'government',
  calc: 'calculation', calcs: 'calculation', acq: 'acquisition', equiv: 'equivalent', equivs: 'equivalent',
  // "cash from ops", "oper income", "weighted avg shares", "EPS dil", "net income excl. one-time items"
  ops: 'operations', oper: 'operating', avg: 'average', wtd: 'weighted', dil: 'diluted', excl: 'excluding',
  // "Net income per share — assuming dilution", "shares outstanding — assuming dilution": the diluted figure
  dilution: 'diluted',
  // "cash did Apple use to acquire" is the label's "Cash used to acquire"
  use: 'used', uses: 'used',
  liab: 'liabilities', liabs: 'liabilities', acct: 'accounts', accts: 'accounts', exp: 'expense', exps: 'expenses', tot: 'total',
  // "how much interest did X pay" reads as the label's "interest paid"
  pay: 'paid', pays: 'paid',
  // "motion tech sales", "prof services revenue", "svc revenue", "mgmt fees"
  tech: 'technology', prof: 'professional', svc: 'service', svcs: 'service', mgmt: 'management',
  // "NCI on the balance sheet": the line of noncontrolling interests
  nci: 'noncontrolling',
};

// Words recur from question to question and label to label: each is normalised once (a bounded memo).
const normed = boundedCache<string>(20_000);

/** One raw word to its normal form ("Stockholders'" -> "stockholder", "&" -> "and", "admin" -> "administrative"). */
export function normWord(raw: string): string {
  return normed.get(raw, () => normalise(raw));
}

function normalise(raw: string): string {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (lower === '&') return 'and';
  if (lower === '%' || lower === 'percentage' || lower === 'pct') return 'percent';
  const bare = lower.replace(/'s$/, '').replace(/'/g, '');
  return stem(CLIPPED[bare] ?? bare);
}

/** Splits text into normalised tokens with their offsets; parentheses mark `paren` and are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw === '(') { depth++; continue; }
    if (raw === ')') { depth = Math.max(0, depth - 1); continue; }
    out.push({ norm: normWord(raw), start: m.index ?? 0, end: (m.index ?? 0) + raw.length, paren: depth > 0 });
  }
  return out;
}

/** The normalised words of a term ("Cost of Goods Sold" -> ["cost","of","good","sold"]). */
export function termWords(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/** True for figures, years and money leftovers ("2007", "1,234", "q2" is not). */
export function isNumberWord(word: string): boolean {
  return /^\d/.test(word);
}
