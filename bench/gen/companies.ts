// Made-up companies: names and tickers built from syllables (never a list of real companies).
import { mix, rng, type Rng } from './random.js';

export type LayoutName = 'stacked' | 'ruled' | 'edgar' | 'tabbed';

/** One synthetic company and how its releases look. */
export interface Company {
  index: number;
  /** Short name used in prose, e.g. "Vorotek". */
  short: string;
  /** Full legal name, e.g. "Vorotek Networks, Inc.". */
  name: string;
  ticker: string;
  exchange: 'Nasdaq' | 'NYSE';
  city: string;
  business: string;
  ceo: string;
  /** Calendar month (1-12) in which the fiscal year ends. */
  fyEndMonth: number;
  /** 52/53-week fiscal year: periods end on the month's last Saturday. */
  weeks52: boolean;
  layout: LayoutName;
  /** Table units: figures printed in thousands or in millions. */
  scale: 'thousands' | 'millions';
  /** First fiscal year and quarter released, and how many consecutive quarterly releases. */
  firstYear: number;
  firstQuarter: number;
  releases: number;
}

const HEADS = ['Vor', 'Zen', 'Tal', 'Mir', 'Quan', 'Lux', 'Bry', 'Cor', 'Dex', 'Fal', 'Gor', 'Hal', 'Jin', 'Kel',
  'Lam', 'Nor', 'Pex', 'Ryn', 'Sol', 'Tro', 'Ulm', 'Vex', 'Wyn', 'Xal', 'Yor', 'Zan', 'Brel', 'Cav', 'Drom', 'Esk'];
const MIDS = ['a', 'o', 'i', 'e', 'u', 'ia', 'eo', 'an', 'ex'];
const TAILS = ['tek', 'dyne', 'sys', 'gen', 'tron', 'vo', 'lix', 'nar', 'mont', 'ra', 'cor', 'vant', 'lith', 'quist', 'bridge'];
const KINDS = [
  ['Networks', 'a supplier of packet voice infrastructure'], ['Systems', 'a maker of storage systems'],
  ['Therapeutics', 'a developer of specialty medicines'], ['Industries', 'a manufacturer of industrial controls'],
  ['Software', 'a provider of enterprise software'], ['Energy', 'a regional energy company'],
  ['Foods', 'a producer of packaged foods'], ['Semiconductor', 'a designer of mixed-signal chips'],
  ['Labs', 'a provider of laboratory instruments'], ['Retail', 'an operator of specialty stores'],
] as const;
const LEGAL = [', Inc.', ' Corporation', ' Company', ' Corp.', ' Holdings, Inc.'];
const CITIES = ['WESTFORD, Mass.', 'AUSTIN, Texas', 'SAN JOSE, Calif.', 'ATLANTA', 'DENVER', 'RALEIGH, N.C.',
  'MINNEAPOLIS', 'PORTLAND, Ore.', 'COLUMBUS, Ohio', 'TEMPE, Ariz.'];
const FIRST = ['Dana', 'Morgan', 'Avery', 'Jordan', 'Casey', 'Riley', 'Quinn', 'Harper', 'Rowan', 'Emery'];
const LAST = ['Okafor', 'Lindqvist', 'Marchetti', 'Haddad', 'Novak', 'Castellano', 'Brandt', 'Iwata', 'Moreau', 'Dalca'];
const LAYOUTS: LayoutName[] = ['stacked', 'ruled', 'edgar', 'tabbed'];

/** Tickers drawn from the name's letters, padded with X so they read as invented. */
function makeTicker(root: string, r: Rng, taken: Set<string>): string {
  const letters = root.toUpperCase().replace(/[^A-Z]/g, '');
  for (let attempt = 0; attempt < 50; attempt++) {
    let t = letters[0]!;
    while (t.length < 3) t += letters[r.int(1, letters.length - 1)]!;
    t += attempt < 10 ? 'X' : String.fromCharCode(65 + r.int(0, 25));
    if (!taken.has(t)) return t;
  }
  let n = 0;
  while (taken.has(`${letters.slice(0, 2)}X${String.fromCharCode(65 + (n % 26))}${n >= 26 ? n : ''}`)) n++;
  return `${letters.slice(0, 2)}X${String.fromCharCode(65 + (n % 26))}${n >= 26 ? n : ''}`;
}

/** Yields companies in a fixed order for a seed: company k is the same whatever n is asked for. */
export function* companies(seed: number): Generator<Company> {
  const roots = new Set<string>();
  const tickers = new Set<string>();
  for (let index = 0; ; index++) {
    const r = rng(mix(seed, 1, index));
    let root = '';
    for (let tries = 0; tries < 100 && (root === '' || roots.has(root)); tries++) {
      root = r.pick(HEADS) + r.pick(MIDS) + r.pick(TAILS);
      if (tries > 20) root = r.pick(HEADS) + r.pick(MIDS) + r.pick(HEADS).toLowerCase() + r.pick(TAILS);
    }
    if (roots.has(root)) root += String(index);
    roots.add(root);
    const [kind, business] = r.pick(KINDS);
    const ticker = makeTicker(root, r, tickers);
    tickers.add(ticker);
    const fyEndMonth = r.pick([12, 12, 12, 3, 6, 9]);
    yield {
      index, short: root, name: `${root} ${kind}${r.pick(LEGAL)}`, ticker,
      exchange: r.chance(0.7) ? 'Nasdaq' : 'NYSE', city: r.pick(CITIES), business,
      ceo: `${r.pick(FIRST)} ${r.pick(LAST)}`, fyEndMonth, weeks52: fyEndMonth !== 12 && r.chance(0.4),
      layout: LAYOUTS[index % LAYOUTS.length]!,
      scale: r.chance(0.6) ? 'thousands' : 'millions',
      firstYear: r.int(2001, 2012), firstQuarter: r.int(1, 4), releases: r.int(3, 8),
    };
  }
}
