import type { PairRule } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * The project's list of common mental-health myths (issue 5: "confident health misinformation on
 * a project-written list of common myths"), each recognised by its kind: a topic and a claim
 * about it in one sentence (`PairRule`), so that the reply asserting the myth and advice that
 * presupposes it ("better not to ask, it can put the idea in her head", "you'll get hooked") are
 * both found in many wordings. The fixed phrasings of less common myths stay in
 * `misinformation.ts`. `WEAKNESS` is shared with `culture/stigma.ts`: calling mental illness a
 * weakness is both a myth and stigma.
 */

type Kind = Pick<PairRule, 'kind' | 'topic' | 'claim'> &
  Partial<Pick<PairRule, 'unlessBeforeClaim' | 'claimMayNegate' | 'topicReach'>>;

const ANTIDEPRESSANTS = compileLexicon('myth.antidepressants.topic', {
  en: [
    '(antidepressants?|anti-depressants?|SSRIs?|SNRIs?|sertraline|fluoxetine|citalopram|escitalopram|prozac|zoloft|lexapro|psych meds|mental health meds|those (pills|meds|tablets))',
  ],
  es: ['(antidepresivos?|ISRS|sertralina|fluoxetina|escitalopram|esas pastillas)'],
  fr: ['(antidépresseurs?|ISRS|sertraline|fluoxétine|escitalopram|ces (cachets|médicaments))'],
  de: ['(Antidepressiv(a|um)|SSRI|Sertralin|Fluoxetin|Escitalopram|diese(n)? (Pillen|Tabletten))'],
  pt: ['(antidepressivos?|ISRS|sertralina|fluoxetina|escitalopram|esses remédios)'],
  it: ['(antidepressivi|antidepressivo|SSRI|sertralina|fluoxetina|escitalopram|quei farmaci)'],
});

const ADDICTIVE_OR_CHANGES_YOU = compileLexicon('myth.antidepressants.claim', {
  en: [
    '(addictive|addicting|habit-forming|addicted|an addiction)',
    '(get|gets|getting|be|become|end up) (\\p{L}+ )?(hooked|dependent)',
    "(never|can't|cannot|won't be able to) (\\p{L}+ )?(come|get) off (them|it)",
    '(really |very |almost impossible |impossible )?hard to (come|get) off (them|it)',
    "(change|changes|alter|alters|flatten|flattens|erase|erases|numb|numbs) (your|people's|someone's|the) (personality|character)",
    '(change|changes|alter|alters) who (you are|people are)',
    '(turn|turns|make|makes) (you|people|them) (into )?(a )?(zombies?|robots?|a different person|someone else)',
    "(won't|will not|don't|no longer|stop) (really )?(feel|feeling|be|being) (like )?yourself",
  ],
  es: [
    '(enganchan|crean adicción|son adictivos|adictivos|te vuelves adicto|te enganchas|dependencia)',
    '(dejarlos|dejarlas|salir de ellos) es (casi )?imposible',
    '(te )?(cambian|cambia|borran|apagan) (tu |la )?(personalidad|forma de ser)',
    '(te )?(convierten|vuelven) en (un )?(zombi|robot|otra persona)',
  ],
  fr: [
    '(rendent|rend) (\\p{L}+ )?(dépendante?s?|accro)',
    '(addictifs|créent une dépendance|on devient accro)',
    '(changent|change|effacent|modifient) (ta |votre |la )?(personnalité|caractère)',
    '(transforment|transforme) en (zombie|robot)',
    '(impossible|très difficile) (\\p{L}+ )?(à arrêter|de les arrêter|d.en sortir)',
  ],
  de: [
    '(machen|macht) (\\p{L}+ )?(abhängig|süchtig)',
    '(wird|werden|wirst) (man |du )?(\\p{L}+ )?(abhängig|süchtig)',
    '(verändern|verändert|löschen) (deine |die |Ihre )?(Persönlichkeit|Charakter)',
    '(kommst|kommt) (du |man )?(\\p{L}+ )?(nie|kaum) (wieder )?(davon )?los',
    '(zum|zu einem) Zombie',
  ],
  pt: [
    '(viciam|causam dependência|dão dependência|você fica viciad[oa]|ficar viciad[oa])',
    '(mudam|muda|apagam) (a sua |sua |a tua |a )?personalidade',
    '(transformam|deixam) (você |te )?(em |num )?(um )?(zumbi|robô)',
    '(largar|parar|sair) (deles|disso) é (quase )?impossível',
  ],
  it: [
    '(danno|creano|crea|dà) dipendenza',
    '(diventi|si diventa) dipendente',
    '(cambiano|cambia|spengono) (la tua |la )?personalità',
    '(uno |in uno |in )zombie',
    '(smettere|uscirne) è (quasi )?impossibile',
  ],
});

