// Loads the rule data in intents/ once (rules are data; the code only applies them).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const cache = new Map<string, unknown>();

/** Reads and caches `intents/<name>.yaml`. */
export function loadRules<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    const url = new URL(`../../intents/${name}.yaml`, import.meta.url);
    v = parseYaml(readFileSync(url, 'utf8'));
    cache.set(name, v);
  }
  return v as T;
}
