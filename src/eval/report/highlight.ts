import type { Evidence } from '../../core/index.js';
import { escapeHtml } from './escape.js';

/** Where a piece of evidence sits: a reply (0-based) and UTF-16 offsets into it. */
export interface LocatedSpan {
  turn: number;
  start: number;
  end: number;
}

/**
 * Finds the text a piece of evidence points at. The offsets are trusted when they fall inside the
 * reply and agree with the quoted text; otherwise the quoted text is searched for, because LLM
 * judges quote reliably but count offsets badly. Evidence without a turn is looked for in every
 * reply. Returns null when the span cannot be placed: the evidence is still listed, just not marked.
 */
export function locateEvidence(replies: readonly string[], evidence: Evidence): LocatedSpan | null {
  const span = evidence.span;
  if (span === undefined) return null;
  const turns = evidence.turn === undefined ? replies.map((_, i) => i) : [evidence.turn];
  for (const turn of turns) {
    const reply = replies[turn];
    if (reply === undefined) continue;
    const inBounds =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= reply.length &&
      span.start < span.end;
    if (inBounds && (span.text === '' || reply.slice(span.start, span.end) === span.text)) {
      return { turn, start: span.start, end: span.end };
    }
  }
  if (span.text === '') return null;
  for (const turn of turns) {
    const at = replies[turn]?.indexOf(span.text) ?? -1;
    if (at >= 0) return { turn, start: at, end: at + span.text.length };
  }
  return null;
}

/** What a highlight means to the reader: good practice seen, a harm seen, or neither. */
export type MarkTone = 'good' | 'harm' | 'neutral';

export interface ReplyMark {
  start: number;
  end: number;
  tone: MarkTone;
  /** Short description, e.g. "asa-crisis-line (+5, builtin)", shown as the mark's tooltip. */
  label: string;
}

function toneOf(marks: ReplyMark[]): MarkTone {
  if (marks.some((m) => m.tone === 'harm')) return 'harm';
  if (marks.some((m) => m.tone === 'good')) return 'good';
  return 'neutral';
}

/**
 * HTML for a reply with its evidence spans wrapped in `<mark>`. Overlapping spans (two judges, two
 * items) are handled by cutting the text at every span boundary and marking each piece with all
 * spans that cover it, so marks never nest or cross. Everything outside the tags is escaped.
 */
export function highlightReply(reply: string, marks: readonly ReplyMark[]): string {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= reply.length && m.start < m.end);
  if (valid.length === 0) return escapeHtml(reply);
  const cuts = [...new Set([0, reply.length, ...valid.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = escapeHtml(reply.slice(from, to));
    const covering = valid.filter((m) => m.start <= from && m.end >= to);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const title = [...new Set(covering.map((m) => m.label))].join('; ');
    html += `<mark class="${toneOf(covering)}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}
