// What a resolver returns: answers, or a problem code that the formatter turns into words.
import type { AnswerItem } from '../answer.js';

export type ProblemCode =
  | 'empty' // nothing to read in the question
  | 'not_understood' // no metric, ratio or topic recognised
  | 'no_reports' // the store is empty
  | 'ambiguous_company' // several companies could be meant
  | 'unknown_company' // a company was named that no report covers
  | 'no_metric' // no row of the reports matches the metric
  | 'ambiguous_metric' // several rows match about equally
  | 'ambiguous_period' // a period word that could name either of two periods ("last year" after a year-end)
  | 'no_period' // the metric exists but not for the period asked
  | 'unsupported' // a metric the reports cannot give (needs a share price, say)
  | 'cannot_compute' // a ratio whose inputs are not all reported for the period
  | 'no_text'; // no passage of the prose answers the question

/** Why a question could not be answered, with the nearest things the reports do hold. */
export interface Problem {
  code: ProblemCode;
  /** Plain words: what is missing or ambiguous. */
  message: string;
  /** For not_found: nearest figures held; for clarify: the choices. */
  suggestions: string[];
}

export type Outcome =
  | { kind: 'answers'; answers: AnswerItem[]; notes: string[]; /** Companies asked that could not answer, with why. */ gaps?: string[] }
  | { kind: 'info'; text: string }
  | { kind: 'problem'; problem: Problem };

export function problem(code: ProblemCode, message: string, suggestions: string[] = []): Outcome {
  return { kind: 'problem', problem: { code, message, suggestions } };
}
