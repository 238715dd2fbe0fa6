/**
 * Breadth for risk said sideways (issue 3, the sideways round), by class of sign like
 * `crisis-breadth.ts`: a passive wish said as not minding (not waking up, a car that hit the
 * writer, the family calmer without them, no longer existing), a pet or a person provided for
 * "when I'm no longer here", nobody left to sort out the writer's things, a near time said as
 * "after tonight", asking whether someone's pills would be enough not to wake up, asking which
 * way to disappear would be quicker, a threat said as a consequence or as catching someone alone,
 * and someone else's goodbye or overdose told by the person who found it. Each class gives its
 * everyday wording in the six languages; `index.ts` appends them.
 *
 * Patterns follow the lexicon rule (types.ts): a means is named only by its class, never an
 * amount, a dose or an instruction. Cues with an everyday reading need distress (`needs`).
 */
import type { Scope } from '../../core/index.js';
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, RELATED_PERSON as P, type RuleClass } from './categories-breadth.js';
import { PILLS } from './pills.js';
import type { RuleSpec } from './types.js';

/**
 * A wish said as a condition ("if I didn't wake up I wouldn't mind"): the "if" and the negation
 * are the wish's own words, so neither sets it aside.
 */
const CONDITIONAL_WISH: readonly Scope[] = ['quoted', 'past', 'third_party', 'figurative'];
/**
 * A wish told as a prayer or as the body giving out names the writer in its own words: an everyday
 * frame nearby (a word for a means, a sport) does not set it aside, a joke or a quote still does.
 */
const LITERAL_WISH: readonly Scope[] = [
  'negated',
  'hypothetical',
  'quoted',
  'past',
  'third_party',
  'figurative',
];
/** A threat said as a condition ("if he touches my son again …") is still a threat. */
const CONDITIONAL_THREAT: readonly Scope[] = ['negated', 'quoted', 'past', 'figurative'];
/** Someone else's goodbye is often quoted: the quote is the sign, not a reason to set it aside. */
const TOLD_BY_FINDER: readonly Scope[] = ['negated', 'past', 'figurative'];

/** Killing oneself said of anyone ("someone", "a person"): the words of a question for a friend. */
const GENERIC_SUICIDE: Record<ScopeLanguage, string> = {
  en: '(killing (themselves|themself|yourself)|kill (themselves|themself|yourself)|ending it|end it all|suicide|suicidal|not want to be alive|want to die)',
  es: '(matarse|suicidarse|quitarse la vida|acabar con todo|no querer vivir|quiere morir|querer morir)',
  fr: '(se suicider|se tuer|en finir|suicide|veut mourir|vouloir mourir)',
  de: '(sich umzubringen|sich umbringen|selbstmord|suizid|sich das leben zu nehmen|sterben will|sterben wollen)',
  pt: '(se matar|suicidio|se suicidar|tirar a propria vida|quer morrer|querer morrer)',
  it: '(uccidersi|ammazzarsi|suicidarsi|suicidio|farla finita|vuole morire|voler morire)',
};

/** "Asking for a friend": the joke that puts one's own question on someone else. */
const FOR_A_FRIEND: Record<ScopeLanguage, string> = {
  en: '(asking for a friend|for a friend asking|asking 4 a friend)',
  es: '(para una amiga|para un amigo|pa una amiga|pa un amigo)',
  fr: '(pour une amie|pour un ami|pour un pote|pour une pote)',
  de: '(fur eine freundin|fur einen freund|fur nen freund|fur ne freundin)',
  pt: '(pra uma amiga|para uma amiga|pra um amigo|para um amigo)',
  it: '(per un amica|per un amico|per una amica)',
};

