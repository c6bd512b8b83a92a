// `npm run bench`: the machine, then one table of measurements with the goals beside them.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { ask } from '../src/core/index.js';
import type { Store } from '../src/core/store.js';
import { coldStarts, scaleRun } from './children.js';
import { generateReleases } from './generate.js';
import { hostileQuestions } from './hostile.js';
import { machineLines } from './machine.js';
import { ROOT, storeLoader } from './modules.js';
import { benchReader } from './reader.js';
import { questionSet } from './questions.js';
import type { ScaleResult } from './scale.js';
import { bestPerItem, fmtMb, fmtMs, median, nowMs, quantile, timeEach } from './stats.js';

interface Row { measure: string; value: string; goal?: string; met?: boolean }
const rows: Row[] = [];
const notes: string[] = [];
const say = (s: string): boolean => process.stderr.write(`${s}\n`);
const CTX = { today: '2007-08-07' };

const reportFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
};

/** Release text read per second: the reader's own benchmark rows (bench/reader.ts). */
async function readSpeed(): Promise<void> {
  for (const r of await benchReader()) rows.push({ measure: r.name, value: r.value });
}

async function coldStart(): Promise<void> {
  const r = await coldStarts(3);
  if ('skipped' in r) rows.push({ measure: 'Cold start of the terminal chat over data/', value: `skipped: ${r.skipped}` });
  else rows.push({ measure: 'Cold start of the terminal chat over data/ (`npx tsx src/cli/start.ts`, `quit`; median of 3)', value: fmtMs(median(r.ms)) });
}

/** Per-question time in-process over the default report, beside compromise's own tagging. */
function perQuestion(store: Store): number {
  const qs = questionSet();
  const statuses = new Map<string, number>();
  for (const q of qs) {
    const s = ask(q, store, CTX).status;
    statuses.set(s, (statuses.get(s) ?? 0) + 1);
  }
  const askT = timeEach(qs, (q) => ask(q, store, CTX));
  const tagT = timeEach(qs, (q) => nlp(q).terms().out('tags'));
  const p99 = quantile(askT, 0.99);
  rows.push(
    { measure: `Per question in-process, ${qs.length} questions x3 after warm-up: median`, value: fmtMs(median(askT)) },
    { measure: 'Per question in-process: p99', value: fmtMs(p99), goal: '< 1 ms', met: p99 < 1 },
    { measure: "Per question, each question's best of 3 passes (less sensitive to GC and other load): median / p99", value: `${fmtMs(median(bestPerItem(askT, qs.length)))} / ${fmtMs(quantile(bestPerItem(askT, qs.length), 0.99))}` },
    { measure: 'compromise tagging alone (`nlp(q).terms().out("tags")`), same questions: median / p99', value: `${fmtMs(median(tagT))} / ${fmtMs(quantile(tagT, 0.99))}` },
    { measure: 'Ratio ask / compromise tagging (medians)', value: `${(median(askT) / median(tagT)).toFixed(2)}x` },
  );
  notes.push(`Replies to the question set: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}.`);
  return median(askT);
}

function hostile(store: Store): void {
  let worst = { name: '', ms: 0 };
  for (const h of hostileQuestions()) {
    const t = [0, 1, 2].map(() => {
      const s = nowMs();
      ask(h.text, store, CTX);
      return nowMs() - s;
    });
    if (median(t) > worst.ms) worst = { name: h.name, ms: median(t) };
  }
  rows.push({ measure: `100 KB hostile question (worst of ${hostileQuestions().length} kinds: "${worst.name}"; median of 3)`, value: fmtMs(worst.ms), goal: '< 50 ms', met: worst.ms < 50 });
}

// The rows of one scale run; `big`: the 5,000 releases the goals are set for.
function scaleRows(label: string, r: ScaleResult, big: boolean, mb: number): Row[] {
  const out: Row[] = [];
  if (big) out.push({ measure: `Release text read, ${label} (${mb.toFixed(1)} MB from disk with loadReportsParallel)`, value: `${(mb / (r.loadMs / 1000)).toFixed(2)} MB/s` });
  out.push(
    { measure: `${label}: load time (${r.via}, ${r.documents} documents)`, value: fmtMs(r.loadMs), ...(big ? { goal: '< 5 s', met: r.loadMs < 5000 } : {}) },
    { measure: `${label}: CPU time of the load, all threads (steadier than wall time on a busy machine)`, value: fmtMs(r.loadCpuMs) },
    { measure: `${label}: resident memory after load (before load: ${fmtMb(r.rssBeforeBytes)})`, value: fmtMb(r.rssBytes), ...(big ? { goal: '< 500 MB', met: r.rssBytes < 500 * 1024 * 1024 } : {}) },
  );
  if (r.saveMs !== undefined && r.rssAfterSaveBytes !== undefined) {
    out.push({ measure: `${label}: writing the read cache after the load (in the background in \`npm start\`) / resident memory once written`, value: `${fmtMs(r.saveMs)} / ${fmtMb(r.rssAfterSaveBytes)}` });
  }
  out.push({ measure: `${label}: per question (${r.questions} questions about the first company x5): median / p99 / median of best-of-5`, value: `${fmtMs(r.questionMedianMs)} / ${fmtMs(r.questionP99Ms)} / ${fmtMs(r.questionBestMedianMs)}` });
  return out;
}

