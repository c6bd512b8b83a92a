// The ratio names offered by `/ratio`, read from intents/ratios.yaml (entries with `id` and `name`).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import type { Choice } from './catalog.js';

// intents/ratios.yaml at the repository root, wherever the bot is started from.
const DEFAULT_PATH = fileURLToPath(new URL('../../intents/ratios.yaml', import.meta.url));

/**
 * Ratio choices from the YAML file; [] when it is absent or unreadable. Accepts a list of entries or an object
 * holding one (`ratios:` or any key whose value is the list): `- { id: gross_margin, name: Gross margin }`.
 */
export function loadRatioChoices(path: string = DEFAULT_PATH): Choice[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
  const list = Array.isArray(doc) ? doc : findList(doc);
  const out: Choice[] = [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const { id, name } = entry as { id?: unknown; name?: unknown };
    const label = typeof name === 'string' ? name : typeof id === 'string' ? id.replace(/_/g, ' ') : null;
    if (label) out.push({ name: label, value: label });
  }
  return out;
}

// { ratios: [...] } or { anything: [...] } -> the first list value.
function findList(doc: unknown): unknown[] {
  if (!doc || typeof doc !== 'object') return [];
  const obj = doc as Record<string, unknown>;
  if (Array.isArray(obj.ratios)) return obj.ratios;
  return (Object.values(obj).find(Array.isArray) as unknown[] | undefined) ?? [];
}
