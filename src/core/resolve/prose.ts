// Questions about people, deals, customers and places: the best sentence of the release's text,
// found by BM25 over sentences, quoted with its line.
import type { AnswerItem } from '../answer.js';
import type { Query } from '../query.js';
import type { Document, Paragraph } from '../store.js';
import { loadRules } from '../rules.js';
import { problem, type Outcome } from './outcome.js';
import { peopleIn, titlesIn } from './people.js';
import { docRecency } from './candidates.js';
import { findMetricMentions } from '../../metrics/mentions.js';
import { datelinePlace } from './dateline.js';

interface ProseRules { stopwords: { words: string[] }; expansions: { map: Record<string, string[]> }; stated_in_text: { metrics: Record<string, string[]> }; place: { words: string[] }; who_verbs: { map: Record<string, string> } }

// `own`: the terms of whole words only ("broad-based" is not "based")
interface Sentence { doc: Document; text: string; line: number; terms: string[]; own: string[] }

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

/**
 * For a phrase whose every metric is one a release often states only in its text (a dividend declared): a test
 * that a sentence speaks of it ("declared a cash dividend of $0.15 per share"); null for any other phrase.
 */
export function statedInText(phrase: string): ((text: string) => boolean) | null {
  const map = loadRules<ProseRules>('prose').stated_in_text.metrics;
  const named = findMetricMentions(phrase);
  if (!named.length || !named.every((m) => map[m.metricId])) return null;
  const need = new Set(named.flatMap((m) => map[m.metricId].map(String)));
  return (text) => words(text).some((w) => need.has(w));
}

/**
 * For "how many X": a test that a sentence names X (or a word X expands to). "How many employees does
 * Ridgeway have?" is not answered by "Ridgeway ... will deploy Vessly across 9,000 trucks".
 */
export function namesCounted(question: string): ((text: string) => boolean) | undefined {
  const { stop, expand } = proseRules();
  const m = /\bhow many\s+(.*)$/i.exec(question);
  const noun = m ? words(m[1]).find((w) => !stop.has(w)) : undefined;
  if (!noun) return undefined;
  const st = stem(noun);
  const wanted = new Set([st, ...(expand.get(noun) ?? expand.get(st) ?? [])]);
  return (text) => words(text).some((w) => wanted.has(stem(w)));
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
  // "damage"/"damaged", "base"/"based": a final e is dropped so both meet
  return s.replace(/(or|er)$/, '').replace(/(?<=\w{3})e$/, '') || s;
}

// "Atlanta-based" is also "atlanta" and "based"
function words(text: string, parts = true): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}&'-]*/gu) ?? []) {
    const w = raw.replace(/'s$|'$/, '').replace(/-+$/, '');
    out.push(w);
    if (parts && w.includes('-')) out.push(...w.split('-').filter((x) => x.length > 1));
  }
  return out;
}

// A line opening with a bullet ("- Fiscal 2024 guidance: ...", "* Record backlog") starts a sentence of its own
// even when the bullet before it ends with no stop (newswire highlights are rarely punctuated).
const BULLET = /^(?:[-*\u2022\u2013\u2014\u25aa\u25cf]|--)\s/;

// Where a paragraph's bulleted lines begin: the cuts that split it into pieces read sentence by sentence.
function bulletCuts(p: Paragraph): number[] {
  const cuts = p.offsets.filter((o, i) => i > 0 && BULLET.test(p.text.slice(o)));
  return [0, ...cuts, p.text.length];
}

// Sentences of a paragraph, each with the line it starts on.
function sentencesOf(doc: Document, p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const cuts = bulletCuts(p);
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const piece = p.text.slice(from, cuts[c + 1]);
    // a sentence ends at . ! ? before a capital or a list's bullet ("... year-over-year. - Annual Recurring Revenue: ..."),
    // but not after an initial or a common abbreviation ("David M. Ratcliffe", "Inc.")
    const re = /(?:[^.!?]|\.(?<=\b(?:[A-Z]|Inc|Co|Corp|Ltd|Mr|Mrs|Ms|Dr|St|No|Jr|Sr|U\.S|vs)\.)|[.!?](?!\s+(?:[A-Z"“(]|[-•*–—]\s)|\s*$))+(?:[.!?]+(?=\s+(?:[A-Z"“(]|[-•*–—]\s)|\s*$)|$)/g;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(piece)) && guard++ < 10000) {
      if (!m[0].trim()) { re.lastIndex++; continue; }
      const start = from + m.index + (m[0].length - m[0].trimStart().length);
      let i = 0;
      while (i + 1 < p.offsets.length && p.offsets[i + 1] <= start) i++;
      const text = m[0].trim();
      out.push({ doc, text, line: p.lines[0] + i, terms: words(text).map(stem), own: words(text, false).map(stem) });
    }
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

