// Settings, read in one place from the environment (and `--data` from the command line).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The embedded reports folder, data/ at the repository root (found from this file, not the working directory). */
export const DEFAULT_REPORTS = fileURLToPath(new URL('../data/', import.meta.url));
// The token is kept here and handed only to the Discord client: never log it (see adapters/logger.ts).

/** Where readings of reports are kept between runs by default: node_modules/.cache/lineitem at the repository root. */
export const DEFAULT_READ_CACHE = fileURLToPath(new URL('../node_modules/.cache/lineitem/', import.meta.url));

/** Log levels, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** Every setting the adapters use. */
export interface Config {
  /** Bot token; without it `npm start` opens the terminal chat. */
  discordToken: string | null;
  /** Application (client) id, for deploy-commands. */
  applicationId: string | null;
  /** Register commands to this guild only; null = globally. */
  guildId: string | null;
  /** REST base URL, e.g. "https://discord.com/api" or a proxy's. Null = discord.js's default. */
  discordApi: string | null;
  /** Report files or folders to load. */
  reports: string[];
  logLevel: LogLevel;
  /** JSON file that keeps per-channel defaults (the `/company` setting) across restarts. */
  stateFile: string;
  /** Folder where readings of reports are kept between runs (read-cache.ts); null = none. */
  readCacheDir: string | null;
}

const LEVELS: LogLevel[] = ['error', 'warn', 'info', 'debug'];

// "" and whitespace count as unset: `.env.example` lists every setting with an empty value.
function setting(env: NodeJS.ProcessEnv, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** Report paths: every `--data PATH` (or `--data=PATH`) in argv, else REPORTS split on commas, else `data/`. */
export function reportPaths(env: NodeJS.ProcessEnv, argv: string[]): string[] {
  const fromArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data' && argv[i + 1] !== undefined) fromArgs.push(argv[++i]!);
    else if (arg.startsWith('--data=')) fromArgs.push(arg.slice('--data='.length));
  }
  if (fromArgs.length > 0) return fromArgs;
  const listed = (setting(env, 'REPORTS') ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  return listed.length > 0 ? listed : [DEFAULT_REPORTS];
}

/** What is wrong with the command's arguments (`--data` without a path, an unknown option), or null. */
export function argumentError(argv: string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return '--data needs a file or folder';
      i++;
    } else if (!arg.startsWith('--data=')) return `unknown argument: ${arg} (only --data PATH is taken)`;
  }
  return null;
}

// READ_CACHE_DIR: a folder, "off" for none, unset for the default.
function readCacheDir(value: string | null): string | null {
  if (value === null) return DEFAULT_READ_CACHE;
  return /^(?:off|none|false|0)$/i.test(value) ? null : value;
}

/** Reads every setting; `argv` is the command's arguments after the script name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const level = (setting(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  return {
    discordToken: setting(env, 'DISCORD_TOKEN'),
    applicationId: setting(env, 'DISCORD_APPLICATION_ID'),
    guildId: setting(env, 'DISCORD_GUILD_ID'),
    discordApi: setting(env, 'DISCORD_API')?.replace(/\/+$/, '') ?? null,
    reports: reportPaths(env, argv),
    logLevel: LEVELS.includes(level) ? level : 'info',
    stateFile: setting(env, 'STATE_FILE') ?? '.lineitem-state.json',
    readCacheDir: readCacheDir(setting(env, 'READ_CACHE_DIR')),
  };
}

/**
 * Adds the settings of a `.env` file (KEY=value lines, as in .env.example) to process.env.
 * A variable already set in the environment wins, even when empty. No file: nothing happens.
 */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
