// The part of a read Document that the golden files pin down (prose is tested separately).
import type { Document } from '../../src/core/store.js';

export function goldenShape(d: Document): object {
  return {
    document: d.document,
    company: d.company,
    ticker: d.ticker,
    title: d.title,
    fiscalYearEnd: d.fiscalYearEnd,
    statements: d.statements,
    checks: d.checks,
    problems: d.problems,
  };
}
