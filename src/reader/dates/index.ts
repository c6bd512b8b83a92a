// Header dates: chrono-node (casual English) extended with the reader's parsers.
import * as chrono from 'chrono-node';
import { READER_DATE_PARSERS } from './parsers/index.js';
import { memoize } from '../../util/memo.js';

const parser = chrono.casual.clone();
parser.parsers.unshift(...READER_DATE_PARSERS);

/** A calendar date found in text. */
export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

const REF = new Date(Date.UTC(2000, 0, 1));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every full date (with a year) in the text, in order: "June 30, 2007" -> 2007-06-30; "December 2004" -> 2004-12-31. */
// (Column headers repeat from table to table: each text is parsed once.)
export const findDates: (text: string) => FoundDate[] = memoize(4096, (text) => parseDates(text));

function parseDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const r of parser.parse(text, REF)) {
    if (!r.start.isCertain('year') || !r.start.isCertain('month')) continue;
    const y = r.start.get('year')!;
    const m = r.start.get('month')!;
    let d = r.start.get('day')!;
    if (!r.start.isCertain('day')) d = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push({ iso: `${y}-${pad(m)}-${pad(d)}`, index: r.index, text: r.text });
  }
  return out;
}
