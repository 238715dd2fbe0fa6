import type { Span } from '../../core/index.js';

/**
 * Sentence spans of a reply. Deliberately simple — terminal punctuation or a line break ends a
 * sentence — because replies are short and what checks need is "the same sentence as", not
 * linguistics. An abbreviation ("Dr.") may split a sentence early; that only narrows a scope.
 */
const BOUNDARY = /[.!?…。！？]+["'”’»)\]]*(?=\s|$)|\n+/gu;
const SPACE = /\s/u;
const QUESTION_END = /[?？]["'”’»)\]]*$/u;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const boundary = BOUNDARY;
  boundary.lastIndex = 0;
  let start = 0;
  let hit: RegExpExecArray | null;
  const push = (from: number, to: number): void => {
    let a = from;
    let b = to;
    while (a < b && SPACE.test(text[a] ?? '')) a++;
    while (b > a && SPACE.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
  };
  while ((hit = boundary.exec(text)) !== null) {
    const end = hit[0].startsWith('\n') ? hit.index : hit.index + hit[0].length;
    push(start, end);
    start = hit.index + hit[0].length;
  }
  push(start, text.length);
  return out;
}

/** The sentence that contains `index` (or the nearest one before it). */
export function sentenceAt(sentences: readonly Span[], index: number): Span | undefined {
  let found: Span | undefined;
  for (const s of sentences) {
    if (s.start <= index) found = s;
    else break;
  }
  return found;
}

/** A question: ends with a question mark, or opens with Spanish "¿". */
export function isQuestion(sentence: Pick<Span, 'text'>): boolean {
  return QUESTION_END.test(sentence.text) || sentence.text.includes('¿');
}
