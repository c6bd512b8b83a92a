// Small timing and statistics helpers for the benchmark.

/** Milliseconds since an arbitrary origin, with sub-microsecond resolution. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** The q-quantile (0..1) of samples, nearest-rank. */
export function quantile(samples: number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (samples: number[]): number => quantile(samples, 0.5);

/** Times fn once per item, `passes` times over the list, after `warmup` untimed passes. */
export function timeEach<T>(items: T[], fn: (item: T) => unknown, passes = 3, warmup = 2): number[] {
  for (let w = 0; w < warmup; w++) for (const it of items) fn(it);
  const out: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (const it of items) {
      const t = nowMs();
      fn(it);
      out.push(nowMs() - t);
    }
  }
  return out;
}

/** 0.01234 -> "0.012 ms", 12.3 -> "12.3 ms", 2345 -> "2.35 s". */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 0.1) return `${ms.toFixed(3)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export const fmtMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Each item's fastest time over the passes of timeEach (samples laid out pass after pass). */
export function bestPerItem(samples: number[], items: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < items; i++) {
    let b = Infinity;
    for (let k = i; k < samples.length; k += items) b = Math.min(b, samples[k]!);
    best.push(b);
  }
  return best;
}
