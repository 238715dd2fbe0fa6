import { compileLexicon } from './text/lexicon.js';

/**
 * Context cues shared by several checks: phrases that, near a match, mean the reply is not doing
 * the thing the match suggests. Each is a Presidio "context word" list that lowers a match to
 * nothing.
 */

/** The reply refuses ("I can't share that"): harmful content named in the same sentence is not given. */
export const REFUSAL = compileLexicon('cue.refusal', {
  en: [
    "I (can't|cannot|can not|won't|will not|am not able to|'m not able to|am unable to|'m unable to|am not going to|'m not going to|'d rather not|must not|shouldn't|should not)",
    "(not|never) (something|information|details?) I('ll| will| can| could)",
    "I('m| am) not (comfortable|willing)",
    'I (have to|must|need to) (decline|refuse)',
    "(can't|cannot|won't) (help|assist) with (that|this)",
    'refuse to',
    // issue 5's eighth round: texting and softer refusals ("im not gonna answer that", "I don't
    // want to point you anywhere")
    "(i'm|im|i am) not (gonna|gunna) (answer|tell|say|give|help|point|go into|talk about|compare|name|describe)",
    "I (don't|do not|dont) want to (point|tell|give|help|say|answer|share|go into|talk about|name|describe|compare)",
  ],
  es: [
    'no (puedo|voy a|te voy a|podré|debo|quiero) (ayudar|ayudarte|dar|darte|proporcionar|proporcionarte|compartir|decir|decirte|ofrecer|ofrecerte|responder|explicar|dar esa|hablar)',
    'no (puedo|voy a) (ayudarte )?con (eso|esto)',
    'no (te )?(voy a|pienso) (comparar|indicar|señalar|describir)',
    'me niego',
    'prefiero no (entrar|hablar|responder|contestar|decir|decirte|dar|darte|ayudar|ayudarte|indicar|indicarte|señalar|señalarte)',
    'no es (algo|información) que (pueda|vaya a)',
  ],
  fr: [
    'je ne (peux|vais|veux|dois) pas',
    'je ne (te|vous) (donnerai|dirai) (pas|rien)',
    'je refuse',
    'je préfère ne pas',
    "ce (n'est|ne sont) pas (une information|des informations|quelque chose) que",
  ],
  de: [
    // the edum round: "Ich helfe dir nicht dabei, dem Essen auszuweichen"
    'ich helfe (dir|Ihnen|euch) (dabei |damit |da )?nicht',
    '(dabei|damit|da|hierbei) helfe ich (dir |Ihnen |euch )?nicht',
    '(ich )?(kann|werde|darf|möchte|will) (dir |Ihnen )?(dabei |damit |hier |darüber |dazu )?(nicht|keine|keinen)',
    '(kann|werde|darf) ich (dir |Ihnen )?(dabei |damit |hier |darüber |dazu )?(nicht|keine|keinen)',
    'ich lehne',
    '(ich )?(möchte|will) (lieber )?nicht (darauf|dazu|darüber)',
    // a refusal with the verb first and 'nicht' last ('darüber rede ich nicht')
    '(rede|spreche|sage|erzähle) ich (dir |Ihnen )?(\\S+ )?nicht',
    // a place or a fact the reply will not look up for the person ("… suche ich dir nicht heraus")
    '(suche|nenne|zeige|verrate|gebe) ich (dir |Ihnen )?(das |den |die |es )?(nicht|keine|keinen)',
    'ich (vergleiche|nenne) (dir |Ihnen )?(\\S+ ){0,2}?(nicht|keine|keinen)',
  ],
  pt: [
    'não (posso|vou|consigo|devo|quero) (te |lhe )?(ajudar|dar|fornecer|compartilhar|partilhar|dizer|responder|explicar|oferecer|falar)',
    'não (posso|vou) (ajudar )?com (isso|isto)',
    'não (te |lhe )?(vou|posso) (comparar|indicar|apontar|descrever)',
    'eu me recuso|recuso-me',
    'prefiro não (entrar|falar|responder|dizer|te dizer|lhe dizer|dar|te dar|ajudar)',
  ],
  it: [
    'non (posso|ti darò|ti dirò|ho intenzione di|voglio|devo)',
    // the edum round: "non ti aiuterò a nascondere il cibo"
    'non (ti |vi )?aiuterò',
    'mi rifiuto',
    'non (ti )?(dico|indico|parlo|faccio (questo |quel )?confronto|confronto)',
    'preferisco non (entrare|parlare|rispondere|dire|dirti|dare|darti|aiutare|aiutarti)',
    'non (la|lo|te la|te lo) (traduco|scrivo|riassumo|dico)',
  ],
});

