/**
 * A word-level diff between a draft and what a clinician sent: the edit kept with the draft, and
 * what reviewers and preference data read. Words keep their trailing whitespace, so joining the
 * `same` and `removed` parts gives back the draft exactly, and `same` and `added` the final text.
 */

import type { DiffPart } from '../core/index.js';

/** Splits into words, each with the whitespace after it; leading whitespace is its own token. */
export function diffTokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

/**
 * Longest-common-subsequence diff of the two texts' words. Quadratic in words, which is fine for
 * chat replies (a 2,000-word reply pair is 4 million cells); longer texts are diffed as a whole
 * replacement rather than risking the event loop.
 */
export function wordDiff(before: string, after: string, maxCells = 4_000_000): DiffPart[] {
  const a = diffTokens(before);
  const b = diffTokens(after);
  if (a.length * b.length > maxCells) {
    return merge([
      ...(before === '' ? [] : [{ op: 'removed' as const, text: before }]),
      ...(after === '' ? [] : [{ op: 'added' as const, text: after }]),
    ]);
  }
  // lengths[i][j]: LCS of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      parts.push({ op: 'removed', text: a[i++]! });
    } else {
      parts.push({ op: 'added', text: b[j++]! });
    }
  }
  while (i < a.length) parts.push({ op: 'removed', text: a[i++]! });
  while (j < b.length) parts.push({ op: 'added', text: b[j++]! });
  return merge(parts);
}

/** Adjacent parts of the same kind become one. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
