// A memo of a pure function of a string that forgets everything once full: inputs repeat from table to
// table and report to report (labels, column headers, phrases), so each is worked out once, in bounded memory.

/** A bounded cache: `get(key, make)` gives the remembered value, or makes and remembers it; emptied when full. */
export function boundedCache<T>(size: number): { get(key: string, make: () => T): T } {
  const seen = new Map<string, T>();
  return {
    get(key, make) {
      const hit = seen.get(key);
      if (hit !== undefined) return hit;
      const out = make();
      if (seen.size >= size) seen.clear();
      seen.set(key, out);
      return out;
    },
  };
}

/** `fn` remembered for up to `size` distinct inputs; the memo is emptied when it is full. */
export function memoize<T>(size: number, fn: (key: string) => T): (key: string) => T {
  const cache = boundedCache<T>(size);
  return (key: string): T => cache.get(key, () => fn(key));
}
