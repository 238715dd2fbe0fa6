import type { CheckName, Span } from '../core/index.js';
import { defineCheck, spanOf } from './define.js';
import type { ReplyFinding } from './define.js';
import type { CompiledLexicon, LexiconMatch } from './text/lexicon.js';
import { describeMatch } from './text/lexicon.js';
import { insideQuotes, quotedSpans } from './text/quotes.js';
import { isQuestion, sentenceAt, splitSentences } from './text/sentences.js';
import { negationAfter, negationBefore, negatorIn, turnsOf } from './text/scoping.js';
import type { CheckImplementation } from './types.js';

/**
 * The common shape of a phrase check, after Presidio's pattern recognisers: a lexicon of
 * patterns plus context that cancels a match — a negator just before it ("I'm *not* a person"),
 * a cue earlier in its sentence ("you *feel like* they are watching you"), or a cue anywhere in
 * its sentence (a refusal: "I *can't* share lethal doses").
 */
export interface PhraseRule {
  lexicon: CompiledLexicon;
  /** Words before the match searched for a negator, within its clause; `0` turns this off. Default 3. */
  negationWindow?: number;
  /** Also cancel on a negator right after the match ("kündige nicht", "ne ... pas"). */
  negationAfter?: boolean;
  /** Cancel when one of these matches earlier in the same sentence. */
  unlessBefore?: readonly CompiledLexicon[];
  /** Cancel when one of these ends right before the match ("*many* men don't..."). */
  unlessJustBefore?: readonly CompiledLexicon[];
  /** Cancel when the match is in quotation marks (the reply is naming the phrase, not using it). */
  unlessQuoted?: boolean;
  /** Cancel when one of these matches anywhere in the same sentence. */
  unlessInSentence?: readonly CompiledLexicon[];
  /** Keep only matches in questions, or only in statements. */
  mood?: 'question' | 'statement';
  /**
   * Keep matches inside quotation marks. Off by default: a quoted passage is someone else's words
   * (usually the seeker's, echoed back: «mi mamá dice que es flojera»), not the reply's own.
   */
  keepQuoted?: boolean;
}

export interface PhraseMatch extends LexiconMatch {
  reason: string;
}

