// Shared test helper: the periods of a question, without spans (asserted separately where they matter).
import { extractPeriods } from '../../src/periods/extract.js';
import type { PeriodSpec } from '../../src/periods/spec.js';

export type Fields = Omit<PeriodSpec, 'span'>;

export function periods(question: string): Fields[] {
  return extractPeriods(question).map(({ span: _span, ...rest }) => rest);
}

/** The one period found in a question (fails the test when there are none or several). */
export function onePeriod(question: string): Omit<PeriodSpec, 'span' | 'text'> & { text: string } {
  const found = periods(question);
  if (found.length !== 1) throw new Error(`expected one period in "${question}", got ${JSON.stringify(found)}`);
  return found[0]!;
}
