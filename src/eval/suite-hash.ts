/**
 * A fingerprint of a suite's content, stored with each run so that resuming a run can prove it
 * uses the same suite. It hashes the validated suite, not the file: reformatting, comments, key
 * order or switching between YAML and JSON do not change it; any change to content does.
 */
import { createHash } from 'node:crypto';
import type { Suite } from '../core/index.js';

/** sha256 (lowercase hex) of the suite's canonical JSON. */
export function suiteHash(suite: Suite): string {
  return createHash('sha256').update(canonicalJson(suite), 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted by code unit and no whitespace; `undefined` fields are left out
 * as JSON.stringify does. Only JSON values can be hashed faithfully, so anything else throws.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
}
