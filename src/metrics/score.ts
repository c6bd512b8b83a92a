// The scoring rules of the row matcher. Each returns a score or a delta with the reason.
import type { PhraseInfo } from './phrase.js';
import { fits, type RowProfile } from './row-profile.js';
import type { Lexicon } from './types.js';
import { tokenize } from './text.js';
import type { Scored } from './rows.js';

const NONE = { score: 0, reason: 'own words: none', onlyExtras: false };

interface Part { score: number; reason: string; onlyExtras: boolean; base?: string; recall?: number; coverage?: number }

// A leftover word the lexicon does not know as filler counts fully: "microsoft revenue",
// "iphone sales", "europe net sales" must not answer with total revenue. Question framing
// ("spend", "hey", "quick") is listed as filler in intents/metrics.yaml and never gets here.
function meaningful(lex: Lexicon, info: PhraseInfo, w: string): boolean {
  void lex; void info; void w;
  return true;
}

// The words of a metric's own name: a row that stands for "Weighted average shares, basic" holds
// "weighted" although its label says "Shares used in computing ... › Basic".
const nameCache = new Map<string, Set<string>>();
function nameWords(lex: Lexicon, id: string | undefined): Set<string> {
  if (!id) return new Set();
  let out = nameCache.get(id);
  if (!out) {
    out = new Set(tokenize(lex.metricById.get(id)?.name ?? '').map((t) => t.norm));
    nameCache.set(id, out);
  }
  return out;
}

/**
 * Lexicon route: the phrase names metric M and the row stands for M (same base, fitting nature).
 * "product revenue" vs Revenue › Product: 0.9 + 0.05 (qualifier found) = 0.95;
 * vs Total revenue: 0.9 - 0.25 (qualifier "product" missing) = 0.65;
 * "revenue" vs Revenue › Product: 0.9 - 0.2 (extra word "product") = 0.7.
 */
export function conceptScore(lex: Lexicon, info: PhraseInfo, p: RowProfile): Part {
  let best: Part = { score: 0, reason: 'lexicon: no concept', onlyExtras: false };
  const rc = p.concept;
  if (!rc) return best;
  info.concepts.forEach((c, ci) => {
    if (c.kind !== rc.kind || c.base !== rc.base || !fits(c.nature, p.nature)) return;
    // words of the asked metric's own name narrow nothing, asked ("marketable" beside "securities available for
    // sale") or in the row's label ("Weighted-average shares used in computing ..." for "weighted average shares")
    const askedName = nameWords(lex, c.kind === 'metric' ? c.id : undefined);
    const required = [...new Set([...info.conceptQualifiers[ci]!.filter((w) => !askedName.has(w)), ...c.qualifier])];
    const rowQual = [...new Set([...p.extras, ...rc.qualifier])];
    // A "net of current portion" tail excludes what it names: it never satisfies "current portion".
    const named = nameWords(lex, rc.kind === 'metric' ? rc.id : undefined);
    // (unless the question says "net of" them too: "revenue net of pass-through costs" is that line)
    const has = (q: string) => (p.words.has(q) && (!p.tailOnly.has(q) || info.netOf.includes(q))) || rowQual.includes(q) || named.has(q);
    let s = 0.9;
    const matched = required.filter(has);
    const missing = required.filter((q) => !has(q));
    // "non-fuel O&M expense": a word of cost the label of an expense leaves out hardly counts
    const isCost = rc.kind === 'metric' && lex.metricById.get(rc.id)?.cost === true;
    for (const q of missing) s -= meaningful(lex, info, q) && !(isCost && lex.soft.has(q)) ? 0.25 : 0.03;
    if (matched.length > 0) s += 0.05;
    // (nor does a word the question says inside its term: "marketable securities (available-for-sale)")
    // ("EMEA sales" asks "Europe, Middle East and Africa": the words its initials stand for are asked)
    const spelled = p.initials && info.content.includes(p.initials.key) ? p.initials.words : [];
    const unasked = rowQual.filter((w) => !required.includes(w) && !askedName.has(w) && !info.content.includes(w) && !spelled.includes(w));
    // ("Long-term operating lease liabilities" beside "Current operating lease liabilities": "long-term" and
    // "short-term" are one qualifier each, as "current" is, so neither row wins by its shorter word; so is "current
    // portion": "Current portion of operating lease liabilities" is no further from "operating lease liabilities")
    // ("Term loan, net of current portion": its "net" is the head of that tail, the part beside the current one,
    // not a loan net of an allowance; the tail weighs as one qualifier, as "long-term" does)
    const netOfCurrent = p.tailOnly.has('current') && p.tailOnly.has('portion');
    const oneQualifier = (w: string, i: number): boolean =>
      (w === 'term' && (unasked[i - 1] === 'long' || unasked[i - 1] === 'short')) || (w === 'portion' && unasked[i - 1] === 'current') || (w === 'net' && netOfCurrent);
    const extraCount = unasked.length - unasked.filter(oneQualifier).length;
    s -= 0.2 * extraCount;
    // ("total wireless revenue" is no "Wireless › Service revenue": a total asked is never a part that names itself)
    if (info.total && extraCount > 0 && !p.words.has('total')) s -= 0.1;
    s -= Math.min(0.1, 0.03 * p.light.filter((w) => !required.includes(w)).length);
    s -= Math.min(0.15, 0.05 * p.trailing.filter((w) => !required.includes(w)).length);
    // The row's label in the phrase's own words ("net sales" for "Net sales") is a little surer;
    // a part of its own heading's metric ("Revenues" › "Net sales") a little less, unless so named.
    const exact = c.termKey === rc.termKey && missing.length === 0;
    if (exact && !p.kindMismatch) s += 0.07;
    if (p.component && !exact) s -= 0.1;
    const reason = `lexicon ${c.id}=${rc.id} via ${rc.from} "${rc.term}"` +
      (matched.length ? ` +[${matched.join(' ')}]` : '') + (missing.length ? ` missing[${missing.join(' ')}]` : '') +
      (unasked.length ? ` extra[${unasked.join(' ')}]` : '');
    if (best.base === undefined || s > best.score) best = { score: Math.max(0, s), reason, onlyExtras: missing.length === 0 && extraCount === 1, base: c.base };
  });
  return best;
}