/** Matches of the rules in `reply` that their context does not cancel, left to right. */
export function matchPhrases(reply: string, rules: readonly PhraseRule[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let sentences: ReturnType<typeof splitSentences> | undefined;
  let quotes: Span[] | undefined;
  for (const rule of rules) {
    const matches = rule.lexicon.find(reply);
    if (matches.length === 0) continue;
    sentences ??= splitSentences(reply);
    quotes ??= quotedSpans(reply);
    for (const m of matches) {
      if (!rule.keepQuoted && insideQuotes(quotes, m.start, m.end)) continue;
      const window = rule.negationWindow ?? 3;
      if (window > 0 && negationBefore(reply, m.start, window) !== undefined) continue;
      if (rule.negationAfter && negationAfter(reply, m.end) !== undefined) continue;
      const sentence = sentenceAt(sentences, m.start) ?? spanOf(reply, 0, reply.length);
      if (rule.mood === 'question' && !isQuestion(sentence)) continue;
      if (rule.mood === 'statement' && isQuestion(sentence)) continue;
      const before = reply.slice(sentence.start, m.start);
      if (rule.unlessBefore?.some((cue) => cue.first(before) !== undefined)) continue;
      if (rule.unlessInSentence?.some((cue) => cue.first(sentence.text) !== undefined)) continue;
      if (rule.unlessJustBefore && endsWithCue(before, rule.unlessJustBefore)) continue;
      if (rule.unlessQuoted && isQuoted(reply, m.start, m.end)) continue;
      if (out.some((o) => o.start === m.start && o.end === m.end)) continue;
      out.push({ ...m, reason: describeMatch(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function endsWithCue(before: string, cues: readonly CompiledLexicon[]): boolean {
  const trimmed = before.trimEnd();
  const tail = trimmed.slice(-40);
  return cues.some((cue) => cue.find(tail).some((m) => m.end === tail.length));
}

const OPENING_QUOTE = /["'‘“«„]\s*$/u;
const CLOSING_QUOTE = /^[\s,.!?;:]*["'’”»]/u;

/** In quotation marks: a quote right before the start and right after the end. */
function isQuoted(text: string, start: number, end: number): boolean {
  return (
    OPENING_QUOTE.test(text.slice(Math.max(0, start - 3), start)) &&
    CLOSING_QUOTE.test(text.slice(end, end + 4))
  );
}

export function toFindings(reply: string, matches: readonly PhraseMatch[]): ReplyFinding[] {
  return matches.map((m) => ({ span: spanOf(reply, m.start, m.end), reason: m.reason }));
}

/** A check that is only its phrase rules (most of the catalogue). */
export function phraseCheck(name: CheckName, rules: readonly PhraseRule[]): CheckImplementation {
  return defineCheck(name, () => (reply) => toFindings(reply, matchPhrases(reply, rules)));
}

/** Adds to `matches` each of `more` that overlaps none of them (earlier rules win a span). */
export function addUnlessOverlapping(matches: PhraseMatch[], more: readonly PhraseMatch[]): void {
  for (const m of more)
    if (!matches.some((o) => o.start < m.end && m.start < o.end)) matches.push(m);
}

/** Findings in reading order, from matches gathered rule by rule. */
export function findingsInOrder(reply: string, matches: PhraseMatch[]): ReplyFinding[] {
  return toFindings(
    reply,
    matches.sort((a, b) => a.start - b.start),
  );
}

/** A check of phrase rules and pair rules (`matchPairs`); a pair never repeats a phrase's span. */
export function phraseAndPairCheck(
  name: CheckName,
  phrases: readonly PhraseRule[],
  pairs: readonly PairRule[],
): CheckImplementation {
  return defineCheck(name, () => (reply) => {
    const matches = matchPhrases(reply, phrases);
    addUnlessOverlapping(matches, matchPairs(reply, pairs));
    return findingsInOrder(reply, matches);
  });
}

/**
 * A claim recognised by its kind rather than by one wording: a **topic** (what the claim is
 * about: "antidepressants", "asking about suicide", "people with schizophrenia") and a **claim**
 * (what it says of it: "hooked", "puts the idea in her head", "dangerous") in the same sentence,
 * in either order. Many wordings of one claim are then the product of two short lists instead of
 * one long one. The same context cancels as for a phrase — and a negator before either part
 * ("sugar doesn't cause ADHD", "bipolaridad no hace a nadie peligroso").
 */
export interface PairRule extends Omit<PhraseRule, 'lexicon' | 'negationAfter'> {
  /** Names the kind in the finding's reason. */
  kind: string;
  topic: CompiledLexicon;
  claim: CompiledLexicon;
  /** Cancel when one of these ends right before the claim ("more than moodiness"). */
  unlessBeforeClaim?: readonly CompiledLexicon[];
  /**
   * Only a topic before its claim ("death would be a relief"; not "you deserve peace, and
   * dying…"), or only a claim before its topic ("I can't call anyone"; not "you'd rather I didn't
   * say call someone, but I can't…").
   */
  order?: 'topic-first' | 'claim-first';
  /** At most this many characters between the two. */
  maxGap?: number;
  /**
   * The claim may itself be negative ("people who talk about it *won't* do it"). Otherwise a
   * negator inside the claim cancels it ("das bringt ihn *nicht* auf Ideen").
   */
  claimMayNegate?: boolean;
  /** The topic may also be named in the sentence before the claim's (a statement, not a question). */
  topicReach?: 'previous-sentence';
}

/** Matches of pair rules, one per sentence and kind, spanning the topic and the claim. */
export function matchPairs(reply: string, rules: readonly PairRule[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let sentences: ReturnType<typeof splitSentences> | undefined;
  let quotes: Span[] | undefined;
  for (const rule of rules) {
    const claims = rule.claim.find(reply);
    if (claims.length === 0) continue;
    const topics = rule.topic.find(reply);
    if (topics.length === 0) continue;
    sentences ??= splitSentences(reply);
    quotes ??= quotedSpans(reply);
    const window = rule.negationWindow ?? 4;
    const done = new Set<number>();
    for (const claim of claims) {
      const sentence = sentenceAt(sentences, claim.start) ?? spanOf(reply, 0, reply.length);
      if (done.has(sentence.start)) continue;
      if (!rule.keepQuoted && insideQuotes(quotes, claim.start, claim.end)) continue;
      if (window > 0 && negationBefore(reply, claim.start, window) !== undefined) continue;
      if (!rule.claimMayNegate && negatorIn(claim.text) !== undefined) continue;
      const before = reply.slice(sentence.start, claim.start);
      if (rule.unlessBeforeClaim && endsWithCue(before, rule.unlessBeforeClaim)) continue;
      const inSentence = (t: LexiconMatch): boolean =>
        t.start >= sentence.start &&
        t.end <= sentence.end &&
        ((rule.order !== 'claim-first' && t.end <= claim.start) ||
          (rule.order !== 'topic-first' && t.start >= claim.end) ||
          // the claim names its own topic ("everyone's a bit bipolar")
          (t.start >= claim.start && t.end <= claim.end)) &&
        (rule.maxGap === undefined ||
          Math.max(claim.start - t.end, t.start - claim.end) <= rule.maxGap) &&
        // a claim before its topic is denied in between ("sugar doesn't cause ADHD"); a negated
        // topic is not a denied claim ("better not to ask, it can put the idea in her head")
        !(t.start >= claim.end && negatorIn(reply.slice(claim.end, t.start)) !== undefined);
      let topic = topics.find(inSentence);
      // "I'd think twice about sertraline. Once you start, you get hooked.": the topic is named
      // in the sentence before and the claim speaks of it
      const previous =
        rule.topicReach === 'previous-sentence' && !topic
          ? sentences[sentences.indexOf(sentence) - 1]
          : undefined;
      if (previous && !isQuestion(previous))
        topic = topics.find((t) => t.start >= previous.start && t.end <= previous.end);
      if (!topic) continue;
      if (rule.mood === 'question' && !isQuestion(sentence)) continue;
      if (rule.mood === 'statement' && isQuestion(sentence)) continue;
      const first = Math.max(sentence.start, Math.min(topic.start, claim.start));
      // reported speech holds only its own turn: "he keeps saying it, but the ones who talk…"
      const turn = turnsOf(sentence).find((t) => t.start <= first && first <= t.end);
      const upTo = reply.slice(turn?.start ?? sentence.start, first);
      if (rule.unlessBefore?.some((cue) => cue.first(upTo) !== undefined)) continue;
      const read = topic.start < sentence.start && previous ? [previous, sentence] : [sentence];
      if (
        read.some((part) =>
          rule.unlessInSentence?.some((cue) => cue.first(part.text) !== undefined),
        )
      )
        continue;
      if (rule.unlessJustBefore && endsWithCue(upTo, rule.unlessJustBefore)) continue;
      done.add(sentence.start);
      const start = Math.min(topic.start, claim.start);
      const end = Math.max(topic.end, claim.end);
      out.push({
        start,
        end,
        text: reply.slice(start, end),
        entry: claim.entry,
        language: claim.language,
        lexicon: rule.claim.name,
        reason: `${rule.kind}: ${describeMatch(topic)} + ${describeMatch(claim)}`,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
