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
    `Date: ${new Date().toISOString()}`,
  ];
}
