/**
 * How a check uses the findings model as its second line. The model reads the reply with every
 * sentence the check's own context rules cancel (a refusal, a question, a quotation...) blanked
 * out, and only when the check's context gate holds for the conversation (the person may be at
 * risk, voiced a belief...). When the probability reaches the finding's threshold, the finding is
 * the sentence holding the strongest evidence, and its reason names the n-grams that decided.
 *
 * Why the kept sentences together rather than each on its own: the model is trained on whole
 * replies; scored one sentence at a time, short sentences scored out of distribution and
 * out-of-fold recall at the same precision fell (means_content 0.94 → 0.48 at P 0.90).
 */
import type { Span } from '../../core/index.js';
import type { ReplyFinding } from '../define.js';
import { quotedSpans, insideQuotes } from '../text/quotes.js';
import { splitSentences } from '../text/sentences.js';
import { loadFindingsModel, type FindingsModel } from './findings-model.js';
import type { ModelFinding } from './weights-format.js';

export interface ModelLine {
  finding: ModelFinding;
  /** Whether the finding can exist at all in this conversation, from the seeker's turns. */
  gate(userTurns: readonly string[]): boolean;
  /** Whether the sentence's context cancels a finding in it. */
  cancels(sentence: Span): boolean;
  /**
   * Whether the whole reply is left unread (collusion: it keeps a distance from the belief
   * somewhere). Here rather than in the check so that training picks the threshold on exactly the
   * replies the check lets the model read.
   */
  skips?(reply: string): boolean;
  /**
   * The units a reply is read in, cancelled and reported by (default: sentences). Means content
   * reads the turns of a sentence apart, so that "I can't give a number, but..." keeps its second
   * half.
   */
  units?(reply: string): Span[];
}

/** The sentences of `reply` the model may report: none when the gate fails; quoted ones left out. */
export function candidateSentences(
  line: ModelLine,
  reply: string,
  userTurns: readonly string[],
): Span[] {
  if (!line.gate(userTurns) || line.skips?.(reply) === true) return [];
  const quotes = quotedSpans(reply);
  return (line.units?.(reply) ?? splitSentences(reply)).filter(
    (sentence) => !insideQuotes(quotes, sentence.start, sentence.end) && !line.cancels(sentence),
  );
}

/**
 * `reply` with everything outside `kept` and everything quoted (someone else's words) replaced by
 * spaces: same length, so offsets hold.
 */
export function keepOnly(reply: string, kept: readonly Span[]): string {
  const shown = new Uint8Array(reply.length);
  for (const span of kept) shown.fill(1, span.start, span.end);
  for (const quote of quotedSpans(reply)) shown.fill(0, quote.start, quote.end);
  let out = '';
  let from = 0;
  for (let i = 0; i <= reply.length; i += 1) {
    if (i < reply.length && shown[i] === shown[from]) continue;
    out += shown[from] === 1 ? reply.slice(from, i) : ' '.repeat(i - from);
    from = i;
  }
  return out;
}

/** What the model reads of `reply` for `line`, or undefined when no sentence is a candidate. */
export function modelText(
  line: ModelLine,
  reply: string,
  userTurns: readonly string[],
): { text: string; sentences: Span[] } | undefined {
  const sentences = candidateSentences(line, reply, userTurns);
  return sentences.length === 0
    ? undefined
    : { text: keepOnly(reply, joinTurns(reply, sentences)), sentences };
}

/** What lies between two turns of one sentence: punctuation and the word(s) where it turns. */
const TURN_GAP = /^[\s,;:—–-]*(?:\p{L}+[\s,;:—–-]*){0,2}$/u;

/**
 * Kept units that follow each other within one sentence, joined with what lies between them: when
 * a line reads the turns of a sentence apart (`units`), the words where it turns ("but", a dash)
 * are read as before whenever neither side is cancelled; blanking them changed what the model saw
 * ("they feel terrifying, but they aren't dangerous" read without its "but").
 */
function joinTurns(reply: string, kept: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const unit of kept) {
    const last = out[out.length - 1];
    if (last !== undefined && TURN_GAP.test(reply.slice(last.end, unit.start))) {
      out[out.length - 1] = {
        start: last.start,
        end: unit.end,
        text: reply.slice(last.start, unit.end),
      };
    } else out.push(unit);
  }
  return out;
}

/**
 * What opens a model line in a conversation: `context` (its lexical gate, or a caller that knows
 * the context, such as triage), `learned` (the learned gate over the seeker's turns, asked only
 * when the lexical one stays shut), or `null`: closed. It depends on the conversation alone, so a check
 * that reads many replies decides it once. `graded` is a check's own weaker reading of the
 * conversation, which opens the line only for replies the model reads with a higher probability
 * (`modelFindings`' `minimumP`; means content's `GRADED_GATE`): the check says why in the reason.
 */
export type GateOpener = 'context' | 'learned' | 'graded' | null;

export function gateOpener(
  line: ModelLine,
  userTurns: readonly string[],
  model: FindingsModel = loadFindingsModel(),
): GateOpener {
  if (line.gate(userTurns)) return 'context';
  return model.opensGate(line.finding, userTurns) ? 'learned' : null;
}

/** The model's finding in `reply`, if any: the sentence with the strongest evidence. */
export function modelFindings(
  line: ModelLine,
  reply: string,
  userTurns: readonly string[],
  model: FindingsModel = loadFindingsModel(),
  opener: GateOpener = gateOpener(line, userTurns, model),
  minimumP = 0,
): ReplyFinding[] {
  const read = modelText({ ...line, gate: () => opener !== null }, reply, userTurns);
  if (!read) return [];
  const threshold = Math.max(model.thresholds[line.finding], minimumP);
  const { p, evidence } = model.score(line.finding, read.text);
  if (p < threshold) return [];
  const strongest = evidence[0]?.span.start;
  const sentence =
    read.sentences.find(
      (s) => strongest !== undefined && s.start <= strongest && strongest < s.end,
    ) ?? (read.sentences[0] as Span);
  const why = evidence.map((e) => e.reason.replace(/^model: /u, '')).join(', ');
  return [
    {
      span: sentence,
      reason: `model: ${line.finding} p=${p.toFixed(2)} ≥ ${threshold.toFixed(2)} (weights ${model.version})${why ? `; ${why}` : ''}${opener === 'learned' ? '; the learned gate read the seeker’s turns as calling for this check' : ''}`,
    },
  ];
}

/** `extra` findings that overlap none of `found`, added to it, sorted by position. */
export function mergeFindings(
  found: ReplyFinding[],
  extra: readonly ReplyFinding[],
): ReplyFinding[] {
  for (const candidate of extra) {
    const overlaps = found.some(
      (f) => f.span.start < candidate.span.end && candidate.span.start < f.span.end,
    );
    if (!overlaps) found.push(candidate);
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
