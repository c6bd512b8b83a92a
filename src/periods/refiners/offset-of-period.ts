// A period named by its distance from another: "the quarter before Q2 2007" -> Q1 2007, "the quarter prior to
// Q1 2007" -> Q4 2006, "two quarters before Q2 2007" -> Q4 2006, "the year before 2007" -> 2006, "the half after
// H1 2007" -> H2 2007, "a year before Q2 2007" -> Q2 2006. One period (the words before it name no period of their own, whatever a parser read
// in them), asked about; never the latest quarter or a comparison.
import type { PeriodSpec } from '../spec.js';

const COUNTS: Record<string, number> = { the: 1, a: 1, one: 1, two: 2, three: 3, four: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
// "the quarter before ", "two quarters prior to ", "the fiscal year preceding ", "the half following "
// ("quarter before Q2 1997": no count is one)
const OFFSET = /(?:\b(the|a|one|two|three|four|[1-4])\s+|(?<![\w-]))(?:fiscal\s+)?(quarter|year|half)s?\s+(before|prior\s+to|preceding|ahead\s+of|after|following)\s+(?:the\s+)?$/i;
const KIND: Record<string, (s: PeriodSpec) => boolean> = {
  quarter: (s) => s.type === 'quarter' && s.index !== undefined && s.year !== undefined,
  half: (s) => s.type === 'six_months' && s.index !== undefined && s.year !== undefined,
  // ("a year before Q2 2007": the same quarter of the year before)
  year: (s) => s.year !== undefined,
};

// Q2 2007 moved back one quarter -> Q1 2007; the year moves with the index (4 quarters or 2 halves a year).
function moved(s: PeriodSpec, unit: string, by: number): { year: number; index?: number } {
  if (unit === 'year') return { year: s.year! + by };
  const per = unit === 'quarter' ? 4 : 2;
  const k = s.year! * per + (s.index! - 1) + by;
  return { year: Math.floor(k / per), index: (k % per) + 1 };
}

export function offsetOfPeriod(specs: PeriodSpec[], question: string, trace?: string[]): PeriodSpec[] {
  let out = specs;
  for (const s of specs) {
    if (s.relative || s.end || s.endMonth || s.monthDay || s.calendar) continue;
    const m = OFFSET.exec(question.slice(0, s.span[0]));
    const unit = m?.[2]!.toLowerCase();
    if (!m || !unit || !KIND[unit]!(s)) continue;
    const start = s.span[0] - m[0].length;
    // the words before the period are this offset's: a period a parser read in them ("the quarter before") goes
    if (out.some((o) => o !== s && o.span[0] < start && o.span[1] > start)) continue;
    const by = (m[1] ? COUNTS[m[1].toLowerCase()]! : 1) * (/^(?:after|following)$/i.test(m[3]!) ? 1 : -1);
    const next: PeriodSpec = { ...s, ...moved(s, unit, by), text: question.slice(start, s.span[1]), span: [start, s.span[1]], rule: `${s.rule}+offset` };
    trace?.push(`offset-of-period: "${next.text}"`);
    out = out.filter((o) => o === s || o.span[1] <= start || o.span[0] >= s.span[1]).map((o) => (o === s ? next : o));
  }
  return out;
}
