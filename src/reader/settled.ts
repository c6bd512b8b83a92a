// Whether a report file is done being written: its size and time stand still for a moment, it is not
// empty, and it ends with a line break (or has stood unchanged long enough that it never will).
import { readFile, stat } from 'node:fs/promises';

/** A file's size and modification time at one moment. */
export interface FileSig {
  size: number;
  mtimeMs: number;
}

/** The text of a finished file, `wait` while it is still being written, `gone` when it vanished. */
export type SettledRead = { text: string; sig: FileSig } | 'wait' | 'gone';

export async function signature(file: string): Promise<FileSig | null> {
  try {
    const st = await stat(file);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  }
}

export const sameSig = (a: FileSig, b: FileSig): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Reads a file if it has settled since `before` was taken (a short while ago): a size or time that
 * moved means a writer is still at work ("wait"); so does a young empty file, a read of another length
 * than the size, or a last line without its line break younger than `graceMs`.
 */
export async function readSettled(file: string, before: FileSig, graceMs: number, now: number): Promise<SettledRead> {
  const after = await signature(file);
  if (!after) return 'gone';
  if (!sameSig(before, after)) return 'wait';
  // an empty file is a writer that has not begun, until it has stood empty for `graceMs`
  if (after.size === 0 && now - after.mtimeMs < graceMs) return 'wait';
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    return 'gone';
  }
  if (buf.length !== after.size) return 'wait';
  // "...Total revenue   75,4" then nothing: a writer stopped mid-line; give it time to finish
  const last = buf[buf.length - 1];
  if (last !== 0x0a && last !== 0x0d && now - after.mtimeMs < graceMs) return 'wait';
  return { text: buf.toString('utf8'), sig: after };
}
