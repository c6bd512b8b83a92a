// Loads intents/metrics.yaml and intents/ratios.yaml once, checks them and indexes their terms.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseFormula, formulaInputs } from './formula.js';
import { termWords } from './text.js';
import type { AmbiguousDef, DerivedDef, Lexicon, MetricDef, MetricNature, RatioDef, Term, UnsupportedDef } from './types.js';

export type { AmbiguousDef, Lexicon, MetricDef, RatioDef, DerivedDef, UnsupportedDef, Term, MetricNature } from './types.js';

let cached: Lexicon | null = null;

/** The lexicon, read from intents/ on first use and cached for the process. */
export function getLexicon(): Lexicon {
  if (!cached) {
    const metricsYaml = readFileSync(new URL('../../intents/metrics.yaml', import.meta.url), 'utf8');
    const ratiosYaml = readFileSync(new URL('../../intents/ratios.yaml', import.meta.url), 'utf8');
    cached = buildLexicon(metricsYaml, ratiosYaml);
  }
  return cached;
}

const NATURES: MetricNature[] = ['flow', 'balance', 'per_share', 'shares', 'percent', 'other'];
const KINDS = ['income', 'balance', 'cash_flow', 'other'];
const UNITS = ['percent', 'ratio', 'USD', 'days'];

type Raw = Record<string, unknown>;
const strings = (v: unknown, where: string): string[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`${where}: expected a list of strings`);
  return v as string[];
};
const str = (v: unknown, where: string): string => {
  if (typeof v !== 'string' || v.trim() === '') throw new Error(`${where}: expected a non-empty string`);
  return v;
};

/** Builds and checks a lexicon from the two YAML texts (exported for tests). */
export function buildLexicon(metricsYaml: string, ratiosYaml: string): Lexicon {
  const m = parse(metricsYaml) as Raw;
  const r = parse(ratiosYaml) as Raw;
  const metrics = (m.metrics as Raw[]).map(readMetric);
  const metricById = new Map(metrics.map((x) => [x.id, x]));
  const ratios = ((r.ratios as Raw[]) ?? []).map(readRatio);
  const ratioById = new Map(ratios.map((x) => [x.id, x]));
  const derived: DerivedDef[] = ((r.derived as Raw[]) ?? []).map((d, i) => {
    const formula = str(d.formula, `derived[${i}].formula`);
    return { id: str(d.id, `derived[${i}].id`), formula, expr: parseFormula(formula), reason: str(d.reason, `derived[${i}].reason`) };
  });
  const unsupported: UnsupportedDef[] = ((r.unsupported as Raw[]) ?? []).map((u, i) => ({
    id: str(u.id, `unsupported[${i}].id`), name: str(u.name, `unsupported[${i}].name`),
    synonyms: strings(u.synonyms, `unsupported[${i}].synonyms`), reason: str(u.reason, `unsupported[${i}].reason`),
  }));
  const ambiguous: AmbiguousDef[] = ((m.ambiguous as Raw[]) ?? []).map((a, i) => ({
    id: `ambiguous_${i}`, terms: strings(a.terms, `ambiguous[${i}].terms`),
    choices: strings(a.choices, `ambiguous[${i}].choices`), reason: str(a.reason, `ambiguous[${i}].reason`),
  }));
  for (const a of ambiguous) for (const c of a.choices) if (!metricById.has(c) && !ratioById.has(c)) throw new Error(`${a.id}: unknown choice ${c}`);
  checkReferences(metrics, metricById, ratios, derived);
  for (const m of metrics) if (m.headline && metricById.get(m.headline)?.base !== m.id) throw new Error(`${m.id}: headline ${m.headline} is no qualified form of it`);
  const words = (m.words ?? {}) as Record<string, { list?: unknown }>;
  const wordSet = (key: string) => new Set(strings(words[key]?.list, `words.${key}`).flatMap((w) => termWords(w)));
  const terms = buildTerms(metrics, ratios, unsupported, ambiguous);
  const vocabulary = new Set([...terms.filter((t) => t.kind === 'metric' || t.kind === 'ratio').flatMap((t) => t.words), ...wordSet('meaningful')]);
  const connectors = wordSet('connectors');
  const outflows = new Set(strings(words.outflows?.list, 'words.outflows'));
  for (const id of outflows) if (!metricById.has(id)) throw new Error(`words.outflows: unknown metric ${id}`);
  return {
    metrics, ratios, derived, unsupported, ambiguous, metricById, ratioById,
    termsByFirst: indexTerms(terms),
    coresByFirst: indexCores(terms, connectors),
    connectors,
    filler: wordSet('filler'), generic: wordSet('generic'), category: wordSet('category'), adjustment: wordSet('adjustment'), soft: wordSet('soft'), known: wordSet('known'), reported: wordSet('reported'),
    exclusion: strings(words.exclusion?.list, 'words.exclusion').map((w) => termWords(w)),
    adjusted: strings(words.adjusted?.list, 'words.adjusted').map((w) => termWords(w)),
    recast: strings(words.recast?.list, 'words.recast').map((w) => termWords(w)),
    whole: strings(words.whole?.list, 'words.whole').map((w) => termWords(w)),
    original: strings(words.original?.list, 'words.original').map((w) => termWords(w)),
    ownBasis: strings(words.own_basis?.list, 'words.own_basis').map((w) => termWords(w)),
    vocabulary,
    outflows,
  };
}