// Every term of a document's text, gathered once per document.
const termCache = new WeakMap<Document, Set<string>>();
function termsOf(doc: Document): Set<string> {
  let t = termCache.get(doc);
  if (!t) {
    t = new Set(sentences(doc).flatMap((x) => x.terms));
    termCache.set(doc, t);
  }
  return t;
}

// A query term and its alternatives: "ceo" also matches the phrase "chief executive officer".
interface TermGroup { alts: string[][] }

function queryGroups(q: Query, companyWords: Set<string>): TermGroup[] {
  const { stop, expand } = proseRules();
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  // the period asked ("in Q2 2007") says when, not what: its words find nothing about the topic
  let text = q.clean;
  for (const p of [...q.periods, ...(q.since ? [q.since] : [])]) text = text.slice(0, p.span[0]) + ' '.repeat(p.span[1] - p.span[0]) + text.slice(p.span[1]);
  for (const w of words(text)) {
    if (stop.has(w) || companyWords.has(w)) continue;
    const st = stem(w);
    if (seen.has(st)) continue;
    seen.add(st);
    const more = expand.get(w) ?? expand.get(st) ?? [];
    // an expansion of several words is one phrase ("chief executive officer"); of one word, a synonym each
    const alts: string[][] = [[st]];
    if (more.length > 1 && rawExpansionIsPhrase(w, st)) alts.push(more);
    else for (const m of more) if (m !== st) alts.push([m]);
    groups.push({ alts });
  }
  return groups;
}

function rawExpansionIsPhrase(w: string, st: string): boolean {
  const raw = loadRules<ProseRules>('prose').expansions.map;
  const list = raw[w] ?? raw[st];
  return Boolean(list && list.length > 1 && PHRASE_KEYS.test(w));
}
// abbreviations whose expansion is one phrase (a title, "investor relations", "annual recurring revenue", "capital
// expenditures"), not a list of synonyms
const PHRASE_KEYS = /^(ceo|cfo|coo|cto|ir|arr|capex)$/;

function countPhrase(terms: string[], phrase: string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= terms.length; i++) if (phrase.every((p, k) => terms[i + k] === p)) n++;
  return n;
}

// How often a sentence names the term: the most of any one form, plus one when it names it in two forms
// ("Annual Recurring Revenue: ARR was $1.18 billion" defines what "ARR" asks; "customers with ARR of $100,000" only uses it)
function groupTf(s: Sentence, g: TermGroup): number {
  let tf = 0;
  let forms = 0;
  for (const alt of g.alts) {
    const n = countPhrase(s.terms, alt);
    tf = Math.max(tf, n);
    if (n > 0) forms++;
  }
  return forms > 1 ? tf + 1 : tf;
}

function textItem(s: Sentence): AnswerItem {
  return {
    company: s.doc.company,
    metric: 'Text',
    kind: 'text',
    period: null,
    value: null,
    unit: '',
    text: s.text.replace(/\s+/g, ' '),
    citations: [{ document: s.doc.document, line: s.line, statement: 'Text', row: '', column: '' }],
  };
}

// "Who is the CEO?" (or only "Acme CFO"): a sentence that names a person with every title asked.
function whoByTitle(q: Query, all: Sentence[], docs: Document[]): Sentence | null {
  if (!/\bwho\b|\bname of\b/i.test(q.clean) && !onlyTitle(q, docs)) return null;
  const asked = titlesIn(q.clean).length ? titlesIn(q.clean) : titleOfVerb(q, docs);
  if (!asked.length) return null;
  let best: { s: Sentence; score: number } | null = null;
  for (const s of all) {
    for (const p of peopleIn(s.text, s.doc.company)) {
      const hit = asked.filter((t) => p.titles.includes(t)).length;
      if (hit === asked.length && (!best || p.titles.length - hit < best.score)) best = { s, score: p.titles.length - hit };
    }
  }
  return best?.s ?? null;
}

