// Which statement rows a question phrase means, scored in [0, 1], best first.
// >= 0.75: confident. Two candidates within 0.05 whose rows differ in meaning: a tie (ask back).
import type { Document, StatementKind } from '../core/store.js';
import { getLexicon } from './lexicon.js';
import { readPhrase, type PhraseInfo } from './phrase.js';
import { conceptKey, profileDocument, fits, type DocProfile, type RowProfile } from './row-profile.js';
import { findAmbiguous } from './mentions.js';
import { isNumberWord, tokenize } from './text.js';
import type { Lexicon } from './types.js';
import { conceptScore, ownWordsScore, commonAdjustments, onlyRowBonus, onlyOwnWordsBonus } from './score.js';
import { memoize } from '../util/memo.js';

/** A row that may be what the phrase asks for. */
export interface RowCandidate {
  /** Index into `doc.statements`. */
  statement: number;
  /** Index into that statement's `rows`. */
  row: number;
  /** 0..1; >= 0.75 is a confident match; within 0.05 of another candidate of other meaning is a tie. */
  score: number;
  /** The lexicon metric the row stands for, when it stands for one ("eps_diluted"). */
  metricId?: string;
  /** Which rules decided the score (debug trace). */
  reason: string;
}

/** Scores at and above this are confident matches. */
export const CONFIDENT_SCORE = 0.75;
/** Candidates closer than this are tied. */
export const TIE_MARGIN = 0.05;

/** Rows of `doc` that the phrase may mean, best first (scores > 0.2 only). */
export function matchRows(phrase: string, doc: Document, trace?: string[]): RowCandidate[] {
  return matchRowsIn(phrase, [doc], trace)[0] ?? [];
}

/**
 * `matchRows` for each of several documents (a company's releases, which repeat the same rows):
 * a row shape already scored for the phrase in one document is not scored again in the next.
 */
export function matchRowsIn(phrase: string, docs: Document[], trace?: string[]): RowCandidate[][] {
  const lex = getLexicon();
  const info = phraseInfo(phrase);
  if (info.unsupported.length > 0) {
    trace?.push(`rows: unsupported ${info.unsupported.join(', ')}: no row can answer`);
    return docs.map(() => []);
  }
  const shapes = new Map<string, ShapeScore>();
  return docs.map((doc) => {
    trace?.push(`rows: concepts [${info.concepts.map((c) => c.id).join(', ')}] qualifiers [${info.qualifiers.join(', ')}]${info.adjusted ? ' adjusted' : ''}${info.reported ? ' as-reported' : ''}`);
    const narrowed = info.concepts.length === 0 && info.qualifiers.length > 0 ? oneReading(phrase, doc, trace) : null;
    if (narrowed) return narrowed;
    const profile = profileDocument(doc);
    const scored: Scored[] = [];
    for (const i of candidateRows(profile, info)) {
      const p = profile.rows[i]!;
      let part = shapes.get(p.shape);
      if (!part) {
        part = scoreShape(lex, info, p, doc.statements[p.statement]!.kind);
        shapes.set(p.shape, part);
      }
      // at most 0.2 is no candidate, and the bonuses below only raise and only count rows from 0.5
      if (part.score <= 0.2) continue;
      const row: Scored = { statement: p.statement, row: p.row, score: part.score, reason: part.reason, profile: p, key: p.key, penaltyOnlyExtras: part.penaltyOnlyExtras };
      if (part.metricId !== undefined) row.metricId = part.metricId;
      if (part.base !== undefined) row.base = part.base;
      if (part.recall !== undefined) row.recall = part.recall;
      if (part.coverage !== undefined) row.coverage = part.coverage;
      scored.push(row);
    }
    // "revenue excluding professional services": only a row printed with that exclusion answers
    if (info.excluded.length) {
      const kept = scored.filter((s) => lex.exclusion.some((m) => m.every((w) => s.profile.words.has(w))) && info.excluded.every((w) => s.profile.words.has(w)));
      trace?.push(`rows: leaves out [${info.excluded.join(', ')}]: ${kept.length} of ${scored.length} rows print that exclusion`);
      scored.splice(0, scored.length, ...kept);
    }
    onlyRowBonus(scored, info);
    onlyOwnWordsBonus(scored, info);
    const out = scored.filter((c) => c.score > 0.2).map(({ statement, row, score, metricId, reason }) => {
      const c: RowCandidate = { statement, row, score: round(score), reason };
      if (metricId) c.metricId = metricId;
      return c;
    });
    out.sort((a, b) => b.score - a.score || a.statement - b.statement || a.row - b.row);
    for (const c of out.slice(0, 3)) trace?.push(`rows: ${doc.statements[c.statement]!.rows[c.row]!.path.join(' › ')} ${c.score} (${c.reason})`);
    return out;
  });
}

// Only a row that stands for one of the phrase's concepts, or holds one of its words, can score above
// zero (conceptScore and ownWordsScore give 0 to every other row): those rows, each once.
function candidateRows(profile: DocProfile, info: PhraseInfo): readonly number[] {
  const lists: number[][] = [];
  for (const c of info.concepts) {
    const list = profile.byConcept.get(conceptKey(c));
    if (list) lists.push(list);
  }
  for (const w of info.content) {
    const list = profile.byWord.get(w);
    if (list) lists.push(list);
  }
  if (lists.length <= 1) return lists[0] ?? [];
  // each row once (the order does not matter: every row is scored alone, and the result is sorted)
  const seen = (profile.seen ??= new Uint32Array(profile.rows.length));
  if (++visit === 0xffffffff) {
    seen.fill(0);
    visit = 1;
  }
  const out: number[] = [];
  for (const list of lists) {
    for (const i of list) {
      if (seen[i] === visit) continue;
      seen[i] = visit;
      out.push(i);
    }
  }
  return out;
}