function readMetric(x: Raw, i: number): MetricDef {
  const where = `metrics[${i}]`;
  const nature = str(x.nature, `${where}.nature`) as MetricNature;
  if (!NATURES.includes(nature)) throw new Error(`${where}: bad nature ${nature}`);
  const statements = strings(x.statements, `${where}.statements`) as MetricDef['statements'];
  if (statements.length === 0 || statements.some((s) => !KINDS.includes(s))) throw new Error(`${where}: bad statements`);
  const def: MetricDef = {
    id: str(x.id, `${where}.id`), name: str(x.name, `${where}.name`), nature, statements,
    synonyms: strings(x.synonyms, `${where}.synonyms`), labels: strings(x.labels, `${where}.labels`),
    gaap: strings(x.gaap, `${where}.gaap`), reason: str(x.reason, `${where}.reason`),
  };
  if (x.cost === true) def.cost = true;
  if (x.gross !== undefined) def.gross = str(x.gross, `${where}.gross`);
  if (x.headline !== undefined) def.headline = str(x.headline, `${where}.headline`);
  if (x.base !== undefined) { def.base = str(x.base, `${where}.base`); def.qualifier = strings(x.qualifier, `${where}.qualifier`); }
  if (def.synonyms.length === 0) throw new Error(`${where} (${def.id}): no synonyms`);
  return def;
}

function readRatio(x: Raw, i: number): RatioDef {
  const where = `ratios[${i}]`;
  const formula = str(x.formula, `${where}.formula`);
  const unit = str(x.unit, `${where}.unit`) as RatioDef['unit'];
  if (!UNITS.includes(unit)) throw new Error(`${where}: bad unit ${unit}`);
  const fallbacks = ((x.fallbacks as Raw[]) ?? []).map((f, j) => {
    const src = str(f.formula, `${where}.fallbacks[${j}].formula`);
    return { formula: src, note: str(f.note, `${where}.fallbacks[${j}].note`), expr: parseFormula(src) };
  });
  return {
    id: str(x.id, `${where}.id`), name: str(x.name, `${where}.name`), synonyms: strings(x.synonyms, `${where}.synonyms`),
    labels: strings(x.labels, `${where}.labels`), formula, expr: parseFormula(formula), fallbacks, unit,
    reason: str(x.reason, `${where}.reason`),
    ...(x.money_metric !== undefined ? { moneyMetric: str(x.money_metric, `${where}.money_metric`) } : {}),
    ...(x.meaningful_base !== undefined ? { meaningfulBase: strings(x.meaningful_base, `${where}.meaningful_base`) } : {}),
    ...(x.printed_first === true ? { printedFirst: true } : {}),
  };
}

