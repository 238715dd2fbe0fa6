/**
 * The words a lexicon cannot afford to miss when they are mistyped: the names of suicide, of
 * killing or hurting oneself and of dying, per language. `rules.ts` matches each one's typos
 * (`typoVariants` in `src/nlp/spelling.ts`: "sucidal", "umzubringn", "amazzarmi", "kiero") wherever
 * a pattern names the word, so every rule that says "suicidal" also hears "sucidal".
 *
 * Only words whose typos are not everyday words belong here: short words ("die", "tuer", "matar")
 * are one letter away from too many others. `NOT_TYPOS` lists real words a variant would
 * otherwise swallow.
 */
import type { ScopeLanguage } from '../../nlp/scope.js';

export const TYPO_ANCHORS: Record<ScopeLanguage, readonly string[]> = {
  en: ['suicide', 'suicidal', 'kill', 'killing', 'myself', 'unalive', 'want'],
  es: [
    'suicidarme',
    'suicidio',
    'suicidar',
    'suicida',
    'matarme',
    'morirme',
    'morir',
    'quiero',
    'matar',
    'vivir',
    'cortarme',
    'desaparecer',
  ],
  fr: ['suicider', 'mourir', 'crever', 'disparaitre', 'scarifier', 'scarifie'],
  de: [
    'umbringen',
    'umzubringen',
    'selbstmord',
    'suizid',
    'suizidal',
    'sterben',
    'ritzen',
    'verschwinden',
    'nicht',
  ],
  pt: ['suicidio', 'suicidar', 'suicida', 'morrer', 'sumir', 'cortar', 'quero', 'matar'],
  it: [
    'ammazzarmi',
    'ammazzo',
    'ammazzare',
    'uccidermi',
    'uccidere',
    'suicidarmi',
    'suicidio',
    'suicida',
    'morire',
    'tagliarmi',
    'sparire',
    'voglio',
  ],
};

/**
 * Endings each language's writers spell by ear: French infinitives typed as the participle or the
 * "vous" form ("me suicidé", "me suicidez"), German "-en" said and typed "-n" ("umbringn").
 */
export const TYPO_ENDINGS: Partial<
  Record<ScopeLanguage, ReadonlyArray<readonly [string, string]>>
> = {
  fr: [
    ['er', 'e'],
    ['er', 'ez'],
  ],
  de: [
    ['en', 'n'],
    ['cht', 'ch'],
  ],
};

/** Real words that are one edit from an anchor: never read as the anchor. */
export const NOT_TYPOS: ReadonlySet<string> = new Set<string>([
  // es: "mátame" (kill me, as a joke), "córtame" (cut my hair); it "cortare" (to cut)
  'matame',
  'matare',
  'cortame',
  'cortare',
  // es "moriré" (I will die) is it "morire" (to die): each language says it itself
  'morire',
  // fr "crevé" (worn out), "sacrifier" (to sacrifice), "moire" (a fabric); es "creer" (to believe)
  'creve',
  'moire',
  'creer',
  'sacrifier',
  'sacrifie',
  // pt "corar" (to blush), "cotar" (to quote a price)
  'corar',
  'cotar',
  // de "streben" (to strive), "Serben" (Serbs), "umringen" (to surround), "Riten" (rites)
  'riten',
  'streben',
  'serben',
  'umringen',
  // it "tagliami" (cut me: hair, a slice)
  'tagliami',
]);
