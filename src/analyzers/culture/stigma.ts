import { DEBUNK, PERCEPTION, REPORTED } from '../cues.js';
import { phraseAndPairCheck } from '../phrases.js';
import type { PairRule, PhraseRule } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';
import { MENTAL_ILLNESS_TOPIC, MORE_THAN, WEAKNESS_CLAIM } from '../trust/myths.js';

/**
 * Stigmatising language about mental illness or the person: slurs aimed at people ("you're being
 * crazy", "a schizo"), identity-as-illness labels ("an anorexic"), and moral judgements of
 * suicide or self-harm. Figurative uses not aimed at a person ("a crazy week") do not match;
 * reassurance ("you're not crazy") is cancelled by its negation, the person's own fear ("you
 * feel like you're going crazy") by the perception cue.
 *
 * Since issue 5's trust round also by kind: slurs for a person or a place of care ("a proper
 * nutter", "the loony bin"), people with a mental illness as dangerous ("psychotic people are
 * unpredictable"), mental illness as weakness (shared with the myths), distress as
 * attention-seeking ("she's doing it for attention") and "just snap out of it". A debunking
 * ("self-harm is usually a way of coping, not a bid for attention") and someone else's words
 * ("your dad called you a psycho") cancel.
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
    '(people|folks|those) who are (really |properly |actually |genuinely )?(crazy|mad|nuts|insane|mental|unhinged)',
    '(a|the) (proper |total |complete |right |bit of a |real )?(nutter|nutjob|nut job|head ?case|loon|whack ?job|fruitcake|basket case|psycho|weirdo|mental case|lunatic)',
    '(loony|looney|nut|booby|funny|mad|psycho) ?(bin|house|hatch|farm|ward)',
    "(he's|she's|they're|you're|he is|she is|they are|you are) (proper |totally |completely |a bit |bit |clearly |just )?(mental|bonkers|cuckoo|loopy|unhinged|a few sandwiches short)",
    '(doing|does|did|do) (it|that|this) (just |only |all |purely |mostly )?(for (the )?attention|to get attention|for sympathy)',
    '(just |only |mostly |really )(wants?|wanting|after|looking for|craving|needs?|fishing for) (some )?(attention|sympathy)',
    '(drama queen|drama llama|wants everyone (fussing|running) (over|around|after) (her|him|them))',
    '(just |need to |needs to |have to |has to |should |gotta |got to )(snap out of it|pull (yourself|himself|herself|themselves) together|stop feeling sorry for (yourself|himself|herself|themselves)|man up|toughen up|get a grip)',
    '(?<=^|[.!?:\\n]\\s{0,3})(snap out of it|pull yourself together|man up|toughen up)',
  ],
  es: [
    '(estás|eres|está|es|están|son) (un |una )?(loc[oa]|chiflad[oa]|demente|psicópata|trastornad[oa]|lunátic[oa]|enferm[oa] mental|desquiciad[oa])',
    '(un|una|el|la|los|las) (esquizofrénic[oa]s?|drogadict[oa]s?|anoréxic[oa]s?|yonquis?|locos|locas)(?! (que|de))',
    '(el suicidio|suicidarse|las autolesiones|autolesionarse) (es|son) (de )?(cobardes|egoísta|egoístas|cobardía|para llamar la atención)',
    '(solo|sólo) (quiere|quieres|buscas?|busca) llamar la atención',
    'para llamar la atención',
    '(la gente|las personas) normal(es)? no',
    '(está|estás|están) (mal|tocad[oa]) de la cabeza',
    '(el )?manicomio',
    '(tienes que|tiene que|hay que) (espabilar|sacudirte|sacudirse|dejar de lamentarte|ponerle ganas)',
  ],
  fr: [
    "(tu es|vous êtes|t'es|il est|elle est|ils sont|elles sont) (complètement )?(fou|folle|fous|folles|dingue|dingues|cinglée?s?|malade mental|malades mentaux|tarée?s?|psychopathes?|timbrée?s?)",
    '(un|une|les) (schizo|schizos|drogué|droguée|drogués|toxico|toxicos|camé|camés|fous|dingues)',
    "(le suicide|se suicider|l'automutilation|se scarifier) (est|c'est) (égoïste|lâche|de la lâcheté|pour attirer l'attention)",
    "pour attirer l'attention",
    '(les gens|les personnes) normaux ne',
    "(cherche|veut|a besoin d') (surtout |juste |seulement )?(de l')?attention",
    "(surtout|juste|seulement) besoin d'attention",
    "(doit|dois|faut) (se|te|qu'elle se|qu'il se) (secouer|bouger|reprendre)",
    "(l'asile|chez les fous)",
    '(les gens|ceux|celles) qui sont (vraiment |complètement )?(fous|folles|dingues|cinglés|tarés)',
  ],
  de: [
    '(du bist|Sie sind|er ist|sie ist|die sind|sie sind) (doch |total |völlig |echt )?(verrückt|irre|gestört|psycho|wahnsinnig|geisteskrank|bekloppt|durchgeknallt|plemplem)',
    '(ein|eine|der|die) (Schizo|Schizos|Junkie|Junkies|Psycho|Psychos|Irrer|Irre|Geisteskranker|Geisteskranke|Verrückter|Verrückte|Klapse)',
    '(Suizid|Selbstmord|Selbstverletzung|Ritzen) ist (egoistisch|feige|schwach|nur Aufmerksamkeit)',
    'um Aufmerksamkeit zu (bekommen|erregen|heischen)',
    'Aufmerksamkeit heischen',
    'normale (Leute|Menschen) (machen|tun|haben) (so was|das) nicht',
    '(will|wollen|braucht|sucht) (doch )?(nur|bloß) Aufmerksamkeit',
    '(reiß|reiss|reißt|reisst) (dich|euch|sich) (mal )?zusammen',
    '(Klapse|Klapsmühle|Irrenhaus|Irrenanstalt)',
    'nicht ganz (dicht|richtig im Kopf)',
  ],
  pt: [
    '(você é|você está|tu és|estás|ele é|ela é|eles são) (um |uma )?(louc[oa]|maluc[oa]|doid[oa]|psicopata|pirad[oa]|doente mental|desequilibrad[oa])',
    '(um|uma|o|a|os|as) (esquizofrênic[oa]s?|drogad[oa]s?|viciad[oa]s?|noias?|alcoólatras?|anoréxic[oa]s?|malucos|loucos)(?! (que|de))',
    '(o suicídio|se matar|a automutilação|se cortar) é (egoísmo|egoísta|covardia|coisa de covarde|para chamar atenção)',
    '(só quer|só queres|para) chamar (a )?atenção',
    'pessoas normais não',
    '(quer|querem) (só |apenas )?(chamar )?atenção',
    '(hospício|manicômio)',
    '(tem|precisa|tens) (que|de) (sair dessa|se animar|parar de frescura)',
    '(deixa|deixe) de frescura',
  ],
  it: [
    '(sei|è|sono|siete) (un |una )?(pazz[oa]|pazzi|matt[oa]|matti|squilibrat[oa]|psicopatic[oa]|malat[oa] di mente|fuori di testa|svitat[oa])',
    '(uno|una|un|lo|la|gli|le|i) (schizofrenic[oa]|schizofrenici|drogat[oa]|drogati|tossic[oa]|tossici|tossicodipendente|alcolizzat[oa]|anoressic[oa]|pazzi|matti)(?! (che|di))',
    "(il suicidio|uccidersi|l'autolesionismo|tagliarsi) è (egoista|da vigliacchi|vigliaccheria|per attirare l'attenzione)",
    "per attirare l'attenzione",
    'le persone normali non',
    '(vuole|vogliono|cerca|cercano) (solo |soltanto )?(attenzione|attenzioni)',
    '(deve|devi|devono) (solo |soltanto )?(darsi|darti) una (svegliata|mossa|regolata)',
    '(manicomio|gabbia di matti)',
  ],
});

/** Someone else's word for the person, reported: "your dad called you a psycho". */
const NAME_CALLING = compileLexicon('stigma.name_calling', {
  en: ['(called|calls|calling|call) (you|me|him|her|them|us)'],
  es: ['te (llamó|llama|llamaron|dijo)'],
  fr: ["t'a (traitée?|appelée?)"],
  de: ['(nannte|nennt|hat) dich'],
  pt: ['te (chamou|chamaram|chama)'],
  it: ['ti (ha chiamat[oa]|ha dato del|chiama)'],
});

