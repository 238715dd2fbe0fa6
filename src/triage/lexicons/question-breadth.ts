/**
 * Breadth for risk asked as a question or put as a condition (issue 3, the hypothetical round),
 * by class of sign like `sideways-breadth.ts`: the personal forms that stand beside general
 * questions ("is it normal that I…", "is it bad to wish…", "hypothetically, if I killed myself
 * tonight…"). A wish that a car would hit the writer, not waking up or no longer being there
 * wished in a question's word order (German verb-final, a French or Portuguese infinitive),
 * thoughts of dying in the five other languages ("je ne pense qu'à mourir": "ne … que" is
 * "only", not a negation) and the writer's own suicide as a condition ("si me matara esta noche,
 * ¿alguien se daría cuenta?"). Each class gives its wording in the six languages; `index.ts`
 * appends them.
 *
 * Patterns follow the lexicon rule (types.ts): a means is named only by its class, never an
 * amount, a dose or an instruction.
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, type RuleClass } from './categories-breadth.js';
import type { RuleSpec } from './types.js';

const VEHICLE: Record<ScopeLanguage, string> = {
  en: '(car|bus|truck|lorry|van|train)',
  es: '(coche|carro|auto|camion|autobus|bus|tren|colectivo)',
  fr: '(voiture|bus|camion|train|bagnole)',
  de: '(auto|bus|lkw|zug|laster)',
  pt: '(carro|onibus|caminhao|trem|moto)',
  it: '(macchina|auto|autobus|camion|treno)',
};

const CLASSES: readonly RuleClass[] = [
  // --- a car, a bus or a train wished or hoped to hit the writer, said outright (the condition
  //     "if a car hit me I wouldn't mind" is `passive.would_not_mind`).
  {
    id: 'passive.wish_accident',
    kind: 'passive_wish',
    reason: 'a wish to be hit by a vehicle',
    patterns: {
      en: [
        `(wish|wishing|hope|hoping|pray|praying) (that)? (a|the|some) ${VEHICLE.en} ~2 (hit me|hits me|run me over|runs me over|take me out|takes me out|flatten me)`,
      ],
      es: [
        `(desear|deseo|deseando|ojala|espero|rezo) que (me)? (un|el|una|algun) ${VEHICLE.es} me (atropelle|arrolle|pille|lleve por delante)`,
        `(desear|deseo|deseando|ojala|espero) que me (atropelle|arrolle|pille|lleve por delante) (un|el|una|algun) ${VEHICLE.es}`,
      ],
      fr: [
        `(souhaiter|souhaite|souhaiterais|j espere|espere|esperer|prie) (qu|que) (une|un|la|le) ${VEHICLE.fr} me (renverse|percute|fauche|rentre dedans|passe dessus)`,
      ],
      de: [
        `(wunsche|wunschte|wunschen|hoffe|hoffen|bete) ~3 (dass|das) mich (ein|der|das|n) ${VEHICLE.de} (uberfahrt|anfahrt|erwischt|mitnimmt|umfahrt)`,
      ],
      pt: [
        `(desejar|desejo|queria|torco|torcer|espero|rezo) (que|pra|para)? (um|o|algum) ${VEHICLE.pt} me (atropele|atropelar|pegue|pegar|leve)`,
      ],
      it: [
        `(sperare|spero|sperando|desidero|desiderare|vorrei|prego) (che)? (una|la|un|il|qualche) ${VEHICLE.it} mi (investa|prenda|metta sotto|tiri sotto|travolga)`,
      ],
    },
  },
  // --- not waking up or no longer being there wished in a question's word order: "ist es
  //     normal, dass ich nicht mehr aufwachen will", "souhaiter ne pas me réveiller".
  {
    id: 'passive.wish_not_wake',
    kind: 'passive_wish',
    reason: 'a wish not to wake up or to be gone',
    patterns: {
      en: [
        '(wish|wishing|want|wanting) (i|to)? ~1 (wouldnt|would not|didnt|did not|not|never) (wake up|have to wake up|be here anymore|exist anymore)',
      ],
      es: [
        '(desear|deseo|querer|quiero|queria) no (despertar|despertarme|volver a despertar|estar mas aqui|existir)',
      ],
      fr: [
        '(souhaiter|souhaite|souhaiterais|vouloir|veux|voudrais|envie de) ne (pas|plus) (me)? (reveiller|exister|etre la)',
      ],
      de: [
        '(dass|das) ich ~2 (nicht mehr|nie mehr|nimmer) (aufwachen|da sein|leben|existieren) (will|mochte|moechte|wurde)',
        '(wunsche|wunschte|wunsch) ~3 (nicht mehr da zu sein|nicht mehr aufzuwachen|nicht mehr zu leben|nicht mehr zu existieren|tot zu sein)',
      ],
      pt: [
        '(desejar|desejo|queria|querer|quero) nao (acordar|acordar mais|existir|existir mais|estar mais aqui)',
      ],
      it: [
        '(sperare|spero|vorrei|volere|voglio|desidero) di (non|non piu) (svegliarmi|esistere|esserci)',
      ],
    },
  },
  // --- thoughts of dying in the other five languages ("think about dying" is `en.active.
  //     thinking_dying`); "no longer" is not in the pattern, so "je ne pense plus à mourir" (a
  //     recovery) does not match, and "ne … que" ("only") is the cue's own words.
  {
    id: 'passive.thoughts_of_dying',
    kind: 'passive_wish',
    reason: 'thoughts of dying',
    patterns: {
      es: [
        '(pienso|pensando|pienso mucho|pienso todo el rato) en (morir|morirme|mi muerte|estar muerto|estar muerta|desaparecer para siempre)',
      ],
      fr: [
        '(je|j) (ne)? (pense|pensais|songe) (qu)? (a|au) (mourir|ma mort|disparaitre pour de bon)',
      ],
      de: ['(denke|denk) ~2 (ans sterben|an meinen tod|ans totsein|ans tot sein)'],
      pt: [
        '(penso|pensando|fico pensando) (muito|demais|toda hora|sempre|o tempo todo)? (em|na) (morrer|minha morte|sumir de vez)',
      ],
      it: [
        '(penso|pensando|sto pensando) (sempre|spesso|solo|tanto)? (a|alla) (morire|mia morte|sparire per sempre)',
      ],
    },
  },
  // --- the writer's own suicide as a condition ("if I killed myself would anyone notice"): active
  //     ideation. "Hypothetically" before it still sets it aside unless taken back.
  {
    id: 'active.if_i_killed_myself',
    kind: 'active_ideation',
    reason: 'their own suicide put as a condition',
    // A trivial word nearby ("… before monday") makes no joke of it: not read as figurative.
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'third_party'],
    patterns: {
      en: ['if i (killed|kill|were to kill|was to kill|did kill|ended) (myself|my life)'],
      es: [
        'si (yo)? (me matara|me matase|me suicidara|me suicidase|me quitara la vida|me quitase la vida)',
      ],
      fr: ['si (je me tuais|je me suicidais|je mettais fin a mes jours)'],
      de: ['wenn ich mich ~3 (umbringen wurde|umbrachte|umbringen wuerde|umbringen wuerde)'],
      pt: ['se (eu)? (me matasse|me suicidasse|tirasse minha vida|tirasse a minha vida)'],
      it: ['se (mi ammazzassi|mi uccidessi|mi suicidassi|mi togliessi la vita)'],
    },
  },
];

export const QUESTION_BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> =
  classesByLanguage(CLASSES);