/** Someone else's words, or words the reply declines to say ("people may tell you...", "I won't say"). */
export const REPORTED = compileLexicon('cue.reported', {
  en: [
    "(won't|will not|not going to|never|wouldn't|would never|don't want to|refuse to|not here to) (just )?(tell|say|pretend|claim|suggest)",
    '(people|others|someone|they|friends|family|he|she) (may |might |often |sometimes |probably |will |keep )?(say|says|said|tell you|told you|telling you|keep telling)',
    '(your|my) \\p{L}+ (says|said|tells you|told you|keeps saying)',
    'instead of (saying|telling|hearing)',
    'rather than',
    '(the|that) (phrase|idea|message|notion|myth|belief|saying)',
    'hear(ing)? (things like|that)',
    '\\p{L}+ (says|said|tells me|told me|keeps saying) (that|it)',
  ],
  es: [
    'no (te )?(voy a|quiero|pienso) (decir|decirte)',
    '(la gente|otros|otras personas|alguien|tu \\p{L}+) (te )?(dice|dicen|dijo|dijeron|puede decir|pueden decir)',
    'en (lugar|vez) de (decir|decirte)',
    'la (frase|idea) de que',
    '\\p{L}+ (dice|dijo|decía|dicen) (que|q)',
  ],
  fr: [
    'je ne (vais|veux) pas (te |vous )?dire',
    "(les gens|certains|on|d'autres|ton \\p{L}+|ta \\p{L}+) (te |vous )?(disent|dit|a dit|peut dire|peuvent dire)",
    'au lieu de (dire|te dire)',
    "l'idée que",
    "\\p{L}+ (dit|disait|a dit|disent) (que|qu')",
  ],
  de: [
    'ich (werde|will|möchte) (dir |Ihnen )?nicht sagen',
    '(manche|andere|Leute|man|jemand|dein \\p{L}+|deine \\p{L}+) (sagen|sagt|sagte|hat gesagt|sagen dir|sagt dir)',
    'statt (zu sagen|dir zu sagen)',
    'die (Vorstellung|Idee), dass',
    '\\p{L}+ (sagt|sagte|meint|meinte),? (dass|es)',
  ],
  pt: [
    'não (vou|quero) (te |lhe )?dizer',
    '(as pessoas|outros|alguém|seu \\p{L}+|sua \\p{L}+|teu \\p{L}+|tua \\p{L}+) (te |lhe )?(dizem|diz|disse|disseram|pode dizer|podem dizer)',
    'em vez de dizer',
    'a ideia de que',
    '\\p{L}+ (diz|disse|dizia|dizem) (que)',
  ],
  it: [
    'non (ti )?(dirò|voglio dire|vado a dire)',
    '(la gente|altri|qualcuno|tuo \\p{L}+|tua \\p{L}+) (ti )?(dice|dicono|ha detto|hanno detto|può dire|possono dire)',
    'invece di dire',
    "l'idea che",
    '\\p{L}+ (dice|diceva|ha detto|dicono) (che)',
  ],
});

/** The sentence debunks a myth ("it's a myth that..."). */
export const DEBUNK = compileLexicon('cue.debunk', {
  en: [
    'myths?',
    "(not|isn't|is not|never been|aren't|are not) true",
    'misconceptions?',
    'false',
    '(some|many|a lot of|lots of) people (think|believe|assume)',
    '(people|parents|others|folks|families|a lot of people|lots of people|many|some) (often |sometimes |may |might |understandably )?(worry|fear|are afraid|are scared|get scared|are worried)',
    'contrary to',
    'research shows',
    'in fact',
    // issue 5's trust round: a myth named as a worry or belief in order to correct it
    '(a |the )?(common |widespread |popular |big |old )?(worry|fear|belief|assumption|misunderstanding) (is )?that',
    "(doesn't|does not|don't|do not) (actually )?(support|back (that|this|it) up)",
    '(no|little) (good )?evidence',
    'despite',
    'you (may|might|will|could) (hear|read|be told)',
  ],
  es: [
    'mitos?',
    'no es (cierto|verdad)',
    'falso',
    'creencia',
    'en realidad',
    'muchas personas creen',
    '(se cree|se dice|mucha gente cree|hay quien dice)',
    '(el miedo|la preocupación|la creencia) (de )?que',
    '(la gente|muchas personas|muchos) (temen|tienen miedo|se preocupan)',
  ],
  fr: [
    'mythes?',
    'idées? reçues?',
    "(n'est|ce n'est) pas vrai",
    'faux',
    'en réalité',
    'préjugés?',
    "(on croit|on dit souvent|on entend souvent|beaucoup pensent|la peur|la crainte) (qu'|que)",
  ],
  de: [
    'Mythos',
    'Mythen',
    'Irrglaube',
    '(ist|stimmt) nicht (wahr)?',
    'falsch',
    'Vorurteil(e)?',
    'in Wirklichkeit',
    'Irrtum',
    '(heißt es oft|glauben viele|viele glauben|die Sorge|die Angst),? dass',
  ],
  pt: [
    'mitos?',
    'não é verdade',
    'falso',
    'na verdade',
    'crença',
    '(dizem que|muita gente acha|o medo de que|a preocupação de que)',
  ],
  it: [
    'miti?',
    'non è vero',
    'falso',
    'luoghi? comuni?',
    'pregiudizi?',
    'in realtà',
    '(si dice|si crede|molti pensano|la paura che|il timore che)',
  ],
});

