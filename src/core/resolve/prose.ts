// Questions about people, deals, customers and places: the best sentence of the release's text,
// found by BM25 over sentences, quoted with its line.
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Paragraph } from '../store.js';
import { loadRules } from '../rules.js';
import { problem, type Outcome } from './outcome.js';

interface ProseRules { stopwords: { words: string[] }; expansions: { map: Record<string, string[]> } }

interface Sentence { doc: Document; text: string; line: number; terms: string[] }

const K1 = 1.2;
const B = 0.75;

let rules: { stop: Set<string>; expand: Map<string, string[]> } | null = null;
function proseRules() {
  if (!rules) {
    const r = loadRules<ProseRules>('prose');
    rules = { stop: new Set(r.stopwords.words.map(String)), expand: new Map(Object.entries(r.expansions.map).map(([k, v]) => [k, v.map((w) => stem(String(w)))])) };
  }
  return rules;
}

/** A light stemmer: "partnering" -> "partner", "operators" -> "operat", "companies" -> "compani". */
export function stem(w: string): string {
  let s = w.toLowerCase();
  for (const suf of ['ing', 'ed', 'es', 's', 'ly']) {
    if (s.length > suf.length + 3 && s.endsWith(suf)) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  return s.replace(/(or|er)$/, '') || s;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}&'-]*/gu) ?? []).map((w) => w.replace(/'s$|'$/, ''));
}

// Sentences of a paragraph, each with the line it starts on.
function sentencesOf(doc: Document, p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+(?=\s+[A-Z"“(]|\s*$)|$)/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(p.text)) && guard++ < 10000) {
    if (!m[0].trim()) { re.lastIndex++; continue; }
    const start = m.index + (m[0].length - m[0].trimStart().length);
    let i = 0;
    while (i + 1 < p.offsets.length && p.offsets[i + 1] <= start) i++;
    const text = m[0].trim();
    out.push({ doc, text, line: p.lines[0] + i, terms: words(text).map(stem) });
  }
  return out;
}

const cache = new WeakMap<Document, Sentence[]>();
function sentences(doc: Document): Sentence[] {
  let s = cache.get(doc);
  if (!s) {
    s = doc.prose.flatMap((p) => sentencesOf(doc, p));
    cache.set(doc, s);
  }
  return s;
}

function queryTerms(q: Query, companyWords: Set<string>): string[] {
  const { stop, expand } = proseRules();
  const out = new Set<string>();
  for (const w of words(q.clean)) {
    if (stop.has(w) || companyWords.has(w)) continue;
    const st = stem(w);
    out.add(st);
    for (const e of expand.get(w) ?? expand.get(st) ?? []) out.add(e);
  }
  return [...out];
}

/** The best sentence for a question about the text, or not_found when nothing scores. */
export function resolveProse(q: Query, docs: Document[]): Outcome {
  const companyWords = new Set(docs.flatMap((d) => words(d.company ?? '')));
  const terms = queryTerms(q, companyWords);
  if (!terms.length) return problem('not_understood', 'I could not tell what you want to know.');
  const all = docs.flatMap(sentences);
  if (!all.length) return problem('no_text', 'The reports loaded have no text to search.');
  const avg = all.reduce((n, s) => n + s.terms.length, 0) / all.length;
  const df = new Map<string, number>();
  for (const t of terms) df.set(t, all.filter((s) => s.terms.includes(t)).length);
  let best: { s: Sentence; score: number; hits: number } | null = null;
  for (const s of all) {
    let score = 0;
    let hits = 0;
    for (const t of terms) {
      const tf = s.terms.filter((x) => x === t).length;
      if (!tf) continue;
      hits++;
      const n = df.get(t) ?? 0;
      const idf = Math.log(1 + (all.length - n + 0.5) / (n + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * s.terms.length) / avg));
    }
    if (!best || score > best.score) best = { s, score, hits };
  }
  const needed = Math.min(2, terms.length);
  if (!best || best.hits < needed || best.score < 2) return problem('no_text', 'I found nothing in the reports\' text about that.');
  q.trace.push(`prose: line ${best.s.line} score ${best.score.toFixed(2)} (${best.hits} of ${terms.length} terms)`);
  const item: AnswerItem = {
    company: best.s.doc.company,
    metric: 'Text',
    kind: 'text',
    period: null,
    value: null,
    unit: '',
    text: best.s.text,
    citations: [{ document: best.s.doc.document, line: best.s.line, statement: 'Text', row: '', column: '' }],
  };
  return { kind: 'answers', answers: [item], notes: [] };
}
