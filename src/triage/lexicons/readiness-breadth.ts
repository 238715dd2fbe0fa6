/**
 * Breadth for readiness (issue 3, the readiness round): a person who has the means or the plan
 * and says so without a suicide word — a rope bought "and now I just need the courage", pills
 * "saved up", "I've decided how and when", "everything is ready, just waiting till everyone's
 * asleep", a height researched "and ours is enough", a crash "on purpose". Written by class of
 * sign like `crisis-breadth.ts`, each class in the six languages; `index.ts` appends them.
 *
 * The resolve class is context only (cssrs 0), like distress: courage or nerve with nothing it is
 * for, secrecy, waiting for the house to sleep, no longer being scared, an odd calm. It is what
 * lets readied means, "everything is ready" or a chosen place and day count; with nothing of the
 * kind those stay set aside ("got the rope for the tire swing", "everything is ready for the
 * party", "just need the courage to ask her out"). Patterns follow the lexicon rule (types.ts): a
 * means is named only by its class, never an amount, a dose or an instruction.
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, type RuleClass } from './categories-breadth.js';
import { PILLS } from './pills.js';
import type { RuleSpec } from './types.js';

/** "everything is ready" and its own words in each language. */
const ALL_READY: Record<ScopeLanguage, string> = {
  en: '(everything|its all|it s all|it is all|its|it s|it is) (is)? (all)? (ready|set up|prepared|in place|sorted)',
  es: '(ya)? (esta|ta) todo (listo|preparado)',
  fr: 'tout est (pret|prepare|en place)',
  de: 'alles ist (bereit|vorbereitet|fertig)',
  pt: '(ja)? (ta|esta) tudo (pronto|preparado)',
  it: '(e|ormai e) tutto (pronto|preparato)',
};

