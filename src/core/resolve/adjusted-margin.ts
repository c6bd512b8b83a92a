// "adjusted EBITDA margin Q3", "non-GAAP net margin": a margin over revenue asked of an adjusted measure that the
// report prints as a line ("Adjusted EBITDA 304.1") but not as a margin. Computed as that printed line over revenue,
// so the company's own adjustments stand; never from a reported line standing in for the adjusted one.
import type { Query } from '../query.js';
import type { Document } from '../store.js';
import { findRatioMentions } from '../../metrics/mentions.js';
import { getLexicon } from '../../metrics/lexicon.js';
import { stripFillers } from '../parse/intents.js';
import { CONFIDENT, rowCandidates } from './candidates.js';
import type { Outcome } from './outcome.js';
import { resolveShareOf } from './share-of.js';

// The words that ask for the adjusted form of a measure.
const ADJUSTED = /^(?:adj\.?|adjusted|non-gaap|non\s+gaap)$/i;
// A margin of one metric over revenue, as intents/ratios.yaml writes its formula ("ebitda / revenue * 100").
const OVER_REVENUE = /^([a-z_]+)\s*\/\s*revenue\s*\*\s*100$/;

/** The margin computed from the printed adjusted line over revenue, or null when the report prints no such line. */
export function resolveAdjustedMargin(q: Query, docs: Document[]): Outcome | null {
  if (q.periods.length > 1) return null;
  const r = findRatioMentions(q.metricPhrase)[0];
  if (!r) return null;
  const lex = getLexicon();
  const ratio = lex.ratioById.get(r.ratioId);
  const numerator = OVER_REVENUE.exec(ratio?.formula ?? '')?.[1];
  // (the numerator is a line, "net_income", or a measure computed when no line prints it, "ebitda")
  const metric = numerator ? lex.metricById.get(numerator) ?? lex.ratioById.get(numerator) : undefined;
  if (!metric) return null;
  const qualifier = stripFillers(q.metricPhrase.slice(0, r.span[0]) + ' ' + q.metricPhrase.slice(r.span[1])).trim();
  if (!qualifier || !ADJUSTED.test(qualifier)) return null;
  const part = `adjusted ${metric.name}`;
  const top = rowCandidates(part, docs, [])[0];
  // only a line printed as adjusted or non-GAAP ("Adjusted EBITDA"), confidently that measure
  if (!top || top.score < CONFIDENT || !/\b(?:adjusted|non-gaap)\b/i.test(top.doc.statements[top.s]!.rows[top.r]!.path.join(' '))) return null;
  q.trace.push(`"${q.metricPhrase}": the printed ${part} line over revenue`);
  const out = resolveShareOf({ ...q, shareOf: { part, whole: 'revenue' } }, docs);
  if (out.kind !== 'answers') return null;
  const [first, ...rest] = out.answers;
  // "Adjusted EBITDA margin", "Adjusted net margin"
  const name = /^[A-Z]{2}/.test(ratio!.name) ? ratio!.name : ratio!.name.charAt(0).toLowerCase() + ratio!.name.slice(1);
  return { ...out, answers: [{ ...first!, metric: `Adjusted ${name}`, kind: 'ratio' }, ...rest] };
}
