// Readings kept on disk between runs, so that a restart over thousands of releases does not read them again.
// A report's reading is a pure function of its text, its file name and the reader (its code, its word lists,
// the packages it runs on), so a reading is stored under a hash of the report's name and text, in a folder
// named by a hash of the reader, and used again only when all of them are the same: a changed figure, a renamed
// file or a changed reader means the report is read afresh.
// node_modules/.cache/lineitem/3f2a9c0d41b7e655/9be1c0a2d4f67e31.pack   <- one line per release: key TAB JSON
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../core/store.js';

/** Readings of one set of report paths, by report name and text. Never throws; a disk that refuses writes keeps nothing. */
export interface ReadCache {
  /** The pack file of this reader and these report paths. */
  file: string;
  /** Whether nothing is stored for these paths (then no `get` is worth a report's reading from disk). */
  empty(): boolean;
  /** The stored reading of a report's text under this name, or null. */
  get(text: string, name: string): Document | null;
  /** Keeps a new reading (`json`: the document as JSON, made when it was read) for `save`. */
  keep(key: string, json: string): void;
  /** Writes the pack: the first time, every reading used or kept (dropping unused ones); later, the new ones appended. */
  save(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// What a reading depends on besides the report: the code and word lists, and the packages' exact versions.
const READER_INPUTS = ['src', 'intents', 'package-lock.json'];
// "3f2a9c0d41b7e655": a reader's folder (older readers' folders are removed when a cache is opened)
const VERSION_DIR = /^[0-9a-f]{16}$/;
const KEY_LENGTH = 64;

function filesUnder(path: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    out.push(path);
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) filesUnder(join(path, e.name), out);
}

/** A hash of the reader's code, word lists and package versions (16 hex digits); null when they cannot be read. */
export function readerVersion(root = ROOT): string | null {
  try {
    const hash = createHash('sha256');
    const files: string[] = [];
    for (const input of READER_INPUTS) filesUnder(join(root, input), files);
    for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
    return hash.digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

/** The key of a report's reading: its file name and text hashed (a name is part of a reading: documents are named by it). */
export function readingKey(text: string, name: string): string {
  return createHash('sha256').update(name).update('\0').update(text).digest('hex');
}

// "key\t{...}\n" lines; a line cut short (a write that was stopped) or otherwise odd is skipped.
function readPack(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return entries;
  }
  for (const line of text.split('\n')) {
    if (line.length > KEY_LENGTH + 1 && line[KEY_LENGTH] === '\t') entries.set(line.slice(0, KEY_LENGTH), line.slice(KEY_LENGTH + 1));
  }
  return entries;
}

function* packLines(entries: Map<string, string>): Generator<string> {
  for (const [key, json] of entries) yield `${key}\t${json}\n`;
}

/**
 * Opens the cache in `dir` for this reader and these report paths, removing older readers' folders; null when
 * there is no folder (`dir` null) or the reader's version cannot be told. Nothing is read until the first `get`.
 */
export function openReadCache(dir: string | null, paths: string[], version = readerVersion()): ReadCache | null {
  if (!dir || !version) return null;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && VERSION_DIR.test(e.name) && e.name !== version) rmSync(join(dir, e.name), { recursive: true, force: true });
    }
  } catch {
    // no folder yet: made when the pack is first written
  }
  const set = createHash('sha256').update(paths.map((p) => resolve(p)).join('\0')).digest('hex').slice(0, 16);
  const file = join(dir, version, `${set}.pack`);
  let stored: Map<string, string> | null = null;
  // readings used or kept since the last save, and whether the pack on disk differs from them
  let fresh = new Map<string, string>();
  let saved = false;
  let changed = false;
  let writing = Promise.resolve();
  // once saved, the pack is not read again (a release read later is new: the watcher's)
  const entries = (): Map<string, string> => (saved ? new Map() : (stored ??= existsSync(file) ? readPack(file) : new Map()));
  return {
    file,
    empty: () => entries().size === 0,
    get(text, name) {
      const key = readingKey(text, name);
      const json = entries().get(key);
      if (json === undefined) return null;
      try {
        const doc = JSON.parse(json) as Document;
        // a stored reading is this report's, or it is not used
        if (!doc || doc.document !== name || !Array.isArray(doc.statements) || !Array.isArray(doc.prose)) return null;
        if (!saved) fresh.set(key, json);
        return doc;
      } catch {
        return null;
      }
    },
    keep(key, json) {
      fresh.set(key, json);
      changed = true;
    },
    save() {
      const batch = fresh;
      const first = !saved;
      // the first save rewrites the pack when a reading was added or one stored was not used (a changed release)
      const rewrite = first && (changed || (stored?.size ?? 0) > batch.size);
      fresh = new Map();
      stored = null;
      saved = true;
      changed = false;
      if (batch.size === 0 || (first && !rewrite)) return writing;
      writing = writing.then(() => (first ? writePack(file, packLines(batch)) : appendFile(file, [...packLines(batch)].join('')).catch(() => {})));
      return writing;
    },
  };
}

// Written whole, then renamed into place: a reader never sees half a pack.
async function writePack(file: string, text: Iterable<string>): Promise<void> {
  try {
    await mkdir(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch {
    // a read-only or full disk: the readings are simply not kept
  }
}