const CLASSES: readonly RuleClass[] = [
  // --- resolve or secrecy about something unnamed. Never a risk by itself.
  {
    id: 'distress.resolve_class',
    kind: 'distress',
    reason: 'resolve or secrecy',
    patterns: {
      en: [
        '(need|needs|gotta find|have to find|need to find|waiting for|working on) (the|some|a bit of|a little|enough)? (courage|nerve|guts|balls) !(to|for|2)',
        '(the|enough|some)? (courage|nerve|guts|balls) to (do it|go through with it|follow through|finally do it|actually do it)',
        '(work|working|worked|build|building|built|muster|mustering|mustered) up (the|my|enough)? (courage|nerve|guts) !(to|for|2)',
        '(work|working|worked|build|building|built|muster|mustering|mustered) up (the|my|enough)? (courage|nerve|guts) for (a|two|three|a few|a couple of)? (week|weeks|days|months|while|ages|so long)',
        '(not|never|wont|won t|will not|not gonna|not going to) (be)? (telling|tell) (anyone|anybody|a soul|no one|nobody) !(about|that|until|till|yet|but|what|how|where|when|who|why|else|except|because|cause|bc|lol|haha|and|i|im)',
        '(nobody|no one|noone) (knows|will know) (its|it s|it is|they re|theyre|they are) (there|here|hidden)',
        '(nobody|no one|noone) (will|can|is going to|gonna|would) (bother|stop|interrupt|find|walk in on|disturb) me !(lol|haha|while|when i (study|work|read))',
        '(waiting|wait) (till|until|for) (everyones|everybodys|everyone|everybody|my (family|parents|roommates|mom|dad|wife|husband|partner)) (is|are|s|to)? (asleep|sleeping|fall asleep|go to sleep|gone|leaves|leave|to leave)',
        '(im|i am|i m) (not|no longer) (scared|afraid) (anymore|any more) !(of|to|about)',
        '(ill|i will|i ll) know when (its|it s|it is) time',
        '(dont|do not|don t) (try to)? (talk me out of it|stop me)',
        '(feel|feels|feeling|felt) (weirdly|strangely|oddly|weird|strange|eerily)? calm (now|about it)? !(after|since|today|at|in|with|lol|when|during)',
      ],
      es: [
        '(solo|nomas|nada mas)? me falta (el)? (valor|coraje|valentia|huevos) !(para|de|pa)',
        '(reuniendo|juntando|armandome de) (el)? (valor|coraje) !(para|de|pa)',
        '(no se lo|no le|no se la) (voy a|pienso) (decir|contar) a nadie !(de|sobre|hasta|todavia|aun|pero|que)',
        'nadie (lo sabe|sabe nada) !(_)',
        'ya no (tengo|me da) miedo !(a|de|al)',
        '(siento|me siento|estoy) (con)? (una)? (extrana|rara|extrano|raro)? (calma|tranquilidad|tranquilo|tranquila) !(despues|cuando|con|en|desde)',
        '(cuando|hasta que) (todos|todo el mundo|mis papas|mis padres|mi familia) (se)? (duerman|esten dormidos|se vayan|salgan)',
      ],
      fr: [
        'il me manque (juste|seulement|plus que)? le courage !(de|pour|d)',
        '(je le dirai|je vais le dire|je le dis|je ne le dirai) a personne !(avant|jusqu|sauf|mais)',
        'personne (ne)? le sait !(_)',
        'je n ai plus peur !(de|d|du|des)',
        '(je me sens|je suis) (etrangement|bizarrement|curieusement)? calme !(apres|depuis|quand|avec|aujourd)',
        '(quand|que) tout le monde (dort|dorme|sera couche|sera parti|soit parti|soit couche)',
      ],
      de: [
        'fehlt (mir)? (nur noch|nur|noch) (der)? mut !(_)',
        'fehlt (mir)? (nur noch|nur|noch) (der)? mut (dazu|es zu tun)',
        '(ich)? (sag|sage|erzahl|erzahle) es niemandem !(bevor|bis|ausser|aber)',
        'niemand weiss (davon|es|bescheid) !(_)',
        '(ich hab|ich habe|hab|habe) keine angst mehr !(vor)',
        '(ich bin|bin|fuhle mich|fuhl mich) (seltsam|komisch|merkwurdig|irgendwie) ruhig',
        '(wenn|bis) (alle|alle anderen|meine eltern|meine familie) (schlafen|weg sind|aus dem haus sind)',
      ],
      pt: [
        '(so|soh)? (me)? falta (a)? coragem !(pra|para|de|pro)',
        '(nao vou|n vou) contar (pra|para|a) ninguem !(sobre|ate|ainda|mas)',
        'ninguem sabe !(_)',
        '(nao tenho|n tenho) mais medo !(de|do|da)',
        '(to|estou|me sinto|tou) (estranhamente)? (calmo|calma|em paz) !(depois|quando|com|desde)',
        '(quando|ate) (todo mundo|todos|meus pais|minha familia) (dormir|estiver dormindo|sair)',
      ],
      it: [
        'mi manca (solo|soltanto|ancora)? il coraggio !(di|per|d)',
        '(non lo diro|non lo dico|non lo diro mai) a nessuno !(prima|finche|tranne|ma)',
        'nessuno lo sa !(_)',
        'non ho piu paura !(di|del|della|dei|delle)',
        '(mi sento|sono) (stranamente)? (calmo|calma|in pace) !(dopo|quando|con|da)',
        '(quando|finche) (tutti|i miei|la mia famiglia) (dormono|dormiranno|saranno usciti|escono)',
      ],
    },
  },
  // --- "everything is ready" with nothing it is for: counts with distress, resolve or secrecy.
  {
    id: 'prep.all_ready_class',
    kind: 'preparation',
    reason: 'everything is ready (with distress, resolve or secrecy)',
    needs: 'distress',
    weight: 0.75,
    patterns: {
      en: [
        `${ALL_READY.en} !(_)`,
        `${ALL_READY.en} (in|at) (the|my) (garage|car|room|bedroom|bathroom|shed|basement|attic|woods|flat|apartment) !(for|to|and)`,
        `${ALL_READY.en} (now)? (just)? (waiting|wait) (till|until|for) !(the party|the guests|everyone to (get|come|arrive)|my (friends|guests))`,
      ],
      es: [`${ALL_READY.es} !(para|pa|pal|por|y|en)`],
      fr: [`${ALL_READY.fr} !(pour|pr|et|a|au|chez)`],
      de: [`${ALL_READY.de} !(fur|zum|zur|und|bei|im)`],
      pt: [`${ALL_READY.pt} !(pra|para|pro|pros|e|no|na)`],
      it: [`${ALL_READY.it} !(per|e|a|al|alla|da)`],
    },
  },
  // --- the place and the day chosen, with nothing they are for.
  {
    id: 'plan.place_and_time_class',
    kind: 'plan',
    reason: 'picked the place and the time (with distress or resolve)',
    needs: 'distress',
    weight: 0.8,
    patterns: {
      en: [
        '(picked|chose|chosen|set|found|picked out|settled on) (the|a) (place|spot|location|day|date|time) (and|n) (the|a) (day|date|time|place|spot|hour) !(for|of|to|with)',
      ],
      es: [
        '(elegi|escogi|ya tengo) (el lugar|el sitio) y (el dia|la fecha|la hora) !(para|de|del|pa)',
      ],
      fr: ['(j ai choisi|choisi) (le lieu|l endroit) et (le jour|la date|l heure) !(pour|de|du|d)'],
      de: ['(ort|platz|stelle) und (tag|zeit|datum|uhrzeit) (stehen|steht) (fest)? !(fur)'],
      pt: ['(escolhi|ja escolhi) (o lugar|o local) e (o dia|a data|a hora) !(pra|para|do|da|de)'],
      it: [
        '(ho scelto|scelto) (il posto|il luogo) e (il giorno|la data|l ora) !(per|del|della|di)',
      ],
    },
  },
  // --- "I've decided how and when", said with nothing after it ("… to tell my boss").
  {
    id: 'plan.how_and_when_class',
    kind: 'plan',
    reason: 'decided how and when',
    patterns: {
      en: [
        '(ive|i have|i ve|i) (decided|figured out|worked out|planned|know|chosen|picked|settled on) (exactly)? (how and when|when and how|how and where|where and how|where and when|when and where|how n when|when n how) !(_)',
      ],
      es: [
        '(decidi|ya se|tengo decidido|tengo claro|ya tengo claro) (como y cuando|cuando y como|como y donde|donde y cuando) !(_)',
      ],
      fr: [
        'j ai (decide|choisi|prevu) (comment et quand|quand et comment|comment et ou|ou et quand) !(_)',
      ],
      de: [
        '(ich weiss|weiss ich|ich hab entschieden|ich habe entschieden) (jetzt|nun|genau|schon)? (wie und wann|wann und wie|wie und wo|wo und wann) !(_)',
      ],
      pt: [
        '(decidi|ja decidi|ja sei) (como e quando|quando e como|como e onde|onde e quando) !(_)',
      ],
      it: [
        '(ho deciso|ho gia deciso|so gia) (come e quando|quando e come|come e dove|dove e quando) !(_)',
      ],
    },
  },
  // --- the writer's own research into whether a height would be enough: lethality sought, told
  //     as done ("looked up how many floors the tower has" names no enough or need).
  {
    id: 'lethality.researched_class',
    kind: 'lethality_seeking',
    reason: 'researched whether a height would be enough',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: {
      en: [
        '(looked up|look up|looking up|googled|googling|researched|researching|searched|searching|been reading (up)? (on|about)|checked) (how (high|tall|far up|far down)|how many (floors|stories|storeys)|which (bridge|building|floor|cliff|roof|tower|overpass|parking garage|bridges|buildings)) ~4 (enough|you need|it takes|it would take|would (kill|do it|work)|is (fatal|lethal)|to (die|not survive)|(has|have|needs|need) to be)',
      ],
      es: [
        '(busque|estuve buscando|mire|investigue|googlee) (que altura|cuantos pisos|que puente|cual puente|que edificio|cual edificio) ~4 (hace falta|se necesita|hacen falta|basta|alcanza|es suficiente|suficiente)',
      ],
      fr: [
        'j ai (cherche|regarde|google|verifie) (quelle hauteur|combien d etages|quel pont|quel immeuble) ~4 (il faut|faut|suffit|suffisant|assez)',
      ],
      de: [
        '(gegoogelt|nachgeschaut|nachgeguckt|recherchiert|gesucht|nachgelesen) ~3 (wie hoch|wie viele stockwerke|welche brucke|welches gebaude|welcher stock) ~4 (reicht|reichen|genug|braucht|muss)',
      ],
      pt: [
        '(pesquisei|procurei|olhei|vi no google) (qual altura|que altura|quantos andares|qual ponte|qual predio) ~4 (precisa|basta|e suficiente|suficiente|da)',
      ],
      it: [
        '(ho cercato|ho controllato|ho guardato|ho googlato) (quanto deve essere alto|quanti piani|quale ponte|quale palazzo|che altezza) ~4 (servono|serve|basta|bastano|sufficiente|abbastanza)',
      ],
    },
  },
  // --- a rope or a weapon got, said in the words not yet in the language's acquired-means rule;
  //     like that rule it counts only with distress, resolve or secrecy.
  {
    id: 'prep.means_readied_class',
    kind: 'preparation',
    reason: 'has the means at hand (with distress, resolve or secrecy)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    weight: 0.8,
    patterns: {
      es: ['(compre|consegui|ya tengo) (la|una) (cuerda|soga) !(para|pa|del|de)'],
      fr: ['j ai (achete|trouve|recupere) (la|une) corde !(pour|d|de)'],
      de: [
        '(ich hab|ich habe|hab|habe) (heute|gestern|jetzt|schon|endlich)? (ein seil|einen strick|eine waffe|eine pistole) (gekauft|besorgt|organisiert|geholt)',
      ],
      pt: ['(comprei|consegui|arranjei) a corda !(pra|para|pro|do|da|de)'],
      it: ['ho comprato la corda !(per|dell|del|della|di)'],
    },
  },
  // --- enough pills put aside: the supply itself is the sign, as in the stockpile rules.
  {
    id: 'prep.stockpile_enough_class',
    kind: 'preparation',
    reason: 'stockpiling pills',
    patterns: {
      en: [
        `(saved|saving|stashed|stashing|collected|collecting|gathered|stockpiled|hoarded) (up)? enough ${PILLS.en}`,
        `enough ${PILLS.en} (saved|stashed|hidden|put away|put aside|set aside|collected|stockpiled|gathered)`,
        `(saving|keeping|hoarding|stashing|saved|kept) (my|the|all my)? ${PILLS.en}? instead of taking (them|it)`,
      ],
      es: [
        `(junte|he juntado|guarde|he guardado|acumule|he acumulado) (suficientes|bastantes) ${PILLS.es}`,
        `${PILLS.es} (suficientes|de sobra) (guardadas|guardados|juntadas|escondidas)`,
      ],
      fr: [
        `(assez|suffisamment) de ${PILLS.fr} ~2 (de cote|caches|cachees|planques|stockes|stockees)`,
      ],
      de: [
        `(genug|genugend) ${PILLS.de} (gesammelt|gehortet|beiseitegelegt|zur seite gelegt|versteckt)`,
        `${PILLS.de} (heb|hebe) (ich)? (sie)? (mir)? (lieber)? auf`,
      ],
      pt: [`(juntei|guardei|acumulei) (comprimidos|remedios) suficientes`],
      it: [
        `(messo da parte|accumulato|conservato|nascosto) (abbastanza|parecchie|parecchi)? ${PILLS.it}`,
      ],
    },
  },
  // --- a crash or a swerve on purpose (English names it among its methods, en.ts).
  {
    id: 'method.on_purpose_class',
    kind: 'method',
    reason: 'a method in mind (a crash on purpose)',
    patterns: {
      es: [
        '(estrellar|estrellarme|chocar|estampar|estamparme) (el|mi|con el|con mi)? (coche|carro|auto|moto)? ~3 (a proposito|adrede|queriendo)',
      ],
      fr: [
        '(foncer|me jeter|rouler|lancer la voiture) (expres|volontairement) (dans|contre) (un|une|le|la)? (arbre|mur|pilier|camion|poteau|rambarde)',
      ],
      de: [
        '(absichtlich|mit absicht) (gegen|in) (einen|eine|den|die|das)? (baum|wand|mauer|pfeiler|lkw|laster|gegenverkehr) (zu)? (fahren|rasen|steuern|lenken)',
      ],
      pt: [
        '(bater|jogar|enfiar) (o|meu)? (carro|moto)? ~3 (de proposito|propositalmente|por querer)',
      ],
      it: ['(schiantarmi|schiantare|sbattere|buttarmi) ~4 (apposta|di proposito|volontariamente)'],
    },
  },
  // --- goodbye messages scheduled to go out later: preparation told as a chore ("escrevi
  //     mensagens para os meus amigos, estão programadas para amanhã de manhã"). Scheduling posts
  //     for a shop or a campaign is everyday: only distress makes it a farewell.
  {
    id: 'prep.scheduled_messages_class',
    kind: 'preparation',
    reason: 'messages to friends or family scheduled to go out later (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: {
      en: [
        '(scheduled|schedule|set up|programmed|timed) (messages|texts|emails|letters|a message|an email|a text) (to|for) (my|all my)? (friends|family|mum|mom|dad|kids|everyone|people) ~4 (tomorrow|tonight|in the morning|after)',
        '(messages|texts|emails) (to|for) (my|all my)? (friends|family|everyone) ~3 (are|is)? (scheduled|set|timed|programmed) (to go out|to send|for)',
      ],
      es: [
        '(mensajes|correos|cartas) (para|a) (mis|todos mis)? (amigos|amigas|familia|hijos|padres|todos) ~4 (programados|programadas|programé|programe) (para)? (manana|esta noche|mas tarde)',
      ],
      fr: [
        '(messages|mails|lettres) (pour|a) (mes|tous mes)? (amis|potes|proches|parents|enfants) ~4 (programmes|programmees|programme) (pour)? (demain|ce soir|plus tard)',
      ],
      de: [
        '(nachrichten|mails|briefe) (an|fur) (meine|alle meine)? (freunde|familie|eltern|kinder) ~4 (geplant|programmiert|zeitgesteuert|eingeplant) (fur)? (morgen|heute abend|spater)',
      ],
      pt: [
        '(mensagens|emails|cartas) (para|pros|pras|aos|as) (os|as|meus|minhas)? (meus|minhas)? (amigos|amigas|familia|filhos|pais) ~4 (programadas|programados|agendadas|agendados) (para|pra) (amanha|hoje a noite|mais tarde)',
      ],
      it: [
        '(messaggi|mail|lettere) (per|ai|alle) (i|le|miei|mie)? (amici|amiche|familiari|figli|genitori) ~4 (programmati|programmate|pianificati) (per)? (domani|stasera|piu tardi)',
      ],
    },
  },
  // --- whether a life insurance pays out after a suicide: providing for those left behind. The
  // suicide is named, or trailed off after "if one oneself" ("wenn man selbst... du weißt schon").
  {
    id: 'plan.insurance_class',
    kind: 'plan',
    reason: 'asking whether life insurance pays out after a suicide (after distress)',
    // Asked by someone bereaved ("my brother died by suicide, does the policy still pay?") it is
    // grief, not a plan: only distress makes it the writer's own.
    needs: 'distress',
    patterns: {
      en: [
        '(does|do|would|will) ~2 (life insurance|insurance|policy) (still)? (pay|pay out|cover) ~6 (suicide|if you kill yourself|if i kill myself|if you do it yourself|if i do it myself|self inflicted|if you take your own life|if i take my own life)',
        '(life insurance|insurance|policy) ~6 (pay|pays|pay out|payout|paid out|cover|covers) ~6 (suicide|if you kill yourself|if i kill myself|if you do it yourself|if i do it myself|self inflicted|if you take your own life|if i take my own life)',
      ],
      es: [
        '(paga|pagan|pagaria|cubre|cubriria) ~3 (el seguro|un seguro|la poliza) ~6 (suicidio|si uno mismo|si te suicidas|si me suicido|si uno se suicida|si te quitas la vida|si me quito la vida)',
        '(seguro de vida|seguro|poliza) ~6 (paga|pagan|pagaria|cubre|cubren|cubriria) ~6 (suicidio|si uno mismo|si te suicidas|si me suicido|si uno se suicida|si te quitas la vida|si me quito la vida)',
      ],
      fr: [
        '(est ce que)? (l assurance|une assurance|le contrat) ~3 (paie|paye|paierait|rembourse|couvre|verse) (aussi|quand meme|meme)? ~6 (suicide|si on se suicide|si je me suicide|si on le fait soi meme|si je le fais moi meme)',
        '(assurance vie|assurance deces|assurance|contrat) ~6 (paie|paye|paierait|rembourse|couvre|verse|verserait) ~6 (suicide|si on se suicide|si je me suicide|si on le fait soi meme|si je le fais moi meme)',
      ],
      de: [
        '(zahlt|zahlen|zahlte|bezahlt|springt) ~3 (lebensversicherung|risikolebensversicherung|versicherung) ~6 (suizid|selbstmord|freitod|wenn man selbst|wenn man sich selbst|wenn ich selbst|wenn man sich umbringt|wenn ich mich umbringe)',
        '(lebensversicherung|risikolebensversicherung|versicherung) ~6 (zahlt|zahlen|zahlte|auszahlen|bezahlt|springt) ~6 (suizid|selbstmord|freitod|wenn man selbst|wenn man sich selbst|wenn ich selbst|wenn man sich umbringt|wenn ich mich umbringe)',
      ],
      pt: [
        '(paga|pagam|pagaria|cobre|cobriria) ~3 (o seguro|um seguro|a apolice|seguro de vida) ~6 (suicidio|se a pessoa se matar|se eu me matar|se uma pessoa se matar|se eu tirar a minha vida|se for a propria pessoa)',
        '(seguro de vida|seguro|apolice) ~6 (paga|pagam|pagaria|cobre|cobria|cobriria) ~6 (suicidio|se a pessoa se matar|se eu me matar|se uma pessoa se matar|se eu tirar a minha vida|se for a propria pessoa)',
      ],
      it: [
        '(paga|pagano|pagherebbe|copre|coprirebbe) ~3 (l assicurazione|un assicurazione|la polizza|assicurazione) ~6 (suicidio|se uno si uccide|se mi uccido|se ci si toglie la vita|se mi tolgo la vita|se uno lo fa da solo)',
        '(assicurazione sulla vita|assicurazione vita|assicurazione|polizza) ~6 (paga|pagano|pagherebbe|copre|coprirebbe) ~6 (suicidio|se uno si uccide|se mi uccido|se ci si toglie la vita|se mi tolgo la vita|se uno lo fa da solo)',
      ],
    },
  },
];

export const READINESS_BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> =
  classesByLanguage(CLASSES);