/**
 * Own-words route: any row is askable by its own words. 0.95 * recall² * coverage^0.7, where recall is
 * the share of the phrase's words found in label+path and coverage the share of the label's words asked.
 * "accrued restructuring expenses" vs that row: 0.95. Capped when the phrase names another metric.
 */
export function ownWordsScore(lex: Lexicon, info: PhraseInfo, p: RowProfile): Part {
  // "fuel and purchased power expense" vs "Fuel and Purchased Power": "expense" is not held against it
  // (unless it belongs to a metric the phrase names: "cost of revenue product" is no revenue row)
  const hard = info.content.filter((w) => !lex.soft.has(w) || p.words.has(w) || !info.qualifiers.includes(w));
  const pt = hard.length > 0 && hard.some((w) => p.words.has(w)) ? hard : info.content;
  const matched = pt.filter((w) => p.words.has(w));
  if (matched.length === 0) return NONE;
  const recall = matched.length / pt.length;
  const label = p.labelContent;
  // ("adjusted underwriting income" asks the "Adjusted" of "Adjusted underwriting income" too, though no content word)
  const askedAdjusted = (w: string): boolean => info.adjusted && p.adjusted && lex.adjusted.some((m) => m.includes(w));
  const coverage = label.length === 0 ? 0 : label.filter((w) => pt.includes(w) || askedAdjusted(w)).length / label.length;
  let s = 0.95 * recall * recall * Math.pow(coverage, 0.7);
  let cap = '';
  if (info.concepts.length > 0) {
    const same = p.concept !== null && info.concepts.some((c) => c.kind === p.concept!.kind && c.base === p.concept!.base);
    // A row in another unit (kWh) may still be meant when the phrase's other words all name it:
    // "kilowatt-hour sales" is not revenue. Never for per-share, share or percent rows.
    const otherUnitNamed = p.nature === 'other' && info.qualifiers.length > 0 && info.qualifiers.every((w) => p.words.has(w));
    const natureOk = otherUnitNamed || info.concepts.some((c) => fits(c.nature, p.nature));
    // Every word of the row's label and path asked: "cost of service revenue" is Cost of revenue › Service.
    // Not when the row's own label names another metric ("Operating › Net loss" is not "operating loss").
    const whole = recall === 1 && p.concept?.from !== 'label' && p.pathContent.every((w) => pt.includes(w));
    // A rate the report prints under a label of two metrics, every word asked and no other: "allowance for credit
    // losses to total loans" is the line "Allowance for credit losses to total loans  1.33 %", not the allowance.
    // So is a rate printed under its own name, every word asked: "catastrophe loss ratio" is the line "Catastrophe
    // loss ratio  5.9 %", not catastrophe losses.
    const namedRate = p.nature === 'percent' && /^(?:ratio|rate)$/.test(p.labelContent.at(-1) ?? '');
    const printedRate = recall === 1 && coverage === 1 && (p.pairRate || namedRate);
    // A label of no metric asked word for word, and nothing else asked: "change in net unrealized gain (loss) on
    // investments" is the line "Change in net unrealized gain (loss) on investments" under its heading.
    const ownLabel = recall === 1 && coverage === 1 && !p.concept && pt.length >= 3;
    const limit = otherUnitNamed || printedRate ? 1 : !natureOk ? 0.4 : whole || same || ownLabel ? 1 : !p.concept ? 0.7 : 0.6;
    if (s > limit) { s = limit; cap = ` capped ${limit}`; }
  }
  return { score: s, reason: `own words ${matched.length}/${pt.length} label ${coverage.toFixed(2)}${cap}`, onlyExtras: false, recall, coverage };
}