/**
 * The best sentence for a question about the text, or not_found when nothing scores. `fallback`: the
 * question named no figure and asked nothing of the text's kind (who, where...), so every word must be found.
 * `sure`: a sentence `accept` takes speaks of what was asked, so any word of the question found in it will do.
 */
export function resolveProse(q: Query, docs: Document[], fallback = false, needNumber = false, accept?: (text: string) => boolean, sure = false): Outcome {
  // "how many customers": only a passage that gives a number can answer (or one `accept` takes; the words'
  // weights still come from every sentence)
  // the newest release first: of two passages that answer alike, the later one ("who is the CEO" after a change)
  const all = [...docs].sort((a, b) => docRecency(b).localeCompare(docRecency(a))).flatMap(sentences).filter((s) => !needNumber || /\d/.test(s.text));
  if (!all.length) return problem('no_text', 'The reports loaded have no text to search.');
  const person = whoByTitle(q, all, docs);
  // "who is the CEO of Oracle": a word the text never uses names someone else's officer
  if (person && strayWords(q, docs, all).length) return problem('no_text', `I found nothing about ${strayWords(q, docs, all).join(', ')} in the reports' text.`);
  // "who is the CEO?" with no company named: when several companies' releases name one, ask which
  if (person && !q.companies.length) {
    const firms = new Set(docs.map((d) => d.company ?? d.document));
    const named = [...firms].filter((f) => whoByTitle(q, all.filter((s) => (s.doc.company ?? s.doc.document) === f), docs));
    if (named.length > 1) return problem('ambiguous_company', 'Several companies\' releases name one. Which company do you mean?', named);
  }
  // "when is the Sonus conference call" with no Sonus loaded: a name the text never uses is someone else's
  const strayNames = q.companies.length ? [] : properStrays(q, docs, all);
  if (strayNames.length) return problem('no_text', `I found nothing about ${strayNames.join(', ')} in the reports' text.`);
  if (person) {
    q.trace.push(`prose: a person with the asked title at line ${person.line}`);
    return { kind: 'answers', answers: [textItem(person)], notes: [] };
  }
  const companyWords = companyWordsOf(docs);
  const groups = queryGroups(q, companyWords);
  if (!groups.length) return problem('not_understood', 'I could not tell what you want to know.');
  const avg = all.reduce((n, s) => n + s.terms.length, 0) / all.length;
  const df = groups.map((g) => all.filter((s) => groupTf(s, g) > 0).length);
  // the company asked about, by its distinctive name words ("sonus", not "networks" or "company")
  const named = q.companies.length ? distinctiveWords(docs) : [];
  const scoreOf = (s: Sentence) => {
    let score = 0;
    let hits = 0;
    let rare = false;
    groups.forEach((g, i) => {
      const tf = groupTf(s, g);
      if (!tf) return;
      hits++;
      if (df[i] <= 3) rare = true;
      const idf = Math.log(1 + (all.length - df[i] + 0.5) / (df[i] + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * s.terms.length) / avg));
    });
    // a sentence about the company asked beats one about another ("a New York based fund")
    if (hits > 0 && named.some((w) => s.terms.includes(w))) score += NAMED_BONUS;
    return { s, score, hits, rare };
  };
  let best: ReturnType<typeof scoreOf> | null = null;
  const place = placeAsked(q);
  // "which research firm put Sonus in the leader quadrant": the answer is a name, so of the sentences that
  // score, the best one that names someone the question does not (when any does) is taken
  const namesOne = namesAsked(q) ? (s: Sentence) => properNames(s.text, q.clean, companyWords).length > 0 : null;
  let bestNamed: ReturnType<typeof scoreOf> | null = null;
  for (const s of all) {
    if (accept && !accept(s.text)) continue;
    if (place && !place.some((w) => s.terms.includes(w))) continue;
    const r = scoreOf(s);
    if (!best || r.score > best.score) best = r;
    if (namesOne && r.hits > 0 && namesOne(s) && (!bestNamed || r.score > bestNamed.score)) bestNamed = r;
  }
  if (best && bestNamed && bestNamed !== best && !namesOne!(best.s) && bestNamed.hits >= Math.min(2, groups.length)) {
    q.trace.push(`prose: "which" asks a name; line ${bestNamed.s.line} names one, line ${best.s.line} does not`);
    best = bestNamed;
  }
  // two words of the question found together; or, for a short question, one rare word ("hurricane");
  // never when a word of the question is nowhere in the text and only one other is ("weather in Atlanta")
  let needed = fallback ? Math.min(2, groups.length) : groups.length >= 3 ? 2 : 1;
  const absent = df.filter((n) => n === 0).length;
  if (sure && best && best.hits > 0) needed = 1;
  // every word of the question in one sentence, one of them rare: found, however long the sentence ("What did
  // Acme acquire?" and "We closed the acquisition of ..., a software company based in Munich, for $28 million");
  // never for a count asked ("how many shares": "or $0.10 per diluted share" names none)
  const b = best;
  const whole = !needNumber && b !== null && b.hits === groups.length && b.rare && groups.every((g) => g.alts.some((alt) => countPhrase(b.s.own, alt) > 0));
  if (!best || best.hits < needed || (best.score < 2 && !sure && !whole) || (best.hits === 1 && groups.length > 1 && (!best.rare || absent > 0))) {
    // "Where is Vessly based?" and no sentence says: the place the (newest) release is datelined from, as such
    // (only for one company named and loaded: "Where is Oracle headquartered?" gets no other company's dateline)
    const opening = place && q.companies.length === 1 ? all.find((s) => datelinePlace(s.text) !== null) : undefined;
    const dateline = opening ? datelinePlace(opening.text) : null;
    if (opening && dateline) {
      q.trace.push(`prose: no sentence says where; the dateline at line ${opening.line}`);
      const note = `the release does not say where the company is based; it is datelined "${dateline}"`;
      return { kind: 'answers', answers: [{ ...textItem(opening), notes: [note] }], notes: [] };
    }
    return problem('no_text', 'I found nothing in the reports\' text about that.');
  }
  q.trace.push(`prose: line ${best.s.line} score ${best.score.toFixed(2)} (${best.hits} of ${groups.length} terms)`);
  const answers = [textItem(best.s)];
  // the sentence before, when it speaks of the same thing, often names what the best one refers to
  // ("... caused by Hurricane Ivan in September." before "... the most severe storm ever to hit ...")
  const i = all.indexOf(best.s);
  const prev = all[i - 1];
  if (prev && prev.doc === best.s.doc && best.s.line - prev.line <= 6 && scoreOf(prev).hits > 0) answers[0] = joined(prev, best.s);
  return { kind: 'answers', answers, notes: [] };
}

