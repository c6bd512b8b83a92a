// Synthetic earnings releases for the benchmark and for tests: `generateReleases(n, seed)` or
// `tsx bench/generate.ts N OUTDIR [SEED]`. Made-up companies with several quarters each, in the layouts
// of the shared releases (stacked Sonus headers, Bristol-Myers rules, Southern EDGAR markup, Apple tabs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fq, quarterOf, yearOf } from './gen/calendar.js';
import { companies, type Company } from './gen/companies.js';
import { companyFigures, sumFlows } from './gen/figures.js';
import { renderEdgar } from './gen/layouts/edgar.js';
import { renderRuled } from './gen/layouts/ruled.js';
import { renderStacked } from './gen/layouts/stacked.js';
import { renderTabbed } from './gen/layouts/tabbed.js';
import { releaseProse } from './gen/prose.js';
import { mix, rng } from './gen/random.js';
import { releaseTables } from './gen/tables.js';

/** One generated release. */
export interface GeneratedRelease {
  fileName: string;
  text: string;
}

/** Renders company c's release for fiscal quarter f. */
function release(c: Company, f: number, seed: number, figs: ReturnType<typeof companyFigures>): GeneratedRelease {
  const r = rng(mix(seed, 4, c.index, f));
  const tables = releaseTables(c, figs, f, c.layout === 'stacked');
  const body: string[] = [];
  tables.forEach((t, k) => {
    if (c.layout === 'stacked') body.push(...renderStacked(c, t));
    else if (c.layout === 'ruled') body.push(...renderRuled(c, t, k + 2));
    else if (c.layout === 'edgar') body.push(...renderEdgar(c, t, k + 2));
    else body.push(...renderTabbed(c, t, k + 1, r));
  });
  const prose = releaseProse(c, f, sumFlows(figs, f - 1, f), sumFlows(figs, f - 5, f - 4));
  const text = [...prose, ...body].join('\n') + '\n';
  return { fileName: `${c.ticker.toLowerCase()}-${yearOf(f)}-q${quarterOf(f)}.txt`, text };
}

/**
 * N releases for a seed, company after company, each company's quarters in order. Deterministic, and a
 * prefix property holds: the first k releases of generateReleases(n) are generateReleases(k) for k <= n.
 */
export function generateReleases(n: number, seed: number): GeneratedRelease[] {
  const out: GeneratedRelease[] = [];
  for (const c of companies(seed)) {
    if (out.length >= n) break;
    const first = fq(c.firstYear, c.firstQuarter);
    const last = first + c.releases - 1;
    const figs = companyFigures(c, seed, fq(c.firstYear - 1, 1), last);
    for (let f = first; f <= last && out.length < n; f++) out.push(release(c, f, seed, figs));
  }
  return out;
}

/** CLI: writes N releases into OUTDIR. */
function main(argv: string[]): void {
  const [nText, outDir, seedText] = argv;
  const n = Number(nText);
  if (!Number.isInteger(n) || n < 1 || !outDir) {
    process.stderr.write('usage: tsx bench/generate.ts N OUTDIR [SEED]\n');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  const releases = generateReleases(n, Number(seedText ?? 1));
  for (const r of releases) writeFileSync(join(outDir, r.fileName), r.text);
  process.stdout.write(`wrote ${releases.length} releases to ${outDir}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
