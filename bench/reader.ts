// Reader throughput: megabytes of release text read per second, in-process, after warm-up.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readReport } from '../src/reader/index.js';

const REPORTS = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/** Reads the shared reports repeatedly and reports MB/s (and the time per report). */
export async function benchReader(): Promise<{ name: string; value: string }[]> {
  const files = readdirSync(REPORTS).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ name: f, text: readFileSync(REPORTS + f, 'utf8') }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  for (let i = 0; i < 5; i++) for (const t of texts) readReport(t.text, t.name);
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < 2000 || rounds < 10) {
    for (const t of texts) readReport(t.text, t.name);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const mb = (bytes * rounds) / 1e6;
  return [
    { name: 'reader throughput (shared reports)', value: `${(mb / seconds).toFixed(2)} MB/s` },
    { name: 'reader time per report', value: `${((seconds * 1000) / (rounds * texts.length)).toFixed(2)} ms` },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchReader()) console.log(`${r.name}: ${r.value}`);
}
