import type { PlacedSignal } from '../types';
import { categoryLabel } from '../format';

interface Segment {
  text: string;
  signals: PlacedSignal[];
}

/**
 * Cuts `text` at every signal boundary, so overlapping cues still mark each character once, with
 * every cue that covers it named. Spans outside the text (a stale signal) are clipped, never thrown.
 */
export function segments(text: string, signals: readonly PlacedSignal[]): Segment[] {
  const inside = signals
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    const last = out.at(-1);
    if (last && last.signals.length === 0 && covering.length === 0)
      last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), signals: covering });
  }
  return out;
}

function describe(signals: readonly PlacedSignal[]): string {
  const categories = [...new Set(signals.map((s) => categoryLabel(s.category)))].join(', ');
  return `triage cue (${categories}): ${signals.map((s) => s.id).join(', ')}`;
}

/**
 * The person's words with the triage cues marked (tinted and underlined; named on hover). The words
 * stay one unbroken text for reading and copying; `CueList` names the cues for screen readers.
 */
export function HighlightedText({
  text,
  signals,
}: {
  text: string;
  signals: readonly PlacedSignal[];
}) {
  if (signals.length === 0) return <>{text}</>;
  return (
    <>
      {segments(text, signals).map((segment, i) =>
        segment.signals.length === 0 ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <mark key={i} className="cue" title={describe(segment.signals)}>
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

/** The cues of one message, in words, for screen readers (the marks alone are not announced). */
export function CueList({ text, signals }: { text: string; signals: readonly PlacedSignal[] }) {
  if (signals.length === 0) return null;
  return (
    <p className="visually-hidden">
      Triage cues in this message:{' '}
      {signals
        .map((s) => `“${text.slice(s.start, s.end)}” (${categoryLabel(s.category)}: ${s.id})`)
        .join('; ')}
      .
    </p>
  );
}
