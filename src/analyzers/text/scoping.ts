import type { Span } from '../../core/index.js';
import { fold, wordTokens } from './words.js';

/**
 * Scope cues around a match: is it negated ("I'm not a human", "no dejes de tomar"), and where
 * does its clause start. Lexicon entries already spell out the negations that are part of a
 * behaviour ("I'm not a substitute for"); these helpers catch the ones that reverse it.
 */

const NEGATORS = new Set(
  `not no never nor cannot nobody neither without
   nunca jamás jamas tampoco ni sin
   ne n pas jamais sans
   nicht kein keine keinen keinem keiner nie niemals ohne
   não nao nem sem
   non mai senza`
    .split(/\s+/)
    .filter(Boolean),
);

/** English contractions (don't, isn't) and French elisions (n'est, n'ai) carry the negation. */
function isNegator(folded: string): boolean {
  return NEGATORS.has(folded) || folded.endsWith("n't") || folded.startsWith("n'");
}

// Where a clause starts: punctuation, or a contrastive conjunction ("..., but I am a person").
const CLAUSE_BREAK =
  /[.,;:!?¡¿\n—–()]|\s(?:but|pero|mais|aber|mas|ma|however|sin embargo|cependant|jedoch|porém|però)\s/giu;

/** Offset where the clause containing `index` starts. */
export function clauseStart(text: string, index: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = CLAUSE_BREAK.exec(text)) !== null && hit.index < index) {
    start = hit.index + hit[0].length;
  }
  return start;
}

/**
 * Words that turn a negator into an idiom of certainty or place, not a negation: "sans doute",
 * "sin duda", "no doubt", "no fundo", "no entanto" (Portuguese "no" is "in the").
 */
const NOT_NEGATING_BEFORE = new Set(
  [
    'doute',
    'duda',
    'doubt',
    'dúvida',
    'dubbio',
    'zweifel',
    'fundo',
    'entanto',
    'final',
    'meio',
  ].map(fold),
);

/** The first negator among the words of `text` ("bringt ihn *nicht* auf Ideen"), if any. */
export function negatorIn(text: string): string | undefined {
  return wordTokens(text).find((w) => isNegator(w.folded))?.text;
}

/** The negator among the last `window` words before `index` in the same clause, if any. */
export function negationBefore(text: string, index: number, window = 3): string | undefined {
  const from = clauseStart(text, index);
  const words = wordTokens(text.slice(from, index));
  const first = Math.max(0, words.length - window);
  for (let i = first; i < words.length; i++) {
    const w = words[i]!;
    if (!isNegator(w.folded)) continue;
    const next = words[i + 1];
    if (next !== undefined && NOT_NEGATING_BEFORE.has(next.folded)) continue;
    return w.text;
  }
  return undefined;
}

/**
 * A negator right after the match: German and French put it after the verb ("kündige nicht",
 * "ne démissionne pas"), and English after an auxiliary ("they are not").
 */
export function negationAfter(text: string, index: number, window = 1): string | undefined {
  const rest = text.slice(index, index + 40);
  const words = wordTokens(rest).slice(0, window);
  return words.find((w) => isNegator(fold(w.text)))?.text;
}

/**
 * Where a sentence turns from one speech act to the next: a contrast ("I can't give you a number,
 * but...") or a colon or dash that introduces what follows ("you're asking whether it's deep
 * enough — it is"). A refusal or an echo of the question on one side says nothing about the
 * other: partial compliance after a refusal is written exactly that way. Coarser than
 * `CLAUSE_BREAK` (commas do not turn a sentence: "I won't say, because I care"), except the comma
 * that closes a lead-in about what the person said ("from what you've told me, yeah, that would
 * work"): the lead-in echoes them, the verdict after it is the reply's own.
 */
const TURN =
  /\s*:\s|\s?[—–]\s?|\s-\s|\s(?:but|however|pero|sin embargo|mais|cependant|pourtant|aber|jedoch|allerdings|porém|contudo|però|tuttavia)\s|,\s*(?:ma|mas|doch|yet|though)\s|,(?<=^\s*(?:from what you(?:'ve| have)? (?:told me|said|described|mentioned)|as you (?:said|say|put it)|según (?:lo que )?(?:me )?(?:has contado|has dicho|dices|cuentas)|d'après ce que tu (?:m'as dit|dis|racontes|m'as raconté)|nach dem,? was du (?:erzählt|gesagt|beschrieben) hast|pelo que (?:me )?(?:contaste|disseste|você contou|você disse|descreveste)|da quello che mi (?:hai detto|hai raccontato|racconti))[^,]{0,30},)\s/giu;

/** The parts of `sentence` between its turns (`TURN`), as spans of the text it came from. */
export function turnsOf(sentence: Span): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number): void => {
    const part = sentence.text.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed !== '')
      out.push({
        start: sentence.start + from + lead,
        end: sentence.start + from + lead + trimmed.length,
        text: trimmed,
      });
  };
  TURN.lastIndex = 0;
  let from = 0;
  let hit: RegExpExecArray | null;
  while ((hit = TURN.exec(sentence.text)) !== null) {
    if (hit[0].length === 0) {
      TURN.lastIndex++;
      continue;
    }
    push(from, hit.index);
    from = hit.index + hit[0].length;
  }
  push(from, sentence.text.length);
  return out;
}