// "product margin": a word naming several metrics, narrowed by a qualifier that only one of them has
// a row for in this document (only a gross margin is printed per product) -> that metric's rows.
// Each reading is the phrase with the word replaced by one metric's name; exactly one may match.
function oneReading(phrase: string, doc: Document, trace?: string[]): RowCandidate[] | null {
  const amb = findAmbiguous(phrase)[0];
  if (!amb) return null;
  const lex = getLexicon();
  // a qualifier besides the word itself ("product"); "margin" alone stays open
  const others = tokenize(`${phrase.slice(0, amb.span[0])} ${phrase.slice(amb.span[1])}`).map((t) => t.norm);
  if (!others.some((w) => !lex.filler.has(w) && !lex.generic.has(w) && !isNumberWord(w))) return null;
  const readings: RowCandidate[][] = [];
  for (const id of amb.choices) {
    const name = lex.metricById.get(id)?.synonyms[0] ?? lex.ratioById.get(id)?.synonyms[0];
    if (!name) continue;
    const reading = `${phrase.slice(0, amb.span[0])}${name}${phrase.slice(amb.span[1])}`;
    if (findAmbiguous(reading).length) continue;
    const rows = matchRows(reading, doc).filter((c) => c.score >= CONFIDENT_SCORE);
    if (rows.length) readings.push(rows.map((c) => ({ ...c, reason: `one reading of "${amb.text}": ${reading}; ${c.reason}` })));
  }
  if (readings.length !== 1) return null;
  trace?.push(`rows: "${amb.text}" read as the only metric with such a row`);
  return readings[0]!;
}

// The mark of the current merge in `DocProfile.seen`.
let visit = 0;

// The resolver asks the same phrase of every document: read it once (the lexicon is loaded once).
const phraseInfo = memoize(256, (phrase) => readPhrase(getLexicon(), phrase));

/** Rows of `doc` that hold a lexicon metric (for ratio inputs): the phrase is the metric's first synonym. */
export function matchMetricRows(metricId: string, doc: Document, trace?: string[]): RowCandidate[] {
  const def = getLexicon().metricById.get(metricId);
  if (!def) return [];
  return matchRows(def.synonyms[0]!, doc, trace).filter((c) => c.metricId === undefined || sameBase(c.metricId, metricId));
}

function sameBase(a: string, b: string): boolean {
  const lex = getLexicon();
  return a === b || (lex.metricById.get(a)?.base ?? a) === (lex.metricById.get(b)?.base ?? b);
}

export interface Scored extends RowCandidate { profile: RowProfile; penaltyOnlyExtras: boolean; base?: string; key: string; recall?: number; coverage?: number }

/** What a row's score depends on besides the phrase: its shape (profile) and its statement's kind. */
type ShapeScore = Omit<Scored, 'statement' | 'row' | 'profile' | 'key'>;

function scoreShape(lex: Lexicon, info: PhraseInfo, p: RowProfile, kind: StatementKind): ShapeScore {
  // "net sales excluding foodservice": the line of what is left out ("Foodservice") is never the answer
  // (a line that itself says "excluding" it, "Net income - Excluding one-time items", may be)
  const saysSo = info.excludedBy.every((w) => p.words.has(w)) || [...p.words].some((w) => w.startsWith('exclud'));
  if (info.excluded.some((w) => p.words.has(w)) && !saysSo) {
    return { score: 0, reason: '', penaltyOnlyExtras: false };
  }
  // When the phrase's metric and the row's are the same, the lexicon route alone decides
  // (it knows qualifiers and extras); the own-words route serves every other row.
  const a = conceptScore(lex, info, p);
  const b = a.base !== undefined ? a : ownWordsScore(lex, info, p);
  const best = a.score >= b.score ? a : b;
  if (best.score <= 0.2) return { score: 0, reason: '', penaltyOnlyExtras: false };
  const adj = commonAdjustments(lex, info, p, kind, best === a && a.base !== undefined);
  // "income" or "cash flow" alone names several metrics: suggest rows, never answer with one
  // (unless a row prints those very words and no more: "net debt" is the line "Net debt").
  const printed = info.asked.length > 0 && info.asked.length === p.printedWords.length && info.asked.every((w) => p.printedWords.includes(w));
  const cap = info.ambiguous && info.concepts.length === 0 && !printed ? 0.7 : 1;
  const score = Math.max(0, Math.min(cap, best.score + adj.delta));
  const concept = p.concept && p.concept.kind === 'metric' ? p.concept.id : undefined;
  return {
    score, metricId: concept,
    base: best === a ? a.base : undefined, recall: best.recall, coverage: best.coverage,
    reason: [best.reason, ...adj.notes].join('; '),
    penaltyOnlyExtras: best === a && a.onlyExtras && adj.notes.length === 0 && fits(p.concept?.nature ?? 'flow', p.nature),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