/** People who have a mental illness, as a group or one person named by it. */
const ILL_PEOPLE = compileLexicon('stigma.ill_people', {
  en: [
    '(people|someone|somebody|anyone|those|folks|patients|men|women|guys) (with|who have|who has|suffering from) (schizophrenia|psychosis|bipolar|mental (illness|health problems|issues)|personality disorders?|BPD|PTSD|a mental illness|depression)',
    '(psychotic|schizophrenic|bipolar|mentally ill|mental|crazy|borderline|psych) (people|patients|folks|ones|types)',
    '(the mentally ill|schizophrenics|psychotics|psychos|nutters|those people|these people|people like (that|him|her|them))',
  ],
  es: [
    '(la gente|las personas|alguien|los que|quienes) (con|que tienen|que tiene) (esquizofrenia|psicosis|bipolaridad|trastorno bipolar|una enfermedad mental|enfermedades mentales)',
    '(esa gente|este tipo de gente|esas personas|los esquizofrénicos|los enfermos mentales|los bipolares)',
  ],
  fr: [
    '(les gens|les personnes|quelqu.un|ceux) (atteints?|atteintes?|qui ont|qui a|avec) (de )?(schizophrénie|psychose|troubles? bipolaires?|une maladie mentale|maladies mentales)',
    '(ces gens-là|ce genre de personnes|les schizophrènes|les malades mentaux|les bipolaires)',
  ],
  de: [
    '(Menschen|Leute|jemand|Personen) mit (einer )?(Schizophrenie|Psychose|bipolarer Störung|psychischen Erkrankungen|psychischer Erkrankung)',
    '(solche Leute|diese Leute|Schizophrene|psychisch Kranke|Bipolare|Psychotiker)',
  ],
  pt: [
    '(pessoas|gente|alguém|quem) (com|que tem|que têm) (esquizofrenia|psicose|transtorno bipolar|doença mental|doenças mentais)',
    '(esse pessoal|essa gente|esse tipo de gente|os esquizofrênicos|os doentes mentais|os bipolares)',
  ],
  it: [
    '(le persone|la gente|qualcuno|chi ha|chi soffre di) (con|che hanno|che ha)? ?(schizofrenia|psicosi|disturbo bipolare|malattie mentali|una malattia mentale)',
    '(quella gente|questa gente|gente così|gli schizofrenici|i malati di mente|i malati mentali|i bipolari)',
  ],
});

