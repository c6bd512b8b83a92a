// The machine the benchmark ran on, printed above the table.
import os from 'node:os';

/** Lines such as "CPU: Intel Xeon ... (2 cores)", "Memory: 24 GB", "Node: v20.20.2", "Date: ...". */
export function machineLines(): string[] {
  const cpus = os.cpus();
  return [
    `CPU: ${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} cores)`,
    `Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `Node: ${process.version}`,
    // Other work on the machine skews timings: say how busy it was.
    `Load average at start (1 / 5 min): ${os.loadavg().slice(0, 2).map((l) => l.toFixed(2)).join(' / ')}`,
    `Date: ${new Date().toISOString()}`,
  ];
}
