// "December 2004", "Dec. 2004", "June, 2007": a month and year with no day -> the month's last day.
import type { Parser } from 'chrono-node';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const monthYearParser: Parser = {
  pattern: () =>
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/i,
  extract: (_context, match) => {
    const month = MONTHS.indexOf(match[1].toLowerCase().slice(0, 3)) + 1;
    const year = Number(match[2]);
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { day, month, year };
  },
};
