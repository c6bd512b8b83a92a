// Units: the table's units line ("in thousands, except per share data") and each row's unit and scale.
import { currencyOfUnits } from './currency.js';
import { CODES } from './tables.js';
import { Decimal } from './decimal.js';
import { timesPowerOfTen } from './decimal-text.js';
import type { Figure } from './figures.js';

/** What a table's units line says. (row-unit.ts keys its memo on every field: add a new field to that key.) */
export interface TableUnits {
  /** Multiplier for money and (unless `sharesUnscaled`) share counts: "1000" for thousands. */
  scale: string;
  /** The measure when not money: "kWh" for "(In Millions of KWHs)". */
  measure: string;
  /** "except share amounts": share counts are printed as is. */
  sharesUnscaled: boolean;
  /** "shares in thousands": the scale of share counts when the units line states one of their own. */
  sharesScale?: string;
  /** "except average basket": lines the units line names as printed whole ("average basket"). */
  exceptedLines?: string[];
  /** "except per share data and percentages": rows of rates printed without a sign are percentages. */
  percentsExcepted?: boolean;
}

// "shares in thousands", "share amounts in millions", "thousands of shares": a scale stated for share counts alone.
const SHARES_SCALE = /\b(?:shares?|share (?:amounts|counts|data))\s+(?:are\s+)?(?:in\s+|stated\s+in\s+)(thousands|millions|billions)\b|\b(thousands|millions|billions) of shares\b/i;

// "thousands" -> 1,000; "millions" -> 1,000,000; "billions" -> 1,000,000,000.
// ("EUR m", "€m", "EURm", "CHF mn" -> 1,000,000; "EUR k", "TEUR", "kCHF" -> 1,000; "EUR bn" -> 1,000,000,000.)
const SHORT_SCALE = new RegExp(String.raw`(?:\b${CODES}|[€£¥$])\s?(mn|m|bn|k)\b`, 'i');
const THOUSANDS_CODE = new RegExp(String.raw`\b[TK]${CODES}\b`, 'gi');
function scaleOf(text: string): string {
  if (/\bbillions?\b/i.test(text) || SHORT_SCALE.exec(text)?.[1]?.toLowerCase() === 'bn') return '1000000000';
  if (/\bmillions?\b/i.test(text) || /^mn?$/i.test(SHORT_SCALE.exec(text)?.[1] ?? '')) return '1000000';
  if (/\bthousands?\b|\$?000'?s\b/i.test(text) || SHORT_SCALE.exec(text)?.[1]?.toLowerCase() === 'k') return '1000';
  return '1';
}

// Measures other than money: "KWHs" -> kWh, "megawatt-hours" -> MWh.
const MEASURES: [RegExp, string][] = [
  [/\bkwhs?\b|kilowatt[- ]hours?/i, 'kWh'],
  [/\bmwhs?\b|megawatt[- ]hours?/i, 'MWh'],
  [/\bbarrels?\b/i, 'barrels'],
  [/\b(?:metric )?tons\b/i, 'tons'],
];

/** Reads a units line; units "" gives scale 1 in dollars, or in `cellCurrency`, the currency the figures carry. */
export function readUnits(printed: string, cellCurrency: string | null = null): TableUnits {
  // "TEUR", "kCHF": thousands of that currency
  const stated = printed.replace(THOUSANDS_CODE, (m) => `${m.slice(1)} thousands`);
  // ("dollars in millions, shares in thousands": the shares' scale is theirs alone, never the money's)
  const sharesScaleText = SHARES_SCALE.exec(stated);
  const units = sharesScaleText ? stated.replace(SHARES_SCALE, ' ') : stated;
  const measure = MEASURES.find(([re]) => re.test(units))?.[1] ?? currencyOfUnits(units.replace(/except.*$/i, '')) ?? cellCurrency ?? 'USD';
  return {
    scale: scaleOf(units.replace(/except.*$/i, '')),
    measure,
    sharesUnscaled: /\bshares?\b/i.test((/except(.*)$/i.exec(units)?.[1] ?? '').replace(/per[- ]share/gi, '')),
    ...(sharesScaleText ? { sharesScale: scaleOf(sharesScaleText[0]) } : {}),
    ...(/\b(?:percent(?:age)?s?|ratios)\b|%/i.test(/except(.*)$/i.exec(units)?.[1] ?? '') ? { percentsExcepted: true } : {}),
    ...(exceptedLines(units).length ? { exceptedLines: exceptedLines(units) } : {}),
  };
}

// Words of the "except ..." list that name the usual exceptions (per-share data, shares, percentages), not a line.
const USUAL_EXCEPTION = /^(?:(?:the )?(?:per[- ]share|share|shares|percent(?:age)?s?|ratios?|%|unit|per[- ]unit|operating)(?: (?:data|amounts?|information|figures|counts?|and|per|share|unit|data))*|amounts?|data|otherwise (?:noted|indicated|stated))$/i;

// "(Dollars and transactions in thousands, except average basket)": the lines the except list names by their own
// words ("average basket"), printed as they are.
function exceptedLines(units: string): string[] {
  const list = /except(?:\s+for)?\s+(.*?)\)?\s*$/i.exec(units)?.[1] ?? '';
  return list.split(/,|\band\b/i).map((x) => x.trim().toLowerCase()).filter((x) => x.length >= 4 && !USUAL_EXCEPTION.test(x) && !/\d/.test(x));
}

