/**
 * Output checks on a streamed reply, for conversations the pipeline lets stream live (below
 * moderate risk): text is held until a sentence is complete, the harm checks run on everything
 * complete so far, and only then is the sentence released. When a harm check fails, nothing more
 * is released and the pipeline cuts over to the safe reply, so the person never sees the
 * sentence that failed. What the protocol requires (resources, emergency first) can only be
 * judged on the whole reply, at `finish`.
 *
 * Sentences end at terminal punctuation followed by white space, or at a line break — the same
 * rule as the analysers' sentence splitter, so a released prefix is checked sentence for
 * sentence as the whole reply would be. A run of text with no sentence end (a long list line) is
 * released once it passes MAX_HELD characters, all but its last HOLD_BACK characters, so a
 * phrase in the making stays held.
 */
import type { OutputCheck } from '../core/index.js';
import {
  isHarmFailure,
  planHarmChecks,
  runHarmChecks,
  runOutputChecks,
  type OutputCheckContext,
} from './output-checks.js';

export interface StreamStep {
  /** Text safe to show now (whole sentences that passed the harm checks), possibly empty. */
  release: string;
  /** Set once a harm check has failed: cut over to the safe reply; nothing more is released. */
  failed?: OutputCheck[];
}

export interface StreamEnd {
  /** The rest of the reply, when it passed the harm checks; empty after a failure. */
  release: string;
  /** Every output check on the whole reply (harms and what the protocol requires). */
  checks: OutputCheck[];
}

export interface StreamChecker {
  push(delta: string): StreamStep;
  finish(): StreamEnd;
}

const MAX_HELD = 600;
const HOLD_BACK = 120;
/** A sentence end: terminal punctuation (and closing quotes) before white space, or line breaks. */
const SENTENCE_END = /[.!?…。！？]+["'”’»)\]]*\s+|\n+/gu;

export function createStreamChecker(ctx: Omit<OutputCheckContext, 'reply'>): StreamChecker {
  const rules = planHarmChecks(ctx);
  let text = '';
  let released = 0;
  /** Where the previous release began: checks re-read it as context for the new sentences. */
  let context = 0;
  let stopped: OutputCheck[] | undefined;

  /**
   * The harm failures in text[from, end), with spans moved back to offsets of the whole reply.
   * Findings depend only on their own sentence (and a few words before it), which the window
   * always holds, so checking the new sentences with one released stretch before them finds what
   * checking the whole prefix would, at a cost that does not grow with the reply.
   */
  function harmsIn(all: string, from: number, end: number): OutputCheck[] {
    return runHarmChecks({ ...ctx, reply: all.slice(from, end) }, rules)
      .filter(isHarmFailure)
      .map((c) => ({
        ...c,
        findings: c.findings.map((f) => ({
          ...f,
          span: { start: f.span.start + from, end: f.span.end + from, text: f.span.text },
        })),
      }));
  }

  return {
    push(delta) {
      if (stopped) return { release: '', failed: stopped };
      text += delta;
      const end = releasableEnd(text, released);
      if (end <= released) return { release: '' };
      const harms = harmsIn(text, windowStart(text, context), end);
      if (harms.length > 0) {
        stopped = harms;
        return { release: '', failed: harms };
      }
      const release = text.slice(released, end);
      context = released;
      released = end;
      return { release };
    },
    finish() {
      const checks = runOutputChecks({ ...ctx, reply: text });
      if (!stopped) {
        const harms = checks.filter(isHarmFailure);
        if (harms.length > 0) stopped = harms;
      }
      if (stopped) return { release: '', checks };
      const release = text.slice(released);
      released = text.length;
      return { release, checks };
    },
  };
}

/** A quotation mark before the window could pair with one inside it: then read from the start. */
const QUOTE_MARK = /[«»“”„"]/u;

function windowStart(text: string, context: number): number {
  return QUOTE_MARK.test(text.slice(0, context)) ? 0 : context;
}

/** Where the complete part of `text` ends (after the white space of its last sentence end). */
function releasableEnd(text: string, from: number): number {
  let end = from;
  SENTENCE_END.lastIndex = from;
  let hit: RegExpExecArray | null;
  while ((hit = SENTENCE_END.exec(text)) !== null) end = hit.index + hit[0].length;
  if (text.length - end > MAX_HELD) {
    const limit = text.length - HOLD_BACK;
    const space = text.lastIndexOf(' ', limit);
    if (space > end) end = space + 1;
  }
  return end;
}
