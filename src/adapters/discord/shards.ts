// Past one process: discord.js's ShardingManager runs the same bot file (src/cli/start.ts) once per shard.
import { ShardingManager } from 'discord.js';
import type { Logger } from '../logger.js';

/** How to shard. */
export interface ShardOptions {
  /** The bot file each shard runs. */
  file: string;
  token: string;
  /** REST base URL: the shard count is asked of it when set (discord.js's own lookup always asks Discord). */
  api: string | null;
  logger: Logger;
  /** Node flags for each shard, e.g. ["--import", "tsx"] to run TypeScript. */
  execArgv?: string[];
  /** Arguments for the bot file, e.g. ["--data", "reports/"]. */
  shardArgs?: string[];
}

// The recommended shard count from GET /v10/gateway/bot at the configured REST base.
async function recommendedShards(api: string, token: string): Promise<number> {
  const res = await fetch(`${api}/v10/gateway/bot`, { headers: { Authorization: `Bot ${token}` } });
  if (!res.ok) throw new Error(`gateway/bot answered ${res.status}`);
  const { shards } = (await res.json()) as { shards?: number };
  return Math.max(1, shards ?? 1);
}

/** Spawns every shard; resolves when all are up. */
export async function startShards(options: ShardOptions): Promise<ShardingManager> {
  const totalShards = options.api ? await recommendedShards(options.api, options.token) : 'auto';
  const manager = new ShardingManager(options.file, {
    token: options.token,
    totalShards,
    execArgv: options.execArgv ?? [],
    shardArgs: options.shardArgs ?? [],
  });
  manager.on('shardCreate', (shard) => options.logger.info(`shard ${shard.id} launched`));
  await manager.spawn();
  return manager;
}
