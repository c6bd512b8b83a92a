// 100 KB hostile questions: long runs of the things that make naive regular expressions backtrack.
const SIZE = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Named 100 KB questions. */
export function hostileQuestions(): { name: string; text: string }[] {
  return [
    { name: 'repeated metric words', text: fill('revenue gross margin Q2 2007 ') },
    { name: 'number-like garbage', text: fill('$$$(((1,2,3 ') },
    { name: 'one long number', text: fill('1,234') },
    { name: 'Q9 99999', text: fill('Q9 99999 ') },
    { name: 'no spaces', text: fill('a') },
    { name: 'spaces only', text: fill(' ') },
    { name: 'open parentheses', text: fill('(') },
    { name: 'mentions', text: fill('@everyone <@123> <@&456> ') },
    { name: 'unicode mix', text: fill('收入 \u200b\u200f e\u0301 📈 ') },
    { name: 'dates', text: fill('June 30, 2007 and ') },
    { name: 'dotted', text: fill('a.') },
  ];
}
