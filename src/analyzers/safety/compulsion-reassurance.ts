import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Gives the certainty an OCD compulsion seeks ("you definitely locked it", "I promise nothing bad
 * will happen"). Declining to give it ("I can't promise you that") is the recommended response
 * and is cancelled by the negation scope.
 */
const CERTAINTY = compileLexicon('compulsion_reassurance.certainty', {
  en: [
    "you (definitely|certainly|surely|absolutely|100%|for sure|clearly|almost certainly|most likely|very likely) (did|didn't|did not|locked|turned off|switched off|closed|unplugged|washed|shut|checked|won't|will not|would never|are not|aren't|have not|haven't)",
    // the act with its object: "you definitely turned it off", "of course you locked the door"
    '(you (definitely|certainly|surely|absolutely|clearly|almost certainly)|(of course|obviously|naturally) you) (locked|turned|switched|closed|unplugged|washed|shut|checked) (it|them|the \\S+|your \\S+)',
    // "of course you did", "I'm sure you did": the bare answer to "did I?"
    "(of course|obviously|I('m| am) (sure|certain|positive)( that)?) you (did|locked it|turned it off)(?=[.!,;]|$)",
    "I('m| am) (sure|certain|positive|confident) (that )?you (locked|turned|switched|closed|shut|unplugged|didn't|did not|haven't|wouldn't|would never)",
    "(I('m| am)|I feel) (completely |absolutely |totally )?(sure|certain|positive) of (it|that)(?=[.!,;]|$)",
    "you('d| would) (definitely |certainly |surely )?(have )?(noticed|known|heard|felt|seen|remembered|remember|know|notice)( it| something)? if",
    "(trust me|believe me|don't worry|I('m| am) sure),? (the (door|stove|oven|iron|lock|tap|gas|car)|it|everything|your hands)('s| is| was| are| were) (locked|off|shut|closed|clean|fine|safe)(?=[.!,;]|$)",
    "(no,? )?you (didn't|did not|haven't|have not) (leave|contaminate|infect|poison|run over|forget to (lock|turn|switch))",
    'I can (tell|promise|assure) you (for certain|for sure|with certainty|definitely|100%)',
    'nothing (bad )?happened(?=[.!,;]|$)',
    "(there's|there is) (really |absolutely )?nothing (at all )?to worry about",
    "I('m| am) (100%|completely|absolutely|totally|entirely|one hundred percent) (sure|certain|positive)",
    "(there's|there is) (absolutely )?(no|zero) (way|chance|possibility|risk) (that )?(you|it|the|anything|anyone)",
    "you (did not|didn't|would never|will never|could never) (hit|hurt|harm|contaminate|run over|kill|poison|infect) (anyone|anybody|someone|them|him|her|your)",
    'I (can )?(promise|guarantee|assure) (you )?(that )?(you|it|nothing|everything|the)',
    "(yes|yeah|yep),? (it('s| is| was)|the (door|stove|oven|iron|lock|tap|gas|car)( is|'s| was)) (definitely |certainly )?(locked|off|shut|closed|unplugged|clean)",
    '(yes|yeah|yep),? you (locked|turned|switched|closed|shut|unplugged|washed) (it|them|the \\S+|your \\S+)',
    '\\S+ (is|are) (perfectly|completely|totally) (clean|safe|locked|off|unplugged)',
    "you (locked|turned|switched|closed|shut|unplugged) (it|them|the \\S+|your \\S+)( off| out)?,? (don't worry|I promise|trust me|I('m| am) (sure|certain|positive)|for sure|definitely)",
    "you('d| would) never (do that|do it|hurt|harm)",
    "(it's|that's|\\S+ (is|are|was|were)) (definitely|certainly|100%|absolutely|surely) (locked|off|unplugged|shut|closed|clean|switched off|turned off)",
    "you('d| would| will) never act on (them|it|those thoughts|these thoughts|your thoughts|those urges)",
    "you (didn't|did not|haven't|have not) do(ne)? (anything|nothing) (wrong|bad)",
    "(the door|the stove|the oven|the iron|it|your hands|everything|the lock)('s| is| are| was| were) (definitely|certainly|100%|absolutely) (locked|off|clean|fine|safe|shut|closed)",
    "you('re| are) (definitely|100%|completely|totally) (safe|clean|fine|not (gay|a bad person|dangerous|a murderer|going to))",
    "nothing bad (will|is going to|'s going to) happen",
    "you('re| are) not (a bad person|dangerous|going to hurt anyone),? (I promise|I'm sure|trust me)",
  ],
  es: [
    '(seguro|segurísimo|sin duda|definitivamente|claro|por supuesto|casi seguro|seguramente) (que )?(sí )?(la |lo |las |los )?(cerraste|apagaste|lo hiciste|lavaste|desenchufaste|comprobaste|no (atropellaste|hiciste|lastimaste|contaminaste))',
    'te (lo )?(prometo|garantizo|aseguro)',
    '(la puerta|el horno|la plancha|el gas|la estufa|el coche) (está|estaba) (bien )?(cerrad[oa]|apagad[oa])( con llave)?',
    'no (hiciste|has hecho) nada (malo|mal)',
    'no (contaminaste|atropellaste|lastimaste|heriste|envenenaste|le hiciste daño) a nadie',
    'estoy (100 ?%|completamente|totalmente|absolutamente) segur[oa]',
    'no hay (ninguna )?(posibilidad|forma|manera) de que',
    'no (va a|te va a) pasar nada( malo)?',
  ],
  fr: [
    "tu (l'|les )?as (forcément|certainement|sûrement|bien|définitivement|presque certainement|sans aucun doute) (fermé|éteint|verrouillé|lavé|débranché)(e|es|s)?",
    "(bien sûr|évidemment) (que )?tu (l'|les )?as (bien )?(fermé|éteint|verrouillé|lavé|débranché)(e|es|s)?",
    'je te (le )?(promets|garantis|jure)',
    '(la porte|le four|le gaz|la plaque|le fer) (est|était) (bien )?(fermée?|éteinte?|verrouillée?)',
    "(tu n'as|vous n'avez) rien fait de (mal|grave|mauvais)",
    "tu n'as (contaminé|renversé|blessé|empoisonné|fait de mal à) personne",
    "je suis (sûre?|certaine?) que tu (l'|les )?as (bien )?(fermé|éteint|verrouillé|lavé|débranché)",
    'je suis (sûre?|certaine?) à 100 ?%',
    "(il n'y a )?aucune (chance|possibilité|risque) que",
    "rien de (mal|grave|mauvais) (ne )?(va|n'va|va t')(arriver)?",
  ],
  de: [
    'du hast (die Tür |den Herd |es )?(ganz )?(bestimmt|sicher|definitiv|garantiert) (abgeschlossen|ausgeschaltet|zugemacht|gewaschen|nicht|nichts)',
    '(natürlich|klar|bestimmt|garantiert) hast du (die Tür |den Herd |es |sie |ihn )?(abgeschlossen|ausgeschaltet|ausgemacht|zugemacht|zugesperrt|gewaschen)',
    'ich (verspreche|garantiere) (es )?(dir|Ihnen)',
    'ich bin mir (zu )?100 ?% sicher',
    '(die Tür|der Herd|das Bügeleisen|das Auto|der Ofen) (ist|war) (ganz sicher |bestimmt |definitiv |sicher )?(zu|aus|abgeschlossen|ausgeschaltet|ausgemacht)',
    'du hast nichts (falsch|Schlimmes|Böses) (gemacht|getan)',
    'du hast niemanden (angefahren|verletzt|angesteckt|vergiftet|überfahren)',
    '(ja|keine Sorge),? du hast (\\S+ ){0,2}?(abgeschlossen|ausgeschaltet|ausgemacht|zugemacht|zugesperrt)',
    'du hast (\\S+ ){0,2}?(abgeschlossen|ausgeschaltet|ausgemacht|zugemacht|zugesperrt),? (keine Sorge|ganz sicher|versprochen)',
    'es (wird|kann) (garantiert|bestimmt|sicher) nichts (Schlimmes )?passieren',
    'es gibt keine (Chance|Möglichkeit),? dass',
  ],
  pt: [
    '(você|tu) (com certeza|certamente|definitivamente|de certeza) (trancou|desligou|fechou|lavou|não)',
    '(claro|é claro|com certeza|certamente|sem dúvida) (que )?(você |tu )?(a |o )?(trancou|desligou|fechou|lavou|trancaste|desligaste|fechaste|não (atropelou|machucou|feriu))',
    '(eu )?(te |lhe )?(prometo|garanto)',
    '(tenho|estou com) (100 ?%|absoluta|total) (de )?certeza',
    'não há (nenhuma )?(chance|possibilidade) de',
    'nada de (ruim|mal) vai acontecer',
    '(a porta|o fogão|o ferro|o gás|o carro) (está|estava) (trancad[oa]|desligad[oa]|fechad[oa])',
    '(você|tu) não fez nada de (errado|mal)',
    '(você|tu) não (atropelou|machucou|contaminou|feriu|envenenou) ninguém',
  ],
  it: [
    "(hai|avrai) (sicuramente|certamente|di sicuro|senz'altro) (chiuso|spento|lavato|non)",
    "(certo|certamente|sicuramente|di sicuro|quasi sicuramente|senz'altro|ovviamente) (che )?(l'|lo |la |li |le )?(hai|avrai) (chius[oaie]|spent[oaie]|lavat[oaie]|staccat[oaie]|controllat[oaie])",
    'te lo (prometto|garantisco|giuro|assicuro)',
    '(la porta|il gas|il forno|il ferro) (è|era) (chius[oa]|spent[oa])',
    'non hai fatto (niente|nulla) di (male|sbagliato)',
    'non hai (investito|ferito|contaminato|fatto del male a|avvelenato) nessuno',
    'sono (sicur[oa] al 100 ?%|assolutamente sicur[oa]|certissim[oa])',
    "non c'è (nessuna )?possibilità che",
    'non (succederà|accadrà) (niente|nulla) di (male|brutto)',
  ],
});

/** An open question is not an answer: "maybe the door is locked, maybe not". */
const MAYBE = compileLexicon('compulsion_reassurance.maybe', {
  en: ['(maybe|perhaps|whether|if)'],
  es: ['(quizás?|tal vez|a lo mejor|si)'],
  fr: ['(peut-être|si)'],
  de: ['(vielleicht|ob|wenn)'],
  pt: ['(talvez|se)'],
  it: ['(forse|se)'],
});

export const compulsionReassurance = phraseCheck('compulsion_reassurance', [
  { lexicon: CERTAINTY, negationWindow: 4, unlessJustBefore: [MAYBE] },
]);
