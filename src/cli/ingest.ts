// `npm run ingest -- PATH... [--json]`: reads report files or folders and prints what was found, or the store as JSON.
import { fileURLToPath } from 'node:url';
import type { Document, Statement } from '../core/store.js';
import { loadReports, storeToJson } from '../reader/load.js';

function describeColumn(c: Statement['columns'][number]): string {
  if (c.kind !== 'period') return `${c.label || '(no header)'} [${c.kind}]`;
  if (!c.period) return `${c.label || '(no header)'} [no period]`;
  const p = c.period;
  return `${c.label} [${p.type} ${p.start ? `${p.start}..` : ''}${p.end}]`;
}

/** The readable summary of one document. */
export function summarize(d: Document): string {
  const out: string[] = [];
  out.push(`${d.document}: ${d.company ?? '(company unknown)'}${d.ticker ? ` (${d.ticker})` : ''}`);
  if (d.title) out.push(`  title: ${d.title}`);
  if (d.fiscalYearEnd) out.push(`  fiscal year ends: month ${d.fiscalYearEnd.month}, day ${d.fiscalYearEnd.day}`);
  for (const s of d.statements) {
    out.push(`  - line ${s.line}: ${s.title} [${s.kind}]${s.units ? ` (${s.units})` : ''}, ${s.rows.length} rows`);
    for (const c of s.columns) out.push(`      column: ${describeColumn(c)}`);
  }
  const failed = d.checks.filter((c) => !c.ok);
  out.push(`  checks: ${d.checks.length - failed.length} held, ${failed.length} failed`);
  for (const c of failed) out.push(`    FAILED line ${c.line}: ${c.rule}${c.detail ? ` (${c.detail})` : ''}`);
  out.push(`  prose: ${d.prose.length} paragraphs`);
  for (const p of d.problems) out.push(`  problem: ${p}`);
  return out.join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const bad = argv.find((a) => a.startsWith('--') && a !== '--json');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (bad || paths.length === 0) {
    process.stderr.write(bad ? `ingest: unknown option ${bad}\n` : 'ingest: usage: npm run ingest -- PATH... [--json]\n');
    return 2;
  }
  const { store, problems } = loadReports(paths);
  if (store.documents.length === 0) {
    process.stderr.write(`ingest: no report could be read (${problems.map((p) => p.message).join('; ') || 'no report files found'})\n`);
    return 1;
  }
  if (json) {
    process.stdout.write(JSON.stringify(storeToJson(store), null, 2) + '\n');
    for (const p of problems) if (!store.documents.some((d) => d.problems.includes(p.message))) process.stderr.write(`${p.message}\n`);
  } else {
    process.stdout.write(store.documents.map(summarize).join('\n\n') + '\n');
    const inDocs = new Set(store.documents.flatMap((d) => d.problems));
    for (const p of problems) if (!inDocs.has(p.message)) process.stdout.write(`problem: ${p.message}\n`);
  }
  return 0;
}

// run only as the command, not when imported for `summarize`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