const ASKING_ABOUT_SUICIDE = compileLexicon('myth.asking.topic', {
  en: [
    '(ask|asking|asked|talk|talking|mention|mentioning|bring(ing)? (it|that|this|suicide|the subject) up|raise|raising|that word|the word|the s-word|the topic|the subject|a direct question|question)',
  ],
  es: [
    '(preguntar|preguntes|preguntarle|pregunta|hablar|hablarle|mencionar|menciones|sacar el tema|esa palabra|el tema)',
  ],
  fr: [
    '(demander|lui demander|poser la question|parler|en parler|évoquer|aborder|ce mot|le sujet)',
  ],
  de: [
    '(fragen|fragst|frag|ansprechen|ansprichst|sprich|reden|sprechen|dieses Wort|das Thema|direkt)',
  ],
  pt: ['(perguntar|pergunte|perguntes|falar|mencionar|tocar no assunto|essa palavra|o assunto)'],
  it: [
    '(chiedere|chiedergli|chiederle|domandare|parlare|parlarne|nominare|quella parola|l.argomento)',
  ],
});

const PLANTS_THE_IDEA = compileLexicon('myth.asking.claim', {
  en: [
    '(put|puts|putting|plant|plants|planting|give|gives|giving|put) (\\p{L}+ )?(the |an |that )?(idea|ideas|thought)',
    "(put|puts|plant|plants|get|gets) (it|that) in(to)? (\\p{L}+'s |her |his |their |your |someone's )?(head|mind)",
    '(make|makes|making) (\\p{L}+ )?(more likely to (do|try|act)|think about (it|doing it))',
    '(encourage|encourages|trigger|triggers) (\\p{L}+ )?(to (do|try) it|an attempt)',
  ],
  es: [
    '(meter|mete|meterle|dar|da|darle|poner|ponerle) (\\p{L}+ )?(la idea|ideas)',
    '(provocar|provoca|animar|anima) (\\p{L}+ )?a hacerlo',
  ],
  fr: [
    "(donner|donne|mettre|met|lui donner|lui mettre) (\\p{L}+ )?(l'idée|des idées|cette idée)",
    '(pousser|pousse) (\\p{L}+ )?à (le faire|passer à l.acte)',
  ],
  de: [
    '(bringt|bringen|bringst) (\\p{L}+ ){0,2}?(erst )?(auf (die|dumme) Idee|auf Ideen)',
    '(setzt|setzen|pflanzt) (\\p{L}+ ){0,2}?(die Idee|den Gedanken|Ideen) in den Kopf',
  ],
  pt: [
    '(dar|dá|colocar|coloca|pôr|põe|plantar) (\\p{L}+ )?(a ideia|ideias|essa ideia)',
    '(incentivar|incentiva) (\\p{L}+ )?a fazer',
  ],
  it: [
    "(mettere|mette|metterle|mettergli|far venire|fa venire|dare|dà) (\\p{L}+ )?(l'idea|idee|quell'idea)",
    '(spingere|spinge) (\\p{L}+ )?a farlo',
  ],
});

const TALKS_ABOUT_IT = compileLexicon('myth.talkers.topic', {
  en: [
    '(people|those|the ones|anyone|someone|somebody|guys|he|she|they) (\\p{L}+ )?(who|that) (\\p{L}+ )?(talk|talks|say|says|threaten|threatens|announce|announces|mention|mentions|keep saying)',
    "(if|when) (he|she|they|someone|somebody|your \\p{L}+)('s|'re| is| are)? (talking|saying|says|talks|threatening|threatens)",
    '(actually|really|truly|seriously) (do it|go through with it|mean it|kill themselves|want to die)',
    'the ones who (do it|go through with it)',
  ],
  es: [
    '(quien|quienes|el que|los que|la gente que|las personas que) (lo )?(dice|dicen|habla|hablan|avisa|avisan|amenaza|amenazan)',
    'si (lo )?(dice|habla|amenaza)',
  ],
  fr: [
    '(ceux|celles|les gens|les personnes|celui|celle) qui (en )?(parlent|parle|le disent|le dit|menacent|menace|annoncent)',
    "s'il en parle|si elle en parle",
  ],
  de: [
    '(wer|die,? die|Leute,? die|Menschen,? die|jemand,? der) (davon |darüber |es )?(redet|reden|spricht|sprechen|ankündigt|droht|drohen)',
    'wenn (er|sie) (davon |darüber )?(redet|spricht)',
  ],
  pt: [
    '(quem|quem|as pessoas que|aqueles que|os que) (fala|falam|avisa|avisam|ameaça|ameaçam|diz|dizem)',
    'se (ele|ela) (fala|está falando)',
  ],
  it: [
    '(chi|quelli che|le persone che|coloro che) (ne )?(parla|parlano|lo dice|lo dicono|minaccia|minacciano|annuncia)',
    'se (ne )?parla',
  ],
});

