// A tiny leveled logger that never prints a secret: every line passes through `redact`.
import type { LogLevel } from '../config.js';

/** Logs one line at a level; secrets given at creation are replaced by "[redacted]". */
export interface Logger {
  error(message: string, err?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const ORDER: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

// Discord tokens look like "MTIz...XYZ.abc.def": also redact anything token-shaped in case it came from elsewhere.
const TOKEN_SHAPE = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}/g;

/** Replaces every secret (and anything shaped like a bot token) in `text`. */
export function redact(text: string, secrets: (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.replace(TOKEN_SHAPE, '[redacted]');
}

/** A logger writing to stderr (or `write`), hiding `secrets`. */
export function createLogger(
  level: LogLevel,
  secrets: (string | null | undefined)[],
  write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): Logger {
  const emit = (at: LogLevel, message: string): void => {
    if (ORDER[at] > ORDER[level]) return;
    write(redact(`${new Date().toISOString()} ${at.toUpperCase()} ${message}`, secrets));
  };
  return {
    error: (message, err) => emit('error', err === undefined ? message : `${message}: ${describeError(err)}`),
    warn: (message) => emit('warn', message),
    info: (message) => emit('info', message),
    debug: (message) => emit('debug', message),
  };
}

// One line for an error: its message (and the first stack frame when there is one).
function describeError(err: unknown): string {
  if (err instanceof Error) {
    const frame = err.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim();
    return frame ? `${err.message} (${frame})` : err.message;
  }
  return String(err);
}
