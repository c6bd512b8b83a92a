// A length alone, without an end or a year: "the nine months", "nine-month", "the six months", "the
// three months", "3-month" -> the latest period of that length (the resolver picks the latest column).
// "three months" is the latest quarter; "twelve months" alone is left to the TTM words and fiscal years.
import type { PeriodType } from '../../core/store.js';
import { regexParser } from './types.js';

// never before an end or a part-of ("three months ended February 30, 2007", "three months of 2007"): those
// are read by other parsers or not at all
const SOURCE = String.raw`(?:the\s+)?(?:(three|3|six|6|nine|9)[\s-]months?|(26|39)[\s-](?:weeks?|wks?\.?))(?:\s+periods?)?(?!\s+(?:ended|ending|ends|through|of|to)\b)`;

// "the 39 weeks" of a 52/53-week retailer: three 13-week quarters ("13 weeks" alone is left unread)
const TYPES: Record<string, PeriodType> = { three: 'quarter', '3': 'quarter', six: 'six_months', '6': 'six_months', nine: 'nine_months', '9': 'nine_months', '26': 'six_months', '39': 'nine_months' };

export const spanAlone = regexParser('span-alone', SOURCE, (m) => {
  const type = TYPES[(m[1] ?? m[2])!.toLowerCase()]!;
  return type === 'quarter' ? { relative: 'latest', type } : { type };
});
