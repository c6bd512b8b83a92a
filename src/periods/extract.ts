// Every period expression in a question, in order: the parsers find candidates, the refiners clean up.
import { parsers } from './parsers/index.js';
import { refiners } from './refiners/index.js';
import type { PeriodSpec } from './spec.js';

// Inputs longer than this are cut: a question is short, and the regexes need not scan 100 KB.
const MAX_LENGTH = 2000;

export function extractPeriods(question: string, trace?: string[]): PeriodSpec[] {
  const text = question.length > MAX_LENGTH ? question.slice(0, MAX_LENGTH) : question;
  let specs: PeriodSpec[] = parsers.flatMap((p) => p.find(text));
  for (const refine of refiners) specs = refine(specs, text, trace);
  for (const s of specs) trace?.push(`${s.rule}: "${s.text}"`);
  return specs;
}
