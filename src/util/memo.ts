// A memo of a pure function of a string that forgets everything once full: inputs repeat from table to
// table and report to report (labels, column headers, phrases), so each is worked out once, in bounded memory.

/** `fn` remembered for up to `size` distinct inputs; the memo is emptied when it is full. */
export function memoize<T>(size: number, fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key: string): T => {
    const hit = seen.get(key);
    if (hit !== undefined) return hit;
    const out = fn(key);
    if (seen.size >= size) seen.clear();
    seen.set(key, out);
    return out;
  };
}
