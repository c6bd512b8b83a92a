// Question generators: random unicode, finance words mixed with mentions, markdown and number garbage.
import fc from 'fast-check';

// Pieces a hostile or careless user types: mentions, markdown, bidi and zero-width marks, emoji, garbage numbers.
const HOSTILE_PIECES = ['@everyone', '@here', '@Everyone', '<@123>', '<@!123>', '<@&123>', '<#123>', '<@', '@',
  '```', '```js\nalert(1)\n```', '`', '**', '__', '~~', '||spoiler||', '> quote', '[link](http://x)', '\u200b', '\u200d',
  '\u200f', '\u202e', '\u2066', '\ufeff', '\u0301', '\u0301\u0301\u0301', '🚀', '👨‍👩‍👧', '🇺🇸', 'ما', '收入', 'Ü',
  '$$$(((1,2,3', 'Q9 99999', '(((', ')))', '$', '%', '1,234', '1,2,3,4,5', '-', '—', '--', '\n', '\t', '\r\n',
  '0.0.0', '1e309', 'NaN', '-0', '99999999999999999999', '1/0', '3/4'];
// Pieces of real questions, so the generator reaches deep into parsing and answering too.
const FINANCE_PIECES = ['what was', 'how much', 'revenue', 'service revenue', 'net income', 'net loss', 'gross margin',
  'EPS', 'diluted', 'cash', 'total assets', 'current ratio', 'free cash flow', 'R&D', 'in', 'for', 'at', 'vs',
  'compare', 'from', 'to', 'Q2 2007', 'Q1 2007', '2Q07', 'first half', 'six months ended June 30, 2007',
  'last quarter', 'year-end 2006', 'FY2006', 'YTD', 'Sonus', 'SONS', "Sonus'", 'Apple', 'Southern', 'growth',
  'change', 'who is the CEO', '?', 'June 30, 2007', '2006', '2007'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FINANCE_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** A question of up to a few hundred characters. */
export const question: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(piece, { maxLength: 16 }).chain((ps) => fc.constantFrom(' ', '', '\u200b').map((sep) => ps.join(sep))),
  fc.tuple(fc.constantFrom(...FINANCE_PIECES), fc.constantFrom(...HOSTILE_PIECES), fc.nat(20))
    .map(([f, h, n]) => `${h} ${f} `.repeat(n + 1)),
);

/** A question of about 100 KB built by repeating a generated piece. */
export const hugeQuestion: fc.Arbitrary<string> = fc.array(piece, { minLength: 1, maxLength: 6 })
  .map((ps) => {
    const unit = `${ps.join(' ')} `;
    return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  });
