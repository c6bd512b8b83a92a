// Column headers: the header lines' phrases placed over the columns they stand above.
import type { Anchor } from './columns.js';
import type { Line } from './lines.js';
import { labelThenNames, UNITS_WORDS } from './tables.js';
import { spreadYearHeading } from './year-heading.js';
import { phrases, type Phrase } from './phrases.js';


// "2003 Change" -> "2003" | "Change"; "March 28, March 29," -> "March 28," | "March 29,";
// "Twenty-six weeksTwenty-six weeks" (two headers printed without a gap) -> "Twenty-six weeks" | "Twenty-six weeks".
function atoms(p: Phrase): Phrase[] {
  const cut = /(?<=\b(?:19|20)\d\d) (?=\S)|(?<=\b[A-Z][a-z]{2,8}\.? \d{1,2},?) (?=[A-Z][a-z]{2,8}\.? \d)|(?<=[a-z])(?=[A-Z][a-z])/g;
  const out: Phrase[] = [];
  let from = 0;
  for (let m = cut.exec(p.text); m; m = cut.exec(p.text)) {
    if (m[0] === '' && m.index === from) {
      cut.lastIndex++;
      continue;
    }
    out.push({ start: p.start + from, end: p.start + m.index, text: p.text.slice(from, m.index) });
    from = m.index + m[0].length;
    if (m[0] === '') cut.lastIndex++;
  }
  out.push({ start: p.start + from, end: p.end, text: p.text.slice(from) });
  return out;
}

function covered(p: Phrase, anchors: Anchor[]): number[] {
  const out: number[] = [];
  anchors.forEach((a, i) => {
    if (p.start < a.end && p.end > a.start) out.push(i);
  });
  return out;
}