// "Shares used in computing ...", "Weighted average shares", "Average Common Shares Outstanding",
// "Total common shares outstanding".
const SHARE_COUNT = /^(?:total )?(?:basic |diluted )?(?:shares used|(?:weighted[- ])?average (?:number of )?(?:common |basic |diluted )?shares|common shares (?:used|outstanding)|number of (?:common )?shares|shares outstanding)/i;
// "Denominator for basic earnings per share - weighted-average shares outstanding", "Dilutive potential common shares",
// "Effect of dilutive securities": share counts wherever the words stand in the label (the EPS computation's denominator).
// ("Common and common equivalent shares used in the calculations of earnings per share": "shares used" too.)
const SHARE_COUNT_ANYWHERE = /\b(?:weighted[- ]average|average|dilutive|potential)\s+(?:\w+\s+){0,2}shares\b|\bshares (?:outstanding|used)\b|^effect of dilutive (?:securities|shares|options)\b/i;
// "Shares repurchased", "Shares issued under stock plans": a line naming shares; "Cost of shares repurchased",
// "Proceeds from shares issued", "$ value of shares": money paid or received for them.
const SHARES_NAMED = /\bshares\b/i;
const SHARES_MONEY = /\$|\b(?:cost|costs|value|amount|amounts|paid|proceeds|dollars?|price|consideration|dividends?)\b/i;
// "per share", "per common share", "EPS", "per diluted share".
// ("per common and common equivalent share", "Earnings (loss) per ...": up to four words between.)
const PER_SHARE = /\bper (?:[a-z-]+ ){0,4}share\b|\beps\b|\bearnings (?:\([a-z]+\) )?per\b/i;
// "Book value of common stock", "Tangible book value": a book value, per share when printed in cents in a table of no scale.
const BOOK_VALUE = /\bbook value\b/i;
// "Cash dividends of $0.48 per common share": the label states the rate; its figures are the amounts paid.
const RATE_IN_LABEL = /\$\s?\d*\.\d+ per\b/i;
// "Book-to-bill ratio", "Current ratio", "Interest coverage (times)": a ratio by its name.
const RATIO_LABEL = /\bratio\b|\(times\)|\bcoverage\b|\bmultiple\b/i;
// "(in %)", "(%)", "in %", "(percent)", "(in percent)": a row of percentages printed without the sign.
const PERCENT_LABEL = /\((?:in )?(?:%|percent|percentage|pct\.?)\)|\bin %$/i;
// "Gross margin", "Effective tax rate", "Net interest margin", "Return on equity": a rate by its name.
const RATE_LABEL = /\bmargin\b|\brate\b|\byield\b|\breturn on\b|\bload factor\b|\bchurn\b|\bgrowth\b/i;
// "Gross margin dollars", "Interest rate swaps", "Margin deposits": a rate word in the name of an amount.
const MONEY_AMOUNT = /\$|\bdollars?\b|\bswaps?\b|\bdeposits?\b|\bloans?\b|\bexpense\b|\bincome\b/i;
// "(in millions)", "(in thousands)", "(thousands)" in a row label: its own scale.
// ("($ in millions)", "(in $ thousands)", "(€ millions)": the currency sign may lead.)
// ("(square feet, in thousands)": after other words of the parentheses too; "(€ million)", "(million)": singular, as
// European releases print it.)
const ROW_SCALE = /\((?:[^()]*?[,;]\s*)?(?:[$€£]\s*)?(?:in )?(?:[$€£]\s*)?(thousands?|millions?|billions?|000'?s)\)/i;
// The currency a sign in a row's own scale names ("(€ million)", "(£m)").
const SIGN_CURRENCY: Record<string, string> = { '€': 'EUR', '£': 'GBP' };
// "Financial (in millions, except per share amounts)": a heading inside a table giving the scale of the rows under
// it, but for its per-share rows ("Earnings per share  0.37"), which keep their own unscaled amounts.
const SECTION_SCALE_EXCEPT = /\((?:[$€£]\s*)?(?:in )?(?:[$€£]\s*)?(thousands|millions|billions)\s*,\s*except\b([^()]*)\)/i;
// "Gold produced (ounces)", "Copper sold (tonnes)", "Production (boe/d)": a physical quantity named in the label.
const PHYSICAL: [RegExp, string][] = [
  [/\((?:[^()]*\b)?(?:ounces|oz)\b[^()/]*\)/i, 'oz'],
  [/\((?:[^()]*\b)?(?:tonnes|metric tons|tons)\b[^()/]*\)/i, 'tonnes'],
  [/\((?:[^()]*\b)?(?:barrels|bbls?)\b[^()/]*\)/i, 'barrels'],
  [/\((?:[^()]*\b)?(?:pounds|lbs)\b[^()/]*\)/i, 'lbs'],
  [/\((?:[^()]*\b)?gallons\b[^()/]*\)/i, 'gallons'],
  // "Fuel gallons consumed (millions)": gallons named in the label itself, with a verb of use
  [/\bgallons (?:consumed|used|purchased|burned|sold)\b/i, 'gallons'],
];
// "(MMcf/d)", "(MBbl/d)", "(Mboe/d)", "(Bcf)", "(MMBtu)": a volume of gas or oil (per day), as the industry writes it.
const VOLUME_RATE = /\(((?:MM|M|B|T)?(?:cf|cfe|bbls?|boe|btu)(?:\/d(?:ay)?|pd)?)\)/i;
// "Average realized gold price ($/oz)", "All-in sustaining costs ($/oz sold)", "Cash cost per ounce": money per unit.
const PER_UNIT: [RegExp, string][] = [
  [/[$€£]\s?\/\s?oz\b|\bper (?:gold )?ounces?\b|\/oz\b/i, 'oz'],
  [/[$€£]\s?\/\s?(?:t|tonne)\b|\bper tonnes?\b/i, 'tonne'],
  // ("Oil ($ per Bbl)  65.04": dollars per barrel, never 65.04 barrels)
  [/[$€£]\s?\/\s?(?:bbl|boe)\b|\bper (?:barrel|bbl|boe)\b/i, 'bbl'],
  [/[$€£]\s?\/\s?lb\b|\bper pound\b/i, 'lb'],
  // "Average revenue per user (ARPU)  $ 48.12" in a table "in millions, except per-subscriber data": dollars per user
  [/\bper (?:average )?users?\b|\bARPU\b/i, 'user'],
  [/\bper (?:average )?subscribers?\b/i, 'subscriber'],
  [/\bper (?:average )?customers?\b/i, 'customer'],
  [/\bper (?:average )?members?\b/i, 'member'],
  [/\bper (?:average )?accounts?\b|\bARPA\b/i, 'account'],
  [/\bper available room\b|\bRevPAR\b/i, 'room'],
];
// "(pence)", "(in cents)", "US cents": per-share figures printed in hundredths of the currency.
// ("Interim dividend (cents per share)": the unit named first in the parentheses.)
const SUBUNIT = /\((?:in )?(?:pence|cents)\b[^()]*\)|\b(?:in|us|euro) cents\b/i;
// "Fuel cost per gallon", "Passenger revenue per ASM (cents)": money per some unit other than a share (what follows
// "per", up to a parenthesis); "per cent" is no unit.
const PER_NOUN = /\bper (?!cent\b)([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})/i;
// "(cents)", "in cents", "(pence)": figures in hundredths of the table's currency.
const CENTS = /\((?:in )?(?:cents|pence)\)|\bin (?:cents|pence)\b/i;
// "Average fare ($)", "(US$)": the label prints the currency alone, so its figures are plain amounts, not the table's millions.
const PLAIN_CURRENCY = /\((?:US)?[$€£]\)/;
// "CASM-ex", "RASM", "TRASM", "PRASM": an airline's cost or revenue per available seat mile by its abbreviation.
const UNIT_PER_ASM = /\b(?:CASM|RASM|TRASM|PRASM)(?:-ex)?\b/;
// "Available seat miles (ASMs)", "Revenue passenger miles": an airline's traffic, a quantity in the table's scale.
const SEAT_MILES = /\b(?:available seat|revenue passenger|seat|passenger) miles\b|\b(?:ASMs|RPMs)\b/i;
// "Gross square footage (000s)", "Selling square feet": an area, never money.
const AREA = /\bsquare (?:feet|foot|footage|meters|metres)\b|\bsq\.? ?(?:ft|m)\b/i;

// "Number of stores", "Stores open at end of period", "Employees", "Subscribers (in thousands)": a count of
// things, in that noun; never money. The noun heads the label (after "number of", or first) and nothing
// but a time or place follows it ("at end of period", "in operation"); money words make it no count.
const COUNTED = new Set(['stores', 'restaurants', 'locations', 'offices', 'branches', 'outlets', 'clinics', 'hotels', 'rooms', 'employees', 'associates', 'headcount', 'subscribers', 'customers', 'clients', 'accounts', 'users', 'members', 'patients', 'vessels', 'rigs', 'wells', 'aircraft', 'units', 'sites', 'towers', 'passengers', 'departures', 'advertisers', 'publishers', 'merchants', 'sellers', 'buyers']);
const COUNT_TAIL = /^(?:$|,|\s+(?:at|open|opened|closed|in|as|during|end|worldwide|served|shipped|sold|added|owned|operated|leased|enplaned|carried|boarded|flown)\b)/i;
const MONEY_WORDS = /\b(?:revenues?|sales|income|expenses?|costs?|per|cash|assets?|liabilit\w*|loss|profit|margin|dollars?|receivable|payable|deposits?)\b|\$/i;

// "Customers with ARR of $100,000 or more", "Clients generating over $1 million": the counted noun first,
// then what it takes to be counted (money words there do not make the line money).
const COUNTED_WITH = /^(?:total\s+)?(?:number\s+of\s+)?([a-z]+)\s+(?:with|that|who|generating|contributing|spending|paying|over|above|exceeding)\b/i;

function countUnit(label: string): string | null {
  const bare = label.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const qualified = COUNTED_WITH.exec(bare);
  if (qualified && COUNTED.has(qualified[1]!.toLowerCase())) return qualified[1]!.toLowerCase();
  if (MONEY_WORDS.test(bare) || /\bshares?\b/i.test(bare)) return null;
  const numberOf = /^(?:total\s+)?number\s+of\s+/i.exec(bare);
  const rest = numberOf ? bare.slice(numberOf[0].length) : bare.replace(/^total\s+/i, '');
  // ("Total restaurants, end of period": the comma stands apart, a tail of its own)
  const words = rest.replace(/,/g, ' ,').split(' ');
  // the noun within the first three words, followed by nothing or a time or place
  for (let i = 0; i < Math.min(3, words.length); i++) {
    const noun = words[i]!.toLowerCase();
    if (!COUNTED.has(noun) && !(numberOf && /^[a-z]+$/.test(noun))) continue;
    const tail = words.slice(i + 1).join(' ');
    if (COUNT_TAIL.test(tail && !tail.startsWith(',') ? ' ' + tail : tail)) return noun;
  }
  return null;
}

// "Company-operated restaurants:" › "Openings" / "Closures" / "End of period": the steps of a count's roll-forward
// under a heading that names the counted things are counts in that noun.
const ROLL_STEP = /^(?:(?:beginning|start|end) of (?:the )?(?:period|quarter|year)|openings?|opened|new(?: openings| units)?|closures?|closings?|closed|acquired|acquisitions?|divested|sold|refranchised|transfers?|conversions?|converted|relocat\w*|net (?:change|additions?|openings))\b/i;

function rolledCount(label: string, section: string): string | null {
  if (!section || !ROLL_STEP.test(label.replace(/\([^)]*\)/g, ' ').trim())) return null;
  return countUnit(section.replace(/:\s*$/, ''));
}

/** What a row's unit depends on in its figures, beyond its label (row-unit.ts reads it from the figures). */
export interface RowShape {
  /** Some figure is printed. */
  present: boolean;
  /** Every printed figure carries "%". */
  allPercent: boolean;
  /** Every printed figure is a small plain number ("31.7", "(2.5)"), as a rate printed without "%" is. */
  rateLike: boolean;
  /** Some figure is printed and each is a small plain number or a multiple ("0.94", "8.2x"). */
  ratioLike: boolean;
  /** Every figure is a dash or has decimals ("0.81", "--"), as per-share amounts are, not "1,234". */
  looksPerShare: boolean;
}

// A section's "(in millions, except per share amounts)": its scale, unless the row is one of the amounts excepted.
function exceptScale(section: string, label: string): RegExpExecArray | null {
  const m = SECTION_SCALE_EXCEPT.exec(section);
  if (!m) return null;
  if (/\bper[- ]share\b/i.test(m[2]!) && PER_SHARE.test(label)) return null;
  if (/\bshares?\b/i.test(m[2]!.replace(/per[- ]share/gi, '')) && /\bshares\b/i.test(label)) return null;
  return m;
}

/** A row's unit and the multiplier for its figures, from its label path, its table's units and its figures' shape. */
export function unitOfRow(path: string[], units: TableUnits, perShareTable: boolean, shape: RowShape): { unit: string; scale: string } {
  const label = path[path.length - 1] ?? '';
  const all = path.join(' ');
  // the row's own "(in millions)", else that of the nearest section printing one ("Numerator (in millions):")
  const own = ROW_SCALE.exec(label) ?? path.slice(0, -1).reverse().map((p) => ROW_SCALE.exec(p) ?? exceptScale(p, label)).find((m) => m) ?? null;
  if (shape.allPercent) return { unit: 'percent', scale: '1' };
  // "Average basket (3)  $ 24.44" under "(Dollars ... in thousands, except average basket)": the line as printed
  const plainLabel = label.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  // (not when the line has a scale of its own: "except net income" over "Numerator (in millions):")
  if (!own && units.exceptedLines?.some((x) => plainLabel === x || plainLabel.startsWith(`${x} `))) return { unit: units.measure, scale: '1' };
  // "EBIT margin (in %)", "Gross margin (%)": the label says its figures are percentages
  if (shape.present && PERCENT_LABEL.test(label)) return { unit: 'percent', scale: '1' };
  // "Gross margin  31.7" under "(in millions, except per share data and percentages)": a rate, not $31.7 million
  if (units.percentsExcepted && RATE_LABEL.test(label) && !MONEY_AMOUNT.test(label) && shape.present && shape.rateLike) return { unit: 'percent', scale: '1' };
  const section = path.length > 1 ? path[path.length - 2] : '';
  // ("Weighted average shares outstanding:" › "Cash dividends declared per common share  0.25": a line set last under the
  // share counts that names an amount per share is no count of shares)
  const underCounts = (SHARE_COUNT.test(section) || SHARE_COUNT_ANYWHERE.test(section)) && !(PER_SHARE.test(label) && !/\bshares\b/i.test(label) && shape.looksPerShare);
  if (SHARE_COUNT.test(label) || underCounts || (/\bshares\b/i.test(label) && own) || SHARE_COUNT_ANYWHERE.test(label)) {
    const scale = own ? scaleOf(own[1]) : units.sharesScale ?? (units.sharesUnscaled ? '1' : units.scale);
    return { unit: 'shares', scale };
  }
  // "Shares repurchased", "Common shares outstanding, end of period" under "(shares in thousands)": the units line gives
  // shares a scale of their own, so a line that names shares and no money is a count of them
  if (units.sharesScale && SHARES_NAMED.test(label) && !PER_SHARE.test(all) && !SHARES_MONEY.test(label)) return { unit: 'shares', scale: own ? scaleOf(own[1]) : units.sharesScale };
  // "Book-to-bill ratio  0.94", "Interest coverage (times)  8.2x": a ratio printed as a plain number, never money
  if (RATIO_LABEL.test(label) && shape.ratioLike) return { unit: 'ratio', scale: '1' };
  // money per ounce, tonne or user: the table's currency per that unit, scaled only by the label's own scale
  const perUnit = /^[A-Z]{3}$/.test(units.measure) ? PER_UNIT.find(([re]) => re.test(label)) : undefined;
  if (perUnit) return { unit: `${units.measure}/${perUnit[1]}`, scale: own ? scaleOf(own[1]) : '1' };
  const currency = /^[A-Z]{3}$/.test(units.measure);
  // "Fuel cost per gallon  $ 2.41", "Passenger revenue per ASM (cents)  11.82": per some unit, unscaled (cents: a hundredth)
  const perNoun = currency && !PER_SHARE.test(label) ? PER_NOUN.exec(label.replace(/\([^)]*\)/g, ' ')) : null;
  if (perNoun) return { unit: `${units.measure}/${perNoun[1]!.trim()}`, scale: CENTS.test(label) ? '0.01' : own ? scaleOf(own[1]) : '1' };
  // "CASM excluding fuel (cents)", "TRASM (cents)": an airline's unit cost or revenue, money per available seat mile
  if (currency && UNIT_PER_ASM.test(label)) return { unit: `${units.measure}/ASM`, scale: CENTS.test(label) ? '0.01' : own ? scaleOf(own[1]) : '1' };
  // ("Earnings per share (cents)  45.2": cents per share, a hundredth of the currency per share)
  if (currency && CENTS.test(label)) return { unit: PER_SHARE.test(all) ? `${units.measure}/share` : units.measure, scale: '0.01' };
  // ("Earnings per share (€)  1.98": the currency per share)
  if (currency && PLAIN_CURRENCY.test(label) && !own) return { unit: PER_SHARE.test(label) ? `${units.measure}/share` : units.measure, scale: '1' };
  // ("Revenue passenger miles - RPMs (millions)": the "revenue" of the measure's own name is no money word)
  if (currency && SEAT_MILES.test(label) && !MONEY_WORDS.test(label.replace(/\([^)]*\)/g, ' ').replace(SEAT_MILES, ' '))) return { unit: 'seat miles', scale: own ? scaleOf(own[1]) : units.scale };
  // ounces or tonnes produced: that quantity, scaled only by the label's own "(in thousands)"
  const physical = PHYSICAL.find(([re]) => re.test(label));
  if (physical) return { unit: physical[1], scale: own ? scaleOf(own[1]) : '1' };
  // "Gathered volumes (MMcf/d)", "NGL production (MBbl/d)": gas or oil volumes in the unit the label prints
  const volume = VOLUME_RATE.exec(label);
  if (volume) return { unit: volume[1]!, scale: '1' };
  // a count of stores or employees: unscaled unless its own label gives a scale ("Subscribers (in thousands)")
  // (not in a table of kWh or barrels, nor under a heading of money: "All Sales-" › "Offices" is kWh sold to offices)
  const counted = /^[A-Z]{3}$/.test(units.measure) && !path.slice(0, -1).some((p) => MONEY_WORDS.test(p)) ? countUnit(label) ?? rolledCount(label, section ?? '') : null;
  if (counted) return { unit: counted, scale: own ? scaleOf(own[1]) : '1' };
  if (AREA.test(label) && !MONEY_WORDS.test(label.replace(AREA, ' '))) return { unit: /met(?:er|re)s|sq\.? ?m\b/i.test(label) ? 'sq m' : 'sq ft', scale: own ? scaleOf(own[1]) : '1' };
  // "Common stock, par value of $.10 per share: ..." is a dollar amount, not a per-share figure
  const stockLine = /^(?:preferred|common|capital|treasury) stock\b|\bpar value\b|\bliquidation value\b/i.test(label);
  // "Numerator for basic earnings per share - Net income (in millions)": a scale of its own makes it an amount, never per share
  // ("Net financial debt (€ million)" in a table that names no currency: the sign in the label names it)
  if (own) return { unit: SIGN_CURRENCY[/[€£]/.exec(own[0])?.[0] ?? ''] ?? units.measure, scale: scaleOf(own[1]) };
  // per share by the row's own label, or by its section/table when its figures look like per-share amounts ("0.81", not "1,234")
  const perShareUnit = /^[A-Z]{3}$/.test(units.measure) ? `${units.measure}/share` : 'USD/share';
  // ("EPS numerator:" › "Income (loss) from continuing operations   101.4": the amounts divided, in the table's scale)
  const numerator = path.slice(0, -1).some((p) => /\bnumerators?\b/i.test(p));
  // ("Book value of common stock   $ 13.75" in a bank's highlights that state no scale: a book value in cents is the
  // value of one share; a company's whole book value unscaled runs to whole dollars by the thousand)
  const bookPerShare = BOOK_VALUE.test(label) && units.scale === '1' && shape.looksPerShare;
  if (!stockLine && !numerator && !RATE_IN_LABEL.test(label) && (PER_SHARE.test(label) || bookPerShare || ((PER_SHARE.test(all) || perShareTable) && shape.looksPerShare))) {
    // "Basic (pence)", "Earnings per share (cents)": hundredths of the currency
    return { unit: perShareUnit, scale: SUBUNIT.test(all) ? '0.01' : '1' };
  }
  return { unit: units.measure, scale: own ? scaleOf(own[1]) : units.scale };
}

// "-1234.5", "0.81": a figure as parseFigure prints it.
const PLAIN = /^-?\d+(?:\.\d+)?$/;

// "1000", "1000000": a table's scale is one of a few strings, asked of every figure.
let lastScale = '';
let lastIsPower = false;
function isPowerOfTen(scale: string): boolean {
  if (scale !== lastScale) {
    lastScale = scale;
    lastIsPower = /^10+$/.test(scale);
  }
  return lastIsPower;
}

/** A figure in base units: "52,171" in thousands -> "52171000"; percentages are never scaled. */
export function baseValue(f: Figure | null, scale: string): string | null {
  if (f === null) return null;
  if (f.percent || scale === '1') return f.value;
  // "1000": move the point (exact); decimal.js keeps 40 significant digits, so longer figures go through it
  if (isPowerOfTen(scale) && PLAIN.test(f.value) && f.value.length <= 40) return timesPowerOfTen(f.value, scale.length - 1);
  const v = new Decimal(f.value).times(new Decimal(scale));
  return v.isZero() ? '0' : v.toFixed();
}
