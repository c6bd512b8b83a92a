// What one statement row means to the matcher: its concept (lexicon metric or ratio), the
// extra words that narrow it, its section context, its nature. Computed once per Document.
import type { Document, Row, Statement } from '../core/store.js';
import { getLexicon } from './lexicon.js';
import { findTerms } from './mentions.js';
import { tokenize, isNumberWord } from './text.js';
import { sameExact, sumExact } from '../reader/decimal-text.js';
import type { Lexicon } from './types.js';
import { rowNatureFromText, type RowNature } from './row-nature.js';
import { chooseConcept, natureOfConcept, refine, type RowConcept } from './concept.js';

export { conceptOf, fits, type RowConcept } from './concept.js';

/** What the matcher knows about one row: concept, narrowing words, context, nature. */
export interface RowProfile {
  statement: number;
  row: number;
  concept: RowConcept | null;
  /** Meaningful label words the concept does not cover ("product" in Revenue › Product). */
  extras: string[];
  /** Words of a trailing "of ..."/"for ..." phrase: they narrow the row only lightly. */
  light: string[];
  /** Other words after the concept in the label ("and cumulative effect of accounting change"). */
  trailing: string[];
  /** The label's metric is also its heading's ("Revenues" › "Net sales"): a part, not the total. */
  component: boolean;
  /** The row stands in a statement where its metric does not belong (receivables on the cash flow). */
  kindMismatch: boolean;
  /** Words of ancestor headings that group rows ("Current assets"). */
  context: Set<string>;
  /** Ancestor headings that name a segment or subsidiary ("Alabama Power -"), as word lists. */
  segments: string[][];
  /** Every word of label, path and parentheses. */
  words: Set<string>;
  /** The label's initials and the words they stand for ("emea": europe, middle, east, africa), when it has them. */
  initials?: { key: string; words: string[] };
  /** Words found only in a "net of ..." / "less ..." tail of the label. */
  tailOnly: Set<string>;
  /** Content words of the label itself (for own-words coverage). */
  labelContent: string[];
  /** Every word the label and its path print, filler aside ("Net debt" -> net, debt). */
  printedWords: string[];
  /** Words of label and path together, stop words aside ("end of period" keeps "end", "period"). */
  pathContent: string[];
  nature: RowNature;
  adjusted: boolean;
  reported: boolean;
  /** The label names an adjustment of a metric ("Income tax effect"), not the metric. */
  adjustment: boolean;
  /** A rate the label names as one line over another ("Allowance for credit losses to total loans  1.33 %"). */
  pairRate: boolean;
  /** The label says only "Total" (a subtotal of the heading above). */
  bareTotal: boolean;
  /** Same key, same line item (the six-month table repeats the quarter's rows). */
  key: string;
  /**
   * Everything the profile and the row's score are computed from (statement kind and title, row unit,
   * label and path): rows with the same shape, in any document, score alike for a phrase.
   */
  shape: string;
}

/** The profiles of a document's rows and every word they use. */
export interface DocProfile {
  rows: RowProfile[];
  words: Set<string>;
  /** Word -> indexes (into `rows`, ascending) of the rows that use it. */
  byWord: Map<string, number[]>;
  /** Concept kind and base ("metric revenue") -> indexes of the rows that stand for it. */
  byConcept: Map<string, number[]>;
  /** Scratch marks of the row matcher (merging candidate lists), made when first needed. */
  seen?: Uint32Array;
}

const cache = new WeakMap<Document, DocProfile>();

// Words that open a describing phrase after the metric: "... of property", "... attributable to ...".
const LIGHT = new Set(['of', 'for', 'related', 'on', 'to', 'from', 'attributable', 'available', 'applicable']);
// "Revenue and other income": a word that joins a second thing to the first
const JOINS = new Set(['and', 'or', 'net', 'total']);

function conceptBase(lex: Lexicon, id: string): string {
  return lex.metricById.get(id)?.base ?? id;
}

