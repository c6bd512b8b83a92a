// The answer object: ../shared/CONTRACT.md ("An answer"). Fields may be added, never renamed.
import type { PeriodType } from './store.js';

/** A period as an answer states it. */
export interface AnswerPeriod {
  label: string;
  type: PeriodType;
  start: string | null;
  end: string;
  /** The period in words: "three months ended June 30, 2007". */
  long?: string;
}

/** Where a figure stands in a report. */
export interface Citation {
  document: string;
  line: number;
  statement: string;
  /** The row label with its section path, joined by " › ". */
  row: string;
  column: string;
}

/** A change between two periods. */
export interface Change {
  /** Each end's figure; `exact`: a computed ratio's before rounding (see AnswerItem.exact). */
  from: { period: AnswerPeriod; value: string; exact?: string };
  to: { period: AnswerPeriod; value: string; exact?: string };
  absolute: string;
  percent: string | null;
}

export type AnswerKind = 'value' | 'ratio' | 'change' | 'text';

/** One figure (or passage) of an answer. */
export interface AnswerItem {
  company: string | null;
  metric: string;
  kind: AnswerKind;
  period: AnswerPeriod | null;
  value: string | null;
  /** A computed ratio's value before `value`'s rounding to two places (to ten), so the text rounds it once: 32.348 -> "32.3%". */
  exact?: string;
  unit: string;
  citations: Citation[];
  formula?: string;
  change?: Change;
  /** For kind `text`: the quoted passage. */
  text?: string;
  derived?: boolean;
  restated?: boolean;
  /** The figure is stated in the release's words (a highlight bullet), rounded as written: not called exact. */
  statedInText?: boolean;
  /** Answer-time warnings, e.g. a failed check on the table the figure comes from. */
  notes?: string[];
}

export type Status = 'answered' | 'clarify' | 'not_found' | 'not_understood';

/** What the bot replies to one question. */
export interface Reply {
  question: string;
  status: Status;
  text: string;
  answers: AnswerItem[];
  suggestions: string[];
  /** Which rules fired; present only when debug tracing is on. */
  trace?: string[];
  /** The message's last question as it was read, filled from the one before ("and Q1?" -> "revenue Q1 2007"): what a follow-up in the next message goes on from. */
  followUpBase?: string;
}

/** What a question is answered against besides the store: no clock and no I/O in the core. */
export interface AskContext {
  /** The reference date, ISO. */
  today: string;
  /** The channel's default company, if one is set. */
  defaultCompany?: string;
  /** Collect a trace of the rules that fired. */
  debug?: boolean;
  /**
   * The same person's previous question in this conversation (chat adapters only; the batch CLI never sets it), as
   * its reply's `followUpBase` gave it. A message that goes on from it ("and Q1 2007?", "what about net income?")
   * takes what it leaves out from it; any other message is read on its own.
   */
  previous?: string;
}
