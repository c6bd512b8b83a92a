// "first six months of 2007" (H1), "first six months 2007", "first nine months of fiscal 2007", "first three months of 2007" (Q1),
// "first three quarters of 2007" (nine months), bare "first six months"; a 52/53-week year's "first 39 weeks of
// fiscal 2021" (nine months), "first 26 weeks" (six), "first 13 weeks" (Q1).
import { YEAR_TAIL_RE, yearFromGroups } from '../years.js';
import type { SpecFields } from './types.js';
import { regexParser } from './types.js';

const SOURCE = String.raw`(?:the\s+)?first\s+(three|3|six|6|nine|9|two|2|thirteen|13|twenty[\s-]six|26|thirty[\s-]nine|39)[\s-](months|quarters|weeks|wks)(?:\s+(?:(?:of|in|for)\s*)?(?:the\s+)?(?:year\s+)?${YEAR_TAIL_RE})?`;

const MONTHS: Record<string, number> = { three: 3, '3': 3, six: 6, '6': 6, nine: 9, '9': 9, two: 2, '2': 2 };
// weeks of a 52/53-week year, as the months they stand for
const WEEKS: Record<string, number> = { thirteen: 3, '13': 3, 'twenty six': 6, '26': 6, 'thirty nine': 9, '39': 9 };

function kind(months: number): SpecFields | null {
  if (months === 3) return { type: 'quarter', index: 1 };
  if (months === 6) return { type: 'six_months', index: 1 };
  if (months === 9) return { type: 'nine_months' };
  return null;
}

export const firstMonths = regexParser('first-months', SOURCE, (m) => {
  const word = m[1]!.toLowerCase().replace(/[\s-]+/, ' ');
  const weeks = /weeks|wks/i.test(m[2]!);
  const count = weeks ? WEEKS[word] : MONTHS[word];
  if (count === undefined) return null;
  const months = weeks ? count : /quarters/i.test(m[2]!) ? count * 3 : count;
  const fields = kind(months);
  if (!fields) return null;
  const year = yearFromGroups(m, 3);
  return { ...fields, ...(year !== undefined ? { year } : {}) };
});
