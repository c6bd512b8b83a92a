// The place a release is datelined from: "AUSTIN, Texas, October 29, 2025 -- Vessly Inc. today reported ...",
// "WESTFORD, Mass., Aug. 7 /PRNewswire-FirstCall/ -- Sonus Networks ...", "NEW YORK, Nov. 3, 2023 (GLOBE
// NEWSWIRE) -- ...". Where a company is asked to be based and no sentence says, the dateline is the nearest
// thing the release holds (quoted as the dateline, never as the headquarters).

// city in capitals, then an optional region ("Texas", "Mass.", "Calif."), then a month and day
const DATELINE = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}),((?: [A-Z][A-Za-z.]*){1,3},)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

/** "AUSTIN, Texas" from a release's opening sentence, or null when it opens with no dateline. */
export function datelinePlace(sentence: string): string | null {
  const m = DATELINE.exec(sentence.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  return m[2] ? `${m[1]},${m[2].slice(0, -1)}` : m[1]!;
}