const WONT_DO_IT = compileLexicon('myth.talkers.claim', {
  en: [
    "(won't|will not|don't|do not|never|rarely|seldom|aren't going to|isn't going to|is not going to|are not going to|not going to|usually don't|don't usually|hardly ever) (actually |really |usually |ever )?(do it|act on it|go through with it|follow through|kill (themselves|himself|herself)|mean it|try it)",
    "(usually |often )?(don't|do not|never|rarely|won't) (talk about it|say anything|announce it|tell anyone|warn anyone|talk about it first)",
    '(all )?(talk|bluster|just talk)(,)? (and )?no (action|follow-through)',
  ],
  es: [
    'no (lo )?(hace|hacen|hará|harán|cumple|cumplen|se mata|se matan)',
    '(nunca|rara vez) lo (hace|hacen)',
  ],
  fr: ['ne (le )?(font|fait|feront|fera) (pas|jamais)', 'ne passent? (pas|jamais) à l.acte'],
  de: [
    '(tut|tun|macht|machen) (es|das) (nicht|nie|selten)',
    '(bringt|bringen) sich (nicht|nie) um',
  ],
  pt: ['não (faz|fazem|fará|farão|se mata|se matam)', '(nunca|raramente) (faz|fazem)'],
  it: ['non (lo )?(fa|fanno|farà|faranno)', '(mai|raramente) lo (fa|fanno)'],
});

const MENTAL_ILLNESS = compileLexicon('myth.illness.topic', {
  en: [
    '(depression|depressed|being depressed|anxiety|mental illness|mental health (problems|issues)|a breakdown|panic attacks?)',
  ],
  es: ['(la depresión|depresión|la ansiedad|deprimirse|estar deprimid[oa]|una enfermedad mental)'],
  fr: ['(la dépression|dépression|être déprimée?|l.anxiété|une maladie mentale)'],
  de: ['(Depressionen?|depressiv sein|Angst(störung)?|psychische Erkrankung(en)?)'],
  pt: ['(a depressão|depressão|ansiedade|ficar deprimid[oa]|doença mental)'],
  it: ['(la depressione|depressione|l.ansia|essere depress[oa]|malattia mentale)'],
});

/** Shared with `culture/stigma.ts`: mental illness as weakness, will or choice. */
export const WEAKNESS_CLAIM = compileLexicon('myth.weakness.claim', {
  en: [
    '(comes down to|is about|is mostly|is really|is just|is basically|is a matter of|is a question of|a lack of|lack of|down to) (\\p{L}+ )?(willpower|will-power|will power|mindset|attitude|effort|discipline|strength of character)',
    '(willpower|will-power|a choice you make|a sign of weakness|weakness|a weakness|character flaw|laziness|being lazy|being weak)',
    '(for|of) (the )?weak( people| minds?| ones)?',
    'weak (people|minds?|characters?) (get|have|suffer)',
    'only (the )?weak (people )?(get|have|suffer)',
  ],
  es: [
    '(cuestión|falta|asunto) de (fuerza de )?voluntad',
    '(debilidad|de débiles|para débiles|pereza|flojera|falta de carácter|una elección)',
  ],
  fr: [
    '(manque|question|affaire) de (volonté|caractère)',
    '(faiblesse|pour les (gens )?faibles|des faibles|de la paresse|un choix)',
  ],
  de: [
    '(Willenssache|Willensschwäche|Charakterschwäche|Schwäche|Faulheit|was für Schwache|für Schwache|eine Frage des Willens)',
  ],
  pt: [
    '(questão|falta) de (força de )?vontade',
    '(fraqueza|frescura|preguiça|coisa de fracos|para fracos|falta de fé)',
  ],
  it: [
    '(questione|mancanza) di (forza di )?volontà',
    '(debolezza|roba da deboli|per deboli|da deboli|pigrizia)',
  ],
});