async function scale(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lineitem-bench-'));
  try {
    const t = nowMs();
    const releases = generateReleases(5000, 1);
    const files = releases.map((r) => join(dir, r.fileName));
    releases.forEach((r, i) => writeFileSync(files[i]!, r.text));
    const mb = releases.reduce((a, r) => a + r.text.length, 0) / 1e6;
    say(`generated 5,000 releases (${mb.toFixed(1)} MB) in ${fmtMs(nowMs() - t)}`);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(files));
    // "company": the first company's own releases and no other's (its size is known once it has run). The
    // 5,000 are loaded as `npm start` loads them, with a read cache: first empty (the first load, which fills
    // it), then filled (a restart).
    const results: Record<string, ScaleResult> = {};
    const cacheDir = join(dir, 'read-cache');
    const runs = [
      { key: '1', n: 1, label: '1 release' },
      { key: 'company', n: 'company', label: "The first company's releases alone" },
      { key: '100', n: 100, label: '100 releases' },
      { key: '5000', n: 5000, label: '5,000 releases, first load (read cache empty)', cache: cacheDir },
      { key: 'restart', n: 5000, label: '5,000 releases, restart (readings in the read cache)', cache: cacheDir },
    ] as const;
    for (const run of runs) {
      say(`scale run: ${run.label}`);
      const r = await scaleRun(join(dir, 'manifest.json'), run.n, 'cache' in run ? run.cache : undefined);
      if ('error' in r) {
        rows.push({ measure: `${run.label}: load`, value: `failed: ${r.error}` });
        continue;
      }
      results[run.key] = r;
      rows.push(...scaleRows(run.label, r, run.n === 5000, mb));
    }
    const many = results[5000];
    const ratio = (base: ScaleResult): string => `${(many!.questionBestMedianMs / base.questionBestMedianMs).toFixed(2)}x`;
    // The goal: the asked company's releases the same (all of them) in both runs, only the number of
    // releases loaded differs (its own alone vs 5,000).
    const alone = results.company;
    if (alone && many) {
      const x = many.questionBestMedianMs / alone.questionBestMedianMs;
      rows.push({ measure: `Question time at 5,000 releases / with the first company's ${alone.documents} releases alone (same company, same releases; medians of best-of-5; raw medians: ${(many.questionMedianMs / alone.questionMedianMs).toFixed(2)}x)`, value: `${x.toFixed(2)}x`, goal: '<= 1.2x', met: x <= 1.2 });
    }
    // At 1 release the first company has one of its releases loaded; from 100 on it has all of them
    // (its answers then cite more releases): growth with the company's own history, not with the store.
    const one = results[1];
    if (one && many) rows.push({ measure: `Question time at 5,000 releases / at 1 (the first company with all its releases vs one of them; medians of best-of-5)`, value: ratio(one) });
    const hundred = results[100];
    if (hundred && many) rows.push({ measure: 'Question time at 5,000 releases / at 100 (the first company fully loaded in both; medians of best-of-5)', value: ratio(hundred) });
    notes.push(`Synthetic set: 5,000 releases, ${mb.toFixed(1)} MB, ${new Set(releases.map((r) => r.fileName.split('-')[0])).size} companies (bench/generate.ts, seed 1).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = nowMs();
  say('reading speed ...');
  await readSpeed();
  say('cold start ...');
  await coldStart();
  const { store } = await (await storeLoader()).load(reportFiles(join(ROOT, 'data')));
  say('per-question time ...');
  perQuestion(store);
  hostile(store);
  await scale();
  const core = ask('what was revenue in Q2 2007', { documents: [] }, CTX).text === 'Not implemented yet.' ? 'stub' : 'real';
  const out = [
    '# Lineitem benchmark', '',
    ...machineLines().map((l) => `- ${l}`),
    `- Core: ${core}`, '',
    '| measure | value | goal | |', '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.goal ?? ''} | ${r.goal ? (r.met ? 'met' : 'NOT met') : ''} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    `- Whole run: ${fmtMs(nowMs() - started)}.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
