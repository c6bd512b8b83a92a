// A question that names no company, with several loaded: one company answering is not enough when another may be
// the one meant. Synthetic releases written here.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/core/index.js';
import type { Store } from '../../src/core/store.js';
import { quarterHeader, readRelease, releaseText, ytdHeader, type TableSpec } from '../helpers/releases.js';

const ctx = { today: '2026-11-25' };
const income = (headers: string[][], rows: [string, ...string[]][]): TableSpec => ({ title: 'Condensed Consolidated Statements of Income', headers, rows });
const cash = (headers: string[][], rows: [string, ...string[]][]): TableSpec => ({ title: 'Condensed Consolidated Statements of Cash Flows', headers, rows });

// Q4 2004: one utility prints "Fuel"; another prints two lines with "fuel" in them and none called so.
const plant = readRelease('plant-2004-q4.txt', releaseText('Kestrel Generation, Inc.', 'KGEN', 'Kestrel Generation Reports Fourth Quarter 2004 Results', [
  income([quarterHeader('December 31', 2004), quarterHeader('December 31', 2003)], [
    ['Operating revenues', '410,200', '388,900'], ['Fuel', '198,410', '187,322'], ['Other operations', '61,200', '60,400'], ['Net income', '52,100', '47,800'],
  ]),
]));
const grid = readRelease('grid-2004-q4.txt', releaseText('Marrow Valley Utilities Co.', 'MVU', 'Marrow Valley Utilities Reports Fourth Quarter 2004 Results', [
  income([quarterHeader('December 31', 2004), quarterHeader('December 31', 2003)], [
    ['Operating revenues', '2,721,000', '2,445,000'], ['Fuel and purchased power', '948,000', '824,000'], ['Synthetic fuels', '112,000', '98,000'], ['Net income', '301,000', '276,000'],
  ]),
]));
// Q2 2025: a calendar-year company prints its quarter; a company whose year ends September 30 prints its first
// fiscal quarter and six months, so its fiscal Q2 2025 (ended March 31, 2025) is derived.
const energy = readRelease('ember-2025-q2.txt', releaseText('Ember Fields Energy, Inc.', 'EMFE', 'Ember Fields Energy Reports Second Quarter 2025 Results', [
  cash([quarterHeader('June 30', 2025), quarterHeader('June 30', 2024)], [['Net income', '31,000', '28,400'], ['Net cash provided by operating activities', '79,450', '70,120']]),
]));
const foodsQ1 = readRelease('larder-fy2025-q1.txt', releaseText('Larder Row Foods, Inc.', 'LRF', 'Larder Row Foods Reports First Quarter Fiscal 2025 Results', [
  cash([quarterHeader('December 31', 2024), quarterHeader('December 31', 2023)], [['Net income', '12,000', '10,500'], ['Net cash provided by operating activities', '20,150', '18,000']]),
]));
const foodsQ2 = readRelease('larder-fy2025-q2.txt', releaseText('Larder Row Foods, Inc.', 'LRF', 'Larder Row Foods Reports Second Quarter Fiscal 2025 Results', [
  cash([ytdHeader('Six', 'March 31', 2025), ytdHeader('Six', 'March 31', 2024)], [['Net income', '25,300', '22,000'], ['Net cash provided by operating activities', '49,000', '41,000']]),
]));
foodsQ1.fiscalYearEnd = foodsQ2.fiscalYearEnd = { month: 9, day: 30 };

const store: Store = { documents: [plant, grid, energy, foodsQ1, foodsQ2] };
const reply = (q: string) => ask(q, store, ctx);

describe('no company named, several loaded', () => {
  it('one company prints the line and another has lines it cannot tell apart for that period: asks which company', () => {
    const r = reply('fuel expense Q4 2004');
    expect(r.status).toBe('clarify');
    expect(r.suggestions).toEqual(expect.arrayContaining(['Kestrel Generation, Inc.', 'Marrow Valley Utilities Co.']));
    expect(r.answers).toEqual([]);
  });

  it('named, each company answers for itself', () => {
    expect(reply('Kestrel fuel expense Q4 2004').answers[0]?.value).toBe('198410000');
    expect(reply('Marrow Valley fuel expense Q4 2004').status).toBe('clarify');
  });

  it('another company’s lines that lack a word of the question are no rivals ("other operations" for "fuel")', () => {
    const r = reply('other operations expense Q4 2004');
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('61200000');
    // the question named no company: the answer says whose figure it is
    expect(r.text.startsWith('Kestrel Generation, Inc. — ')).toBe(true);
  });

  it('one company prints the quarter and another derives its own fiscal quarter of that name on the same line: asks which', () => {
    const r = reply('operating cash flow Q2 2025');
    expect(r.status).toBe('clarify');
    expect(r.suggestions).toEqual(expect.arrayContaining(['Ember Fields Energy, Inc.', 'Larder Row Foods, Inc.']));
  });

  it('named, the derived fiscal quarter is answered and marked derived', () => {
    const r = reply('Larder Row operating cash flow Q2 2025');
    expect(r.status).toBe('answered');
    expect(r.answers[0]?.value).toBe('28850000');
    expect(r.answers[0]?.derived).toBeTruthy();
    expect(reply('Ember Fields operating cash flow Q2 2025').answers[0]?.value).toBe('79450000');
  });
});
