import { COPING_IDEAS } from './coping-ideas.js';
import { PHRASEBOOKS } from './phrasebooks/index.js';

/**
 * Every phrase of a phrasebook as the responder can say it: `{idea}` filled with each coping idea,
 * `{emotion}` with each emotion label, `{phrase}` with a plain phrase, other placeholders emptied.
 */
export function phrasebookTexts(language: keyof typeof PHRASEBOOKS): string[] {
  const book = PHRASEBOOKS[language];
  const ideas = COPING_IDEAS.map((idea) =>
    idea.text[language].replace(/\{person\}/gu, book.relations.friend),
  );
  const emotions = Object.values(book.emotions);
  const strings = (value: unknown): string[] => {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  };
  const out = new Set<string>();
  for (const phrase of strings(book)) {
    const fills = phrase.includes('{idea}')
      ? ideas
      : phrase.includes('{emotion}')
        ? emotions
        : [''];
    for (const fill of fills) {
      const text = phrase
        .replace(/\{(idea|emotion)\}/gu, fill)
        .replace(/\{phrase\}/gu, book.quote(book.emotions.tired))
        .replace(/\{[a-z_]+\}/giu, '')
        .trim();
      if (text.length > 2) out.add(text);
    }
  }
  return [...out];
}
