// Listings over the store for autocomplete, /reports and charts. Pure functions: no I/O, no Discord.
import type { Document, Period, Store } from '../core/store.js';

/** One autocomplete choice: what the user sees and what the option receives. */
export interface Choice {
  name: string;
  value: string;
}

/** Discord allows at most 25 choices, each name and value at most 100 characters. */
export const MAX_CHOICES = 25;
const MAX_CHOICE_TEXT = 100;

// Distinct by lowercased value, first spelling wins.
function distinct(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  return choices.filter((c) => {
    const key = c.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Companies by name and by ticker: "Sonus Networks, Inc.", "SONS". */
export function listCompanies(store: Store): Choice[] {
  const out: Choice[] = [];
  for (const doc of store.documents) {
    if (doc.company) out.push({ name: doc.ticker ? `${doc.company} (${doc.ticker})` : doc.company, value: doc.company });
    if (doc.ticker) out.push({ name: doc.company ? `${doc.ticker} — ${doc.company}` : doc.ticker, value: doc.ticker });
  }
  return distinct(out);
}

/**
 * Metrics: every row of every statement. A label that several rows share ("Service" under Revenue and under
 * Cost of revenue) is completed by its section path, innermost first: "Service Revenue", "Service Cost of revenue".
 */
export function listMetrics(store: Store): Choice[] {
  const rows = store.documents.flatMap((d) => d.statements.flatMap((s) => s.rows));
  const count = new Map<string, number>();
  for (const row of rows) count.set(row.label.toLowerCase(), (count.get(row.label.toLowerCase()) ?? 0) + 1);
  const out: Choice[] = [];
  for (const row of rows) {
    const sections = row.path.slice(0, -1).map((p) => p.replace(/[:\s]+$/, '')).filter(Boolean);
    const unique = (count.get(row.label.toLowerCase()) ?? 0) <= 1 || sections.length === 0;
    const value = unique ? row.label : [row.label, ...sections.reverse()].join(' ');
    out.push({ name: row.path.join(' › ') || row.label, value });
  }
  return distinct(out);
}

/** Periods: every column label that stands for a period ("Three months ended June 30, 2007"). */
export function listPeriods(store: Store): Choice[] {
  const out: Choice[] = [];
  for (const doc of store.documents)
    for (const st of doc.statements)
      for (const col of st.columns) if (col.period && col.kind === 'period') out.push({ name: col.label, value: col.label });
  return distinct(out);
}

/**
 * The choices that match what the user typed, best first: prefix matches, then word-prefix, then substring;
 * at most 25, names and values cut to 100 characters. "serv" -> "Service Revenue", ...
 */
export function filterChoices(choices: Choice[], typed: string, max = MAX_CHOICES): Choice[] {
  const q = typed.trim().toLowerCase();
  const score = (c: Choice): number => {
    if (!q) return 3;
    const hay = `${c.name} ${c.value}`.toLowerCase();
    if (c.value.toLowerCase().startsWith(q) || c.name.toLowerCase().startsWith(q)) return 0;
    if (hay.split(/[^a-z0-9%]+/).some((w) => w.startsWith(q))) return 1;
    if (hay.includes(q)) return 2;
    return -1;
  };
  return choices
    .filter((c) => c.name.trim() && c.value.trim()) // Discord refuses the whole list over one empty choice
    .map((c, i) => ({ c, i, s: score(c) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .slice(0, max)
    .map(({ c }) => ({ name: cut(c.name), value: cut(c.value) }));
}

function cut(text: string): string {
  return text.length <= MAX_CHOICE_TEXT ? text : text.slice(0, MAX_CHOICE_TEXT - 1) + '…';
}

/**
 * The company a name or ticker stands for, from what the reports say: an exact name or ticker (any case),
 * else the only company whose name contains it ("sonus" -> "Sonus Networks, Inc."); null if none or several.
 */
export function resolveCompany(store: Store, typed: string): string | null {
  const q = typed.trim().toLowerCase();
  if (!q) return null;
  const exact = store.documents.find((d) => d.company?.toLowerCase() === q || d.ticker?.toLowerCase() === q);
  if (exact) return exact.company ?? exact.ticker;
  const names = [...new Set(store.documents.map((d) => d.company).filter((n): n is string => !!n))];
  const partial = names.filter((n) => n.toLowerCase().includes(q));
  return partial.length === 1 ? partial[0]! : null;
}

/** The documents of one company (see resolveCompany); all documents when the name resolves to none. */
export function documentsOf(store: Store, company: string | undefined): Document[] {
  const name = company ? resolveCompany(store, company) : null;
  if (!name) return store.documents;
  return store.documents.filter((d) => (d.company ?? d.ticker) === name);
}

/** Distinct periods of the given documents' columns, oldest end first. */
export function distinctPeriods(docs: Document[]): Period[] {
  const byKey = new Map<string, Period>();
  for (const doc of docs)
    for (const st of doc.statements)
      for (const col of st.columns)
        if (col.period && col.kind === 'period') byKey.set(`${col.period.type}|${col.period.start}|${col.period.end}`, col.period);
  return [...byKey.values()].sort((a, b) => a.end.localeCompare(b.end) || (a.start ?? '').localeCompare(b.start ?? ''));
}

/** One line per company for /reports: name, ticker, documents and the periods they cover. */
export function describeReports(store: Store): string[] {
  const groups = new Map<string, Document[]>();
  for (const doc of store.documents) {
    const key = doc.company ?? doc.ticker ?? doc.document;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.entries()].map(([company, docs]) => {
    const ticker = docs.find((d) => d.ticker)?.ticker;
    const ends = [...new Set(distinctPeriods(docs).map((p) => p.end))];
    const span = ends.length > 0 ? `periods ending ${ends[0]} to ${ends[ends.length - 1]}` : 'no periods read';
    // Many releases of one company: name the three latest only.
    const names = docs.map((d) => d.document);
    const files = names.length <= 3 ? names.join(', ') : `latest: ${names.slice(-3).join(', ')}`;
    return `${company}${ticker ? ` (${ticker})` : ''}: ${docs.length} report(s) [${files}], ${span}`;
  });
}