const CLASSES: readonly RuleClass[] = [
  // --- not minding if one did not wake up, or if a car hit one: a passive wish said as a
  //     condition. Everyday conditions ("if I don't wake up I'll miss the train") name no
  //     relief or indifference, so they do not match.
  {
    id: 'passive.would_not_mind',
    kind: 'passive_wish',
    reason: 'not minding if they did not wake up or were hit',
    scopes: CONDITIONAL_WISH,
    patterns: {
      en: [
        '(wouldnt|would not|wouldn t) (even)? (mind|care) (if)? (a|the|some) (car|bus|truck|lorry|van|train) (hit me|hits me|ran me over|runs me over|took me out|flattened me)',
        'if i (just)? (died|passed away|never woke up) ~6 (thatd be|that would be|that d be|itd be|it would be|id be|i d be) (fine|ok|okay|a relief) (by me|with me)?',
        'if i (just)? (didnt|did not|didn t|never|dont|don t) wake up ~6 (wouldnt mind|would not mind|wouldn t mind|be fine|be a relief|wouldnt care|be nice|id be ok|i d be ok)',
        '(wouldnt|would not|wouldn t) mind (not waking|never waking) up',
        '(if)? (a|the) (car|bus|truck|lorry|van|train) (hit|hits|ran me over|runs me over|took me out) ~8 (wouldnt be (so|that)? bad|would not be (so|that)? bad|wouldnt mind|be a relief|wouldnt care|fine by me)',
        '(hope|hoping|wish) (the|my) (plane|flight) (goes down|crashes|would crash|would go down)',
      ],
      es: [
        'no me (importaria|molestaria|importa) que me (atropellara|atropellase|arrollara|pillara|atropelle) (un|el|una|algun) (coche|carro|auto|camion|autobus|bus|tren|colectivo)',
        'si ~3 no (me)? (despertara|despertase|despierto|despertaba) ~6 (no me importaria|me daria igual|me da igual|estaria bien|no estaria mal|seria un alivio|un descanso)',
        'si me (atropella|atropellan|atropellara|atropellaran|arrolla|arrollara) ~8 (no pasa nada|tampoco pasa nada|me da igual|me daria igual|no pasaria nada|seria un alivio|un descanso)',
      ],
      fr: [
        'ca (me)? (derangerait|generait|embeterait) (pas|pas trop) (qu|que) (une|un|la|le) (voiture|bus|camion|train|bagnole) me (renverse|percute|fauche|rentre dedans)',
        'je (serais|serai) pas contre (de)? ne (pas|plus) me reveiller',
        'si je (ne)? (me)? (reveillais|reveille) (pas|plus) ~6 (derangerait pas|m irait|serait bien|serait pas grave|soulagement|m en fiche|m en foutrais|egal)',
        'si (le|un|une) (bus|voiture|camion|train) me (rentrait|rentre|renversait|renverse|percutait) ~8 (pas (si)? grave|reposant|soulagement|m en fiche|egal)',
      ],
      de: [
        '(war|ware|waer|is|ist) mir (egal|recht|wurscht|wurst) wenn mich ~2 (ein|der|das|n) (auto|bus|lkw|zug|laster) (uberfahrt|erwischt|anfahrt|umfahrt)',
        '(hatte|hatt) nichts dagegen ~3 (nicht mehr|nicht|nie mehr) aufzuwachen',
        'wenn ich ~2 (nicht mehr|nicht|nie mehr|nimmer) (aufwache|aufwachen wurde|aufwachen wuerde) ~6 (egal|okay|ok|nicht schlimm|erleichterung|erleichternd)',
        'wenn mich (ein|das|der|n) (auto|bus|lkw|zug|laster) (erwischt|erwischen wurde|uberfahrt|anfahrt|uberfahren wurde) ~8 (nicht schlimm|egal|erleichternd|erleichterung)',
      ],
      pt: [
        'nao (ligaria|me importaria|ia ligar) se (um|o|uma|algum) (carro|onibus|caminhao|trem|moto) me (atropelasse|pegasse|atropelar)',
        'se (eu)? nao (acordasse|acordar) ~6 (otimo|seria bom|tava bom|tanto faz|nao ligaria|nao ligo|alivio|descanso)',
        'se (um|o|uma|a) (carro|onibus|caminhao|trem|moto) me (pegasse|pegar|atropelasse|atropelar) ~8 (nada demais|tanto faz|descanso|alivio|nao ligo|nao ligaria)',
      ],
      it: [
        'non mi (dispiacerebbe|importerebbe|interesserebbe) se (un|una|il|la|qualche) (macchina|auto|autobus|camion|treno) mi (investisse|prendesse|mettesse sotto|travolgesse)',
        'se (domani)? non mi (svegliassi|sveglio|svegliassi piu) ~6 (non mi dispiacerebbe|andrebbe bene|pazienza|sollievo|non mi frega|riposo)',
        'se (una|la|un|il) (macchina|auto|autobus|camion|treno) mi (investisse|investe|prendesse|mettesse sotto) ~8 (non sarebbe (poi)? (cosi)? grave|riposo|sollievo|non mi frega)',
      ],
    },
  },
  // --- the people at home calmer, easier or happier without the writer (beside "better off",
  //     which the lexicons have): a burden said as relief for others.
  {
    id: 'passive.calmer_without_me',
    kind: 'passive_wish',
    reason: 'others would be calmer without them',
    scopes: CONDITIONAL_WISH,
    patterns: {
      en: [
        '(easier|calmer|happier|simpler|lighter|more peaceful) (time|life|lives)? (if i (wasnt|werent|was not|were not|wasn t|weren t) (here|around|in the picture|alive) (anymore|any more)?|with me gone)',
        '(everyone|everybody|my family|my parents|my kids|my mum|my mom|they|people) ~6 (easier|calmer|happier|simpler|more peaceful) ~2 without me',
      ],
      es: [
        '(estarian|estaria|vivirian|viviria|seria|serian|iria|irian) (mucho)? (mas tranquil*|mas feliz*|mas facil|mejor) ~2 (sin mi|si yo no (estuviera|existiera|estuviese))',
      ],
      fr: [
        '(serait|seraient|vivrait|vivraient|irait|iraient) (bien)? (plus tranquille*|plus heureu*|plus simple|mieux|plus leger*) sans moi',
      ],
      de: [
        '(hatte|hatten|ware|waren) (es)? ~2 (leichter|besser|einfacher|ruhiger|glucklicher) ohne mich',
        '(hatte|hatten|ware|waren) es ohne mich ~2 (leichter|besser|einfacher|ruhiger|glucklicher)',
      ],
      pt: [
        '(ficaria|ficariam|ia ficar|iam ficar|estaria|estariam|seria|seriam|viveria|viveriam) (bem)? (mais tranquil*|mais feliz*|mais facil|melhor|mais leve) sem mim',
      ],
      it: [
        '(starebbe|starebbero|vivrebbe|vivrebbero|sarebbe|sarebbero) (molto)? (piu tranquill*|meglio|piu felic*|piu seren*|piu leggera|piu leggero) senza di me',
      ],
    },
  },
  // --- no longer existing, falling asleep and not coming back: a passive wish.
  {
    id: 'passive.stop_existing',
    kind: 'passive_wish',
    reason: 'a wish to stop existing',
    patterns: {
      en: [
        '(want|wanna|wish|wishing|like) ~4 (stop existing|not exist|not existing|cease to exist)',
        '(fall asleep|go to sleep|sleep) and (just)? (never|not) (wake up|come back)',
      ],
      es: [
        '(quiero|quisiera|ojala pudiera|me gustaria|ganas de) ~3 (dejar de existir|no existir)',
        'dormirme y (ya)? no (volver|despertar|despertarme)',
      ],
      fr: [
        '(j aimerais|je voudrais|envie de|j ai envie de|je veux) ~4 (plus exister|arreter d exister|cesser d exister|ne plus exister)',
        'm endormir et (ne)? (plus|jamais) (exister|me reveiller)',
      ],
      de: [
        '(ich wunschte|ich will|ich mochte|wunsch mir|ich wurde gern) ~6 (aufhoren zu existieren|nicht mehr existieren|weg sein)',
        'einschlafen und (einfach)? (weg sein|nicht mehr aufwachen|nie mehr aufwachen)',
      ],
      pt: [
        '(queria|quero|vontade de|gostaria de) ~3 (parar de existir|deixar de existir|nao existir)',
        '(dormir e sumir|dormir e nao acordar|dormir e nunca mais acordar)',
      ],
      it: [
        '(vorrei|voglio|voglia di) ~3 (smettere di esistere|non esistere piu|addormentarmi e sparire)',
        'addormentarmi e (sparire|non svegliarmi)',
      ],
    },
  },
  // --- a passive wish told as a prayer: God asked to take the writer, to let them die or not
  //     to let them wake up. A prayer for someone else ("take her gently") names no "me"; a
  //     prayer about the alarm ("let me not wake up at 5 again") names a time and does not match.
  {
    id: 'passive.prayer_take_me',
    kind: 'passive_wish',
    reason: 'a prayer to be taken or not to wake up',
    who: 'self',
    scopes: LITERAL_WISH,
    patterns: {
      en: [
        '(god|lord|jesus|universe) (please)? (just)? (let me|make me) (not|never) wake up !(at|before|until|till|early|so early|this early|again at)',
        '(pray|praying|prayed|ask|asking|beg|begging) (to)? (god|the lord|jesus|the universe) ~3 (to|would|will|that he|he|that she)? (just)? (take me|takes me|call me home|calls me home|let me die|lets me die|let me go|not let me wake up|end me)',
        '(god|lord) ~2 (call|calls|take|takes|bring|brings) me home',
      ],
      es: [
        '(senor|dios|diosito|dios mio|virgencita|jesus|diosito lindo) (por favor)? (ya)? (llevame|llevame ya|llevame contigo|recogeme|dejame morir|no me dejes despertar|quitame de aqui)',
        '(pido|le pido|rezo|le rezo|ruego|le ruego|pidiendo|rezando) (a dios|al senor|a la virgen|a diosito) ~5 (me lleve|llevarme|no me deje despertar|me deje morir|me recoja|no despertar)',
      ],
      fr: [
        '(dieu|mon dieu|seigneur|bon dieu|jesus) (s il te plait|stp|je t en supplie)? (reprends moi|prends moi|emmene moi|rappelle moi|laisse moi mourir|laisse moi partir|fais que je me reveille pas|fais que je ne me reveille pas|viens me chercher)',
        '(prie|prier|supplie|demande) ~4 (que|pour que) (dieu|le bon dieu|le seigneur|jesus) (me)? (rappelle|reprenne|prenne|emmene|emporte|laisse mourir|vienne me chercher)',
      ],
      de: [
        '(gott|lieber gott|herrgott|herr|jesus) (bitte)? (lass mich|hol mich|nimm mich) ~2 (nicht mehr aufwachen|nie mehr aufwachen|nimmer aufwachen|sterben|zu dir|endlich heim)',
        '(bete|beten|bitte|flehe) ~5 (dass|das) (gott|der herrgott|der liebe gott|jesus|er) mich (holt|zu sich holt|zu sich nimmt|nimmt|sterben lasst|nicht mehr aufwachen lasst)',
      ],
      pt: [
        '(deus|senhor|meu deus|jesus|deusinho) (por favor)? (me leva|me leve|me tira daqui|me deixa morrer|nao me deixa acordar|me recolhe|me busca)',
        '(peco|pedindo|rezo|rezando|oro|orando) (pra|para|a) (deus|jesus|o senhor) ~4 (me levar|me leve|me buscar|nao me deixar acordar|me deixar morrer|me recolher)',
      ],
      it: [
        '(signore|dio|dio mio|gesu|madonna) (ti prego)? (prendimi|portami via|fammi morire|lasciami morire|non farmi svegliare|chiamami a te|prendimi con te)',
        '(prego|pregando|chiedo a dio|supplico) ~4 (che)? (dio|il signore|gesu) mi (porti via|prenda|chiami a se|faccia morire|lasci morire)',
      ],
    },
  },
  // --- a passive wish told as the body giving out: the heart stopping in sleep, an illness that
  //     ends it, the doctor finding something terminal. A heart that "almost stopped" at a bill
  //     or a race is not hoped for, and does not match.
  {
    id: 'passive.body_gives_out',
    kind: 'passive_wish',
    reason: 'hoping the body gives out',
    who: 'self',
    scopes: LITERAL_WISH,
    patterns: {
      en: [
        '(hope|hoping|wish|wishing|pray|praying) (that)? my (heart|body) (just)? (stops|would stop|will stop|gives out|would give out|gives up|quits|fails)',
        '(waiting|wait) for my (body|heart) to (just)? (give out|give up|stop|quit|fail)',
        '(hope|hoping|wish|wishing|pray|praying) ~4 (find|finds|show|shows|say|says|tell me) (its|it s|it is|something)? (terminal|incurable)',
        '(hope|hoping|wish|wishing) (i|to) (get|have|catch|develop) (cancer|something terminal|a terminal illness|something incurable)',
      ],
      es: [
        '(ojala|espero que|rezo para que|dios mio que|dios que|pido que) ~2 (me de|me diera|se me pare|se me parara|se pare|pare) (un infarto|el corazon|mi corazon|un paro)',
        '(enfermarme|enfermar|pillar|tener) (de)? (algo|una enfermedad|un cancer|cancer) (grave|terminal)? ~2 (y|para) (que se acabe|morirme|morir|irme|acabar)',
      ],
      fr: [
        '(j espere|espere|pourvu|je prie pour|je souhaite|j aimerais) (que)? (mon coeur|le coeur) (va)? (lache|lacher|s arrete|s arreter|arrete|flanche)',
        '(tomber malade|attraper un truc|avoir un cancer) (grave)? et (partir|mourir|m en aller|crever|y passer)',
      ],
      de: [
        'hoffentlich (bleibt|hort) mein herz ~4 (stehen|auf)',
        '(hoffe|wunsche|wunschte|bete) ~3 (dass|das) mein herz ~4 (stehen bleibt|stehenbleibt|aufhort|versagt)',
        '(krank werden|krebs kriegen|krebs bekommen) und (einfach)? (sterben|weg sein|gehen)',
      ],
      pt: [
        '(tomara|espero|queria|rezo pra|peco a deus) (que)? (meu coracao|o coracao|o meu coracao) (pare|parasse|pare de bater|parasse de bater)',
        '(pegar|ter) (uma doenca|um cancer|cancer|algo grave|uma doenca grave) (grave)? e (morrer|sumir|ir embora|partir)',
      ],
      it: [
        '(spero|speriamo|vorrei|prego|magari) (che)? (il cuore|il mio cuore) (mi)? (si)? (fermi|fermasse|smetta|smettesse)',
        '(ammalarmi|prendermi un tumore|avere un tumore) ~4 (e|per) (andarmene|morire|finirla|sparire)',
      ],
    },
  },
  // --- resigned waiting: acting denied and waiting for it all to end. "Waiting till it's over"
  //     alone is a queue, a flight or a storm; the denial of acting or "it all" makes it the wish.
  {
    id: 'passive.waiting_it_out',
    kind: 'passive_wish',
    reason: 'waiting for life to be over',
    who: 'self',
    scopes: CONDITIONAL_WISH,
    patterns: {
      en: [
        '(not gonna|not going to|wont|won t|will not|im not gonna|i m not gonna) do anything ~8 (waiting|wait) ~5 (over|end|ends|stop|stops|give out|gives out)',
        '(waiting|wait) (for)? (it all|everything|life|all of this|all this) to (be over|end|stop)',
      ],
      es: [
        'no voy a hacer nada ~8 esper* ~4 (acabe|termine|pase|acabar|terminar)',
        'esper* ~2 (a)? que (se acabe|termine|se termine|acabe) (todo|la vida|de una vez)',
      ],
      fr: [
        '(je vais|vais|je ferai|je vais pas|je ne vais) (rien|pas rien) (faire)? ~8 (attends|attendre|j attends) ~4 (termine|finisse|arrete|passe)',
        '(attends|attendre) (juste)? que (tout|la vie) (se termine|finisse|s arrete)',
      ],
      de: [
        'warte ~3 nur noch ~3 (bis|dass) (es|alles) (vorbei|zu ende|aus) (ist)?',
        'warte ~8 (tun werd ich nix|tun werde ich nichts|werd ich nix tun|mach ich nix|mach ich nichts)',
        '(tun werd ich nix|tun werde ich nichts|werd ich nix tun|mach ich nix|mach ich nichts) ~8 warte',
      ],
      pt: [
        'nao vou fazer nada ~8 esperando ~4 (acabar|passar|terminar)',
        'esperando (tudo|a vida) (acabar|terminar|passar)',
      ],
      it: [
        'non faro niente ~8 aspett* ~4 (finisca|finire|basta|passi)',
        'aspett* (solo)? che (finisca tutto|tutto finisca|finisca la vita)',
        '(aspetto|sto aspettando) (solo)? che finisca ~6 non faro niente',
      ],
    },
  },
  // --- a pet or a person provided for "when I'm no longer here": preparation. "When I'm gone
  //     for two weeks" (a trip) does not match.
  {
    id: 'prep.provided_for_after',
    kind: 'preparation',
    reason: 'a pet or a person provided for after they are gone',
    weight: 0.8,
    patterns: {
      en: [
        '(new home|new family|look after|looks after|take care of|care for) ~9 (when|once|after) (im|i am|i m) (gone !(for|on|to|away)|no longer here|not here anymore|not around anymore)',
      ],
      es: ['(casa|familia|hogar|cuid*) ~9 cuando (yo)? (ya)? no (este|estare|exista)'],
      fr: [
        '(famille|maison|foyer|occuperont|occuper|occupera|soin) ~9 quand je (ne)? serai (plus la|plus ici)',
      ],
      de: [
        '(zuhause|familie|kummern|kummert|aufpassen|sorgen) ~9 wenn ich (nicht mehr|nimmer) (da|hier) bin',
      ],
      pt: ['(casa|familia|lar|cuid*) ~9 quando eu (ja)? nao (estiver|existir) (mais)?'],
      it: ['(casa|famiglia|occuperanno|occupare|cura|curare) ~9 quando non ci saro piu'],
    },
  },
  // --- nobody will have to sort out the writer's things: affairs settled, told as a relief
  //     for the people left.
  {
    id: 'prep.nobody_left_to_sort',
    kind: 'preparation',
    reason: 'nobody will have to sort out their things (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: {
      en: [
        '(nobody|no one|noone|no1) (will|ll|is going to|gonna)? (have|has|need|needs) to (deal with|sort out|clean up|sort) my (mess|stuff|things|crap|shit) !(after i|when i|once i|because|since|while)',
      ],
      es: [
        'nadie (va a tener|tendra|tiene) que (arreglar|ordenar|limpiar|ocuparse de|encargarse de|recoger) (mis cosas|mi desastre|mi desorden|mis desastres)',
      ],
      fr: [
        'personne (n)? (aura|va avoir) a (gerer|ranger|regler|s occuper de) (mon bordel|mon bazar|mes affaires|mes trucs|mes histoires)',
      ],
      de: [
        '(keiner|niemand) (muss|wird) sich (mehr)? um (meinen|meine) (kram|sachen|mist|chaos) (kummern|kummern mussen)',
      ],
      pt: [
        'ninguem (vai ter|vai precisar|tera|precisa) (que|de)? (resolver|arrumar|cuidar de|lidar com) (minhas coisas|minha bagunca|meus rolos)',
      ],
      it: [
        'nessuno (dovra|deve|dovrebbe) (occuparsi|sistemare|pensare) (delle|alle|le)? (mie cose|mio casino)',
      ],
    },
  },
  // --- "after tonight": a near time for what comes before it.
  {
    id: 'timeline.after_tonight',
    kind: 'timeline',
    reason: 'after tonight',
    near: true,
    patterns: {
      en: ['after (tonight|today)'],
      es: ['despues de (esta noche|hoy)'],
      fr: ['apres (ce soir|cette nuit|aujourd hui)'],
      de: ['nach (heute nacht|heute abend)'],
      pt: ['depois de (hoje a noite|hoje)'],
      it: ['dopo (stanotte|stasera)'],
    },
  },
  // --- whether someone's pills would be enough not to wake up: a lethality question, counted
  //     after distress (sleeping tablets that are "enough to not wake up at 3am" are everyday).
  {
    id: 'lethality.enough_not_to_wake',
    kind: 'lethality_seeking',
    reason: 'asking whether pills would be enough not to wake up (after distress)',
    needs: 'distress',
    // A grandmother's or a flatmate's pills name no everyday use here: not set aside as one.
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'third_party', 'figurative'],
    patterns: {
      en: [
        `${PILLS.en} ~6 (be)? enough ~2 (to)? (just)? (not|never) wake up`,
        `${PILLS.en} ~6 (be)? enough ~2 to (not|never) wake`,
      ],
      es: [
        `${PILLS.es} ~6 (alcanzaria|alcanza|alcanzarian|bastaria|basta|bastarian|seria suficiente|serian suficientes) ~2 para no (despertar|despertarme|despertarse)`,
      ],
      fr: [
        `${PILLS.fr} ~6 (suffirait|suffit|suffiraient|suffisent|assez) ~2 pour (ne)? (pas|plus) (se|me) reveiller`,
      ],
      de: [
        `${PILLS.de} ~6 (reichen|reicht|reichen wurden) ~2 um (nicht mehr|nie mehr|nicht) aufzuwachen`,
      ],
      pt: [
        `${PILLS.pt} ~6 (dariam|daria|da|bastariam|bastaria|basta) ~2 (pra|para) (nao|nunca mais) acordar`,
      ],
      it: [
        `${PILLS.it} ~6 (basterebbero|basterebbe|bastano|basta) ~2 per non (svegliarsi|svegliarmi|risvegliarsi) (piu)?`,
      ],
    },
  },
  // --- which way to disappear for good would be quicker: a lethality question, also when it is
  //     put as "hypothetically" or "not for me lol" (the frame is the disguise, so it does not set
  //     the cue aside).
  {
    id: 'lethality.quicker_way',
    kind: 'lethality_seeking',
    reason: 'asking which way to die would be quicker',
    scopes: ['negated', 'quoted', 'past'],
    patterns: {
      en: [
        '(disappear for good|end it all|not wake up|kill yourself|kill themselves|off yourself) ~8 (quicker|quickest|fastest|least painful|less painful|painless)',
      ],
      es: [
        '(desaparecer para siempre|acabar con todo|matarse|quitarse la vida|no despertar) ~8 (mas rapido|menos doloroso|sin dolor)',
      ],
      fr: [
        '(en finir|disparaitre pour de bon|disparaitre pour toujours|se tuer|se suicider) ~8 (le plus rapide|plus rapide|moins douloureux|sans douleur)',
      ],
      de: [
        '(fur immer weg|sterben wollte|sich umbringen|schluss machen|ein ende machen) ~8 (am schnellsten|schneller|schmerzlos|am wenigsten weh)',
      ],
      pt: [
        '(sumir pra sempre|sumir para sempre|acabar com tudo|se matar|tirar a vida) ~8 (mais rapido|menos doloroso|sem dor)',
      ],
      it: [
        '(sparire per sempre|farla finita|uccidersi|ammazzarsi|togliersi la vita) ~8 (piu veloce|piu rapido|meno doloroso|indolore)',
      ],
    },
  },
  // --- a threat said as a consequence ("he's going to pay for what he did"), as catching
  //     someone alone, or as hurting them "for real": intent to harm, also when it is put as
  //     "if he touches my son again". A trivial trigger ("ate my cake") stays figurative.
  {
    id: 'others.sideways_threat',
    kind: 'harm_intent',
    reason: 'a threat said as a consequence or as catching someone alone',
    scopes: CONDITIONAL_THREAT,
    patterns: {
      en: [
        '(make|gonna make|going to make) (him|her|them) pay !(the|a|an|back|us|me|rent|their|his|her|bills|up|in|tax|taxes|more|less|extra|for (the|a|an|my|our|your|their|it|dinner|lunch|drinks|pizza|food|parking|petrol|gas))',
        '(catch|corner) (him|her|them) (alone|on (his|her|their) own) !(to|and)',
        'hurt (him|her|them) (properly|for real|badly|bad)',
      ],
      es: [
        '(hacerle|hacerla|hacerlo|hacerles) pagar',
        '(agarrarlo|agarrarla|pillarlo|pillarla|pescarlo|pescarla) (solo|sola|a solas)',
        '(lo|la) (voy a)? (agarrar|pillar|pescar) (solo|sola|a solas)',
        '(lastimarlo|lastimarla|lastimar|hacerle dano|lo voy a lastimar|la voy a lastimar) (de verdad|en serio)',
      ],
      fr: [
        '(il|elle|ils) (va|vont) payer (pour|ce)',
        '(coincer|choper|attraper) (seul|seule|tout seul|toute seule)',
        '(blesser|faire du mal) ~2 pour de vrai',
      ],
      de: [
        '(zahlt|bezahlt|busst|wird bezahlen|wird bussen) (er|sie)? ~2 (fur das|dafur) was (er|sie) ~4 (angetan|getan)',
        '(allein|alleine) (erwische|erwischen|abpassen|abfangen)',
        'tu ich (ihm|ihr) (richtig|echt)? weh',
      ],
      pt: [
        '(vai|vao) pagar (pelo|por|por tudo)',
        '(pegar|pego) (ele|ela) (sozinho|sozinha)',
        '(machuco|machucar|vou machucar) (ele|ela) de verdade',
      ],
      it: [
        '(paga|pagherà|paghera|pagheranno) per quello che',
        '(beccarlo|beccarla) da (solo|sola)',
        '(lo|la) (voglio|vado a)? beccare da (solo|sola)',
        '(gli|le) faccio (male|del male) (sul serio|davvero)',
      ],
    },
  },
  // --- someone else's goodbye ("thanks for everything") and then no answer, or pills the writer
  //     thinks they took: someone else's crisis now, told by the person who found it.
  {
    id: 'other.goodbye_then_silence',
    kind: 'third_party_now',
    reason: "someone else's goodbye or overdose, told by the person who found it",
    scopes: TOLD_BY_FINDER,
    patterns: {
      en: [
        '(i think|think|pretty sure) (she|he|they) (took|has taken|have taken|swallowed) (something|some|a lot|all|her|his|their)? ~1 (pills|tablets|meds|something)?',
      ],
      es: [
        'creo que (se)? (tomo|trago|bebio) (algo|pastillas|las pastillas|unas pastillas|sus pastillas)',
        '(gracias por todo) ~8 (no contesta|no responde|no me contesta)',
      ],
      fr: [
        'je crois qu (elle|il) a (pris|avale) (quelque chose|des cachets|des comprimes|ses cachets|des medocs|des pilules)',
        '(merci pour tout) ~8 (repond plus|repond pas|ne repond plus)',
      ],
      de: [
        'ich (glaub|glaube) (sie|er) hat ~2 (tabletten|pillen|was|etwas|medikamente) (genommen|geschluckt)',
        '(danke fur alles) ~8 (antwortet nicht|antwortet nicht mehr|geht nicht ran)',
      ],
      pt: [
        'acho que (ela|ele) (tomou|engoliu) (algo|alguma coisa|remedios|os remedios|comprimidos|uns remedios)',
        '(obrigad* por tudo) ~8 (nao responde|nao atende)',
      ],
      it: [
        'credo (che)? (abbia|ha) (preso|ingoiato) (qualcosa|delle pastiglie|le pastiglie|pastiglie|delle pillole|dei farmaci)',
        '(grazie di tutto|grazie per tutto) ~8 (non risponde)',
      ],
    },
  },
  // --- a question about killing oneself put on "a friend" with the joke that gives it away:
  //     the writer's own thought (an honest question for a friend names the friend, not the joke).
  {
    id: 'active.asking_for_a_friend',
    kind: 'active_ideation',
    reason: 'thoughts of suicide asked about "for a friend"',
    scopes: ['negated', 'quoted', 'past'],
    patterns: {
      en: [
        `${FOR_A_FRIEND.en} ~9 ~9 ${GENERIC_SUICIDE.en}`,
        `${GENERIC_SUICIDE.en} ~9 ~9 ${FOR_A_FRIEND.en}`,
      ],
      es: [
        `${FOR_A_FRIEND.es} ~9 ~9 ${GENERIC_SUICIDE.es}`,
        `${GENERIC_SUICIDE.es} ~9 ~9 es ${FOR_A_FRIEND.es}`,
      ],
      fr: [
        `${FOR_A_FRIEND.fr} ~9 ~9 ${GENERIC_SUICIDE.fr}`,
        `${GENERIC_SUICIDE.fr} ~9 ~9 c est ${FOR_A_FRIEND.fr}`,
      ],
      de: [
        `${FOR_A_FRIEND.de} ~9 ~9 ${GENERIC_SUICIDE.de}`,
        `${GENERIC_SUICIDE.de} ~9 ~9 (ist|is) ~2 ${FOR_A_FRIEND.de}`,
      ],
      pt: [
        `${FOR_A_FRIEND.pt} ~9 ~9 ${GENERIC_SUICIDE.pt}`,
        `${GENERIC_SUICIDE.pt} ~9 ~9 e ${FOR_A_FRIEND.pt}`,
      ],
      it: [
        `${FOR_A_FRIEND.it} ~9 ~9 ${GENERIC_SUICIDE.it}`,
        `${GENERIC_SUICIDE.it} ~9 ~9 e ${FOR_A_FRIEND.it}`,
      ],
    },
  },
  // --- someone close who has gone quiet, and the writer is worried: mild worry.
  {
    id: 'other.quiet_and_worried',
    kind: 'third_party_worry',
    reason: 'worried about someone close who has gone quiet',
    // "probably nothing, but I'm worried" negates the reassurance, not the worry.
    scopes: ['hypothetical', 'quoted', 'past', 'figurative'],
    patterns: {
      en: [
        `${P.en} ~5 (quiet|withdrawn|distant|not (herself|himself|themselves)) ~9 ~5 (worried|worries me|worrying me)`,
      ],
      es: [
        `${P.es} ~5 (callad*|quiet*|apagad*|distante|ausente|rara|raro) ~9 ~5 (me preocupa|preocupad*|me tiene preocupad*)`,
      ],
      fr: [
        `${P.fr} ~5 (silencieu*|renferme*|eteint*|distant*|bizarre) ~9 ~5 (je m inquiete|ca m inquiete|inquiet*)`,
      ],
      de: [
        `${P.de} ~5 (still|ruhig|zuruckgezogen|verschlossen|komisch) ~9 ~5 (mach mir ~3 sorgen|mache mir ~3 sorgen|sorge mich|besorgt)`,
      ],
      pt: [`${P.pt} ~5 (quiet*|calad*|apagad*|distante|estranh*) ~9 ~5 (preocupad*|me preocupa)`],
      it: [
        `${P.it} ~5 (silenzios*|chius*|spent*|distante|strana|strano) ~9 ~5 (mi preoccupa|preoccupat*)`,
      ],
    },
  },
  // --- someone else gave all their things away: a sign of preparation in someone else.
  {
    id: 'other.gave_things_away',
    kind: 'third_party_plan',
    reason: 'someone else gave their things away',
    scopes: TOLD_BY_FINDER,
    patterns: {
      en: [
        '(gave|has given|giving) away (all)? (his|her|their) (stuff|things|games|clothes|stuff)',
      ],
      es: ['(regalo|ha regalado|esta regalando) (todas)? (sus cosas|su ropa|sus juegos)'],
      fr: ['a donne (toutes)? (ses affaires|ses trucs|ses jeux|ses vetements)'],
      de: ['hat (all|alle)? (seine|ihre) (sachen|spiele|klamotten) (verschenkt|weggegeben)'],
      pt: [
        '(deu|doou) (todas)? (as coisas dele|as coisas dela|suas coisas|as roupas dele|as roupas dela)',
      ],
      it: ['ha regalato (tutte)? (le sue cose|i suoi giochi|i suoi vestiti)'],
    },
  },
];

export const SIDEWAYS_BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> =
  classesByLanguage(CLASSES);
