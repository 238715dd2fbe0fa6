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
        // The plane the writer is on: hoping it goes down.
        '(plane|flight|airplane) ~4 (hope|hoping|wish|pray|praying) ~2 (goes down|crashes|would crash|would go down|falls out of the sky)',
      ],
      es: [
        `(desear|deseo|deseando|ojala|espero|rezo) que (me)? (un|el|una|algun) ${VEHICLE.es} me (atropelle|arrolle|pille|lleve por delante)`,
        `(desear|deseo|deseando|ojala|espero) que me (atropelle|arrolle|pille|lleve por delante) (un|el|una|algun) ${VEHICLE.es}`,
        '(avion|vuelo) ~6 (ojala|espero que|rezo para que|rezo que|pido que) (se caiga|se estrelle|caiga|se cayera|se estrellara)',
      ],
      fr: [
        `(souhaiter|souhaite|souhaiterais|j espere|espere|esperer|prie) (qu|que) (une|un|la|le) ${VEHICLE.fr} me (renverse|percute|fauche|rentre dedans|passe dessus)`,
        'avion ~3 (qu il|que l avion|qu elle) (s ecrase|se crashe|tombe)',
      ],
      de: [
        `(wunsche|wunschte|wunschen|hoffe|hoffen|bete) ~3 (dass|das) mich (ein|der|das|n) ${VEHICLE.de} (uberfahrt|anfahrt|erwischt|mitnimmt|umfahrt)`,
        '(hoff|hoffe|wunsch|wunsche|wunschte|bete) ~3 (dass|das) (der flieger|das flugzeug|der flug|die maschine) (absturzt|runterkommt|abschmiert|runtergeht)',
      ],
      pt: [
        `(desejar|desejo|queria|torco|torcer|espero|rezo) (que|pra|para)? (um|o|algum) ${VEHICLE.pt} me (atropele|atropelar|pegue|pegar|leve)`,
        '(aviao|voo) ~6 (torco|espero|rezo|tomara) (pra|que|para)? (ele|o aviao)? (caia|cair|cai)',
      ],
      it: [
        `(sperare|spero|sperando|desidero|desiderare|vorrei|prego) (che)? (una|la|un|il|qualche) ${VEHICLE.it} mi (investa|prenda|metta sotto|tiri sotto|travolga)`,
        'aereo ~4 (spero|prego|vorrei) (che)? (cada|precipiti|si schianti)',
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
  // --- the writer's own wish or thoughts asked as "is it normal to…": a question about whether
  //     one's own wish is normal is the writer's wish. "Is it normal that teenagers…" names
  //     people in general and is a general question (`nlp/scope.ts`), not this.
  {
    id: 'passive.normal_to_wish',
    kind: 'passive_wish',
    reason: 'asking whether their own wish to be gone is normal',
    who: 'self',
    scopes: ['quoted', 'past', 'third_party', 'figurative'],
    patterns: {
      en: [
        'is it (normal|ok|okay|bad|weird|wrong) to (want|wish|hope) ~2 (not wake up|never wake up|disappear|not exist|be dead|die|not be here)',
      ],
      es: [
        'es normal (querer|desear|tener ganas de) (no despertar|no despertarse|desaparecer|no existir|morir|morirse|estar muerto|estar muerta)',
      ],
      fr: [
        '(c est|est ce|est ce que c est|c|est il) normal (de|d) (vouloir|souhaiter|avoir envie de|esperer) ~1 (ne plus se reveiller|ne pas se reveiller|plus se reveiller|disparaitre|ne plus exister|mourir|plus exister)',
      ],
      de: [
        '(ist es|ist das|is das|is es) normal ~4 (nicht mehr aufwachen|nie mehr aufwachen|verschwinden|tot sein|sterben|nicht mehr da sein) (zu)? (wollen|mochten|moechte)',
      ],
      pt: [
        'e normal (querer|desejar|ter vontade de) (nao acordar|nao acordar mais|sumir|morrer|desaparecer|nao existir)',
      ],
      it: [
        'e normale (voler|volere|desiderare|non volersi|sperare di) ~1 (piu svegliare|non svegliarsi|sparire|morire|non esistere|non svegliarsi piu)',
      ],
    },
  },
  {
    id: 'active.normal_to_think',
    kind: 'active_ideation',
    reason: 'asking whether their own thoughts of suicide are normal',
    who: 'self',
    scopes: ['quoted', 'past', 'third_party', 'figurative'],
    patterns: {
      en: [
        'is it (normal|ok|okay|bad|weird|wrong) to (think|be thinking) (about|of) (killing|ending) (yourself|urself|oneself|myself|my life|your life)',
      ],
      es: [
        'es normal pensar ~3 en (matarse|matarme|suicidarse|suicidarme|quitarse la vida|quitarme la vida)',
      ],
      fr: [
        '(c est|est ce|est ce que c est|c|est il) normal (de|d) penser ~3 (a|au) (se tuer|se suicider|me tuer|me suicider|en finir)',
      ],
      de: [
        '(ist es|ist das|is das|is es) normal ~6 (sich umzubringen|sich das leben zu nehmen|mich umzubringen|suizid|selbstmord)',
      ],
      pt: [
        'e normal pensar ~3 em (se matar|me matar|se suicidar|me suicidar|tirar a propria vida)',
      ],
      it: [
        'e normale pensare ~3 (di|a) (ammazzarsi|uccidersi|suicidarsi|ammazzarmi|uccidermi|farla finita|togliersi la vita)',
      ],
    },
  },
  // --- a question put to "you" or "anyone else" about wanting to disappear or thinking of
  //     suicide. It counts only as the writer's own state when the writer claims it ("cuz that's
  //     me every night", "parce que moi c'est tous les soirs"): the frame is a general question
  //     in `nlp/scope.ts`, and the claim is the writer's own case there.
  {
    id: 'passive.asked_of_others',
    kind: 'passive_wish',
    reason: 'a wish to disappear asked of others',
    patterns: {
      en: [
        '(want|wanna|wanting) to (just)? (disappear !(for|to|on|into|from|somewhere|in|till|until|after|off|and go|a bit|a while)|not exist|not wake up|stop existing|not be here !(at|on|for|until|till|when|by|today|tomorrow))',
      ],
      es: [
        '(ganas de|querer|quieren|quieres|queres) (simplemente|solo|nomas)? (desaparecer !(unos|unas|por|un rato|una semana|un finde|de vacaciones|del mapa un)|no despertar|no existir mas|no existir|morir|morirse)',
      ],
      fr: [
        '(vouloir|envie de|souhaiter) (juste|simplement)? (disparaitre|ne plus se reveiller|ne pas se reveiller|mourir|plus exister|ne plus exister)',
      ],
      de: [
        '(verschwinden|sterben|nicht mehr aufwachen|nicht mehr da sein|weg sein) (will|willst|wollt|wollen|mochte|mochtest)',
      ],
      pt: [
        '(vontade de|querer|quer|querem) (simplesmente|so)? (sumir|nao acordar|morrer|desaparecer|nao existir)',
      ],
      it: [
        '(voler|voglia di|volere) (solo|semplicemente)? (sparire !(per qualche|qualche|per un po|in vacanza|per una settimana|un po)|morire|non svegliarsi|non esistere piu|non esistere)',
      ],
    },
  },
  {
    id: 'active.asked_of_others',
    kind: 'active_ideation',
    reason: 'thoughts of suicide asked of others',
    patterns: {
      en: ['(think|thought|thinking) (about|of) (killing|ending) (yourself|urself|your life)'],
      es: [
        '(pensar|piensas|pensas|piensan|pensado) en (matarte|matarse|suicidarte|suicidarse|quitarte la vida)',
      ],
      fr: [
        '(penser|penses|pensez|pensé) (a|au) (te tuer|vous tuer|se tuer|te suicider|se suicider|en finir)',
      ],
      de: ['(dran|daran) (zu)? (denken|denkt|denkst) ~2 (dich|euch|sich) (umzubringen|umbringen)'],
      pt: ['(pensar|pensa|pensam|pensou) em (se matar|te matar|se suicidar)'],
      it: [
        '(pensare|pensi|pensate|pensato) (di|a) (ammazzarti|ammazzarsi|ucciderti|uccidersi|suicidarti|suicidarsi)',
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