/** Row-level adjustments that hold whichever route matched. */
export function commonAdjustments(lex: Lexicon, info: PhraseInfo, p: RowProfile, kind: string, lexiconRoute: boolean): { delta: number; notes: string[] } {
  let delta = 0;
  const notes: string[] = [];
  // "Alabama Power -" › "Operating Revenues" ranks below the consolidated row unless asked.
  // The penalty shrinks with the share of the segment's words the phrase names ("Alabama" covers half).
  for (const seg of p.segments) {
    if (seg.length === 0) continue;
    const missing = seg.filter((w) => !info.content.includes(w)).length / seg.length;
    if (missing > 0) { delta -= 0.2 * missing; notes.push(`segment "${seg.join(' ')}" -${(0.2 * missing).toFixed(2)}`); }
  }
  // "Net Income - Excluding One-Time Items" ranks below the reported row unless asked.
  if (p.adjusted && !info.adjusted) { delta -= 0.25; notes.push('adjusted row -0.25'); }
  if (!p.adjusted && info.adjusted) { delta -= 0.25; notes.push('adjusted asked, row is reported -0.25'); }
  if (info.reported && p.reported) { delta += 0.03; notes.push('as reported +0.03'); }
  // "pro forma net income" is never the "Non-GAAP net income" line: the basis asked must be printed
  if (info.ownBasis.some((w) => !p.words.has(w))) { delta -= 0.5; notes.push(`${info.ownBasis.join(' ')} not printed -0.5`); }
  // "Income tax effect" adjusts the tax line of a reconciliation: never the tax provision itself unless asked.
  if (p.adjustment && !info.adjustment) { delta -= 0.15; notes.push('adjustment line -0.15'); }
  // "dividends paid per share" is never the cash flow line of dividends paid.
  if (info.perShare && p.nature !== 'per_share') { delta -= 0.3; notes.push('per share asked -0.3'); }
  // A label reading only "Total" sums the rows above it, which may be segments: less sure.
  // ("total revenue" over "Revenue:" › "Ratings", "Indices", "Total": the total asked is that line, when the question
  // says no more of it: "total consolidated earnings excluding one-time items" is no plain "Total")
  if (p.bareTotal && !(info.total && info.qualifiers.length === 0 && !info.adjusted)) { delta -= 0.2; notes.push('bare "Total" -0.2'); }
  // Accounts receivable on the cash flow statement is a change, not the balance (lexicon route only).
  if (lexiconRoute && p.concept?.kind === 'metric') {
    const def = lex.metricById.get(p.concept.id);
    if (p.kindMismatch) { delta -= 0.2; notes.push(`${kind} statement -0.2`); }
    else if (kind === 'other' && def && !def.statements.includes('other')) { delta -= 0.02; notes.push('other table -0.02'); }
  }
  return { delta, notes };
}

/**
 * When exactly one row of the document stands for the asked metric and only one extra word of its
 * label keeps it below confident ("Purchased intangible assets" for "intangible assets"), raise it to 0.78.
 */
export function onlyRowBonus(scored: (Scored & { base?: string })[], info?: PhraseInfo): void {
  const byBase = new Map<string, Scored[]>();
  for (const s of scored) {
    // (a row standing where its metric does not belong, "Interest income › Loans", is no rival line of the metric;
    // nor, when a non-GAAP figure is asked, the reported lines)
    if (!s.base || s.score < 0.5 || s.profile.kindMismatch || (info?.adjusted && !s.profile.adjusted)) continue;
    const rows = byBase.get(s.base);
    if (rows) rows.push(s);
    else byBase.set(s.base, [s]);
  }
  for (const [base, rows] of byBase) {
    // (an adjusted figure asked: "Adjusted diluted EPS" and "Non-GAAP diluted EPS" are one line item)
    const keys = new Set(rows.map((r) => (info?.adjusted ? r.key.replace(/nongaap|adjusted/g, '') : r.key)));
    if (keys.size !== 1) continue;
    // (a total asked is never the one part of it that names itself: "total wireless revenue" is no "Service revenue")
    for (const r of rows) if (r.penaltyOnlyExtras && r.score < 0.78 && !(info?.total && !r.profile.words.has('total'))) { r.score = 0.78; r.reason += `; only row for ${base} 0.78`; }
  }
}

/**
 * Own words: when the phrase names no lexicon metric and exactly one row holds all its words
 * with at least 60% of its label asked ("effect of exchange rate changes"), raise it to 0.78.
 */
export function onlyOwnWordsBonus(scored: (Scored & { recall?: number; coverage?: number })[], info: PhraseInfo): void {
  if (info.concepts.length > 0) return;
  if (info.ambiguous) return;
  const full = scored.filter((s) => s.recall === 1 && (s.coverage ?? 0) >= 0.6 && s.score >= 0.5);
  if (new Set(full.map((s) => s.key)).size !== 1) return;
  for (const r of full) if (r.score < 0.78) { r.score = 0.78; r.reason += '; only row with all the words 0.78'; }
}