function nearest(p: Phrase, anchors: Anchor[]): number | null {
  let best: number | null = null;
  let dist = 12;
  anchors.forEach((a, i) => {
    const d = p.end <= a.start ? a.start - p.end : p.start >= a.end ? p.start - a.end : 0;
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

// The column whose centre is nearest the phrase's centre (within a column's width).
function centredOver(p: Phrase, anchors: Anchor[]): number | null {
  let best: number | null = null;
  let dist = Infinity;
  anchors.forEach((a, i) => {
    const d = Math.abs((p.start + p.end) / 2 - (a.start + a.end) / 2);
    if (d < dist && d <= Math.max(6, a.end - a.start)) {
      dist = d;
      best = i;
    }
  });
  return best;
}

// "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" over two columns: the shared words go to both, each date to its own.
const DATE_PIECE = /\b[A-Z][a-z]{2,8}\.? \d{1,2}(?:, ?(?:19|20)\d\d)?,?/g;

function placeDates(p: Phrase, cols: number[], texts: string[][]): boolean {
  const found = [...p.text.matchAll(DATE_PIECE)];
  if (found.length !== cols.length || cols.length < 2) return false;
  const prefix = p.text.slice(0, found[0].index).trim();
  cols.forEach((c, i) => texts[c].push(`${prefix} ${found[i][0]}`.trim()));
  return true;
}

// "SIX MONTHS ENDED" alone on its line, centred over two columns but touching one: it heads them all.
// ("Three Months Ended June 30, 2026" alone over "Parent Co.   River JV   Eliminations   Consolidated", no line of
// years below it: the one period of every column.)
const ENDED_ON = /^(?:for the )?[\w-]+ (?:months?|weeks?|quarters?|years?) (?:ended|ending) [A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d$/i;

function spreadDuration(line: Line, anchors: Anchor[], rest: Line[] = []): (string | null)[] | null {
  const ps = phrases(line.text);
  if (ps.length !== 1 || anchors.length < 2) return null;
  const p = ps[0];
  const wholePeriod = ENDED_ON.test(p.text) && !rest.some((l) => l.kind === 'years' || /\b(?:19|20)\d\d\b/.test(l.text));
  if (!/\b(?:months?|mos|weeks?|quarters?|years?)\b/i.test(p.text) || (/\b(?:19|20)\d\d\b/.test(p.text) && !wholePeriod)) return null;
  if (p.end < anchors[0].start - 12 || atoms(p).length > 1) return null;
  return anchors.map(() => p.text);
}

// "December 31," alone on its line, centred over "2023   2022" but touching one column: it heads every column,
// each of which takes its own year from the line below.
function spreadMonthDay(line: Line, anchors: Anchor[], rest: Line[]): string[] | null {
  const ps = phrases(line.text);
  if (ps.length !== 1 || anchors.length < 2 || !/^[A-Z][a-z]{2,8}\.? \d{1,2},?$/.test(ps[0]!.text)) return null;
  const centre = (ps[0]!.start + ps[0]!.end) / 2;
  if (centre < anchors[0]!.start || centre > anchors[anchors.length - 1]!.end) return null;
  const years = rest.find((l) => l.kind === 'years' && l.split.label === '');
  if (!years || years.split.cells.length !== anchors.length) return null;
  return anchors.map(() => ps[0]!.text);
}

// A full date with its year: "July 3, 2004", "June 28, 2003".
const FULL_DATE = /\b[A-Z][a-z]{2,8}\.? \d{1,2}, ?((?:19|20)\d\d)\b/g;

// "For the 13 / Weeks Ended / July 3, 2004 and / June 28, 2003" stacked over two columns, each with its own
// year below ("2004", "2003"): each column keeps the date of its own year and drops the other.
function ownDate(texts: string[]): string[] {
  const years = texts.filter((t) => /^(?:19|20)\d\d$/.test(t));
  if (years.length !== 1) return texts;
  const dates = texts.flatMap((t) => [...t.matchAll(FULL_DATE)]);
  if (dates.length < 2 || dates.filter((d) => d[1] === years[0]).length !== 1) return texts;
  return texts
    .map((t) => t.replace(FULL_DATE, (d, y: string) => (y === years[0] ? d : '')).replace(/\s*\b(?:and|&)\s*$|^\s*(?:and|&)\b\s*/gi, '').trim())
    .filter((t) => t !== '');
}

// "Six Months Ended June 30, 2001 and 2000" alone on its line above a line of years: it heads every column,
// each of which takes its own year from below ("Six Months Ended June 30," + "2001").
const YEARS_LIST = /\s*\b(?:19|20)\d\d\b(?:\s*(?:and|&|,)\s*\b(?:19|20)\d\d\b)+/i;

function spreadPeriodLine(line: Line, anchors: Anchor[], rest: Line[]): string[] | null {
  const ps = phrases(line.text);
  if (ps.length !== 1 || anchors.length < 2 || !YEARS_LIST.test(ps[0].text)) return null;
  if (!/\b(?:months?|mos|weeks?|quarters?|years?)\b.*\b(?:ended|ending)\b/i.test(ps[0].text)) return null;
  if (!rest.some((l) => l.kind === 'years')) return null;
  const bare = ps[0].text.replace(YEARS_LIST, '').trim();
  return anchors.map(() => bare);
}

// "Three Months Ended        Six Months Ended" over four columns, each centred over its two but touching one:
// every column takes the duration phrase nearest its centre (each phrase heading a run of columns).
// "At and For the Three Months Ended   At and For the Year Ended" over five columns: each phrase heads its own run
// of columns, in order. The runs are the split that leaves the centres of the columns nearest their own phrase (no
// distance inside it): the third column, centred nearer the end of a long first phrase than the start of the second,
// is the first's. (A centre nearest a phrase taken alone, with no order kept, gives it to the shorter second phrase
// centred over two columns.) Ties go to the split whose column slots are centred nearest the phrases.
function spanOwners(ps: Phrase[], anchors: Anchor[]): number[] {
  const gaps = anchors.slice(1).map((a, i) => a.end - anchors[i]!.end).sort((x, y) => x - y);
  const pitch = gaps.length ? gaps[Math.floor(gaps.length / 2)]! : anchors[0]!.end - anchors[0]!.start;
  const slots = (from: number, to: number): number => (anchors[from]!.end - pitch + anchors[to]!.end) / 2;
  const mid = (x: { start: number; end: number }): number => (x.start + x.end) / 2;
  const away = (p: Phrase, a: Anchor): number => Math.max(0, p.start - mid(a), mid(a) - p.end);
  const runCost = (p: Phrase, from: number, to: number): number =>
    anchors.slice(from, to + 1).reduce((sum, a) => sum + away(p, a), 0) + 0.001 * Math.abs(mid(p) - slots(from, to));
  let best: { cost: number; cuts: number[] } | null = null;
  // every way to cut the columns into as many runs as there are phrases, in order, none empty
  const walk = (i: number, from: number, cost: number, cuts: number[]): void => {
    if (i === ps.length - 1) {
      const total = cost + runCost(ps[i]!, from, anchors.length - 1);
      if (best === null || total < best.cost) best = { cost: total, cuts };
      return;
    }
    for (let to = from; to <= anchors.length - (ps.length - i); to++) walk(i + 1, to + 1, cost + runCost(ps[i]!, from, to), [...cuts, to]);
  };
  walk(0, 0, 0, []);
  const cuts = (best as { cost: number; cuts: number[] } | null)?.cuts ?? [];
  return anchors.map((_, c) => cuts.filter((to) => to < c).length);
}

function nearestDurations(line: Line, anchors: Anchor[]): { p: Phrase; cols: number[] }[] | null {
  const ps = phrases(line.text);
  if (ps.length < 2 || ps.length >= anchors.length) return null;
  if (!ps.every((p) => /\b(?:months?|weeks?|quarters?|years?)\b/i.test(p.text) && !/\b(?:19|20)\d\d\b/.test(p.text) && atoms(p).length === 1)) return null;
  const owner = spanOwners(ps, anchors);
  // every phrase heads at least one column, in order, and touches one of its own columns
  for (let i = 0; i < ps.length; i++) {
    const cols = owner.map((o, c) => (o === i ? c : -1)).filter((c) => c >= 0);
    if (cols.length === 0 || covered(ps[i], cols.map((c) => anchors[c])).length === 0) return null;
  }
  if (owner.some((o, c) => c > 0 && o < owner[c - 1])) return null;
  return ps.map((p, i) => ({ p, cols: owner.map((o, c) => (o === i ? c : -1)).filter((c) => c >= 0) }));
}

// "2023   2022   % Change   2023   2022   % Change" over figures in the last three columns only (a table that
// leaves its quarter columns empty): the lowest header line names more columns than the figures fill. When each
// column of figures stands under one name of that line, the names are the columns; the figures take theirs.
function namedColumns(header: Line[], anchors: Anchor[]): { anchors: Anchor[]; of: number[] } | null {
  const lowest = [...header].reverse().find((l) => l.kind === 'text' || l.kind === 'years');
  if (!lowest || anchors.length === 0) return null;
  const lead = leadPhrase(lowest, anchors[0]!);
  // ("(in millions)   Revenue   Profit   Revenue   Profit": the units at the left name no column)
  const names = phrases(lowest.text).flatMap(atoms).filter((p) => !(lowest.kind === 'years' && lowest.split.label && p.end <= lowest.split.labelEnd) && p.start !== lead?.start && !(UNITS_WORDS.test(p.text) && p.end < anchors[0]!.start));
  if (names.length <= anchors.length || names.some((n) => n.text.split(' ').length > 3)) return null;
  const of: number[] = [];
  for (const a of anchors) {
    const over = names.map((n, i) => (n.start < a.end + 1 && n.end > a.start - 1 ? i : -1)).filter((i) => i >= 0);
    if (over.length !== 1 || (of.length > 0 && over[0]! <= of[of.length - 1]!)) return null;
    of.push(over[0]!);
  }
  return { anchors: names.map((n) => ({ start: n.start, end: n.end, right: n.end })), of };
}

/** Header text of each column, header lines read top to bottom (rules widen the phrase above them). */
export function columnLabels(header: Line[], anchors: Anchor[]): string[] {
  const named = namedColumns(header, anchors);
  if (named) {
    const all = labelsOver(header, named.anchors);
    return named.of.map((i) => all[i]!);
  }
  return labelsOver(header, anchors);
}

// "Three months ended   2025   2025   2024" under "June 30,  March 31,  December 31,": the words in the row
// labels' place on the line of years say how long each dated column runs; they lead every column's heading.
const LEAD_DURATION = /^(?:for the )?(?:(?:three|six|nine|twelve|\d{1,2}|thirteen|fourteen|twenty-six|fifty-two|fifty-three)[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?) (?:ended|ending)$/i;

// ("Three months ended   2024   2025   Y/Y %": also on a line of names that are not all years)
function leadDuration(header: Line[], anchors: Anchor[]): string | null {
  const line = header.find((l) => l.kind === 'years' && l.split.cells.length === anchors.length);
  const label = line?.split.label.trim() ?? '';
  if (LEAD_DURATION.test(label)) return label;
  const lead = anchors.length ? header.map((l) => leadPhrase(l, anchors[0]!)).find((p) => p !== null) : undefined;
  return lead?.text ?? null;
}

// The first phrase of a header line when it is a duration standing left of the first column.
function leadPhrase(line: Line, first: Anchor): Phrase | null {
  if (line.kind !== 'text') return null;
  const p = phrases(line.text)[0];
  return p && p.end < first.start - 2 && LEAD_DURATION.test(p.text) ? p : null;
}

// "Selected Balance Sheet Information:   June 30, 2026   December 31, 2025": the first column's title, left of the
// column names on their line, names no column; it is left out (the line keeps its layout).
function withoutRowTitle(line: Line, anchors: Anchor[]): Line {
  if (!labelThenNames(line)) return line;
  const first = phrases(line.text)[0]!;
  if (anchors.length === 0 || first.end > anchors[0]!.start) return line;
  return { ...line, text: ' '.repeat(first.end) + line.text.slice(first.end) };
}

// "2020" alone at the left, well before the first column of figures: a year for the whole header.
function loneYearAtLeft(line: Line, anchors: Anchor[]): boolean {
  return line.kind === 'years' && line.split.label === '' && line.split.cells.length === 1 && anchors.length >= 2 && line.split.cells[0]!.end < anchors[0]!.start - 2;
}

// "Three Months Ended" centred over the first three of five columns, on a line with "through   through" over the
// last two: it touches two of its three columns. A column left without a heading on that line, beside the columns
// the duration heads, is its column too when the duration then stands centred over them all.
const BARE_DURATION = /^(?:for the )?[\w-]+ (?:months?|weeks?|quarters?) (?:ended|ending)$/i;

function widenDurations(linePhrases: Phrase[], anchors: Anchor[], texts: string[][], before: number[]): void {
  const got = texts.map((t, c) => t.length > before[c]!);
  if (got.every(Boolean)) return;
  const mid = (x: { start: number; end: number }): number => (x.start + x.end) / 2;
  for (const p of linePhrases.filter((x) => BARE_DURATION.test(x.text))) {
    const cols = texts.map((t, c) => (got[c] && t.slice(before[c]).includes(p.text) ? c : -1)).filter((c) => c >= 0);
    if (cols.length === 0 || cols.some((c, i) => i > 0 && c !== cols[i - 1]! + 1)) continue;
    let lo = cols[0]!;
    let hi = cols[cols.length - 1]!;
    const off = (a: number, b: number): number => Math.abs(mid(p) - (anchors[a]!.start + anchors[b]!.end) / 2);
    for (;;) {
      const left = lo > 0 && !got[lo - 1] && off(lo - 1, hi) < off(lo, hi);
      const right = hi < anchors.length - 1 && !got[hi + 1] && off(lo, hi + 1) < off(lo, hi);
      if (!left && !right) break;
      if (right && (!left || off(lo, hi + 1) <= off(lo - 1, hi))) texts[++hi]!.push(p.text);
      else texts[--lo]!.push(p.text);
      got[lo] = got[hi] = true;
    }
  }
}

function labelsOver(header: Line[], anchors: Anchor[]): string[] {
  const texts: string[][] = anchors.map(() => []);
  const lead = leadDuration(header, anchors);
  header = header.map((l) => withoutRowTitle(l, anchors));
  if (lead) texts.forEach((t) => t.push(lead));
  // phrases of the previous text line that spanned two or more columns, with those columns
  let spans: { p: Phrase; cols: number[] }[] = [];
  header.forEach((line, idx) => {
    if (line.kind === 'rule' || line.kind === 'markup' || line.kind === 'blank') return;
    const below = header[idx + 1];
    const rules = below && below.kind === 'rule' ? phrases(below.text) : [];
    // "2023   2022   2021" with one year per column, set off from the figures below it: the years in order
    if (line.kind === 'years' && line.split.label === '' && line.split.cells.length === anchors.length && anchors.length >= 2 &&
      line.split.cells.some((c, i) => covered({ ...c, text: c.raw }, anchors).join() !== String(i))) {
      line.split.cells.forEach((c, i) => texts[i]!.push(c.raw));
      spans = [];
      return;
    }
    // "March 31   June 30   September 30   December 31" over "2020" alone in the row labels' place (a summary of
    // quarters in an annual report): the year dates every column, when no other header line gives one
    if (loneYearAtLeft(line, anchors) && !header.some((l) => l !== line && /\b(?:19|20)\d\d\b/.test(l.text))) {
      texts.forEach((t) => t.push(line.split.cells[0]!.raw));
      spans = [];
      return;
    }
    const spread = spreadYearHeading(line, anchors, header.slice(idx + 1)) ?? spreadPeriodLine(line, anchors, header.slice(idx + 1)) ?? spreadDuration(line, anchors, header.slice(idx + 1)) ?? spreadMonthDay(line, anchors, header.slice(idx + 1));
    if (spread) {
      spread.forEach((t, c) => t && texts[c].push(t));
      return;
    }
    // (only when the phrases, widened by the rules under them, leave some column without a heading, or two of them
    // touch one column: "Three Months Ended December 31,   Year Ended December 31," each reaching one figure too far)
    const widened = phrases(line.text).map((p) => {
      const r = rules.find((x) => x.start < p.end && x.end > p.start);
      return r ? { ...p, start: Math.min(p.start, r.start), end: Math.max(p.end, r.end) } : p;
    });
    const over = anchors.map((a) => widened.filter((p) => p.start < a.end && p.end > a.start).length);
    const durations = over.some((n) => n !== 1) ? nearestDurations(line, anchors) : null;
    if (durations) {
      for (const d of durations) for (const c of d.cols) texts[c]!.push(d.p.text);
      // ("Three Months Ended   Year Ended" / "December 31,   December 31,": the date under each phrase, touching one
      // of its columns, heads that phrase's columns too)
      spans = durations;
      return;
    }
    // "Amount   % of Total   Amount   % of Total" under dates that each span two columns: a line with one short
    // name per column, each near its own, names the columns in order (a name wider than its column may touch
    // the next one, but it is not that one's heading)
    const names = phrases(line.text).flatMap(atoms).filter((p) => !UNITS_WORDS.test(p.text) && !(line.kind === 'years' && line.split.label && p.end <= line.split.labelEnd));
    if (names.length === anchors.length && anchors.length >= 2 && names.some((n, i) => covered(n, anchors).length > 1 || !covered(n, anchors).includes(i)) &&
      names.every((n, i) => n.text.split(' ').length <= 4 && !/\d/.test(n.text) && centredOver(n, anchors) === i)) {
      names.forEach((n, i) => texts[i].push(n.text));
      spans = [];
      return;
    }
    const lineSpans: { p: Phrase; cols: number[] }[] = [];
    // "September 30, 1994, and September 24, 1993   1994   1993": the words left of a header's years stand in the
    // row labels' place; they date the columns (read with the title's period), they are no column's own heading
    if (line.kind === 'text' && line.split.cells.length === 0 && anchors.length > 0 && line.text.trimEnd().length < anchors[0].start - 2 && line.split.indent < 10) return;
    const linePhrases = phrases(line.text).filter((p) => !(line.kind === 'years' && line.split.label && p.end <= line.split.labelEnd));
    const before = texts.map((t) => t.length);
    for (const p0 of linePhrases) {
      // "(In thousands, except per share data)" left of the years is the units, not a column header
      if (UNITS_WORDS.test(p0.text)) continue;
      // a rule below widens a phrase only when the phrase is alone over it ("December 31,  December 25," over one rule are two headers)
      const rule = rules.find(
        (r) => r.start < p0.end && r.end > p0.start && linePhrases.filter((x) => x.start < r.end && x.end > r.start).length === 1,
      );
      const p = rule ? { ...p0, start: Math.min(p0.start, rule.start), end: Math.max(p0.end, rule.end) } : p0;
      let cols = covered(p, anchors);
      // "June 30," centred under "Six Months Ended" but touching one column: it heads the same columns
      // (only when it is the one phrase under that header: "September 30,  September 25," are two dates, one per column)
      const above = spans.find((x) => x.p.start < p.end && x.p.end > p.start);
      const alone = above !== undefined && linePhrases.filter((x) => x.start < above.p.end && x.end > above.p.start).length === 1;
      if (cols.length <= 1 && above && alone && /^[A-Z][a-z]{2,8}\.? \d{1,2},?$/.test(p.text)) cols = above.cols;
      if (cols.length >= 2) lineSpans.push({ p, cols });
      if (cols.length >= 2 && placeDates(p, cols, texts)) continue;
      if (cols.length >= 2 && rule === undefined) {
        const parts = atoms(p);
        if (parts.length > 1) {
          for (const a of parts) {
            const c = covered(a, anchors);
            const target = c.length ? c : [nearest(a, anchors)].filter((x): x is number => x !== null);
            for (const t of target) texts[t].push(a.text);
          }
          continue;
        }
      }
      const target = cols.length ? cols : [nearest(p, anchors)].filter((x): x is number => x !== null);
      for (const t of target) texts[t].push(p.text);
    }
    widenDurations(linePhrases, anchors, texts, before);
    spans = lineSpans;
  });
  texts.forEach((t, c) => (texts[c] = ownDate(t)));
  // "For the 13 Weeks Ended July 3, 2004" over "2004": the year is said once
  const once = texts.map((t) => t.filter((x, i) => !(/^(?:19|20)\d\d$/.test(x) && t.slice(0, i).some((y) => y.includes(x)))));
  return once.map((t) =>
    t
      .join(' ')
      .replace(/\((?:see )?notes?\)|\(unaudited\)/gi, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
