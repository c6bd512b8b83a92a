// Dates spoken as words, as voice typing writes them: "nineteen ninety seven" -> 1997, "twenty oh four" -> 2004,
// "two thousand seven" -> 2007, "two thousand and twelve" -> 2012. A bare "twenty four" or "two thousand" is a number,
// not a year, and stays.
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const UNIT = `(${UNITS.join('|')})`;
const TEEN = `(${TEENS.join('|')})`;
const TEN = `(${TENS.join('|')})(?:[\\s-]+${UNIT})?`;
// the last two digits: "ninety seven", "twelve", "oh four"
const TAIL = `(?:${TEEN}|${TEN}|(?:oh|o)[\\s-]+${UNIT})`;
const CENTURY = new RegExp(`\\b(nineteen|twenty)[\\s-]+${TAIL}\\b`, 'gi');
const THOUSAND = new RegExp(`\\btwo[\\s-]+thousand[\\s-]+(?:and[\\s-]+)?(?:${TEEN}|${TEN}|${UNIT})\\b`, 'gi');

const unit = (w: string | undefined): number => (w ? UNITS.indexOf(w.toLowerCase()) + 1 : 0);
const tail = (teen?: string, ten?: string, tenUnit?: string, oh?: string): number =>
  teen ? TEENS.indexOf(teen.toLowerCase()) + 10 : ten ? (TENS.indexOf(ten.toLowerCase()) + 2) * 10 + unit(tenUnit) : unit(oh);

// "q two", "Q-four": a quarter's number spoken
const QUARTER = /\bq[\s-]+(one|two|three|four)\b/gi;

// "march twenty eight", "June thirtieth": a day of the month spoken after the month's name (not "May second quarter")
const ORD_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DAY = new RegExp(
  `\\b(${MONTHS})\\.?[\\s-]+(?:(twenty|thirty)[\\s-]+(${[...UNITS, ...ORD_UNITS].join('|')})|(${[...TEENS, ...ORD_TEENS, ...UNITS, ...ORD_UNITS, 'twenty', 'twentieth', 'thirty', 'thirtieth'].join('|')}))\\b(?![\\s-]+(?:quarters?|qtrs?|half|halves|fiscal|months?|weeks?|years?)\\b)`,
  'gi',
);
function dayValue(tens: string | undefined, word: string): number {
  const w = word.toLowerCase();
  const base = tens ? (tens.toLowerCase() === 'twenty' ? 20 : 30) : 0;
  for (const list of [UNITS, ORD_UNITS]) if (list.includes(w)) return base + list.indexOf(w) + 1;
  for (const list of [TEENS, ORD_TEENS]) if (list.includes(w)) return list.indexOf(w) + 10;
  return /^twent/.test(w) ? 20 : 30;
}

/** The question with spoken years, quarters' numbers and days of the month written as digits. */
export function spokenDates(s: string): string {
  return s
    .replace(QUARTER, (_all, n: string) => `Q${unit(n)}`)
    .replace(CENTURY, (_all, c: string, teen?: string, ten?: string, tenUnit?: string, oh?: string) =>
      String((c.toLowerCase() === 'nineteen' ? 1900 : 2000) + tail(teen, ten, tenUnit, oh)))
    .replace(THOUSAND, (_all, teen?: string, ten?: string, tenUnit?: string, u?: string) => String(2000 + (u ? unit(u) : tail(teen, ten, tenUnit))))
    .replace(DAY, (all, month: string, tens: string | undefined, tensUnit: string | undefined, word: string | undefined) => {
      const day = dayValue(tens, (tensUnit ?? word)!);
      return day >= 1 && day <= 31 ? `${month} ${day}` : all;
    });
}