// The words a question uses for a row's measure when it is not money: "residential kWh sales",
// "kilowatt-hour sales to industrial customers" name rows of a table "(In Millions of KWHs)".
const MEASURE_WORDS: Record<string, string[]> = {
  kWh: ['kwh', 'kilowatt', 'hour'],
  MWh: ['mwh', 'megawatt', 'hour'],
  barrels: ['barrel'],
  tons: ['ton'],
};
// "Total (Boe/d)", "Oil (Bbls/d)", "Natural gas (MMcf/d)": a volume of oil or gas per day, asked "Boe per day",
// "barrels per day", "daily production"
const PER_DAY = /^(?:MM|M|B|T)?(?:cf|cfe|bbls?|boe|btu)(?:\/d(?:ay)?|pd)$/i;
const VOLUME_NAME: Record<string, string[]> = { bbl: ['barrel', 'bbl'], bbls: ['barrel', 'bbl'], boe: ['boe'], cf: ['cf'], cfe: ['cfe'], btu: ['btu'] };
function measureWords(unit: string): string[] {
  if (MEASURE_WORDS[unit]) return MEASURE_WORDS[unit]!;
  if (!PER_DAY.test(unit)) return [];
  const base = /(cf|cfe|bbls?|boe|btu)(?=\/|pd)/i.exec(unit)![1]!.toLowerCase();
  return [...(VOLUME_NAME[base] ?? []), 'per', 'day', 'daily'];
}

// Words too common to name anything (filler like "end" or "period" does name a row: "end of period").
const STOP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'for', 'to', 'by', 'from', 'on', 'at', 'as', 'with']);

/** Profiles of every row of every statement of the document (cached per Document object). */
export function profileDocument(doc: Document): DocProfile {
  let out = cache.get(doc);
  if (!out) {
    const lex = getLexicon();
    const own = companyWords(doc);
    const rows = doc.statements.flatMap((st, s) => st.rows.map((row, r) => profileRow(lex, st, row, s, r, own)));
    grossBesideNet(lex, doc, rows);
    partsOfTotals(doc, rows);
    const byWord = new Map<string, number[]>();
    const byConcept = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    };
    rows.forEach((p, i) => {
      for (const w of p.words) add(byWord, w, i);
      if (p.concept) add(byConcept, conceptKey(p.concept), i);
    });
    out = { rows, words: new Set(byWord.keys()), byWord, byConcept, seen: undefined };
    cache.set(doc, out);
  }
  return out;
}

/** The key of a concept in `DocProfile.byConcept`: rows and phrases of one kind and base meet there. */
export function conceptKey(c: { kind: string; base: string }): string {
  return `${c.kind} ${c.base}`;
}

// "Property, Plant and Equipment" above "Less: Accumulated depreciation" and "Net Property, Plant and
// Equipment": in one statement, the row of a metric whose label lacks "net" beside one that has it is
// the gross figure (the lexicon names it: ppe -> ppe_gross).
function grossBesideNet(lex: Lexicon, doc: Document, rows: RowProfile[]): void {
  for (const p of rows) {
    const def = p.concept?.kind === 'metric' ? lex.metricById.get(p.concept.id) : undefined;
    const gross = def?.gross ? lex.metricById.get(def.gross) : undefined;
    if (!gross || p.concept!.from !== 'label' || hasNet(doc, p)) continue;
    const netSibling = rows.some((o) => o !== p && o.statement === p.statement && o.concept?.id === def!.id && hasNet(doc, o));
    if (netSibling) p.concept = { ...p.concept!, id: gross.id, base: gross.base ?? gross.id, nature: gross.nature };
  }
}

// "Commercial real estate", "Residential mortgage" above "Total loans" with no "Loans:" heading: the lines a
// total closes are parts of it, so the total's words name them too ("commercial real estate loans"). Only as
// words a question may use; their paths and concepts stay as printed.
function partsOfTotals(doc: Document, rows: RowProfile[]): void {
  const parentOf = (row: Row): string => row.path.slice(0, -1).join('\u0000');
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    const st = doc.statements[p.statement]!;
    const total = st.rows[p.row]!;
    const m = /^total\s+(.+)$/i.exec(total.label);
    if (!m) continue;
    const words = tokenize(m[1]!).filter((t) => !t.paren && !STOP.has(t.norm)).map((t) => t.norm);
    if (words.length === 0) continue;
    const parts: RowProfile[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const q = rows[j]!;
      const row = st.rows[q.row];
      if (q.statement !== p.statement || !row || /^total\b/i.test(row.label) || parentOf(row) !== parentOf(total)) break;
      parts.push(q);
    }
    // only when the lines do add up to the total (a table's figures, not its layout, make them parts)
    if (parts.length < 2 || !addsUp(parts.map((q) => st.rows[q.row]!), total, st)) continue;
    // (a word of the total that names another part is that part's, not this one's: "Oil sales" under "Total oil,
    // natural gas and NGL revenues" is no "gas revenue", while "Commercial real estate" above "Total loans" is a loan)
    const own = parts.map((q) => new Set(tokenize(st.rows[q.row]!.label).map((t) => t.norm)));
    for (const [k, q] of parts.entries()) {
      const others = new Set(own.filter((_, i) => i !== k).flatMap((o) => [...o]));
      for (const w of words) if (own[k]!.has(w) || !others.has(w)) q.words.add(w);
      q.shape += `\u0000part of ${m[1]}`;
    }
  }
}

