import { loadReportsParallel } from '../src/reader/load-parallel.js';
const worker = process.argv[2] === 'w';
for (let i = 0; i < 2; i++) {
  const t = performance.now(); const c0 = process.cpuUsage();
  const r = await loadReportsParallel(['/tmp/gen5k'], { worker });
  const cpu = process.cpuUsage(c0);
  console.log(process.execArgv.filter(a=>a.startsWith('--s')).join(' '), worker, r.chunks, ((performance.now() - t) / 1000).toFixed(2) + ' s', ((cpu.user + cpu.system) / 1e6).toFixed(2) + ' cpu');
}
