// Currencies: the ISO code a table's money is in, from its units line ("in thousands of euros",
// "(EUR millions)", "(£m)") or from the signs its figures carry ("€45,210", "EUR 45,210", "C$ 1,200").
// Unmarked tables are in US dollars.

// Each entry: words of a units line, the symbols or codes a figure may carry, and the ISO code.
// Longer symbols come first ("US$", "C$" before "$").
const CURRENCIES: { code: string; words: RegExp; signs: string[] }[] = [
  { code: 'USD', words: /\bu\.?s\.? dollars?\b|\bus\$|\busd\b/i, signs: ['US$', 'USD'] },
  { code: 'EUR', words: /\beuros?\b|\beur\b|€/i, signs: ['€', 'EUR'] },
  { code: 'GBP', words: /\bpounds? sterling\b|\bsterling\b|\bgbp\b|£/i, signs: ['£', 'GBP'] },
  { code: 'JPY', words: /\byen\b|\bjpy\b|¥/i, signs: ['¥', 'JPY'] },
  { code: 'CHF', words: /\bswiss francs?\b|\bchf\b/i, signs: ['CHF'] },
  { code: 'CAD', words: /\bcanadian dollars?\b|\bcad\b|\bc\$/i, signs: ['C$', 'CAD', 'CDN$'] },
  { code: 'AUD', words: /\baustralian dollars?\b|\baud\b|\ba\$/i, signs: ['A$', 'AUD'] },
  { code: 'NZD', words: /\bnew zealand dollars?\b|\bnzd\b|\bnz\$/i, signs: ['NZ$', 'NZD'] },
  { code: 'HKD', words: /\bhong kong dollars?\b|\bhkd\b|\bhk\$/i, signs: ['HK$', 'HKD'] },
  { code: 'SGD', words: /\bsingapore dollars?\b|\bsgd\b|\bs\$/i, signs: ['S$', 'SGD'] },
  { code: 'SEK', words: /\bswedish kronor\b|\bsek\b/i, signs: ['SEK'] },
  { code: 'NOK', words: /\bnorwegian kron(?:er|e)\b|\bnok\b/i, signs: ['NOK'] },
  { code: 'DKK', words: /\bdanish kron(?:er|e)\b|\bdkk\b/i, signs: ['DKK'] },
  { code: 'CNY', words: /\brenminbi\b|\brmb\b|\bcny\b|\byuan\b/i, signs: ['RMB', 'CNY'] },
  { code: 'INR', words: /\bindian rupees?\b|\brupees?\b|\binr\b/i, signs: ['INR', 'Rs.', 'Rs'] },
  { code: 'BRL', words: /\bbrazilian reais\b|\breais\b|\bbrl\b|\br\$/i, signs: ['R$', 'BRL'] },
  { code: 'MXN', words: /\bmexican pesos?\b|\bmxn\b/i, signs: ['MXN'] },
  { code: 'ZAR', words: /\bsouth african rand\b|\bzar\b/i, signs: ['ZAR'] },
];

const SIGNS = CURRENCIES.flatMap((c) => c.signs.map((sign) => ({ sign, code: c.code }))).sort((a, b) => b.sign.length - a.sign.length);
const BY_SIGN = new Map(SIGNS.map((s) => [s.sign, s.code]));
const escape = (s: string): string => s.replace(/[$.]/g, '\\$&');
// A sign glued to a figure: "€45,210", "C$1,200", "(£3.1)", "£(3.1)"
const GLUED = new RegExp(`(${SIGNS.filter((s) => !/^[A-Z]{3}$/.test(s.sign)).map((s) => escape(s.sign)).join('|')})`, 'g');

/** The currency a units line names ("in thousands of euros" -> EUR), or null. */
export function currencyOfUnits(units: string): string | null {
  return CURRENCIES.find((c) => c.words.test(units))?.code ?? null;
}

/** A word standing alone before a figure that names its currency ("EUR", "€", "C$"), or null. */
export function currencyWord(word: string): string | null {
  return BY_SIGN.get(word) ?? null;
}

/** The currency a printed figure carries ("€45,210" -> EUR, "EUR 45,210" -> EUR, "$45" -> null: dollars are the default). */
export function currencyOfFigure(raw: string): string | null {
  for (const s of SIGNS) if (raw.includes(s.sign) && (!/^[A-Z$]/.test(s.sign) || new RegExp(`(?:^|[\\s(])${escape(s.sign)}`).test(raw))) return s.code;
  return null;
}

/** The figure with any currency sign read as "$", for the number reader: "€(3.1)" -> "$(3.1)". */
export function dollarSigned(raw: string): string {
  return raw.includes('$') || /[€£¥]/.test(raw) ? raw.replace(GLUED, '$') : raw;
}
