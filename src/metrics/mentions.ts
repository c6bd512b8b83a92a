// Finds lexicon terms named in a text: longest match wins, whole words only.
import { getLexicon } from './lexicon.js';
import { boundedCache } from '../util/memo.js';
import { tokenize, type Token } from './text.js';
import type { Lexicon, Term } from './types.js';

/** A lexicon metric named in a text. */
export interface MetricMention {
  metricId: string;
  /** The words of the text that named it, as written. */
  text: string;
  /** Character offsets [start, end) in the text. */
  span: [number, number];
  /** The lexicon synonym or label that matched, as written in YAML. */
  synonym: string;
}

/** A ratio or derived metric named in a text (ids of intents/ratios.yaml). */
export interface RatioMention {
  ratioId: string;
  text: string;
  span: [number, number];
  synonym: string;
}

/** A figure the reports cannot give (P/E), with the reason to decline. */
export interface UnsupportedMention {
  id: string;
  name: string;
  reason: string;
  text: string;
  span: [number, number];
}

/** A term found over a token list: token index range [from, to). */
export interface TermHit {
  term: Term;
  from: number;
  to: number;
}

// Small linking words a question drops or adds without changing the term: "cash used financing"
// (after question framing is removed) is "cash used in financing"; "cash at beginning of period"
// is "cash beginning of the period".
const GLUE = new Set(['in', 'of', 'the', 'at', 'for', 'a', 'an', 'to', 'on', 'from', 'by']);

// The token index after `term` read from token i, glue words skipped on either side; -1 when it does not match.
function matchAt(term: Term, tokens: readonly { norm: string }[], i: number): number {
  let j = i;
  let k = 0;
  while (k < term.words.length) {
    const w = term.words[k]!;
    const t = tokens[j]?.norm;
    if (t === w) { j++; k++; continue; }
    if (GLUE.has(w) && k > 0) { k++; continue; }
    if (t !== undefined && GLUE.has(t) && j > i) { j++; continue; }
    return -1;
  }
  return j;
}

// Every term starting at each token, then the longest non-overlapping ones, left to right on ties:
// "net income per share" beats "net income"; "cost of revenue" beats "revenue".
// `loose` (a question's phrase): a term also matches by its core, its connectors absent or not
// ("cash used investing activities" is "cash used in investing activities").
export function findTerms(tokens: readonly { norm: string }[], lex: Lexicon = getLexicon(), loose = false): TermHit[] {
  const all: TermHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: TermHit | null = null;
    for (const term of lex.termsByFirst.get(tokens[i]!.norm) ?? []) {
      const to = matchAt(term, tokens, i);
      // an exact reading of the term first; a reading with glue words skipped only if longer
      if (to > 0 && (!best || to > best.to)) best = { term, from: i, to };
    }
    if (best) all.push(best);
  }
  if (loose) {
    // positions of the tokens that are no connectors
    const at = tokens.map((t, i) => (lex.connectors.has(t.norm) ? -1 : i)).filter((i) => i >= 0);
    for (let j = 0; j < at.length; j++) {
      for (const { term, core } of lex.coresByFirst.get(tokens[at[j]!]!.norm) ?? []) {
        if (j + core.length > at.length) continue;
        if (core.every((w, k) => tokens[at[j + k]!]!.norm === w)) { all.push({ term, from: at[j]!, to: at[j + core.length - 1]! + 1 }); break; }
      }
    }
  }
  all.sort((a, b) => (b.to - b.from) - (a.to - a.from) || a.from - b.from);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const out: TermHit[] = [];
  for (const h of all) {
    let free = true;
    for (let k = h.from; k < h.to; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = h.from; k < h.to; k++) taken[k] = true;
    out.push(h);
  }
  return out.sort((a, b) => a.from - b.from);
}

function spanOf(text: string, tokens: Token[], h: TermHit): { text: string; span: [number, number] } {
  const start = tokens[h.from]!.start;
  const end = tokens[h.to - 1]!.end;
  return { text: text.slice(start, end), span: [start, end] };
}

// A question is read through these finders many times over (its whole text, its metric words, each side of a
// joint): the terms of each text are found once, in bounded memory (the lexicon is fixed for the process).
const found = boundedCache<{ metrics: MetricMention[]; ratios: RatioMention[]; unsupported: UnsupportedMention[] }>(512);

function mentionsOf(text: string): { metrics: MetricMention[]; ratios: RatioMention[]; unsupported: UnsupportedMention[] } {
  return found.get(text, () => {
    const lex = getLexicon();
    const tokens = tokenize(text);
    const hits = findTerms(tokens, lex);
    const metrics: MetricMention[] = [];
    const ratios: RatioMention[] = [];
    const unsupported: UnsupportedMention[] = [];
    for (const h of hits) {
      if (h.term.kind === 'metric') metrics.push({ metricId: h.term.id, synonym: h.term.text, ...spanOf(text, tokens, h) });
      else if (h.term.kind === 'ratio') ratios.push({ ratioId: h.term.id, synonym: h.term.text, ...spanOf(text, tokens, h) });
      else if (h.term.kind === 'unsupported') {
        const def = lex.unsupported.find((u) => u.id === h.term.id)!;
        unsupported.push({ id: def.id, name: def.name, reason: def.reason, ...spanOf(text, tokens, h) });
      }
    }
    return { metrics, ratios, unsupported };
  });
}

/** Lexicon metrics named in `text`, in order of appearance ("COGS", "diluted EPS"). The list is shared: never changed by callers. */
export function findMetricMentions(text: string): readonly MetricMention[] {
  return mentionsOf(text).metrics;
}

/** Ratios and derived metrics named in `text` ("gross margin", "free cash flow"). The list is shared: never changed by callers. */
export function findRatioMentions(text: string): readonly RatioMention[] {
  return mentionsOf(text).ratios;
}

/** Figures named in `text` that need data the reports lack (P/E, market cap). The list is shared: never changed by callers. */
export function findUnsupported(text: string): readonly UnsupportedMention[] {
  return mentionsOf(text).unsupported;
}

/** Words naming several metrics at once ("cash flow"): what they may mean and why the bot should ask. */
export interface AmbiguousMention {
  choices: string[];
  reason: string;
  text: string;
  span: [number, number];
}

/** Ambiguous words in `text` ("cash flow", "margin"), which no metric mention claims. */
export function findAmbiguous(text: string): AmbiguousMention[] {
  const lex = getLexicon();
  const tokens = tokenize(text);
  return findTerms(tokens, lex).filter((h) => h.term.kind === 'ambiguous').map((h) => {
    const def = lex.ambiguous.find((a) => a.id === h.term.id)!;
    return { choices: def.choices, reason: def.reason, ...spanOf(text, tokens, h) };
  });
}
