// The lexicon concept a row (or a phrase) stands for, and whether its nature fits a row.
import { findTerms } from './mentions.js';
import { termWords, tokenize } from './text.js';
import type { Lexicon, MetricNature } from './types.js';
import type { RowNature } from './row-nature.js';

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
  /** The term's normalised words, joined ("net sale"). */
  termKey: string;
}

export interface Pick { concept: RowConcept; covered: string[]; from: 'label' | 'path'; end: number; ancestor: number }

// The prepositions whose object a label's term may be ("Portion of loss", "Gain on investments").
const OBJECT_OF = new Set(['of', 'on', 'in', 'from']);

// The label's longest term first, then the nearest ancestor's; the first whose nature fits the row.
// "Gross profit %" › "Total gross profit": the label says gross profit (money) but the row is a
// percent, so the heading's "gross profit %" (gross margin) is taken.
export function chooseConcept(lex: Lexicon, head: string[], ancestors: string[][], nature: RowNature | null): Pick | null {
  // "Cash paid during the year for:" › "Interest": a term that runs from the heading on to the label's end names the row
  // (only generic words such as "net" may follow it)
  const parent = ancestors[ancestors.length - 1] ?? [];
  const lists: { words: string[]; from: 'label' | 'path'; ancestor: number; across?: number }[] = [
    ...(parent.length ? [{ words: [...parent, ...head], from: 'path' as const, ancestor: ancestors.length - 1, across: parent.length }] : []),
    { words: head, from: 'label', ancestor: -1 },
    // "Per common share" › "Book value": the heading's "per share" goes with the label ("book value per share")
    ...(ancestors.some(perShareHeading) ? [{ words: [...head, 'per', 'share'], from: 'label' as const, ancestor: -1 }] : []),
    ...ancestors.map((words, i) => ({ words, from: 'path' as const, ancestor: i })).reverse(),
  ];
  for (const l of lists) {
    const hits = findTerms(l.words.map((norm) => ({ norm })), lex)
      .filter((h) => h.term.kind === 'metric' || h.term.kind === 'ratio')
      .filter((h) => l.across === undefined || (h.from < l.across && l.words.slice(h.to).every((w) => lex.generic.has(w))))
      .sort((a, b) => (b.to - b.from) - (a.to - a.from));
    for (const h of hits) {
      // "Portion of loss recognized in other comprehensive income", "Change in net unrealized gain (loss) on
      // investments": one word of a metric after "of", "on", "in" or "from" and a word that governs it is what the
      // line is of or on, not the line
      if (l.from === 'label' && h.to - h.from === 1 && h.from >= 2 && OBJECT_OF.has(l.words[h.from - 1]!) && !lex.generic.has(l.words[h.from - 2]!) && !lex.filler.has(l.words[h.from - 2]!)) continue;
      let concept = conceptOf(lex, h.term.kind as 'metric' | 'ratio', h.term.id, l.from, h.term.text);
      // A money row labelled "Gross margin" holds gross profit dollars, not the percentage.
      if (concept.kind === 'ratio' && concept.nature !== 'flow' && (nature === null || nature === 'money')) {
        const money = lex.ratioById.get(concept.id)?.moneyMetric;
        if (!money) continue;
        concept = conceptOf(lex, 'metric', money, l.from, h.term.text);
      }
      if (nature !== null && !fits(concept.nature, nature)) continue;
      if (l.from === 'path') concept = labelQualified(lex, concept, head);
      return { concept, covered: l.from === 'label' ? h.term.words : [...l.words], from: l.from, end: h.to, ancestor: l.ancestor };
    }
  }
  return null;
}

// "Per common share", "Per share data": a heading of per-share rows (its words normalised); "Earnings per share -
// diluted:" over "Net income" too (the line is "net income per share", not net income narrowed by "diluted")
function perShareHeading(words: string[]): boolean {
  if (words.length <= 4 && words[0] === 'per' && words[words.length - 1] === 'share') return true;
  const at = words.indexOf('per');
  return words.length <= 6 && at > 0 && words[at + 1] === 'share';
}

export function conceptOf(lex: Lexicon, kind: 'metric' | 'ratio', id: string, from: 'label' | 'path', term: string): RowConcept {
  if (kind === 'ratio') {
    // Free cash flow and EBITDA are money; margins are percentages; the current ratio is a ratio.
    const unit = lex.ratioById.get(id)?.unit;
    const nature = unit === 'USD' ? 'flow' : unit === 'percent' ? 'percent' : 'ratio';
    return { kind, id, base: id, qualifier: [], nature, from, term, termKey: termWords(term).join(' ') };
  }
  const def = lex.metricById.get(id)!;
  return { kind, id, base: def.base ?? id, qualifier: (def.qualifier ?? []).flatMap((q) => tokenize(q).map((t) => t.norm)), nature: def.nature, from, term, termKey: termWords(term).join(' ') };
}

/** Whether a metric of this nature can stand in a row of that nature. */
export function fits(metric: MetricNature | 'ratio', row: RowNature): boolean {
  if (metric === 'flow' || metric === 'balance') return row === 'money';
  if (metric === 'ratio') return row === 'percent' || row === 'ratio';
  return metric === row;
}

export function natureOfConcept(c: RowConcept | null): RowNature {
  if (!c) return 'money';
  if (c.nature === 'flow' || c.nature === 'balance') return 'money';
  if (c.nature === 'ratio') return 'percent';
  return c.nature;
}

// "Basic and diluted earnings per share:" › "Basic": the heading names both forms, the label alone is a qualifier of
// one of them; the label's form is the row's (eps_basic), not the one the heading's words happen to end on.
function labelQualified(lex: Lexicon, c: RowConcept, head: string[]): RowConcept {
  if (c.kind !== 'metric' || head.length === 0) return c;
  for (const def of lex.metrics) {
    if (def.base !== c.base || !def.qualifier || def.id === c.id) continue;
    const q = def.qualifier.flatMap((x) => tokenize(x).map((t) => t.norm));
    if (head.length === q.length && head.every((w) => q.includes(w))) return { ...c, id: def.id, qualifier: q };
  }
  return c;
}

// EPS › Basic: the base concept plus a qualifier word the label carries -> the specific metric (eps_basic).
export function refine(lex: Lexicon, c: RowConcept, extras: string[]): RowConcept {
  if (c.kind !== 'metric') return c;
  for (const def of lex.metrics) {
    if (def.base !== c.base || !def.qualifier) continue;
    const q = def.qualifier.flatMap((x) => tokenize(x).map((t) => t.norm));
    if (q.every((w) => extras.includes(w) || c.qualifier.includes(w))) return { ...c, id: def.id, qualifier: q };
  }
  return c;
}
