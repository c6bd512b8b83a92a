// The worker thread of load-parallel.ts. Worker threads do not inherit the TypeScript loader the
// process runs under, so it is registered here; the reader's packages are loaded first, by Node's
// own loader (quicker than through the TypeScript loader's hooks, and then shared by the reader).
await import('chrono-node');
await import('decimal.js');
await import('yaml');
const { register } = await import('tsx/esm/api');
register();
await import('./load-worker.ts');
