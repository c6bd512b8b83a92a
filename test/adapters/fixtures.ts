// Stores for adapter tests: the real reports through the reader when it is there, and a small hand-built one.
import type { Document, Store } from '../../src/core/store.js';
import { loadReports } from '../../src/reader/load.js';

/** A hand-built release of a made-up company: two revenue rows over two quarters. */
export function tinyStore(): Store {
  const doc: Document = {
    document: 'acme-2010-q1.txt', company: 'Acme Widgets, Inc.', ticker: 'ACME', title: 'Acme Reports First Quarter 2010',
    fiscalYearEnd: null, problems: [], prose: [], checks: [],
    statements: [{
      title: 'Statements of Operations', kind: 'income', line: 10, units: 'in thousands',
      columns: [
        { label: 'Three months ended March 31, 2010', kind: 'period', period: { type: 'quarter', start: '2010-01-01', end: '2010-03-31' } },
        { label: 'Three months ended March 31, 2009', kind: 'period', period: { type: 'quarter', start: '2009-01-01', end: '2009-03-31' } },
      ],
      rows: [
        { label: 'Product', path: ['Revenue', 'Product'], line: 14, lines: [14, 14], unit: 'USD', values: ['1000', '900'] },
        { label: 'Service', path: ['Revenue', 'Service'], line: 15, lines: [15, 15], unit: 'USD', values: ['500', '400'] },
        { label: 'Service', path: ['Cost of revenue:', 'Service'], line: 19, lines: [19, 19], unit: 'USD', values: ['200', '150'] },
        { label: 'Total revenue', path: ['Revenue', 'Total revenue'], line: 16, lines: [16, 16], unit: 'USD', values: ['1500', '1300'] },
      ],
    }],
  };
  return { documents: [doc] };
}

/** Reports read by the real reader (default: data/, the embedded Sonus Q2 2007 release). */
export function realStore(paths = ['data/']): Store {
  return loadReports(paths).store;
}
