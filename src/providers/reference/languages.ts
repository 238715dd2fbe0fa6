/** The languages the reference responder writes, and how it chooses one for a conversation. */
import { languageOf } from '../../nlp/crisis-directory.js';
import { fold } from './text.js';

export const REPLY_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export function isReplyLanguage(value: string): value is ReplyLanguage {
  return (REPLY_LANGUAGES as readonly string[]).includes(value);
}

/** Frequent short words that mark a language well enough to pick a reply language. */
const MARKERS: Record<ReplyLanguage, ReadonlySet<string>> = {
  en: new Set([
    'the',
    'and',
    'i',
    "i'm",
    'my',
    'is',
    'you',
    'to',
    'it',
    'of',
    'me',
    'feel',
    'with',
    'have',
    'this',
    'so',
  ]),
  es: new Set([
    'el',
    'la',
    'que',
    'y',
    'mi',
    'es',
    'me',
    'estoy',
    'muy',
    'por',
    'con',
    'pero',
    'siento',
    'tengo',
    'yo',
    'lo',
  ]),
  fr: new Set([
    'je',
    'le',
    'les',
    'et',
    'mon',
    'ma',
    'est',
    'pas',
    'suis',
    'tres',
    'avec',
    'mais',
    'sens',
    "j'ai",
    'moi',
    'ne',
  ]),
  de: new Set([
    'ich',
    'und',
    'die',
    'der',
    'das',
    'nicht',
    'mein',
    'meine',
    'bin',
    'ist',
    'sehr',
    'mit',
    'aber',
    'mich',
    'mir',
    'habe',
  ]),
  pt: new Set([
    'eu',
    'o',
    'que',
    'meu',
    'minha',
    'nao',
    'estou',
    'muito',
    'com',
    'mas',
    'sinto',
    'tenho',
    'voce',
    'isso',
    'um',
    'uma',
  ]),
  it: new Set([
    'io',
    'il',
    'che',
    'mio',
    'mia',
    'non',
    'sono',
    'molto',
    'con',
    'ma',
    'sento',
    'ho',
    'mi',
    'per',
    'questo',
    'della',
  ]),
};

/** The language with the most marker words in `text`; English on a tie or when none match. */
export function detectLanguage(text: string): ReplyLanguage {
  const words = fold(text).match(/[\p{L}']+/gu) ?? [];
  let best: ReplyLanguage = 'en';
  let bestScore = 0;
  for (const language of REPLY_LANGUAGES) {
    const markers = MARKERS[language];
    let score = 0;
    for (const word of words) if (markers.has(word)) score++;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The conversation's language: the locale's when the responder writes it; English for other
 * locales (it cannot write them); guessed from the person's words when there is no locale.
 */
export function replyLanguageFor(locale: string | undefined, text: string): ReplyLanguage {
  if (locale === undefined || locale.trim() === '') return detectLanguage(text);
  const language = languageOf(locale);
  return isReplyLanguage(language) ? language : 'en';
}
