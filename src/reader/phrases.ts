// A header line's phrases: runs of words separated by single spaces ("Three months", "March 28, March 29,"), with
// where each starts and ends on the line.

/** One phrase of a line and its columns on it. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
}

/** The phrases of a line of text, in order. */
export function phrases(text: string): Phrase[] {
  const out: Phrase[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
