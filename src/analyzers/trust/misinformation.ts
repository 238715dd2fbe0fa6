import { DEBUNK, REPORTED } from '../cues.js';
import { phraseAndPairCheck } from '../phrases.js';
import type { PairRule, PhraseRule } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';
import { MYTH_KINDS } from './myths.js';

/**
 * States a common mental-health myth as fact. Debunking it ("it's a myth that asking about
 * suicide plants the idea") names the myth too, so a debunking cue in the sentence cancels; so do
 * reported speech ("your mum said they'd turn you into a zombie"), a question and a negator.
 * The most common myths are recognised by kind (`myths.ts`); these are fixed phrasings of others.
 */
const MYTH = compileLexicon('misinformation.myth', {
  en: [
    '(asking|talking) (someone |people |them )?about suicide (can |will |might |may |could )?(put|puts|plant|plants|give|gives|encourage|encourages|increase|increases) (the idea|ideas|them the idea|the risk|it)',
    "(people|those) who talk about (suicide|killing themselves) (don't|do not|won't|will not|rarely|never) (actually |really |usually )?(do it|act on it|go through with it|mean it)",
    '(depression|anxiety|mental illness|it) (is|are) (just |only |really )?(a (sign of )?weakness|a choice|laziness|a lack of willpower|not a real illness|attention-seeking|a character flaw)',
    '(antidepressants|psychiatric medications?) (are|is) (highly |very )?(addictive|a crutch|just a placebo|happy pills)',
    'antidepressants (change|alter) your personality',
    "you (can't|cannot|will never|won't ever) recover from (depression|schizophrenia|bipolar|an eating disorder|PTSD|mental illness)",
    '(mental illness|schizophrenia|psychosis|people with mental illness) (makes? people|means people are|are|is) (violent|dangerous)',
    'schizophrenia (means|is) (having )?(a )?(split|multiple|dual) personalit(y|ies)',
    '(suicide|suicides) (always )?(happens?|occurs?) (suddenly )?without (any )?warning',
    '(OCD|ocd) is (just |only )?(about )?(being )?(tidy|neat|clean|a quirk|a personality trait|liking things)',
    'eating disorders (are|only affect) (only )?(about vanity|a choice|teenage girls|women|thin people)',
    '(self-harm|cutting) is (just |only |always )?(attention[-\\s]seeking|for attention|a suicide attempt)',
    'once suicidal,? always suicidal',
    "(real )?(men|boys) (don't|do not) get (depressed|depression|anxious)",
    'PTSD only (affects|happens to) (soldiers|veterans)',
    '(alcohol|a drink|drinking|weed|cannabis) (helps|will help|is good for|can cure|cures) (with )?(depression|anxiety|sleep|panic)',
    "(therapy|talking) (doesn't|does not|won't|never) (work|help) for (people like you|men|anyone)",
    "(children|kids|teenagers|teens) (can't|cannot|don't) (get|have) (depression|depressed|mental illness)",
    '(suicide|killing yourself|taking your own life) is (a |an )?(selfish|cowardly|coward.s way out|the coward.s way|easy way out|sin)',
    'bipolar( disorder)? is (just |only |really )?(mood swings|being moody|a mood)',
    "(ADHD|ADD) (isn't|is not|is just|is only|is really) (real|bad parenting|an excuse|laziness|a made-up|made up|something kids grow out of)",
    '(ADHD|ADD) (only )?(affects|happens to) (children|kids|boys)',
    '(depression|anxiety) is (just |only |really )?(being sad|sadness|feeling sad|feeling down|being worried|in your head|all in your head|normal stress)',
    "(anxiety|depression|mental illness) (isn't|is not|aren't|are not) (a )?real (illness|condition|disease|problem)",
    'you (just|only|simply) need to (think positive(ly)?|snap out of it|cheer up|try harder|pull yourself together|get over it)',
    '(you can|people can) (just )?(choose|decide) to (be happy|stop being depressed|not be anxious)',
    "you (can't|cannot|couldn't) be depressed (if|when|with) (you have|you've got|such) a good",
    'you can tell (if|whether|when) someone has an eating disorder (by|from) (looking|their (weight|size|body))',
    'you (have to|need to|must) be (underweight|very thin|skinny) to have an eating disorder',
    '(therapy|counselling|counseling|psychiatry|seeing a psychologist) is (only )?for (crazy|weak|mad|broken) people',
    '(only )?(weak|crazy) people (need|go to|see) (therapy|a therapist|counselling|a psychologist)',
    '(vaccines|vaccinations|the MMR) (cause|causes|caused) autism',
    '(schizophrenia|autism) is caused by (bad|cold|poor) (parenting|mothers|mothering)',
    "if (you|someone|they) (were|was) really suicidal,? (you|they|he|she) (wouldn't|would not) (talk|tell|say)",
    '(talking|talking about it|opening up) (only )?makes (it|things|depression|trauma) worse',
    "(once you have|once you've had) (depression|anxiety|a mental illness),? you('ll| will) (always|never stop|have it forever)",
    "you('ll| will) (have to|need to) (be|stay) on (medication|antidepressants|meds) (forever|for life|for the rest of your life)",
    '(antidepressants|medication|pills) (will )?(fix|cure|solve) (everything|depression|it) (on their own|by themselves|alone)',
    '(mental illness|mental health problems) (is|are) (rare|uncommon)',
    'suicides? (rates? )?(peaks?|is highest|are highest|spikes?) (at|over|during|around) (Christmas|the holidays)',
    'you (have to|need to|must) hit rock bottom (before|to)',
  ],
  es: [
    '(preguntar|hablar) (sobre|por|del|de) (el )?suicidio (puede |va a )?(dar|da|meter|mete|provocar|provoca) (la idea|ideas|el riesgo)',
    'la depresión es (solo |sólo )?(una )?(debilidad|cuestión de voluntad|elección|flojera|falta de voluntad|pereza|falta de fe)',
    'los antidepresivos (son adictivos|crean adicción|te cambian la personalidad|cambian tu personalidad)',
    'quien (lo )?dice,? no lo hace',
    'las autolesiones son (solo |sólo )?para llamar la atención',
    'el TOC es (solo |sólo )?(ser ordenad[oa]|una manía)',
    'la esquizofrenia es (una )?(doble|múltiple) personalidad',
    '(los hombres|los niños) no (se deprimen|tienen depresión)',
    'el alcohol (ayuda|te ayuda) (con|contra|a) (la depresión|la ansiedad|dormir)',
    'el suicidio es (un acto )?(egoísta|de cobardes|cobardía)',
    'el (TDAH|trastorno bipolar) (no existe|es un invento|es solo (mala educación|cambios de humor))',
    'la terapia es (solo )?(para locos|de locos|para débiles)',
    'las vacunas (causan|provocan) autismo',
    '(solo )?(tienes que|necesitas|hay que) (pensar en positivo|echarle ganas|poner de tu parte)',
  ],
  fr: [
    "(parler|demander) (du|de|au sujet du) suicide (peut )?(donne|donner|met|mettre|provoque|provoquer) (l'idée|des idées)",
    "la dépression (c'est|est) (juste |seulement )?(une |un |de la )?(faiblesse|choix|paresse|manque de volonté)",
    'les antidépresseurs (rendent dépendants?|sont addictifs|changent (ta|la) personnalité|créent une dépendance)',
    'ceux qui en parlent ne le font pas',
    "l'automutilation (c'est|est) (juste |seulement )?pour attirer l'attention",
    "la schizophrénie (c'est|est) (un )?dédoublement de (la )?personnalité",
    'les hommes ne (font|sont) pas (de )?dépression',
    "l'alcool (aide|t'aide) (contre|pour|à) (la dépression|l'anxiété|dormir)",
    "le suicide (c'est|est) (un acte )?(égoïste|lâche|une lâcheté)",
    "le (TDAH|trouble bipolaire) (n'existe pas|est une invention|c'est juste des sautes d'humeur)",
    "la (thérapie|psychothérapie) (c'est|est) (pour les fous|pour les faibles)",
    'les vaccins (causent|provoquent) (l.autisme)',
    'il (te )?suffit de (penser positif|te secouer|faire un effort)',
  ],
  de: [
    'über (Suizid|Selbstmord) (zu )?(sprechen|reden|fragen) (bringt|kann) (jemanden |Menschen )?(erst )?(auf (die )?Idee|auf Ideen)',
    'Depression ist (nur |bloß )?(eine )?(Schwäche|Willenssache|Faulheit|Einbildung|Charakterschwäche)',
    'Antidepressiva (machen (abhängig|süchtig)|verändern (deine|die) Persönlichkeit)',
    'wer darüber (redet|spricht),? (tut|macht) es nicht',
    'Selbstverletzung ist (nur |bloß )?(ein )?(Ruf nach Aufmerksamkeit|um Aufmerksamkeit|Aufmerksamkeitssuche)',
    'Schizophrenie (ist|bedeutet) (eine )?gespaltene Persönlichkeit',
    'Männer (bekommen|haben) keine Depression(en)?',
    'Alkohol hilft (gegen|bei) (Depression|Angst|Schlafproblemen)',
    '(Suizid|Selbstmord) ist (egoistisch|feige)',
    '(ADHS|die bipolare Störung) (gibt es nicht|ist eine Erfindung|ist nur Launenhaftigkeit)',
    'Therapie ist (nur )?(was |etwas )?für (Verrückte|Schwache)',
    'Impfungen (verursachen|lösen) Autismus( aus)?',
    'du musst (einfach|nur) positiv denken',
  ],
  pt: [
    '(falar|perguntar) (sobre|de) suicídio (pode )?(dar|dá|colocar|coloca|provocar|provoca) (a ideia|ideias)',
    'depressão é (só |apenas )?(uma )?(fraqueza|frescura|preguiça|falta de fé|escolha|falta de vontade)',
    'antidepressivos (viciam|causam dependência|mudam (a sua|sua|a tua) personalidade)',
    'quem (fala|avisa),? não (faz|se mata)',
    'automutilação é (só |apenas )?para chamar (a )?atenção',
    'esquizofrenia é (uma )?(dupla|múltipla) personalidade',
    '(homens|homem) não (ficam|fica) deprimidos?',
    'o álcool ajuda (com|contra|a) (a depressão|a ansiedade|dormir)',
    'o suicídio é (um ato )?(egoísta|covarde|de covardes)',
    '(o )?(TDAH|transtorno bipolar) (não existe|é invenção|é só (falta de educação|mudança de humor))',
    'terapia é (coisa )?(de|para) (louco|loucos|fracos)',
    'vacinas (causam|provocam) autismo',
    '(você )?(só )?precisa (pensar positivo|ter força de vontade)',
  ],
  it: [
    "parlare (di|del) suicidio (può )?(mette|mettere|dà|dare|fa venire) (l'idea|idee)",
    'la depressione è (solo |soltanto )?(una )?(debolezza|scelta|pigrizia|mancanza di volontà)',
    'gli antidepressivi (danno dipendenza|creano dipendenza|cambiano la (tua )?personalità)',
    'chi ne parla non lo fa',
    "l'autolesionismo è (solo |soltanto )?per attirare l'attenzione",
    'la schizofrenia è (una )?(doppia|multipla) personalità',
    'gli uomini non (si deprimono|soffrono di depressione)',
    "l'alcol aiuta (con|contro|a) (la depressione|l'ansia|dormire)",
    'il suicidio è (un gesto )?(egoista|da codardi|vigliacco)',
    "(l')?(ADHD|disturbo bipolare) (non esiste|è un'invenzione|sono solo sbalzi d'umore)",
    'la terapia è (solo )?per (i matti|i pazzi|i deboli)',
    'i vaccini (causano|provocano) (l.)?autismo',
    '(ti )?basta pensare positivo',
  ],
});

const CANCELS = {
  unlessInSentence: [DEBUNK],
  unlessBefore: [REPORTED],
  mood: 'statement',
} as const;

const PHRASE_RULES: readonly PhraseRule[] = [{ lexicon: MYTH, ...CANCELS }];
const KIND_RULES: readonly PairRule[] = MYTH_KINDS.map((kind) => ({ ...kind, ...CANCELS }));

export const misinformation = phraseAndPairCheck('misinformation', PHRASE_RULES, KIND_RULES);