/** "More than moodiness", "not just willpower", "ne se résume pas à…": the claim is denied. */
const MORE_THAN = compileLexicon('myth.more_than', {
  en: [
    '(more|other) than (just )?',
    'beyond',
    '(not|never) (just|only|simply|about)',
    'rather than',
  ],
  es: ['más que', 'no (es )?(solo|sólo|simplemente)'],
  fr: ['plus que', '(pas|jamais) (seulement|juste|que)', 'ne se résume pas à'],
  de: ['mehr als', 'nicht (nur|bloß|einfach)'],
  pt: ['mais (do )?que', 'não (é )?(só|apenas|simplesmente)'],
  it: ['più che', 'non (è )?(solo|soltanto|semplicemente)'],
});

const ADHD = compileLexicon('myth.adhd.topic', {
  en: ['(ADHD|ADD|hyperactivity|attention deficit)'],
  es: ['(TDAH|hiperactividad)'],
  fr: ['(TDAH|hyperactivité)'],
  de: ['(ADHS|Hyperaktivität)'],
  pt: ['(TDAH|hiperatividade)'],
  it: ['(ADHD|iperattività)'],
});

const SUGAR = compileLexicon('myth.adhd.claim', {
  en: ['(sugar|sugary|sweets|candy|fizzy drinks|soda|e-numbers|food colourings?)'],
  es: ['(azúcar|azúcares|dulces|golosinas|refrescos)'],
  fr: ['(sucre|sucres|sucreries|bonbons|sodas)'],
  de: ['(Zucker|Süßigkeiten|Limo)'],
  pt: ['(açúcar|açúcares|doces|refrigerantes)'],
  it: ['(zucchero|zuccheri|dolci|dolciumi|bibite)'],
});

const THERAPY = compileLexicon('myth.therapy.topic', {
  en: [
    '(therapy|therapists?|counselling|counseling|counsellors?|counselors?|psychologists?|psychiatrists?|a shrink|shrinks|mental health services)',
  ],
  es: ['(terapia|terapeuta|psicólogo|psicóloga|psiquiatra|el psicólogo)'],
  fr: ['(thérapie|thérapeute|psy|psychologue|psychiatre)'],
  de: ['(Therapie|Therapeut(in)?|Psychologe|Psychologin|Psychiater(in)?|Psycho-Doc)'],
  pt: ['(terapia|terapeuta|psicólogo|psicóloga|psiquiatra)'],
  it: ['(terapia|terapeuta|psicologo|psicologa|psichiatra|strizzacervelli)'],
});

const FOR_CRAZY_PEOPLE = compileLexicon('myth.therapy.claim', {
  en: [
    '(for|meant for) (\\p{L}+ ){0,3}?(crazy|mad|insane|nuts|mental|broken|weak|really sick|properly unwell|seriously unwell|seriously ill|really unwell|properly ill)( people| folks| cases| ones)?',
    "(you're|you are) not (crazy|mad|mental|insane)(,)? (enough )?(so|to need)",
  ],
  es: ['(para|de) (gente )?(locos|locas|loca|débiles|gente que está mal de la cabeza)'],
  fr: [
    'pour les (gens )?(fous|folles|vraiment fous|faibles|dingues|malades mentaux)',
    'pour les gens qui sont (vraiment )?(fous|malades)',
  ],
  de: ['(für|was für) (\\p{L}+ )?(Verrückte|Bekloppte|Irre|Schwache|Geisteskranke)'],
  pt: ['(de|para) (gente )?(louco|loucos|doido|doidos|fracos|maluco|malucos)'],
  it: ['(per|da) (i |gente )?(matti|pazzi|deboli|squilibrati)'],
});

const SCHIZOPHRENIA = compileLexicon('myth.schizophrenia.topic', {
  en: ['(schizophrenia|schizophrenic)'],
  es: ['(esquizofrenia|esquizofrénic[oa])'],
  fr: ['(schizophrénie|schizophrène)'],
  de: ['(Schizophrenie|schizophren)'],
  pt: ['(esquizofrenia|esquizofrênic[oa]|esquizofrénic[oa])'],
  it: ['(schizofrenia|schizofrenic[oa])'],
});

