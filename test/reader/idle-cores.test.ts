// The idle-core sample that decides whether a worker thread reads alongside: a count of cores, never more
// than the machine has, never negative.
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { idleCores } from '../../src/reader/idle-cores.js';

describe('idleCores', () => {
  it('gives a number of cores between none and all of them', async () => {
    const idle = await idleCores(50);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(cpus().length + 1e-9);
  });
});
