// What one statement row means to the matcher: its concept (lexicon metric or ratio), the
// extra words that narrow it, its section context, its nature. Computed once per Document.
import type { Document, Row, Statement } from '../core/store.js';
import { getLexicon } from './lexicon.js';
import { findTerms } from './mentions.js';
import { tokenize, isNumberWord } from './text.js';
import type { Lexicon, MetricNature } from './types.js';
import { rowNatureFromText, type RowNature } from './row-nature.js';

/** The lexicon concept a row stands for. */
export interface RowConcept {
  kind: 'metric' | 'ratio';
  /** The most specific metric id ("eps_diluted" for EPS › Diluted), or the ratio id. */
  id: string;
  /** The base id compared with the question's metric ("eps"). */
  base: string;
  /** Qualifier words the concept itself carries (["diluted"]). */
  qualifier: string[];
  nature: MetricNature | 'ratio';
  from: 'label' | 'path';
  /** The lexicon term that named it. */
  term: string;
}

export interface RowProfile {
  statement: number;
  row: number;
  concept: RowConcept | null;
  /** Meaningful label words the concept does not cover ("product" in Revenue › Product). */
  extras: string[];
  /** Words of a trailing "of ..."/"for ..." phrase: they narrow the row only lightly. */
  light: string[];
  /** Words of ancestor headings that group rows ("Current assets"). */
  context: Set<string>;
  /** Ancestor headings that name a segment or subsidiary ("Alabama Power -"), as word lists. */
  segments: string[][];
  /** Every word of label, path and parentheses. */
  words: Set<string>;
  /** Words found only in a "net of ..." / "less ..." tail of the label. */
  tailOnly: Set<string>;
  /** Content words of the label itself (for own-words coverage). */
  labelContent: string[];
  /** Words of label and path together, stop words aside ("end of period" keeps "end", "period"). */
  pathContent: string[];
  nature: RowNature;
  adjusted: boolean;
  reported: boolean;
  /** The label says only "Total" (a subtotal of the heading above). */
  bareTotal: boolean;
  /** Same key, same line item (the six-month table repeats the quarter's rows). */
  key: string;
}

/** The profiles of a document's rows and every word they use. */
export interface DocProfile {
  rows: RowProfile[];
  words: Set<string>;
}

const cache = new WeakMap<Document, DocProfile>();

// Words too common to name anything (filler like "end" or "period" does name a row: "end of period").
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'for', 'to', 'by', 'from', 'on', 'at', 'as', 'with']);

/** Profiles of every row of every statement of the document (cached per Document object). */
export function profileDocument(doc: Document): DocProfile {
  let out = cache.get(doc);
  if (!out) {
    const lex = getLexicon();
    const rows = doc.statements.flatMap((st, s) => st.rows.map((row, r) => profileRow(lex, st, row, s, r)));
    out = { rows, words: new Set(rows.flatMap((p) => [...p.words])) };
    cache.set(doc, out);
  }
  return out;
}

// "Revenue › Product" in the quarter and six-month tables: one key.
function meaningKey(path: string[]): string {
  return path.map((x) => x.toLowerCase().replace(/\([^)]*\)|[^a-z0-9]+/g, '')).join('>');
}

// "Accounts receivable, net of allowance for doubtful accounts of $96" -> head "accounts receivable",
// tail "allowance for doubtful accounts": a "net of"/"less" tail only describes the row.
function splitTail(words: string[]): { head: string[]; tail: string[] } {
  for (let i = 1; i < words.length - 1; i++) {
    if ((words[i] === 'net' && words[i + 1] === 'of') || words[i] === 'less') return { head: words.slice(0, i + (words[i] === 'net' ? 1 : 0)), tail: words.slice(i) };
  }
  return { head: words, tail: [] };
}

function content(lex: Lexicon, words: string[]): string[] {
  return words.filter((w) => !lex.filler.has(w) && !lex.generic.has(w) && !isNumberWord(w));
}

// Adjusted-marker phrases found in a word list ("excluding one time items"); their words are returned.
export function adjustedWords(lex: Lexicon, words: string[]): Set<string> {
  const out = new Set<string>();
  for (const marker of lex.adjusted) {
    for (let i = 0; i + marker.length <= words.length; i++) {
      if (marker.every((w, k) => words[i + k] === w)) marker.forEach((w) => out.add(w));
    }
  }
  return out;
}

