// Child processes of the benchmark: the terminal chat's cold start, and one scale run per store size.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './modules.js';
import type { ScaleResult } from './scale.js';
import { nowMs } from './stats.js';

/** The most telling line of a failed child's stderr: the first error line, else the last line. */
function why(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('npm warn'));
  return (lines.find((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? '').slice(0, 200);
}

/** Runs a command with stdin text; resolves with exit code, output and wall time, or a timeout. */
function run(cmd: string, args: string[], input: string, timeoutMs: number, env = process.env):
  Promise<{ code: number | null; stdout: string; stderr: string; ms: number; timedOut: boolean }> {
  return new Promise((done) => {
    const t = nowMs();
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: nowMs() - t, timedOut });
    });
    child.stdin.end(input);
  });
}

/** Wall times of `npx tsx src/cli/start.ts` answering `quit` on stdin without DISCORD_TOKEN, or why not. */
export async function coldStarts(times = 3): Promise<{ ms: number[] } | { skipped: string }> {
  if (!existsSync(join(ROOT, 'src/cli/start.ts'))) return { skipped: 'src/cli/start.ts does not exist yet' };
  const env = { ...process.env };
  delete env.DISCORD_TOKEN;
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const r = await run('npx', ['tsx', 'src/cli/start.ts'], 'quit\n', 60_000, env);
    if (r.timedOut) return { skipped: 'did not exit within 60 s after "quit"' };
    if (r.code !== 0) return { skipped: `exited with status ${r.code}: ${why(r.stderr)}` };
    out.push(r.ms);
  }
  return { ms: out };
}

/** One scale run in its own process (N releases, or "company": the first company's alone; a read cache in `cacheDir`); the reason when it fails. */
export async function scaleRun(manifest: string, n: number | 'company', cacheDir?: string): Promise<ScaleResult | { error: string }> {
  const r = await run(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/scale.ts', manifest, String(n), ...(cacheDir ? [cacheDir] : [])], '', 300_000);
  if (r.timedOut) return { error: 'timed out after 300 s' };
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.code !== 0 || !line.startsWith('{')) return { error: why(r.stderr) || `status ${r.code}` };
  return JSON.parse(line) as ScaleResult;
}
