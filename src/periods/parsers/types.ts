// The parser pipeline's building blocks: each parser finds one kind of period expression.
import type { PeriodSpec } from '../spec.js';

/** What a parser says about a match; the runner adds text, span and rule. */
export type SpecFields = Omit<PeriodSpec, 'text' | 'span' | 'rule'>;

/** One parser of the pipeline: finds every match of its pattern in a question. */
export interface PeriodParser {
  name: string;
  find(question: string): PeriodSpec[];
}

/** Left edge: not glued to a word, a currency sign, a hyphen or slash ("10-Q", "$2007"). */
const LEFT = String.raw`(?<![\w$€£¥#\-/.'’])`;
/** Right edge: not glued to a word, a percent, a decimal or thousands group ("2007.5", "2,007"). */
const RIGHT = String.raw`(?![\w%]|[.,]\d|/\d)`;

/** A parser from one regex source and an extract function (null from extract = no period here). */
export function regexParser(
  name: string,
  source: string,
  extract: (m: RegExpExecArray, question: string) => SpecFields | null,
): PeriodParser {
  const re = new RegExp(`${LEFT}(?:${source})${RIGHT}`, 'gi');
  return {
    name,
    find(question) {
      const out: PeriodSpec[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(question); m; m = re.exec(question)) {
        // Try again one character on, so overlapping candidates ("the quarter" / "quarter a year ago")
        // all reach the overlap refiner, which keeps the longest.
        re.lastIndex = m.index + 1;
        if (m[0].length === 0) continue;
        const fields = extract(m, question);
        if (fields) out.push({ ...fields, text: m[0], span: [m.index, m.index + m[0].length], rule: name });
      }
      return out;
    },
  };
}
