import { languageOf } from '../../nlp/crisis-directory.js';
import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { identifyLanguage } from '../text/language-id.js';

/**
 * Replies in the language of the scenario's locale (es-MX → Spanish), judged by the built-in
 * language identifier on the whole reply. The finding spans the reply and says how it was
 * identified.
 */
export const languageMatch = defineCheck('language_match', (ctx) => {
  const expected = languageOf(ctx.locale);
  return (reply): ReplyFinding[] => {
    const guess = identifyLanguage(reply);
    if (guess.language !== expected) return [];
    const start = reply.length - reply.trimStart().length;
    const end = reply.trimEnd().length;
    return [
      {
        span: spanOf(reply, start, end),
        reason: `identified as ${guess.language}, the language of ${ctx.locale} (${guess.reason})`,
      },
    ];
  };
});