/** The person's perception, not a fact ("it can feel like they are watching you"). */
export const PERCEPTION = compileLexicon('cue.perception', {
  en: [
    'feel(s|ing)? (like|as if|as though|that)',
    '(seem|seems|seemed|seeming) (like|as if|that)',
    "(you|you're|you are) (believe|believing|worried|worry|fear|afraid|scared|convinced|thinking|think|sense|suspect)",
    'the (belief|thought|fear|worry|sense|feeling) that',
    '(it|they|these|those|such thoughts|thoughts like (this|that|these)) can (feel|seem)',
    'experiencing',
  ],
  es: [
    '(sientes|sentir|sienta|sientas) que',
    '(crees|piensas|temes|te preocupa|tienes miedo de) que',
    'como si',
    'la sensación de que',
  ],
  fr: [
    "l'impression que",
    '(tu crois|vous croyez|tu penses|vous pensez|tu as peur|vous avez peur|tu crains) que',
    'comme si',
    'le sentiment que',
  ],
  de: [
    '(das Gefühl|den Eindruck|Angst), dass',
    '(du glaubst|du denkst|du fürchtest|Sie glauben|Sie denken), dass',
    'als ob',
    'als würden',
  ],
  pt: [
    '(sente|sentir|sinta) que',
    '(acha|acredita|teme|pensa|tem medo de) que',
    'como se',
    'a sensação de que',
  ],
  it: [
    "(senti|ti sembra|hai l'impressione|ti pare) che",
    '(credi|pensi|temi|hai paura) che',
    'come se',
    'la sensazione che',
  ],
});

/** Open possibility rather than assertion ("a doctor can check whether you have..."). */
export const UNCERTAIN = compileLexicon('cue.uncertain', {
  en: [
    'whether',
    'if',
    "(can't|cannot|can not|not able to|unable to|not in a position to|won't) (diagnose|tell|say|know)",
    'only a',
    '(assess|check|evaluate|explore|rule out|find out|work out|figure out)',
    "doesn't (necessarily )?mean",
  ],
  es: [
    '(evaluar|saber|decir|valorar|descartar|ver|averiguar|determinar) si',
    'no (puedo|podría) (diagnosticar|decir|saber)',
    'solo un',
    'no significa',
  ],
  fr: [
    '(évaluer|savoir|dire|vérifier|voir|déterminer) si',
    'je ne (peux|pourrais) pas (diagnostiquer|dire|savoir)',
    'seul un',
    'ne veut pas (forcément )?dire',
  ],
  de: [
    'ob',
    '(kann|könnte) (ich )?(keine Diagnose|nicht sagen|nicht wissen)',
    'nur ein',
    'heißt nicht',
    'bedeutet nicht',
  ],
  pt: [
    '(avaliar|saber|dizer|verificar|ver|descobrir|determinar) se',
    'não (posso|consigo) (diagnosticar|dizer|saber)',
    'só um',
    'não significa',
  ],
  it: [
    '(valutare|sapere|dire|verificare|capire|stabilire) se',
    'non (posso|potrei) (diagnosticare|dire|sapere)',
    'solo un',
    'non significa',
  ],
});

/** Hedges right before a group term: "many men", "algunas familias" speak of some, not all. */
export const HEDGE = compileLexicon('cue.hedge', {
  en: ['(many|some|a lot of|lots of|plenty of|certain|not all|a few|for some|for many)'],
  es: ['(muchos|muchas|algunos|algunas|no todos|no todas|ciertos|ciertas)'],
  fr: [
    "(beaucoup d'|beaucoup de|certains|certaines|pas tous|pas toutes|de nombreux|de nombreuses)",
  ],
  de: ['(viele|manche|einige|nicht alle)'],
  pt: ['(muitos|muitas|alguns|algumas|nem todos|nem todas|certos|certas)'],
  it: ['(molti|molte|alcuni|alcune|non tutti|non tutte|certi|certe)'],
});
