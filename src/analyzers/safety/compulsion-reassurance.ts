import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Gives the certainty an OCD compulsion seeks ("you definitely locked it", "I promise nothing bad
 * will happen"). Declining to give it ("I can't promise you that") is the recommended response
 * and is cancelled by the negation scope.
 */
const CERTAINTY = compileLexicon('compulsion_reassurance.certainty', {
  en: [
    "you (definitely|certainly|surely|absolutely|100%|for sure|clearly) (did|didn't|did not|locked|turned off|switched off|closed|unplugged|washed|shut|checked|won't|will not|would never|are not|aren't|have not|haven't)",
    "I('m| am) (100%|completely|absolutely|totally|entirely|one hundred percent) (sure|certain|positive)",
    "(there's|there is) (absolutely )?(no|zero) (way|chance|possibility|risk) (that )?(you|it|the|anything|anyone)",
    "you (did not|didn't|would never|will never|could never) (hit|hurt|harm|contaminate|run over|kill|poison|infect) (anyone|anybody|someone|them|him|her|your)",
    'I (can )?(promise|guarantee|assure) (you )?(that )?(you|it|nothing|everything|the)',
    '(the door|the stove|the oven|the iron|it|your hands|everything|the lock) (is|are|was|were) (definitely|certainly|100%|absolutely) (locked|off|clean|fine|safe|shut|closed)',
    "you('re| are) (definitely|100%|completely|totally) (safe|clean|fine|not (gay|a bad person|dangerous|a murderer|going to))",
    "nothing bad (will|is going to|'s going to) happen",
    "you('re| are) not (a bad person|dangerous|going to hurt anyone),? (I promise|I'm sure|trust me)",
  ],
  es: [
    '(seguro|segurísimo|sin duda|definitivamente) (que )?(cerraste|apagaste|lo hiciste|no (atropellaste|hiciste|lastimaste|contaminaste))',
    'te (lo )?(prometo|garantizo|aseguro)',
    'estoy (100 ?%|completamente|totalmente|absolutamente) segur[oa]',
    'no hay (ninguna )?(posibilidad|forma|manera) de que',
    'no (va a|te va a) pasar nada( malo)?',
  ],
  fr: [
    'tu as (forcément|certainement|sûrement|bien|définitivement) (fermé|éteint|verrouillé|lavé)',
    'je te (le )?(promets|garantis|jure)',
    'je suis (sûre?|certaine?) à 100 ?%',
    "(il n'y a )?aucune (chance|possibilité|risque) que",
    "rien de (mal|grave|mauvais) (ne )?(va|n'va|va t')(arriver)?",
  ],
  de: [
    'du hast (die Tür |den Herd |es )?(bestimmt|sicher|definitiv|ganz sicher|garantiert) (abgeschlossen|ausgeschaltet|zugemacht|gewaschen|nicht)',
    'ich (verspreche|garantiere) (es )?(dir|Ihnen)',
    'ich bin mir (zu )?100 ?% sicher',
    'es (wird|kann) (garantiert|bestimmt|sicher) nichts (Schlimmes )?passieren',
    'es gibt keine (Chance|Möglichkeit),? dass',
  ],
  pt: [
    '(você|tu) (com certeza|certamente|definitivamente|de certeza) (trancou|desligou|fechou|lavou|não)',
    '(eu )?(te |lhe )?(prometo|garanto)',
    '(tenho|estou com) (100 ?%|absoluta|total) (de )?certeza',
    'não há (nenhuma )?(chance|possibilidade) de',
    'nada de (ruim|mal) vai acontecer',
  ],
  it: [
    "(hai|avrai) (sicuramente|certamente|di sicuro|senz'altro) (chiuso|spento|lavato|non)",
    'te lo (prometto|garantisco|giuro)',
    'sono (sicur[oa] al 100 ?%|assolutamente sicur[oa]|certissim[oa])',
    "non c'è (nessuna )?possibilità che",
    'non (succederà|accadrà) (niente|nulla) di (male|brutto)',
  ],
});

export const compulsionReassurance = phraseCheck('compulsion_reassurance', [
  { lexicon: CERTAINTY, negationWindow: 4 },
]);
