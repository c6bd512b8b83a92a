// "Ostler revenue last 3 quarters", "revenue over the past four quarters": the latest quarter the question finds, then
// each quarter before it, asked in turn ("... the quarter before Q3 2025", "... two quarters before Q3 2025"), so each
// quarter is answered (and cited, or derived, or declined) as it would be alone. Pure.

/** A run of the latest quarters asked: how many, and where the question names them. */
export interface SeriesAsked {
  n: number;
  span: [number, number];
}

// "last 3 quarters", "the past two qtrs", "over the previous three quarters" ("the last four quarters" is no run but
// their sum, the trailing twelve months, as the period parsers read it)
const SERIES = /\b(?:(?:for|in|over|during)\s+)?(?:the\s+)?(?:last|past|previous|prior|latest|most\s+recent|recent)\s+(2|3|two|three)\s+(?:fiscal\s+)?(?:quarters|qtrs)\b/i;
const COUNT: Record<string, number> = { two: 2, three: 3 };
// the k-th quarter before the latest, as the period parsers read it
const BEFORE = ['', 'the quarter before', 'two quarters before'];

/** The run of latest quarters a question asks for, or null. */
export function seriesAsked(question: string): SeriesAsked | null {
  const m = SERIES.exec(question);
  if (!m) return null;
  return { n: COUNT[m[1]!.toLowerCase()] ?? Number(m[1]), span: [m.index, m.index + m[0].length] };
}

// "gross margin trend last 3 quarters": the trend of a run is its figures, no comparison of each with a year before
const TREND = /\btrend(?:s|ing)?\b/gi;

/** The question with its run of quarters replaced by `words`. */
export function withPeriod(question: string, s: SeriesAsked, words: string): string {
  const [before, after] = [question.slice(0, s.span[0]).replace(TREND, ' '), question.slice(s.span[1]).replace(TREND, ' ')];
  return `${before}${words}${after}`.replace(/\s+/g, ' ').trim();
}

/** The questions of the run, newest first, once the latest quarter is known by its label ("Q3 2025", "Q3 FY2025"). */
export function seriesQuestions(question: string, s: SeriesAsked, latest: string): string[] {
  return Array.from({ length: s.n }, (_, k) => withPeriod(question, s, k === 0 ? latest : `${BEFORE[k]} ${latest}`));
}
