// The reader's own date parsers, in the order they are tried before chrono's built-in ones.
import type { Parser } from 'chrono-node';
import { monthYearParser } from './monthYear.js';

export const READER_DATE_PARSERS: Parser[] = [monthYearParser];
