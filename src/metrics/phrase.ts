// What a question phrase asks for: lexicon concepts, qualifier words, adjusted/reported wishes.
import { findTerms } from './mentions.js';
import { conceptOf, adjustedWords, type RowConcept } from './row-profile.js';
import { tokenize, isNumberWord } from './text.js';
import type { Lexicon } from './types.js';

/** What a question phrase asks for, as the row matcher reads it. */
export interface PhraseInfo {
  concepts: RowConcept[];
  /** Per concept: the content words outside its own term. */
  conceptQualifiers: string[][];
  /** Words outside any concept that narrow it ("product" in "product revenue"). */
  qualifiers: string[];
  /** Every content word (for the own-words route). */
  content: string[];
  unsupported: string[];
  /** The phrase says no more than words naming several metrics at once ("cash flow", "income"). */
  ambiguous: boolean;
  /** The phrase says "per share" ("cash dividends paid per share"): only per-share rows fit. */
  perShare: boolean;
  /** Capitalised words after the first ("Alabama"): names, never filler. */
  proper: Set<string>;
  adjusted: boolean;
  /** Words of a basis of its own the phrase names ("pro forma"): a row must print them. */
  ownBasis: string[];
  reported: boolean;
  /** The phrase names an adjustment ("tax effect", "impact of currency"). */
  adjustment: boolean;
  /** Content words the phrase leaves out ("professional services" in "revenue excluding professional services"). */
  excluded: string[];
  /** The phrase's words, filler aside ("net", "debt"): a row printing just these is named by them. */
  asked: string[];
  /** The phrase says "total" ("total revenue"): a line labelled "Total" under the metric's heading is the one asked. */
  total: boolean;
  /** The words that say so ("excluding", "other than"): a line printing them itself is no line left out. */
  excludedBy: string[];
  /** Words of the phrase's own "net of ..." / "less ..." tail: a row printing the same tail is named by them. */
  netOf: string[];
}

// The words after an exclusion phrase ("excluding", "other than") that are no part of an adjusted phrase's name,
// and the phrase itself: "net sales excluding foodservice" -> ["foodservice"] by ["excluding"].
function excludedWords(lex: Lexicon, words: string[], isContent: (w: string) => boolean): { excluded: string[]; excludedBy: string[] } {
  for (let i = 0; i < words.length; i++) {
    const marker = lex.exclusion.find((m) => m.every((w, k) => words[i + k] === w));
    if (marker) return { excluded: [...new Set(words.slice(i + marker.length).filter(isContent))], excludedBy: marker };
  }
  return { excluded: [], excludedBy: [] };
}

/** Reads a phrase such as "how much product revenue did report for". */
export function readPhrase(lex: Lexicon, phrase: string): PhraseInfo {
  const tokens = tokenize(phrase);
  const words = tokens.map((t) => t.norm);
  // "increases in common stock, net of acquisition of NeXT": what a "net of" / "less" tail names is excluded, not asked
  let tail = words.length;
  for (let i = 1; i < words.length - 1; i++) if ((words[i] === 'net' && words[i + 1] === 'of') || words[i] === 'less') { tail = i; break; }
  const hits = findTerms(tokens, lex, true).filter((h) => h.from < tail);
  const inConcept = new Array<boolean>(tokens.length).fill(false);
  const concepts: RowConcept[] = [];
  const spans: [number, number][] = [];
  const unsupported: string[] = [];
  const inAmbiguous = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    if (h.term.kind === 'unsupported') unsupported.push(h.term.id);
    if (h.term.kind === 'ambiguous') for (let k = h.from; k < h.to; k++) inAmbiguous[k] = true;
    if (h.term.kind !== 'metric' && h.term.kind !== 'ratio') continue;
    for (let k = h.from; k < h.to; k++) inConcept[k] = true;
    concepts.push(conceptOf(lex, h.term.kind, h.term.id, 'label', h.term.text));
    spans.push([h.from, h.to]);
  }
  // ("adjusted funds from operations": "adjusted" inside a metric's own name asks for that metric, not a variant)
  // ("net income as adjusted": a recast prior period's reported figure, no adjusted measure)
  const recast = new Array<boolean>(words.length).fill(false);
  for (const r of [...lex.recast, ...lex.original]) for (let i = 0; i + r.length <= words.length; i++) if (r.every((w, k) => words[i + k] === w)) for (let k = 0; k < r.length; k++) recast[i + k] = true;
  const adjustedSet = adjustedWords(lex, words.map((w, i) => (inConcept[i] || recast[i] ? '' : w)));
  // "GAAP" alone asks for the reported figure; in "non-GAAP" it is part of the adjusted phrase
  const reportedSet = new Set(words.filter((w) => lex.reported.has(w) && !adjustedSet.has(w)));
  const recastSet = new Set(words.filter((_, i) => recast[i]));
  const isContent = (w: string) => !lex.filler.has(w) && !lex.generic.has(w) && !isNumberWord(w) && !adjustedSet.has(w) && !reportedSet.has(w) && !recastSet.has(w);
  // For each concept, the words outside its own term narrow it, other terms' words included:
  // "deferred tax assets" is deferred taxes + "assets", not total assets + "deferred tax".
  // The words of another term naming the same metric are no qualifier: "paid to acquire Zynetix" is one ask.
  const sameMetric = (ci: number, i: number) => spans.some(([f, t], cj) => cj !== ci && i >= f && i < t && concepts[cj]!.base === concepts[ci]!.base);
  const own = spans.map(([from, to], ci) => [...new Set(words.filter((w, i) => (i < from || i >= to) && isContent(w) && !sameMetric(ci, i)))]);
  return {
    concepts,
    conceptQualifiers: own,
    qualifiers: [...new Set(words.filter((w, i) => !inConcept[i] && isContent(w)))],
    // a phrase of nothing but words that elsewhere frame a question ("land" at a date) is asked by those words
    content: [...new Set(words.filter(isContent).length ? words.filter(isContent) : words.filter((w) => lex.filler.has(w) && w.length > 3 && !isNumberWord(w)))],
    unsupported,
    // Only when the ambiguous words are all the phrase says: "income", not "net cash used investing activities".
    ambiguous: inAmbiguous.some(Boolean) && words.every((w, i) => inAmbiguous[i] || !isContent(w)),
    // ("shares used in the calculations of earnings per share" names a share count: its "per share" asks nothing)
    perShare: words.some((w, i) => w === 'per' && (words[i + 1] === 'share' || words[i + 2] === 'share') &&
      !spans.some(([from, to], k) => i >= from && i < to && concepts[k]!.nature !== 'per_share')),
    proper: new Set(tokens.filter((t, i) => i > 0 && /^[A-Z][a-z]/.test(phrase.slice(t.start, t.end))).map((t) => t.norm)),
    adjusted: adjustedSet.size > 0,
    ownBasis: lex.ownBasis.filter((b) => b.every((w) => adjustedSet.has(w))).flat(),
    reported: words.includes('reported') || reportedSet.size > 0,
    adjustment: words.some((w) => lex.adjustment.has(w)),
    asked: [...new Set(words.filter((w) => !lex.filler.has(w)))],
    total: words.includes('total'),
    ...excludedWords(lex, words, isContent),
    netOf: words.slice(tail).filter(isContent),
  };
}
