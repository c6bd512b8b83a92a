// Turns raw file text into clean lines: CRLF/CR tolerated, tabs expanded with 8-column stops.

/** Result of normalising a file's text. */
export interface CleanText {
  lines: string[];
  problem: string | null;
}

// "a\tb" -> "a       b": tabs advance to the next multiple of 8.
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let from = 0;
  for (let tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
    out += line.slice(from, tab);
    out += ' '.repeat(8 - (out.length % 8));
    from = tab + 1;
  }
  return out + line.slice(from);
}

// A control character, or U+FFFD (what an undecodable byte becomes).
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

// Binary: a NUL byte, or more than 5% control characters in the first 64 KB.
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  // most texts hold none: nothing to count
  if (!CONTROL.test(sample)) return false;
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/**
 * The string as a copy of its own. A slice of a long string may share the whole string's storage (V8
 * does), so a short title kept from a slice of a file's line would keep the whole file's text alive.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

// Strings that recur from report to report (table titles, column headers, check rules): one copy of each
// (the last 16,384 kept), so that 5,000 releases do not hold 5,000 copies of "Total assets = ...".
const pool = new Map<string, string>();
const POOL_SIZE = 16384;

/** The pooled copy of a string (its own storage, as `detached`). */
export function shared(s: string): string {
  const hit = pool.get(s);
  if (hit !== undefined) return hit;
  const own = detached(s);
  if (pool.size >= POOL_SIZE) pool.clear();
  pool.set(own, own);
  return own;
}

// "| Revenue   |  $ 214.7  | $ 188.2 |", "|----------|---------|", "+-----+-----+": a table drawn with bars and corners
// (converted from a web page) reads as the same table set in spaces; each bar becomes a space, so columns keep
// their places.
const PIPED = /^\s*\|.*\|$/;
const GRID_RULE = /^\s*\+[-=+]+\+$/;
export function unpiped(line: string): string {
  if (!line.includes('|') && !line.includes('+')) return line;
  if (PIPED.test(line) && line.split('|').length >= 4) return line.replace(/\|/g, ' ').trimEnd();
  if (GRID_RULE.test(line)) return line.replace(/\+/g, ' ').trimEnd();
  return line;
}

/** Splits text into lines (1-based line i is lines[i-1]), expanding tabs and dropping trailing whitespace. */
export function cleanText(text: string): CleanText {
  if (!/\S/.test(text)) return { lines: [], problem: 'empty file' };
  if (looksBinary(text)) return { lines: [], problem: 'binary file (not text)' };
  // HTML tables (<tr>, <td>) lose their columns' positions: not read rather than misread
  if (text.includes('<') && /<td[\s>]|<tr[\s>]|<html[\s>]/i.test(text.slice(0, 200000))) return { lines: [], problem: 'HTML file (only plain-text reports are read)' };
  // a byte-order mark at the start; form feeds and no-break spaces read as spaces
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\f') || body.includes('\u00a0')) body = body.replace(/[\f\u00a0]/g, ' ');
  // "−12.4" (the minus sign) and "–15.0" (a dash standing before a number): negative figures, read as "-12.4"
  // (one character for one, so the columns keep their places; a dash alone is still a zero)
  if (/[\u2212\u2013\u2014]/.test(body)) body = body.replace(/\u2212/g, '-').replace(/(^|[\s($€£])[\u2013\u2014](?=\d)/gm, '$1-');
  const raw = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const lines = raw.map((l) => unpiped(expandTabs(l).trimEnd()));
  return { lines, problem: null };
}