// In every period column where the total has a figure, the parts' figures add up to it (at least one column;
// shares of the total, rounded, need not).
function addsUp(parts: Row[], total: Row, st: Statement): boolean {
  let any = false;
  for (let c = 0; c < total.values.length; c++) {
    const t = total.values[c];
    if (t === null || t === undefined || st.columns[c]?.kind !== 'period') continue;
    const values = parts.map((r) => r.values[c]);
    if (values.some((v) => v === null || v === undefined)) return false;
    const sum = sumExact(values as string[], values.map(() => 1));
    if (sum === null || !sameExact(sum, t)) return false;
    any = true;
  }
  return any;
}

function hasNet(doc: Document, p: RowProfile): boolean {
  return tokenize(doc.statements[p.statement]!.rows[p.row]!.label).some((t) => t.norm === 'net' && !t.paren);
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

// The words left when every occurrence of the phrases is taken out ("current and non current lease liabilities" ->
// "lease liabilities").
function withoutPhrases(words: string[], list: string[][]): string[] {
  let out = words;
  for (const p of list) {
    for (let i = 0; i + p.length <= out.length; i++) {
      if (p.every((w, k) => out[i + k] === w)) out = [...out.slice(0, i), ...out.slice(i + p.length)];
    }
  }
  return out;
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

// "Profit (loss) from operations (EBIT)", "Operating income (EBIT)": a metric's abbreviation in parentheses after the
// label is the company's own name for the line, so the row is that metric, its other words all covered.
function acronymConcept(lex: Lexicon, label: string, head: string[], nature: RowNature | null): ReturnType<typeof chooseConcept> {
  const m = /\(([A-Z]{3,6})\)\s*$/.exec(label.trim());
  if (!m) return null;
  const own = chooseConcept(lex, tokenize(m[1]!).map((t) => t.norm), [], nature);
  if (!own || own.concept.kind !== 'metric') return null;
  return { ...own, covered: [...new Set([...own.covered, ...head])], end: head.length };
}

// The adjusted-marker words of a label's parenthesised groups ("(adjusted for special factors)", "(non-GAAP)"), a
// recast group ("(As adjusted)") aside.
function parenAdjusted(lex: Lexicon, tokens: ReturnType<typeof tokenize>): Set<string> {
  const groups: string[][] = [];
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.paren) continue;
    if (prev !== i - 1 || !groups.length) groups.push([]);
    groups[groups.length - 1]!.push(tokens[i]!.norm);
    prev = i;
  }
  return new Set(groups.filter((g) => g[0] !== 'as').flatMap((g) => [...adjustedWords(lex, g)]));
}

