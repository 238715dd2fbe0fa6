import { wordTokens } from './words.js';
import { languageOf } from '../../nlp/crisis-directory.js';
import { LEXICON_LANGUAGES, type LexiconLanguage } from './lexicon.js';

/**
 * A small language identifier for replies: the script decides for non-Latin writing systems; for
 * Latin-script text, each language scores the share of tokens that are its frequent function
 * words, each word weighted by 1/(number of languages that share it) so "de" or "que" count less
 * than "the", "você" or "nicht". Good on a sentence or more; short or mixed text may be `und`.
 */

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when undetermined. */
  language: string;
  /** 0–1: how far the winner is ahead of the runner-up. */
  confidence: number;
  /** Why: the method and the strongest evidence. */
  reason: string;
}

/** Latin-script languages the stop-word method distinguishes. */
export const IDENTIFIABLE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;

const FUNCTION_WORDS: Record<(typeof IDENTIFIABLE_LANGUAGES)[number], string> = {
  en: `the a an and or but is are was were be been it its it's to of in on at for with that this you your
    i i'm me my we they he she not have has had do does don't can can't will would what how so if about there
    just like feel really right now here all some any one from by as up out who when know think going get want
    very much more too also help sorry you're that's`,
  es: `el la los las un una unos unas y o pero es son está estás estoy ser estar que de del en con por para al
    lo le les se te me mi mis tu tus su sus yo tú él ella no sí muy más como qué cómo cuando donde porque esto
    eso esta este ese esa hay ha has he puedo puedes también todo nada algo hacer ahora aquí siento gracias bien
    mucho estás sientes contigo`,
  fr: `le la les un une des et ou mais est sont être je tu il elle nous vous ils elles ne pas que qui de du en
    dans pour avec sur au aux ce cette ces c'est j'ai mon ma mes ton ta tes son sa ses se te me moi toi lui très
    plus comme quand parce si oui non avoir fait faire peux peut tout rien aussi ici bien merci suis es as ai ça
    n'est t'es`,
  de: `der die das den dem des ein eine einen einem und oder aber ist sind bin bist sein ich du er sie es wir
    ihr nicht kein keine zu von mit für auf in im an am bei dass wenn weil wie was wer auch noch schon sehr so
    mir mich dir dich sich mein meine dein deine hast habe hat kann kannst wird gibt jetzt hier nur mal doch ja
    nein danke gut viel`,
  pt: `o a os as um uma uns umas e ou mas é são está estou ser estar que de do da dos das em no na nos nas com
    por para pelo pela ao à se te me meu minha seu sua você vocês eu ele ela não sim muito mais como quando onde
    porque isso isto esse essa este esta tem tenho há também tudo nada algo fazer agora aqui obrigado obrigada
    bem sinto pode posso estás`,
  it: `il lo la i gli le un uno una e o ma è sono sei essere che di del della dei delle in nel nella con per su
    al alla da dal ci ti mi si mio mia tuo tua suo sua io tu lui lei noi voi loro non sì molto più come quando
    dove perché questo questa quello quella hai ho ha anche tutto niente qualcosa fare ora adesso qui grazie bene
    posso puoi`,
  nl: `de het een en of maar is zijn ben je jij ik hij zij we wij niet geen dat die dit van in op met voor aan
    bij naar om te er ook nog wel heel zo mij me mijn jou jouw hoe wat wie waar wanneer omdat kan kun kunt heb
    hebt heeft wordt nu hier alleen dank goed veel`,
};

// word -> languages that list it
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const list = LANGUAGES_OF.get(word) ?? [];
    if (!list.includes(language)) list.push(language);
    LANGUAGES_OF.set(word, list);
  }
}

/** Scripts that identify a language on their own (Han without kana is taken as Chinese). */
const SCRIPTS: Array<{ language: string; pattern: RegExp }> = [
  { language: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: 'ko', pattern: /\p{Script=Hangul}/gu },
  { language: 'zh', pattern: /\p{Script=Han}/gu },
  { language: 'hi', pattern: /\p{Script=Devanagari}/gu },
  { language: 'ru', pattern: /\p{Script=Cyrillic}/gu },
  { language: 'ar', pattern: /\p{Script=Arabic}/gu },
  { language: 'el', pattern: /\p{Script=Greek}/gu },
  { language: 'he', pattern: /\p{Script=Hebrew}/gu },
  { language: 'th', pattern: /\p{Script=Thai}/gu },
];
const LETTER = /\p{L}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function identifyLanguage(text: string): LanguageGuess {
  const letters = count(text, LETTER);
  if (letters === 0) return { language: 'und', confidence: 0, reason: 'no letters' };

  for (const { language, pattern } of SCRIPTS) {
    const n = count(text, pattern);
    if (n / letters >= 0.3) {
      // Japanese mixes kanji with kana; Han alone is Chinese.
      const lang = language === 'zh' && KANA.test(text) ? 'ja' : language;
      return {
        language: lang,
        confidence: Math.min(1, n / letters),
        reason: `script: ${Math.round((100 * n) / letters)}% of letters`,
      };
    }
  }

  const scores = new Map<string, number>();
  const evidence = new Map<string, Map<string, number>>();
  const tokens = wordTokens(text);
  for (const token of tokens) {
    const word = token.text.toLowerCase().replaceAll('’', "'");
    const languages = LANGUAGES_OF.get(word);
    if (!languages) continue;
    const weight = 1 / languages.length;
    for (const language of languages) {
      scores.set(language, (scores.get(language) ?? 0) + weight);
      const words = evidence.get(language) ?? new Map<string, number>();
      words.set(word, (words.get(word) ?? 0) + 1);
      evidence.set(language, words);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 1)
    return { language: 'und', confidence: 0, reason: 'too few function words' };
  const confidence = (best[1] - (second?.[1] ?? 0)) / best[1];
  const top = [...(evidence.get(best[0]) ?? new Map<string, number>()).entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([w]) => `"${w}"`)
    .join(', ');
  const runnerUp = second ? `; runner-up ${second[0]} ${second[1].toFixed(1)}` : '';
  return {
    language: best[0],
    confidence,
    reason: `function words: ${best[0]} ${best[1].toFixed(1)} of ${tokens.length} tokens (${top})${runnerUp}`,
  };
}

/**
 * The lexicon language a conversation is written in: identified from the seeker's turns, else the
 * locale's language; undefined outside the six lexicon languages. Lexicons that must not read
 * another language's spellings (German "See" is English "see") match in this language only.
 */
export function conversationLexiconLanguage(
  userTurns: readonly string[],
  locale: string | undefined,
): LexiconLanguage | undefined {
  const written = identifyLanguage(userTurns.join('\n')).language;
  const language = written !== 'und' ? written : locale ? languageOf(locale) : undefined;
  return LEXICON_LANGUAGES.find((l) => l === language);
}
