// Units: the table's units line ("in thousands, except per share data") and each row's unit and scale.
import { Decimal } from './decimal.js';
import { timesPowerOfTen } from './decimal-text.js';
import type { Figure } from './figures.js';

/** What a table's units line says. */
export interface TableUnits {
  /** Multiplier for money and (unless `sharesUnscaled`) share counts: "1000" for thousands. */
  scale: string;
  /** The measure when not money: "kWh" for "(In Millions of KWHs)". */
  measure: string;
  /** "except share amounts": share counts are printed as is. */
  sharesUnscaled: boolean;
}

// "thousands" -> 1,000; "millions" -> 1,000,000; "billions" -> 1,000,000,000.
function scaleOf(text: string): string {
  if (/\bbillions?\b/i.test(text)) return '1000000000';
  if (/\bmillions?\b/i.test(text)) return '1000000';
  if (/\bthousands?\b|\$?000'?s\b/i.test(text)) return '1000';
  return '1';
}

// Measures other than money: "KWHs" -> kWh, "megawatt-hours" -> MWh.
const MEASURES: [RegExp, string][] = [
  [/\bkwhs?\b|kilowatt[- ]hours?/i, 'kWh'],
  [/\bmwhs?\b|megawatt[- ]hours?/i, 'MWh'],
  [/\bbarrels?\b/i, 'barrels'],
  [/\b(?:metric )?tons\b/i, 'tons'],
];

/** Reads a units line; units "" gives scale 1 in dollars. */
export function readUnits(units: string): TableUnits {
  const measure = MEASURES.find(([re]) => re.test(units))?.[1] ?? 'USD';
  return {
    scale: scaleOf(units.replace(/except.*$/i, '')),
    measure,
    sharesUnscaled: /\bshares?\b/i.test((/except(.*)$/i.exec(units)?.[1] ?? '').replace(/per[- ]share/gi, '')),
  };
}

// "Shares used in computing ...", "Weighted average shares", "Average Common Shares Outstanding".
const SHARE_COUNT = /^(?:basic |diluted )?(?:shares used|(?:weighted[- ])?average (?:number of )?(?:common |basic |diluted )?shares|common shares (?:used|outstanding)|number of (?:common )?shares|shares outstanding)/i;
// "per share", "per common share", "EPS", "per diluted share".
const PER_SHARE = /\bper (?:common |diluted |basic |ordinary )?share\b|\beps\b|\bearnings per\b/i;
// "(in millions)", "(in thousands)", "(thousands)" in a row label: its own scale.
const ROW_SCALE = /\((?:in )?(thousands|millions|billions)\)/i;

/** A row's unit and the multiplier for its figures. */
export function rowUnit(path: string[], units: TableUnits, perShareTable: boolean, figures: (Figure | null)[], raw: (string | null)[] = []): { unit: string; scale: string } {
  const label = path[path.length - 1] ?? '';
  const own = ROW_SCALE.exec(label);
  const present = figures.filter((f): f is Figure => f !== null);
  if (present.length > 0 && present.every((f) => f.percent)) return { unit: 'percent', scale: '1' };
  const section = path.length > 1 ? path[path.length - 2] : '';
  if (SHARE_COUNT.test(label) || SHARE_COUNT.test(section) || (/\bshares\b/i.test(label) && own)) {
    const scale = own ? scaleOf(own[1]) : units.sharesUnscaled ? '1' : units.scale;
    return { unit: 'shares', scale };
  }
  // per share by the row's own label, or by its section/table when its figures look like per-share amounts ("0.81", not "1,234")
  const looksPerShare = (): boolean => raw.every((r) => r === null || /^\D*-*\D*$/.test(r) || /\.\d/.test(r));
  // "Common stock, par value of $.10 per share: ..." is a dollar amount, not a per-share figure
  const stockLine = (): boolean => /^(?:preferred|common|capital|treasury) stock\b|\bpar value\b|\bliquidation value\b/i.test(label);
  if ((PER_SHARE.test(label) || ((perShareTable || PER_SHARE.test(path.join(' '))) && looksPerShare())) && !stockLine()) return { unit: 'USD/share', scale: '1' };
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