// A table titled "<metric> by <segment kind>" ("Revenue by Segment", "Net Sales by Region") heads
// its rows with that metric, as a "Revenue:" section line would: "Point-of-Care" is revenue › Point-of-Care.
// Only when the title is the metric alone and no section line of the row names a metric already.
// So does a note's table titled by the metric alone ("2. INVENTORIES" over "Raw materials and components",
// "Work in process" and an unlabelled total): its rows are parts of that metric.
function titleHeading(lex: Lexicon, st: Statement, row: Row): string[][] {
  // ("4. NET SALES BY PRODUCT LINE": a note's number is no word of the title)
  const title = st.title.replace(/\([^)]*\)/g, ' ').trim();
  const unnumbered = title.replace(/^(?:note\s+)?\d{1,2}[.:]?\s+(?:[-\u2013\u2014]\s*)?/i, '');
  const note = st.kind === 'other' ? /^(?:note\s+)?\d{1,2}[.:]?\s+(?:[-\u2013\u2014]\s*)?([A-Za-z][A-Za-z ,'-]*)$/i.exec(title) : null;
  // "Supplemental Revenue Analysis - Remaining Performance Obligation" over "Current / Noncurrent / Total": the
  // heading joined last to a table's title names what its rows measure, when their own labels name nothing
  const joined = titleTail(st, unnumbered, note);
  if (joined && findTerms(tokenize(row.label).map((t) => ({ norm: t.norm })), lex).some((h) => h.term.kind === 'metric')) return [];
  const m = /^(.+?)\s+by\s+\S/i.exec(unnumbered) ?? note ?? joined;
  if (!m) return [];
  const words = tokenize(m[1]).filter((t) => !t.paren).map((t) => t.norm);
  const hits = findTerms(words.map((norm) => ({ norm })), lex);
  if (hits.length !== 1 || hits[0].term.kind !== 'metric' || hits[0].from !== 0 || hits[0].to !== words.length) return [];
  const named = row.path.slice(0, -1).some((p) => findTerms(tokenize(p).map((t) => ({ norm: t.norm })), lex).some((h) => h.term.kind === 'metric'));
  return named ? [] : [words];
}

// "Supplemental Revenue Analysis - Remaining Performance Obligation": the heading joined last to the title of a table
// that is no statement (not when the title is a numbered note's)
function titleTail(st: Statement, unnumbered: string, note: RegExpExecArray | null): RegExpExecArray | null {
  return st.kind === 'other' && !note ? / - ([A-Za-z][A-Za-z ,'-]*)$/.exec(unnumbered) : null;
}

// The words before "before", "after", "and", "excluding" or "net": "Income before income taxes and
// cumulative effect of accounting change" -> "income" (the effect there is what the income excludes).
const CUT = new Set(['before', 'after', 'and', 'excluding', 'net']);
function leading(words: string[]): string[] {
  const i = words.findIndex((w) => CUT.has(w));
  return i < 0 ? words : words.slice(0, i);
}

// "Net income attributable to Ashgrove", "... shareholders of Brenntal": the company's own name in a label
// narrows nothing (it is the whole company), so its words are never extra words of the row.
const LEGAL_WORDS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'se', 'ag', 'sa', 'nv', 'group', 'holdings', 'holding', 'the', 'and']);
function companyWords(doc: Document): Set<string> {
  return new Set(tokenize(doc.company ?? '').map((t) => t.norm).filter((w) => w.length >= 3 && !LEGAL_WORDS.has(w)));
}

// "Europe, Middle East and Africa" -> "emea": the initials of a label of three or more capitalized words (joined by
// "and", "of", "the", "&"), the way a question abbreviates a region or a segment ("EMEA sales"); null otherwise.
function acronymOf(label: string): { key: string; words: string[] } | null {
  const parts = label.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((w) => w && !/^(?:and|of|the|&)$/.test(w));
  if (parts.length < 3 || parts.length > 6 || !parts.every((w) => /^[A-Z][a-z]+$/.test(w))) return null;
  return { key: parts.map((w) => w[0]!.toLowerCase()).join(''), words: parts.flatMap((w) => tokenize(w).map((t) => t.norm)) };
}

function profileRow(lex: Lexicon, st: Statement, row: Row, s: number, r: number, own: Set<string> = new Set()): RowProfile {
  const labelTokens = tokenize(row.label);
  const bare = labelTokens.filter((t) => !t.paren);
  const split = splitTail(bare.map((t) => t.norm));
  const head = withoutPhrases(split.head, lex.whole);
  const tail = split.tail;
  // Index of the first word after a comma: "Cost of sales, buying and occupancy" -> 3.
  const comma = row.label.indexOf(',');
  const afterComma = comma < 0 ? -1 : bare.findIndex((t) => t.start > comma);
  const titled = titleHeading(lex, st, row);
  const ancestors = [...titled, ...row.path.slice(0, -1).map((p) => tokenize(p).filter((t) => !t.paren).map((t) => t.norm))];
  const words = new Set<string>([...labelTokens.map((t) => t.norm), ...ancestors.flat(), ...row.path.flatMap((p) => tokenize(p).map((t) => t.norm)), ...measureWords(row.unit)]);
  const initials = acronymOf(row.label);
  if (initials) words.add(initials.key);
  // ("Schedule Of Segment Reporting" › "Sales › Consumer": a line of a segment table is a segment's, "consumer segment
  // sales" asks it)
  if (/\bsegments?\b/i.test(st.title)) words.add('segment');
  // ("Net profit (loss) (adjusted for special factors)": an adjusted marker inside parentheses marks the row too,
  // not "(As adjusted)", a recast figure)
  const labelAdjusted = new Set([...adjustedWords(lex, head), ...parenAdjusted(lex, labelTokens)]);
  const ancestorAdjusted = ancestors.some((a) => adjustedWords(lex, a).size > 0);
  const reported = head.includes('reported');
  const nature = rowNatureFromText(row.unit, head, ancestors);
  const pick = acronymConcept(lex, row.label, head, nature) ?? chooseConcept(lex, head, ancestors, nature);
  const covered = new Set(pick?.covered ?? []);
  const extrasAll = content(lex, head).filter((w) => !covered.has(w) && !labelAdjusted.has(w) && !own.has(w));
  // Words after the concept that start with of/for/to... or follow a comma narrow it lightly:
  // "Depreciation and amortization of property", "Cost of sales, buying and occupancy".
  // Other words after it narrow it a little more: "Income before income taxes and cumulative effect".
  const light: string[] = [];
  const trailing: string[] = [];
  let extras = extrasAll;
  // ("Equity investment", "Equity in earnings of affiliates", "Goodwill impairment": a one-word name opening a
  // longer label names what the rest is of, not the line; those words stay extras in full)
  const modifier = pick !== null && pick.from === 'label' && pick.covered.length === 1 && pick.end === 1 && head.length > 1 &&
    !LIGHT.has(head[1]!) && !JOINS.has(head[1]!) && afterComma !== 1;
  if (pick && pick.from === 'label' && pick.end < head.length && !modifier) {
    const after = new Set(content(lex, head.slice(pick.end)));
    const isLight = LIGHT.has(head[pick.end]!) || afterComma >= pick.end;
    (isLight ? light : trailing).push(...after);
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
  const concept = pick ? refine(lex, pick.concept, [...extras, ...trailing]) : null;
  const notQualifier = (w: string) => !concept?.qualifier.includes(w);
  extras = extras.filter(notQualifier);
  const def = concept?.kind === 'metric' ? lex.metricById.get(concept.id) : undefined;
  // "Revenues" › "Net sales": a part of its own heading's metric (the heading's total may follow).
  // Not on the cash flow statement, where "Cash flows from investing activities" heads its own total.
  const component = pick?.from === 'label' && st.kind !== 'cash_flow' && !head.includes('total') && ancestors.some((a) =>
    findTerms(a.map((norm) => ({ norm })), lex).some((h) => h.term.kind === concept?.kind && conceptBase(lex, h.term.id) === concept?.base));
  return {
    initials: initials ?? undefined,
    statement: s, row: r, concept, extras, light, trailing: trailing.filter(notQualifier), context, segments, words, component,
    kindMismatch: def !== undefined && st.kind !== 'other' && !def.statements.includes(st.kind),
    tailOnly: new Set(tail.filter((w) => !head.includes(w) && !ancestors.some((a) => a.includes(w)))),
    // (a label of nothing but words that elsewhere frame a question, "Land", is named by them)
    printedWords: [...new Set(row.path.flatMap((p) => tokenize(p).filter((t) => !t.paren).map((t) => t.norm)).filter((w) => !lex.filler.has(w)))],
    labelContent: [...new Set(content(lex, head).length ? content(lex, head) : head.filter((w) => lex.filler.has(w) && w.length > 3 && !isNumberWord(w)))], pathContent: [...new Set([...head, ...ancestors.flat()].filter((w) => !STOP.has(w) && !lex.generic.has(w) && !isNumberWord(w)))], nature: nature ?? natureOfConcept(concept),
    // ("Adjusted funds from operations (AFFO)": "adjusted" is the metric's own name there, not a variant of it)
    adjusted: [...labelAdjusted].some((w) => !covered.has(w)) || (ancestorAdjusted && !reported), reported,
    adjustment: leading(head).some((w) => lex.adjustment.has(w)),
    // (not under a heading that the title joins on and that names the one thing the table measures: there the
    // "Total" is that thing, "Current / Noncurrent / Total" under "... - Remaining Performance Obligation")
    bareTotal: head.length === 1 && head[0] === 'total' && !(titled.length > 0 && titleTail(st, st.title.replace(/\([^)]*\)/g, ' ').trim(), null) !== null),
    pairRate: (row.unit === 'percent' || row.unit === 'ratio') && /\S\s+to\s+\S/i.test(row.label.replace(/\([^)]*\)/g, ' ')),
    key: meaningKey(row.path),
    shape: shapeOf(st, row),
  };
}

function shapeOf(st: Statement, row: Row): string {
  return [st.kind, st.title, row.unit, row.label, ...row.path].join('\u0000');
}
