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

/** The negator among the last `window` words before `index` in the same clause, if any. */
export function negationBefore(text: string, index: number, window = 3): string | undefined {
  const from = clauseStart(text, index);
  const words = wordTokens(text.slice(from, index)).slice(-window);
  return words.find((w) => isNegator(w.folded))?.text;
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
