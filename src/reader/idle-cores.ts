// How many cores sit idle right now: the machine's idle time over a short sample, in cores.
// The one-minute load average lags by a minute: a machine that was busy a moment ago and is idle now
// still shows a load of 2 on 2 cores, and the reading of 5,000 files would then keep to one thread.
import { cpus } from 'node:os';

function totals(): { idle: number; all: number } {
  let idle = 0;
  let all = 0;
  for (const c of cpus()) {
    const t = c.times;
    idle += t.idle;
    all += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return { idle, all };
}

/** Idle cores over `ms` milliseconds (e.g. 1.8 on an idle 2-core machine); 0 when it cannot be told. */
export async function idleCores(ms = 100): Promise<number> {
  const cores = cpus().length;
  if (cores === 0) return 0;
  const a = totals();
  await new Promise((r) => setTimeout(r, ms));
  const b = totals();
  const all = b.all - a.all;
  return all > 0 ? ((b.idle - a.idle) / all) * cores : 0;
}