// Every formula input and every `base` must be a known metric id; a formula input may also be a money ratio
// (EBITDA), which stands for the amount the report prints under that ratio's name.
function checkReferences(metrics: MetricDef[], byId: Map<string, MetricDef>, ratios: RatioDef[], derived: DerivedDef[]): void {
  const ids = new Set<string>();
  for (const d of metrics) { if (ids.has(d.id)) throw new Error(`duplicate metric id ${d.id}`); ids.add(d.id); }
  for (const d of metrics) if (d.base && !byId.has(d.base)) throw new Error(`${d.id}: unknown base ${d.base}`);
  for (const d of metrics) if (d.gross && !byId.has(d.gross)) throw new Error(`${d.id}: unknown gross ${d.gross}`);
  const exprs = [...ratios.flatMap((x) => [x.expr, ...x.fallbacks.map((f) => f.expr)]), ...derived.map((x) => x.expr)];
  const printedRatios = new Set(ratios.filter((r) => r.unit === 'USD').map((r) => r.id));
  for (const e of exprs) for (const id of formulaInputs(e)) if (!byId.has(id) && !printedRatios.has(id)) throw new Error(`formula uses unknown metric ${id}`);
  for (const r of ratios) if (r.moneyMetric && !byId.has(r.moneyMetric)) throw new Error(`${r.id}: unknown money_metric ${r.moneyMetric}`);
  for (const r of ratios) for (const id of r.meaningfulBase ?? []) if (!byId.has(id)) throw new Error(`${r.id}: unknown meaningful_base ${id}`);
}

// One term per synonym/label; a term may name one thing only.
function buildTerms(metrics: MetricDef[], ratios: RatioDef[], unsupported: UnsupportedDef[], ambiguous: AmbiguousDef[]): Term[] {
  const seen = new Map<string, string>();
  const out: Term[] = [];
  const add = (kind: Term['kind'], id: string, texts: string[]) => {
    for (const text of [...texts]) {
      const words = termWords(text);
      if (words.length === 0) continue;
      const key = words.join(' ');
      const owner = seen.get(key);
      if (owner !== undefined && owner !== `${kind}:${id}`) throw new Error(`term "${text}" names both ${owner} and ${kind}:${id}`);
      if (owner !== undefined) continue;
      seen.set(key, `${kind}:${id}`);
      out.push({ words, kind, id, text });
    }
  };
  for (const d of metrics) add('metric', d.id, [...d.synonyms, ...d.labels, d.name]);
  for (const d of ratios) add('ratio', d.id, [...d.synonyms, ...d.labels, d.name]);
  for (const d of unsupported) add('unsupported', d.id, [...d.synonyms, d.name]);
  for (const d of ambiguous) add('ambiguous', d.id, d.terms);
  // "basic weighted average shares outstanding", "weighted average shares outstanding basic": a narrowed metric
  // (base + qualifier) named by any of its base's synonyms with the qualifier before or after; a text some term
  // already has keeps its owner
  const byId = new Map(metrics.map((d) => [d.id, d]));
  for (const d of metrics) {
    const base = d.base ? byId.get(d.base) : undefined;
    if (!base || !d.qualifier?.length) continue;
    const q = d.qualifier.join(' ');
    const texts = base.synonyms.flatMap((s) => [`${q} ${s}`, `${s} ${q}`]).filter((t) => !seen.has(termWords(t).join(' ')));
    add('metric', d.id, texts);
  }
  return out;
}

// "income before provision for income taxes" -> core "income before provision income tax": a term's words without its
// connectors, for a question whose framing words were stripped ("... provision income taxes"). A core two terms of
// different metrics share, or one no shorter than the term, is left out.
function indexCores(terms: Term[], connectors: Set<string>): Map<string, { term: Term; core: string[] }[]> {
  const byKey = new Map<string, Term[]>();
  for (const t of terms) {
    const core = t.words.filter((w) => !connectors.has(w));
    if (core.length < 2 || core.length === t.words.length) continue;
    const key = core.join(' ');
    byKey.set(key, [...(byKey.get(key) ?? []), t]);
  }
  const map = new Map<string, { term: Term; core: string[] }[]>();
  for (const [key, list] of byKey) {
    if (new Set(list.map((t) => `${t.kind}:${t.id}`)).size !== 1) continue;
    const core = key.split(' ');
    map.set(core[0]!, [...(map.get(core[0]!) ?? []), { term: list[0]!, core }]);
  }
  for (const list of map.values()) list.sort((a, b) => b.core.length - a.core.length);
  return map;
}

function indexTerms(terms: Term[]): Map<string, Term[]> {
  const map = new Map<string, Term[]>();
  for (const t of terms) {
    const list = map.get(t.words[0]!) ?? [];
    list.push(t);
    map.set(t.words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}
