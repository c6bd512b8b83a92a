// Ways a release gets broken on its way to the bot, as pure functions of the text and a few numbers.
import fc from 'fast-check';

/** One mutation with its parameters (positions are taken modulo the text's size). */
export type Mutation = { kind: (typeof KINDS)[number]; a: number; b: number; c: number };

export const KINDS = ['cut', 'shift', 'garble', 'duplicate', 'noise', 'crlf', 'tabs', 'delete', 'swap', 'longline', 'cr'] as const;

const NOISE = ['\u0000', '\u0001', '\u001b[31m', '\ufffd', '\ufeff', '\u00a0', '\u2028', '\u202e', '\x7f', '\uD800', 'ÿþ', '\f', '\v'];
const GARBLE = '0123456789,.()$-—%';

const lines = (t: string): string[] => t.split('\n');

/** Applies one mutation. */
export function mutate(text: string, m: Mutation): string {
  const ls = lines(text);
  const at = (n: number): number => (ls.length ? n % ls.length : 0);
  switch (m.kind) {
    case 'cut': // the file ends at a random line, maybe mid-line: "Total revenue      75,4"
      return ls.slice(0, at(m.a)).join('\n') + (m.b % 2 ? `\n${(ls[at(m.a)] ?? '').slice(0, m.c % 80)}` : '');
    case 'shift': { // a block of lines moved right by a few columns (a table out of alignment)
      const from = at(m.a);
      return ls.map((l, i) => (i >= from && i < from + (m.b % 30) ? ' '.repeat((m.c % 7) + 1) + l : l)).join('\n');
    }
    case 'garble': // digits and separators replaced on a few lines: "52,171" -> "5(,1$1"
      return ls.map((l, i) => ((i + m.a) % Math.max(3, m.b % 40) === 0
        ? l.replace(/[\d,.()$-]/g, (ch, k: number) => ((k + m.c) % 3 === 0 ? GARBLE[(k * 7 + m.c) % GARBLE.length]! : ch)) : l)).join('\n');
    case 'duplicate': { // a block (a table, say) printed twice
      const from = at(m.a);
      const block = ls.slice(from, from + (m.b % 80) + 1);
      const to = at(m.c);
      return [...ls.slice(0, to), ...block, ...ls.slice(to)].join('\n');
    }
    case 'noise': { // binary bytes inserted at a random character
      const pos = text.length ? m.a % text.length : 0;
      const junk = Array.from({ length: (m.b % 40) + 1 }, (_, k) => NOISE[(k + m.c) % NOISE.length]).join('');
      return text.slice(0, pos) + junk + text.slice(pos);
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr': // old Mac line ends on part of the file
      return ls.map((l, i) => (i % Math.max(2, m.a % 9) === 0 ? `${l}\r` : l)).join('\n');
    case 'tabs':
      return text.replace(/ {8}/g, '\t');
    case 'delete': { // some lines lost (a header line, a rule, a row)
      const from = at(m.a);
      return [...ls.slice(0, from), ...ls.slice(from + (m.b % 5) + 1)].join('\n');
    }
    case 'swap': {
      const i = at(m.a);
      const j = at(m.b);
      const copy = [...ls];
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      return copy.join('\n');
    }
    case 'longline': // one enormous line (a table pasted without line ends)
      return [...ls.slice(0, at(m.a)), ls.slice(at(m.a), at(m.a) + 60).join(' ').repeat((m.b % 5) + 1), ...ls.slice(at(m.a) + 60)].join('\n');
  }
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS), a: fc.nat(1_000_000), b: fc.nat(1_000_000), c: fc.nat(1_000_000),
});

/** Expands tabs to 8-column stops, as a terminal shows them. */
export function expandTabs(text: string): string {
  return text.split('\n').map((l) => {
    let out = '';
    for (const ch of l) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
    return out;
  }).join('\n');
}

/** Replaces runs of spaces that reach a tab stop with tabs: the same text once tabs are expanded. */
export function tabifyEquivalent(text: string, every: number): string {
  return text.split('\n').map((l, n) => {
    if (n % every !== 0) return l;
    let out = '';
    let col = 0;
    let i = 0;
    while (i < l.length) {
      const stop = (Math.floor(col / 8) + 1) * 8;
      if (stop - col > 1 && l.slice(i, i + stop - col) === ' '.repeat(stop - col)) {
        out += '\t';
        i += stop - col;
        col = stop;
      } else {
        out += l[i];
        i++;
        col++;
      }
    }
    return out;
  }).join('\n');
}