function profileRow(lex: Lexicon, st: Statement, row: Row, s: number, r: number): RowProfile {
  const labelTokens = tokenize(row.label);
  const bare = labelTokens.filter((t) => !t.paren);
  const { head, tail } = splitTail(bare.map((t) => t.norm));
  // Index of the first word after a comma: "Cost of sales, buying and occupancy" -> 3.
  const comma = row.label.indexOf(',');
  const afterComma = comma < 0 ? -1 : bare.findIndex((t) => t.start > comma);
  const ancestors = row.path.slice(0, -1).map((p) => tokenize(p).filter((t) => !t.paren).map((t) => t.norm));
  const words = new Set<string>([...labelTokens.map((t) => t.norm), ...ancestors.flat(), ...row.path.flatMap((p) => tokenize(p).map((t) => t.norm))]);
  const labelAdjusted = adjustedWords(lex, head);
  const ancestorAdjusted = ancestors.some((a) => adjustedWords(lex, a).size > 0);
  const reported = head.includes('reported');
  const nature = rowNatureFromText(row.unit, head, ancestors);
  const pick = chooseConcept(lex, head, ancestors, nature);
  const covered = new Set(pick?.covered ?? []);
  const extrasAll = content(lex, head).filter((w) => !covered.has(w) && !labelAdjusted.has(w));
  // Words after the concept that start with of/for/related: "Depreciation and amortization of property".
  const light: string[] = [];
  let extras = extrasAll;
  const lightFrom = pick && pick.from === 'label' && pick.end < head.length &&
    (['of', 'for', 'related', 'on'].includes(head[pick.end]!) || (afterComma >= pick.end)) ? pick.end : -1;
  if (pick && lightFrom >= 0) {
    const after = new Set(content(lex, head.slice(pick.end)));
    light.push(...after);
    extras = extrasAll.filter((w) => !after.has(w));
  }
  const context = new Set<string>();
  const segments: string[][] = [];
  ancestors.forEach((a, i) => {
    const isConcept = findTerms(a.map((norm) => ({ norm })), lex).some((h) => h.term.kind === 'metric' || h.term.kind === 'ratio');
    const body = content(lex, a);
    if (isConcept || i === pick?.ancestor || body.every((w) => lex.category.has(w))) a.forEach((w) => context.add(w));
    else segments.push(body);
  });
  const concept = pick ? refine(lex, pick.concept, extras) : null;
  if (concept) extras = extras.filter((w) => !concept.qualifier.includes(w));
  return {
    statement: s, row: r, concept, extras, light, context, segments, words,
    tailOnly: new Set(tail.filter((w) => !head.includes(w) && !ancestors.some((a) => a.includes(w)))),
    labelContent: [...new Set(content(lex, head))], pathContent: [...new Set([...head, ...ancestors.flat()].filter((w) => !STOP.has(w) && !lex.generic.has(w) && !isNumberWord(w)))], nature: nature ?? natureOfConcept(concept),
    adjusted: labelAdjusted.size > 0 || (ancestorAdjusted && !reported), reported,
    bareTotal: head.length === 1 && head[0] === 'total',
    key: meaningKey(row.path),
  };
}

interface Pick { concept: RowConcept; covered: string[]; from: 'label' | 'path'; end: number; ancestor: number }

// The label's longest term first, then the nearest ancestor's; the first whose nature fits the row.
// "Gross profit %" › "Total gross profit": the label says gross profit (money) but the row is a
// percent, so the heading's "gross profit %" (gross margin) is taken.
function chooseConcept(lex: Lexicon, head: string[], ancestors: string[][], nature: RowNature | null): Pick | null {
  const lists: { words: string[]; from: 'label' | 'path'; ancestor: number }[] = [
    { words: head, from: 'label', ancestor: -1 },
    ...ancestors.map((words, i) => ({ words, from: 'path' as const, ancestor: i })).reverse(),
  ];
  for (const l of lists) {
    const hits = findTerms(l.words.map((norm) => ({ norm })), lex)
      .filter((h) => h.term.kind === 'metric' || h.term.kind === 'ratio')
      .sort((a, b) => (b.to - b.from) - (a.to - a.from));
    for (const h of hits) {
      const concept = conceptOf(lex, h.term.kind as 'metric' | 'ratio', h.term.id, l.from, h.term.text);
      if (nature !== null && !fits(concept.nature, nature)) continue;
      return { concept, covered: l.from === 'label' ? h.term.words : [...l.words], from: l.from, end: h.to, ancestor: l.ancestor };
    }
  }
  return null;
}

export function conceptOf(lex: Lexicon, kind: 'metric' | 'ratio', id: string, from: 'label' | 'path', term: string): RowConcept {
  if (kind === 'ratio') return { kind, id, base: id, qualifier: [], nature: 'ratio', from, term };
  const def = lex.metricById.get(id)!;
  return { kind, id, base: def.base ?? id, qualifier: (def.qualifier ?? []).flatMap((q) => tokenize(q).map((t) => t.norm)), nature: def.nature, from, term };
}

/** Whether a metric of this nature can stand in a row of that nature. */
export function fits(metric: MetricNature | 'ratio', row: RowNature): boolean {
  if (metric === 'flow' || metric === 'balance') return row === 'money';
  if (metric === 'ratio') return row === 'percent' || row === 'ratio';
  return metric === row;
}

function natureOfConcept(c: RowConcept | null): RowNature {
  if (!c) return 'money';
  if (c.nature === 'flow' || c.nature === 'balance') return 'money';
  if (c.nature === 'ratio') return 'percent';
  return c.nature;
}

// EPS › Basic: the base concept plus a qualifier word the label carries -> the specific metric (eps_basic).
function refine(lex: Lexicon, c: RowConcept, extras: string[]): RowConcept {
  if (c.kind !== 'metric') return c;
  for (const def of lex.metrics) {
    if (def.base !== c.base || !def.qualifier) continue;
    const q = def.qualifier.flatMap((x) => tokenize(x).map((t) => t.norm));
    if (q.every((w) => extras.includes(w) || c.qualifier.includes(w))) return { ...c, id: def.id, qualifier: q };
  }
  return c;
}
