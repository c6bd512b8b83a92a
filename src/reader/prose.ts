// The report's prose: blank-line separated paragraphs outside the tables, with line ranges and offsets.
import type { Paragraph } from '../core/store.js';
import type { Line } from './lines.js';
import { detached } from './text.js';

/** Paragraphs of text lines not inside any table (`inTable[i]` marks line index i as table). */
export function readProse(lines: Line[], inTable: boolean[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  const close = (): void => {
    if (cur.length === 0) return;
    const offsets: number[] = [];
    const parts: string[] = [];
    let length = 0;
    for (const l of cur) {
      const t = l.text.trim();
      if (length) length++;
      offsets.push(length);
      parts.push(t);
      length += t.length;
    }
    // one string of its own (not pieces of the file's text)
    const text = detached(parts.join(' '));
    out.push({ text, lines: [cur[0].number, cur[cur.length - 1].number], offsets });
    cur = [];
  };
  lines.forEach((l, i) => {
    const textual = !inTable[i] && (l.kind === 'text' || l.kind === 'figures' || l.kind === 'years');
    if (textual) cur.push(l);
    else close();
  });
  close();
  return out;
}
