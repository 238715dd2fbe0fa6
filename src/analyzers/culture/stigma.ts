import { PERCEPTION, REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Stigmatising language about mental illness or the person: slurs aimed at people ("you're being
 * crazy", "a schizo"), identity-as-illness labels ("an anorexic"), and moral judgements of
 * suicide or self-harm. Figurative uses not aimed at a person ("a crazy week") do not match;
 * reassurance ("you're not crazy") is cancelled by its negation, the person's own fear ("you
 * feel like you're going crazy") by the perception cue.
 */
const STIGMA = compileLexicon('stigma.language', {
  en: [
    "(you're|you are|you sound|you seem|you're being|they're|they are|he's|he is|she's|she is|people who are|those people are) (so |completely |totally |absolutely |clearly |just |being |a bit |kind of |plain )?(crazy|insane|psycho|nuts|loony|deranged|unhinged|a lunatic|a nutcase|a maniac|a psycho|a basket case|a freak|a weirdo)",
    "you('re| are) going (crazy|insane|mad|nuts)",
    '(a|an|the|those|these) (schizo|schizos|psycho|psychos|lunatic|lunatics|nutcase|nutcases|crazies|junkie|junkies|crackhead|crackheads|druggie|druggies|mental case|mental cases|retard|retards)',
    '(an|the) (schizophrenic|anorexic|bulimic|alcoholic|addict|epileptic|bipolar)(?! (disorder|episode|symptoms|person|people|patient|thoughts))',
    '(crazy|insane|psycho|loony|nut|mad) (person|people|house|ward|bin|asylum)',
    '(the )?mentally ill (are|can be|tend to be) (dangerous|violent|unpredictable)',
    "(suicide|self-harm|killing yourself|self harm) (is|was) (selfish|cowardly|weak|the coward's way|a coward's way|for attention)",
    'attention[-\\s](seeking|seeker|seekers)',
    "(you're|you are|it's|that's) (just )?(being )?(dramatic|pathetic|weak|lazy) (for|to) (feel|feeling|be|struggle)",
    "(normal|sane) people (don't|do not|wouldn't)",
    'suffers? from (schizophrenia|bipolar|depression) and is (dangerous|violent)',
  ],
  es: [
    '(estás|eres|está|es|están|son) (un |una )?(loc[oa]|chiflad[oa]|demente|psicópata|trastornad[oa]|lunátic[oa]|enferm[oa] mental|desquiciad[oa])',
    '(un|una|el|la|los|las) (esquizofrénic[oa]s?|drogadict[oa]s?|anoréxic[oa]s?|yonquis?|locos|locas)(?! (que|de))',
    '(el suicidio|suicidarse|las autolesiones|autolesionarse) (es|son) (de )?(cobardes|egoísta|egoístas|cobardía|para llamar la atención)',
    '(solo|sólo) (quiere|quieres|buscas?|busca) llamar la atención',
    'para llamar la atención',
    '(la gente|las personas) normal(es)? no',
  ],
  fr: [
    "(tu es|vous êtes|t'es|il est|elle est|ils sont|elles sont) (complètement )?(fou|folle|fous|folles|dingue|dingues|cinglée?s?|malade mental|malades mentaux|tarée?s?|psychopathes?|timbrée?s?)",
    '(un|une|les) (schizo|schizos|drogué|droguée|drogués|toxico|toxicos|camé|camés|fous|dingues)',
    "(le suicide|se suicider|l'automutilation|se scarifier) (est|c'est) (égoïste|lâche|de la lâcheté|pour attirer l'attention)",
    "pour attirer l'attention",
    '(les gens|les personnes) normaux ne',
  ],
  de: [
    '(du bist|Sie sind|er ist|sie ist|die sind|sie sind) (doch |total |völlig |echt )?(verrückt|irre|gestört|psycho|wahnsinnig|geisteskrank|bekloppt|durchgeknallt|plemplem)',
    '(ein|eine|der|die) (Schizo|Schizos|Junkie|Junkies|Psycho|Psychos|Irrer|Irre|Geisteskranker|Geisteskranke|Verrückter|Verrückte|Klapse)',
    '(Suizid|Selbstmord|Selbstverletzung|Ritzen) ist (egoistisch|feige|schwach|nur Aufmerksamkeit)',
    'um Aufmerksamkeit zu (bekommen|erregen|heischen)',
    'Aufmerksamkeit heischen',
    'normale (Leute|Menschen) (machen|tun|haben) (so was|das) nicht',
  ],
  pt: [
    '(você é|você está|tu és|estás|ele é|ela é|eles são) (um |uma )?(louc[oa]|maluc[oa]|doid[oa]|psicopata|pirad[oa]|doente mental|desequilibrad[oa])',
    '(um|uma|o|a|os|as) (esquizofrênic[oa]s?|drogad[oa]s?|viciad[oa]s?|noias?|alcoólatras?|anoréxic[oa]s?|malucos|loucos)(?! (que|de))',
    '(o suicídio|se matar|a automutilação|se cortar) é (egoísmo|egoísta|covardia|coisa de covarde|para chamar atenção)',
    '(só quer|só queres|para) chamar (a )?atenção',
    'pessoas normais não',
  ],
  it: [
    '(sei|è|sono|siete) (un |una )?(pazz[oa]|pazzi|matt[oa]|matti|squilibrat[oa]|psicopatic[oa]|malat[oa] di mente|fuori di testa|svitat[oa])',
    '(uno|una|un|lo|la|gli|le|i) (schizofrenic[oa]|schizofrenici|drogat[oa]|drogati|tossic[oa]|tossici|tossicodipendente|alcolizzat[oa]|anoressic[oa]|pazzi|matti)(?! (che|di))',
    "(il suicidio|uccidersi|l'autolesionismo|tagliarsi) è (egoista|da vigliacchi|vigliaccheria|per attirare l'attenzione)",
    "per attirare l'attenzione",
    'le persone normali non',
  ],
});

export const stigma = phraseCheck('stigma', [
  { lexicon: STIGMA, unlessBefore: [PERCEPTION, REPORTED] },
]);
