// The reports the fuzz tests start from: the repository's data/ and test fixtures, the shared releases
// when they sit next to the repository, and two synthetic releases of other layouts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateReleases } from '../../bench/generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A named report text. */
export interface Sample {
  name: string;
  text: string;
}

function folder(dir: string): Sample[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
}

let cached: Sample[] | null = null;

/** Real releases (deduplicated by file name) followed by synthetic ones. */
export function corpus(): Sample[] {
  if (cached) return cached;
  const seen = new Set<string>();
  const real = [...folder(`${ROOT}data`), ...folder(`${ROOT}test/fixtures`), ...folder(`${ROOT}../shared/reports`)]
    .filter((s) => !seen.has(s.name) && seen.add(s.name));
  // Synthetic releases 0 and 8 use other layouts than the real ones' companies (stacked and ruled headers vary).
  const synthetic = generateReleases(12, 3).filter((_, i) => i % 4 === 0).map((r) => ({ name: `synthetic-${r.fileName}`, text: r.text }));
  cached = [...real, ...synthetic];
  return cached;
}
