import { DEBUNK, REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * States a common mental-health myth as fact. Debunking it ("it's a myth that asking about
 * suicide plants the idea") names the myth too, so a debunking cue in the sentence cancels.
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
  ],
});

export const misinformation = phraseCheck('misinformation', [
  { lexicon: MYTH, unlessInSentence: [DEBUNK], unlessBefore: [REPORTED], mood: 'statement' },
]);
