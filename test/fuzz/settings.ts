// Fuzz settings: a fixed seed and modest counts in CI; `npm run fuzz` raises them (FUZZ_RUNS, FUZZ_LONG).

/** The fixed seed, so a CI failure replays exactly; FUZZ_SEED overrides it for exploration. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20070807);

/** True in the long run (`npm run fuzz`). */
export const LONG = process.env.FUZZ_LONG === '1';

/** numRuns: the CI default, or FUZZ_RUNS scaled to this property's weight (1 = full count). */
export function runs(ciDefault: number, weight = 1): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? Math.max(1, Math.round(asked * weight)) : ciDefault;
}

/** fast-check parameters for one property. */
export const params = (ciDefault: number, weight = 1) => ({ seed: SEED, numRuns: runs(ciDefault, weight) });
