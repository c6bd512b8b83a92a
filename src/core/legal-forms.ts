// Legal-form words that end company names: "Inc.", "Corporation", "plc", "ASA", "S.p.A.", "GmbH".
// One list for the reader (a heading line that names a company) and for the short names questions use.
const FORMS = [
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'l\\.p', 'lp',
  's\\.a', 'sa', 'ag', 'n\\.v', 'nv', 'b\\.v', 'bv', 'se', 'asa', 'as', 'ab', 'oyj', 'gmbh', 's\\.p\\.a', 'spa',
  'a\\/s', 'k\\.k', 'pty', 'bhd', 'group', 'holdings?',
].join('|');

/** A legal-form word at the end of a name, with the comma or space before it: ", Inc." in "Sonus Networks, Inc.". */
export const LEGAL_FORM_AT_END = new RegExp(`[,\\s]+(?:${FORMS})\\.?\\s*$`, 'i');

/** A line that ends with a legal-form word ("APPLE COMPUTER, INC.", "Nordvik Shipping ASA"). */
export const ENDS_WITH_LEGAL_FORM = new RegExp(`\\b(?:${FORMS})\\b\\.?,?\\s*$`, 'i');
