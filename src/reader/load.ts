// The file edge of the reader: report files or folders -> a Store, one problem line per unreadable file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document, Store } from '../core/store.js';
import { readReport } from './index.js';
import { readingKey, type ReadCache } from './read-cache.js';

/** A file that could not be read, with a one-line reason. */
export interface LoadProblem {
  file: string;
  message: string;
}

// Report files in a folder: .txt, .htm, .html, .text (sorted by name).
const REPORT_FILE = /\.(?:txt|text|html?)$/i;

// Folders inside a folder are read too, this deep ("reports/sonus/2007-q2.txt"); hidden ones are not.
const MAX_DEPTH = 3;

function folderFiles(dir: string, depth: number, files: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH && entry.name !== 'node_modules') folderFiles(path, depth + 1, files);
    } else if (REPORT_FILE.test(entry.name)) files.push(path);
  }
}

/** The report files of these paths: a folder gives its report files (and its sub-folders'), sorted by name; a file is itself. */
export function reportFiles(paths: string[], problems: LoadProblem[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) folderFiles(p, 1, files);
      else files.push(p);
    } catch (err) {
      problems.push({ file: p, message: `${p}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return files;
}

/** Loads every report in the given files and folders. Never throws. */
export function loadReports(paths: string[]): { store: Store; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const store: Store = { documents: [] };
  for (const file of reportFiles(paths, problems)) {
    const doc = readReportFile(file, problems);
    if (doc) store.documents.push(doc);
  }
  return { store, problems };
}

/** A report file's text, or null with a problem added when it cannot be read. */
export function reportText(file: string, problems: LoadProblem[]): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ file, message: `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return null;
  }
}

/** One report file read from disk as a document, its problems added; null when nothing could be read. */
export function readReportFile(file: string, problems: LoadProblem[]): Document | null {
  const text = reportText(file, problems);
  return text === null ? null : documentOf(text, file, problems);
}

/**
 * A report file's text read as a document, its problems added; null when nothing could be read. With a cache,
 * a reading of the same text and name by the same reader is taken from it, and a new reading is kept in it.
 */
export function documentOf(text: string, file: string, problems: LoadProblem[], cache: ReadCache | null = null): Document | null {
  const name = basename(file);
  let doc = cache?.get(text, name) ?? null;
  if (!doc) {
    doc = readReport(text, name);
    cache?.keep(readingKey(text, name), JSON.stringify(doc));
  }
  return accepted(doc, file, problems);
}

/** A reading as the store takes it: null when it holds neither a table nor prose; its problems added. */
export function accepted(doc: Document, file: string, problems: LoadProblem[]): Document | null {
  if (doc.statements.length === 0 && doc.prose.length === 0) {
    problems.push({ file, message: doc.problems[0] ?? `${basename(file)}: nothing could be read` });
    return null;
  }
  for (const message of doc.problems) problems.push({ file, message });
  return doc;
}

/** The store as CONTRACT.md's `ingest --json` prints it (extra fields kept: prose, fiscalYearEnd, problems). */
export function storeToJson(store: Store): object {
  return { documents: store.documents.map((d) => ({ ...d })) };
}