// "which research firm ...", "which bank ...": a question asking for a name (not "which company had the highest
// revenue", a ranking, nor "which had more ...", a comparison: those never reach the text)
function namesAsked(q: Query): boolean {
  return /^\s*which\s+(?!company\b|companies\b|had\b|was\b|is\b|were\b|of\b)[a-z]+/i.test(q.clean);
}

// Capitalised words of a sentence past its first word that are no month or common word, no word of the question and none of the
// loaded companies' names: "Gartner", "Infonetics" in a sentence about research firms.
function properNames(text: string, question: string, companyWords: Set<string>): string[] {
  const asked = new Set(words(question));
  const months = /^(january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|i|we|our|the|in)$/i;
  return [...text.matchAll(/(?<=\S\s+)[A-Z][a-z][A-Za-z'’-]*/g)].map((m) => m[0].replace(/['’]s?$/, '')).filter((w) => {
    const lw = w.toLowerCase();
    return !months.test(w) && !asked.has(lw) && !companyWords.has(lw);
  });
}

// "Where is Halden headquartered?": only a sentence that says where something is headquartered, based or located
// answers (not one that only names Halden); the stems to look for, or null for any other question.
function placeAsked(q: Query): string[] | null {
  if (!/^\s*where\b/i.test(q.clean)) return null;
  const { expand } = proseRules();
  const placeWords = new Set(loadRules<ProseRules>('prose').place.words.map(String));
  const asked = words(q.clean).filter((w) => placeWords.has(w));
  if (!asked.length) return null;
  return [...new Set(asked.flatMap((w) => [stem(w), ...(expand.get(w) ?? [])]))];
}

