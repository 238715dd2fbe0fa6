import type { Span } from '../../core/index.js';
import { execAll } from './exec-all.js';

/**
 * Quoted passages of a reply — «…», “…”, „…“, "…" — which are someone else's words (often the
 * seeker's, echoed back), not what the reply itself says. Single quotes are left out: they double
 * as apostrophes. Passages longer than `MAX_QUOTE` are treated as unbalanced marks, not quotes.
 */
const QUOTED = /«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|"[^"]*"/gu;
const MAX_QUOTE = 400;

export function quotedSpans(text: string): Span[] {
  if (!/[«“„"]/u.test(text)) return [];
  return execAll(QUOTED, text)
    .filter((m) => m[0].length <= MAX_QUOTE)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Whether [start, end) lies inside one of the quoted spans. */
export function insideQuotes(quotes: readonly Span[], start: number, end: number): boolean {
  return quotes.some((q) => q.start <= start && end <= q.end);
}

/** The text with quoted passages blanked out (same length, so offsets still hold). */
export function withoutQuotes(text: string): string {
  const quotes = quotedSpans(text);
  if (quotes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start) + ' '.repeat(q.end - q.start);
    at = q.end;
  }
  return out + text.slice(at);
}
