// The file edge of the reader: report files or folders -> a Store, one problem line per unreadable file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Document, Store } from '../core/store.js';
import { readReport } from './index.js';

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

/** One report file read from disk as a document, its problems added; null when nothing could be read. */
export function readReportFile(file: string, problems: LoadProblem[]): Document | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ file, message: `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return null;
  }
  return documentOf(text, file, problems);
}

/** A report file's text read as a document, its problems added; null when nothing could be read. */
export function documentOf(text: string, file: string, problems: LoadProblem[]): Document | null {
  const doc = readReport(text, basename(file));
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