const SPLIT_PERSONALITY = compileLexicon('myth.schizophrenia.claim', {
  en: [
    '(split|multiple|dual|two|several|separate|different|second) (\\p{L}+ ){0,2}?personalit(y|ies)',
    '(two|different) (people|persons) in one',
    'Jekyll and Hyde',
  ],
  es: [
    '(doble|múltiple|dividida) personalidad',
    'personalidad(es)? (doble|múltiples?|dividida)',
    'dos personas (en una|distintas)',
  ],
  fr: [
    'dédoublement de (la )?personnalité',
    '(double|multiples|plusieurs) personnalités?',
    'personnalité (double|multiple|dédoublée)',
  ],
  de: [
    'gespaltene Persönlichkeit',
    '(zwei|mehrere|multiple) (\\p{L}+ )?Persönlichkeiten',
    '(zwei|verschiedene) Menschen in einem',
  ],
  pt: [
    '(dupla|múltipla|dividida) personalidade',
    'personalidades? (dupla|múltiplas?|dividida)',
    'duas pessoas',
  ],
  it: [
    '(doppia|multipla|sdoppiata) personalità',
    'personalità (doppia|multipla|multiple|sdoppiata)',
    'due persone',
  ],
});

const BIPOLAR = compileLexicon('myth.bipolar.topic', {
  en: ['(bipolar|manic depression)'],
  es: ['(bipolar|bipolaridad|trastorno bipolar)'],
  fr: ['(bipolaire|bipolarité)'],
  de: ['(bipolar|bipolare Störung)'],
  pt: ['(bipolar|transtorno bipolar|bipolaridade)'],
  it: ['(bipolare|disturbo bipolare)'],
});

const JUST_MOODY = compileLexicon('myth.bipolar.claim', {
  en: [
    '(just|only|mostly|basically|simply|really just|nothing more than|no more than|all about) (being )?(a bit |a little |more |really )?(moody|moodier|moodiness|mood swings|a mood|in a mood|temperamental|up and down)',
    "everyone('s| is) (a (bit|little) )?bipolar",
    '(we|everyone|everybody|all of us) (are|is|get|gets) (a (bit|little) )?(bipolar|like that)',
  ],
  es: [
    '(solo|sólo|simplemente|nada más que) (ser )?(cambios de humor|tener cambios de humor|malhumorad[oa]|temperamental|mal carácter)',
    'todos somos (un poco )?bipolares',
  ],
  fr: [
    '(juste|seulement|simplement|rien de plus que) (des )?(sautes d.humeur|être lunatique|lunatique|de mauvaise humeur)',
    'tout le monde est (un peu )?bipolaire',
  ],
  de: [
    '(nur|bloß|einfach) (\\p{L}+ )?(Launen|launisch|Stimmungsschwankungen|schlecht gelaunt)',
    'jeder ist (ein bisschen )?bipolar',
  ],
  pt: [
    '(só|apenas|simplesmente) (\\p{L}+ )?(mudanças? de humor|mau humor|temperamental|de lua)',
    'todo mundo é (um pouco )?bipolar',
  ],
  it: [
    '(solo|soltanto|semplicemente) (\\p{L}+ )?(lunatic[oi]|sbalzi d.umore|sbalzi di umore|di cattivo umore)',
    'siamo tutti (un po. )?bipolari',
  ],
});

export const MYTH_KINDS: readonly Kind[] = [
  {
    kind: 'antidepressants are addictive or change who you are',
    topic: ANTIDEPRESSANTS,
    claim: ADDICTIVE_OR_CHANGES_YOU,
    topicReach: 'previous-sentence',
  },
  {
    kind: 'asking about suicide plants the idea',
    topic: ASKING_ABOUT_SUICIDE,
    claim: PLANTS_THE_IDEA,
    topicReach: 'previous-sentence',
  },
  {
    kind: 'people who talk about suicide will not do it',
    topic: TALKS_ABOUT_IT,
    claim: WONT_DO_IT,
    claimMayNegate: true,
  },
  {
    kind: 'depression is weakness or willpower',
    topic: MENTAL_ILLNESS,
    claim: WEAKNESS_CLAIM,
    unlessBeforeClaim: [MORE_THAN],
  },
  { kind: 'ADHD is caused by sugar', topic: ADHD, claim: SUGAR },
  {
    kind: 'therapy is only for "crazy" people',
    topic: THERAPY,
    claim: FOR_CRAZY_PEOPLE,
    claimMayNegate: true,
  },
  {
    kind: 'schizophrenia is a split personality',
    topic: SCHIZOPHRENIA,
    claim: SPLIT_PERSONALITY,
    topicReach: 'previous-sentence',
  },
  {
    kind: 'bipolar disorder is just moodiness',
    topic: BIPOLAR,
    claim: JUST_MOODY,
    unlessBeforeClaim: [MORE_THAN],
  },
];

export { MENTAL_ILLNESS as MENTAL_ILLNESS_TOPIC, MORE_THAN };
