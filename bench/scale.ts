// Child process of the benchmark: loads the first N generated releases listed in a manifest (or, with N
// "company", every release of the first company and nothing else), then times questions about the first
// company. Run alone so that resident memory is this load's alone.
// With CACHE_DIR, the load goes through a read cache there (empty: the first load, which fills it; filled:
// a restart), and the cache is written after the questions are timed (its writing timed on its own).
// Usage: node --expose-gc --import tsx bench/scale.ts MANIFEST N|company [CACHE_DIR]   (prints one JSON line)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ask } from '../src/core/index.js';
import { storeLoader } from './modules.js';
import { releaseQuestions } from './questions.js';
import { bestPerItem, median, nowMs, quantile, timeEach } from './stats.js';

/** What one scale run measured. */
export interface ScaleResult {
  n: number;
  via: string;
  documents: number;
  loadMs: number;
  /** CPU time of the process during the load (all its threads: reader, worker, garbage collector, compiler). */
  loadCpuMs: number;
  rssBytes: number;
  rssBeforeBytes: number;
  /** Readings taken from the read cache (0 without one). */
  cached: number;
  /** With a read cache: the time to write it after the load, and resident memory once written. */
  saveMs?: number;
  rssAfterSaveBytes?: number;
  questionMedianMs: number;
  questionP99Ms: number;
  /** Median over questions of each question's fastest pass: steadier on a busy machine. */
  questionBestMedianMs: number;
  questions: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

async function main(): Promise<void> {
  const [manifest, nText, cacheDir] = process.argv.slice(2);
  const all = JSON.parse(readFileSync(manifest!, 'utf8')) as string[];
  // "uysx-2005-q2.txt": a release's company is its file name's ticker
  const ticker = (f: string): string => basename(f).split('-')[0]!;
  const files = nText === 'company' ? all.filter((f) => ticker(f) === ticker(all[0]!)) : all.slice(0, Number(nText));
  const n = files.length;
  const loader = await storeLoader();
  const questions = releaseQuestions(readFileSync(files[0]!, 'utf8'));
  const ctx = { today: '2030-01-01' };
  ask('warm up the core', { documents: [] }, ctx);
  gc();
  const rssBefore = process.memoryUsage().rss;
  const t = nowMs();
  const cpu0 = process.cpuUsage();
  const { store, via, cached, save } = await loader.load(files, cacheDir);
  const loadMs = nowMs() - t;
  const cpu = process.cpuUsage(cpu0);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  gc();
  const rss = process.memoryUsage().rss;
  const samples = timeEach(questions, (q) => ask(q, store, ctx), 5, 2);
  const s0 = nowMs();
  await save();
  const saveMs = nowMs() - s0;
  gc();
  const saved = cacheDir ? { saveMs, rssAfterSaveBytes: process.memoryUsage().rss } : {};
  const result: ScaleResult = {
    n, via, documents: store.documents.length, loadMs, loadCpuMs, rssBytes: rss, rssBeforeBytes: rssBefore, cached, ...saved,
    questionMedianMs: median(samples), questionP99Ms: quantile(samples, 0.99),
    questionBestMedianMs: median(bestPerItem(samples, questions.length)), questions: questions.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