const DANGEROUS = compileLexicon('stigma.dangerous', {
  en: [
    '(dangerous|violent|a danger|a threat|unpredictable|unstable|not safe to be around|can.t be trusted|time bombs?|snap|flip out|turn on you|lash out)',
    "(don't|do not|never) leave (your )?(kids|children|the kids) (alone )?with",
    '(keep|stay) (your )?(distance|away) from',
  ],
  es: [
    '(peligros[oa]s?|violent[oa]s?|impredecibles?|un peligro|una amenaza|estallar|perder el control en cualquier momento)',
  ],
  fr: ['(dangereu(x|se|ses)|violente?s?|imprévisibles?|un danger|une menace|péter les plombs)'],
  de: ['(gefährlich|gewalttätig|unberechenbar|eine Gefahr|tickende Zeitbomben?|ausrasten)'],
  pt: ['(perigos[oa]s?|violent[oa]s?|imprevisíve(l|is)|um perigo|uma ameaça|surtar)'],
  it: [
    '(pericolos[oi]|pericolose?|violent[oi]|violente?|imprevedibil[ei]|un pericolo|una minaccia|esplodere)',
  ],
});

const CANCELS = {
  unlessBefore: [PERCEPTION, REPORTED, NAME_CALLING],
  unlessInSentence: [DEBUNK],
} as const;

const PHRASE_RULES: readonly PhraseRule[] = [
  { lexicon: STIGMA, unlessBefore: [PERCEPTION, REPORTED, NAME_CALLING] },
];

const KIND_RULES: readonly PairRule[] = [
  {
    kind: 'people with a mental illness as dangerous',
    topic: ILL_PEOPLE,
    claim: DANGEROUS,
    mood: 'statement',
    ...CANCELS,
  },
  {
    kind: 'mental illness as weakness',
    topic: MENTAL_ILLNESS_TOPIC,
    claim: WEAKNESS_CLAIM,
    unlessBeforeClaim: [MORE_THAN],
    mood: 'statement',
    ...CANCELS,
  },
];

export const stigma = phraseAndPairCheck('stigma', PHRASE_RULES, KIND_RULES);
