// Typing slips in a question's finance words: "reveune" -> revenue, "inventroy" -> inventory,
// "acounts" -> account. A word the lexicon does not know is read as the one lexicon word one edit
// away (a letter added, dropped, changed, or two neighbours swapped). Short words, words with several
// such neighbours and words the lexicon knows in any role stay as typed; only a word of a finance term is
// ever the correction (never a word of framing: "lease" is no slip of "please").
import type { Lexicon } from './types.js';
import { normWord } from './text.js';

// Words shorter than this are too easily one edit from another word ("cash" / "case").
const MIN_LENGTH = 5;

interface Index { words: Set<string>; terms: Set<string>; byLength: Map<number, string[]> }
const known = new WeakMap<Lexicon, Index>();

function index(lex: Lexicon): Index {
  let idx = known.get(lex);
  if (!idx) {
    const terms = new Set<string>();
    for (const list of lex.termsByFirst.values()) for (const t of list) for (const w of t.words) terms.add(w);
    const words = new Set<string>([...lex.vocabulary, ...lex.filler, ...lex.generic, ...lex.category, ...lex.known, ...terms]);
    // only a finance word is ever the correction: never framing ("lease" is no slip of "please")
    const targets = new Set([...lex.vocabulary, ...terms].filter((w) => !lex.filler.has(w) && !lex.generic.has(w)));
    const byLength = new Map<number, string[]>();
    for (const w of targets) {
      if (w.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(w)) continue;
      byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
    }
    idx = { words, terms, byLength };
    known.set(lex, idx);
  }
  return idx;
}

/** True when a and b are at most one edit apart (insert, delete, substitute, swap neighbours). */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// "acquire" / "acquired", "expense" / "expensed": another form of the same word, not a slip of the keys.
// ("purchases" / "purchased", "repurchases" / "repurchased": two endings of one word.)
const ENDINGS = /(?:es|ed|s|d)$/;
const inflection = (a: string, b: string): boolean => {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && /^[ds]$/.test(long.slice(short.length))) return true;
  return ENDINGS.test(a) && ENDINGS.test(b) && a.replace(ENDINGS, '') === b.replace(ENDINGS, '');
};

/** The lexicon word a mistyped normalised word stands for, or the word itself; `known` words (the reports' own) stay. */
export function correctWord(lex: Lexicon, word: string, known?: Set<string>): string {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return word;
  const idx = index(lex);
  if (idx.words.has(word) || known?.has(word)) return word;
  // a report's own word in another form ("close" beside "Stores closed") is no slip either
  if (known && ['d', 's', 'ed', 'es', 'ing'].some((end) => known.has(word + end))) return word;
  const near: string[] = [];
  for (const len of [word.length - 1, word.length, word.length + 1]) {
    for (const w of idx.byLength.get(len) ?? []) if (oneEdit(word, w) && !inflection(word, w)) near.push(w);
  }
  // "acount": account (a term's word) rather than amount (a word of framing)
  const inTerms = near.filter((w) => idx.terms.has(w));
  return near.length === 1 ? near[0]! : inTerms.length === 1 ? inTerms[0]! : word;
}

/**
 * A question with its typing slips in finance words replaced by the words meant ("sonus reveune Q2" ->
 * "sonus revenue Q2"). Words the loaded reports use are real words and stay ("contact", "north").
 */
export function correctText(lex: Lexicon, text: string, known: Set<string>): string {
  return text.replace(/[A-Za-z]+(?:['’][A-Za-z]+)*/g, (raw) => {
    const norm = normWord(raw);
    const fixed = correctWord(lex, norm, known);
    return fixed === norm ? raw : fixed;
  });
}
