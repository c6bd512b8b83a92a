// The statement store: what the report reader produces and the resolver reads.
// Shapes follow ../shared/CONTRACT.md ("The store"); fields may be added, never renamed.

/** The kind of a reporting period. `instant` is a balance-sheet date. */
export type PeriodType = 'quarter' | 'six_months' | 'nine_months' | 'year' | 'instant' | 'other';

/** A reporting period. Dates are ISO `yyyy-mm-dd`; `start` is null for instants. */
export interface Period {
  type: PeriodType;
  start: string | null;
  end: string;
  /** Length in weeks when the header states it ("13 weeks ended"). */
  weeks?: number;
}

/** What a column holds: a period's figures, or a change between two of them. */
export type ColumnKind = 'period' | 'change' | 'percent_change' | 'other';

/** One column of a table, with its header as the report prints it (lines joined by one space). */
export interface Column {
  label: string;
  period: Period | null;
  kind: ColumnKind;
}

/** `USD`, `USD/share`, `shares`, `percent`, `ratio`, `days`, another ISO currency, or a physical unit such as `kWh`. */
export type Unit = string;

/** One table row. `values` line up with the statement's `columns`; decimal strings in base units, null for an empty cell. */
export interface Row {
  label: string;
  /** Section path, outermost first, ending with the label: ["Revenue", "Service"]. */
  path: string[];
  /** The 1-based line where the row's figures stand. */
  line: number;
  /** First and last line of the (possibly wrapped) label. */
  lines: [number, number];
  unit: Unit;
  values: (string | null)[];
  /** `text`: a figure the release states only in its words (a highlight bullet), rounded as written there. */
  stated?: 'text';
}

export type StatementKind = 'income' | 'balance' | 'cash_flow' | 'other';

/** One table of a report. */
export interface Statement {
  title: string;
  kind: StatementKind;
  /** Line of the title. */
  line: number;
  /** The units line as printed, e.g. "in thousands, except per share data". */
  units: string;
  columns: Column[];
  rows: Row[];
}

/** An arithmetic check the report's own figures must satisfy. */
export interface Check {
  ok: boolean;
  line: number;
  rule: string;
  detail: string;
}

/** A paragraph of the report's prose. */
export interface Paragraph {
  /** The paragraph's text, its source lines joined with single spaces. */
  text: string;
  /** First and last line. */
  lines: [number, number];
  /** Character offset in `text` at which each source line starts (offsets[i] is line lines[0] + i). */
  offsets: number[];
}

/** One report file, read. */
export interface Document {
  document: string;
  company: string | null;
  ticker: string | null;
  title: string;
  statements: Statement[];
  checks: Check[];
  prose: Paragraph[];
  /** Month and day the company's fiscal year ends, when the report shows it (default December 31); `startNamed` when its years are named by the year they start in. */
  fiscalYearEnd: { month: number; day: number; startNamed?: boolean } | null;
  /** One-line messages about what could not be read. */
  problems: string[];
}

/** Every report loaded. */
export interface Store {
  documents: Document[];
}