// The words that name the loaded companies: their names and tickers ("HVO comps" asks about comparable sales, not
// about the word "HVO").
function companyWordsOf(docs: Document[]): Set<string> {
  return new Set(docs.flatMap((d) => [...words(d.company ?? ''), ...words(d.ticker ?? '')]));
}

// Words of a question about an officer that are no stop word, no title, no loaded company's name and
// nowhere in the text: "oracle" in "who is the CEO of Oracle".
function strayWords(q: Query, docs: Document[], all: Sentence[]): string[] {
  const { stop } = proseRules();
  const companyWords = companyWordsOf(docs);
  const titleWords = new Set(titlesIn(q.clean).length ? words(TITLE_WORDS) : []);
  const verbs = loadRules<ProseRules>('prose').who_verbs.map;
  const candidates = words(q.clean).filter((w) => w.length > 2 && !stop.has(w) && !companyWords.has(w) && !titleWords.has(w) && !verbs[w] && !/^\d/.test(w));
  // (the text's words are gathered only when a word is left to look for)
  if (!candidates.length) return [];
  // (all the documents' sentences: their terms as gathered once per document; a subset: its own terms)
  const whole = all.length === docs.reduce((n, d) => n + sentences(d).length, 0);
  const used = whole ? null : new Set(all.flatMap((s) => s.terms));
  return candidates.filter((w) => !(used ? used.has(stem(w)) : docs.some((d) => termsOf(d).has(stem(w)))));
}
// "Who runs Acme?": the title a verb asks for, when the question names nothing else but the company
// ("who runs the Lisbon office" asks something else).
function titleOfVerb(q: Query, docs: Document[]): string[] {
  const verbs = loadRules<ProseRules>('prose').who_verbs.map;
  const m = /^\s*who\s+(\w+)\s+(.*)$/i.exec(q.clean);
  const title = m ? verbs[m[1].toLowerCase()] : undefined;
  if (!m || !title) return [];
  const { stop } = proseRules();
  const companyWords = companyWordsOf(docs);
  return words(m[2]).every((w) => stop.has(w) || companyWords.has(w)) ? [String(title)] : [];
}

// A question that names a title and nothing else but the company ("tamsin cfo", "Acme's chief executive"):
// it asks who holds it. "CEO salary" or "CFO comments on margins" ask something else.
function onlyTitle(q: Query, docs: Document[]): boolean {
  if (!titlesIn(q.clean).length) return false;
  const { stop } = proseRules();
  const companyWords = companyWordsOf(docs);
  const titleWords = new Set(words(TITLE_WORDS));
  return words(q.clean).every((w) => stop.has(w) || companyWords.has(w) || titleWords.has(w) || q.companies.some((c) => c.toLowerCase().includes(w)));
}
// The stray words of a question that it writes with a capital past its first word ("Sonus" in "when is the Sonus
// conference call"): names, and none of them in the text.
function properStrays(q: Query, docs: Document[], all: Sentence[]): string[] {
  const capitalised = new Set([...q.clean.matchAll(/(?<=\S\s+)[A-Z][a-z]+/g)].map((m) => m[0].toLowerCase()));
  return strayWords(q, docs, all).filter((w) => capitalised.has(w));
}
const TITLE_WORDS = 'who ceo cfo coo cto chief executive financial operating technology officer chairman chairwoman chair chairs president vice senior general counsel treasurer controller founder investor relations media head heads current new';

// A small lift for naming the company asked about: less than one rare word's weight.
const NAMED_BONUS = 1;

function distinctiveWords(docs: Document[]): string[] {
  const generic = new Set(['inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'networks', 'computer', 'group', 'holdings', 'the', 'and']);
  return [...new Set(docs.flatMap((d) => words(d.company ?? '')).filter((w) => !generic.has(w) && w.length > 2).map(stem))];
}

// Two neighbouring sentences quoted as one passage, cited at the first one's line.
function joined(a: Sentence, b: Sentence): AnswerItem {
  const item = textItem(a);
  item.text = `${a.text} ${b.text}`.replace(/\s+/g, ' ');
  item.citations.push({ document: b.doc.document, line: b.line, statement: 'Text', row: '', column: '' });
  return item;
}
