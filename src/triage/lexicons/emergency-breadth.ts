/**
 * Breadth for overdoses and attempts told plainly (issue 3), by class of sign like
 * `crisis-breadth.ts`: medication overdone with the body reacting (sick, ears ringing), a person's
 * whole store of medicine swallowed, "took everything" or "the lot" with danger signs, the same
 * after distress as an attempt, asking that nobody be called or wanting it all to stop (distress
 * that makes such a cue an attempt), bleeding that will not stop, and someone else collapsed after
 * taking something. Each class gives its everyday wording in the six languages; `index.ts`
 * appends them.
 *
 * The in-progress round (`triage@22`) adds attempts already under way told obliquely: an act said
 * done ("already did it", "c'est fait") and its effect on the body now ("getting sleepy", "je
 * sens plus mes mains"), two halves that count together (`halfSign`, `bodily`); medicine with
 * alcohol on purpose; bleeding not wanted stopped; "the letters" written; and someone else's act
 * done while they are down or silent.
 *
 * Patterns follow the lexicon rule (types.ts): a medicine is named only by its class, never an
 * amount, a dose or an instruction. Wording with an everyday reading ("took the lot") needs
 * distress (`needs`).
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, DANGER, type RuleClass } from './categories-breadth.js';
import { anyOf, type RuleSpec } from './types.js';

/** Medicines as a person names them, by class (no substance that is only recreational). */
const MEDS: Record<ScopeLanguage, string> = {
  en: '(pills|tablets|tabs|meds|medication|painkillers|paracetamol|sleeping tabs|sleeping tablets|sleeping pills|antidepressants|capsules|prescription)',
  es: '(pastillas|pastis|calmantes|analgesicos|pastillas para dormir|somniferos|medicamentos|medicinas|antidepresivos|paracetamol|ibuprofenos)',
  fr: '(cachets|comprimes|antidouleurs|somniferes|medocs|medicaments|doliprane|anxiolytiques|antidepresseurs)',
  de: '(tabletten|schmerztabletten|schlaftabletten|pillen|medikamente|ibuprofen|paracetamol|antidepressiva)',
  pt: '(remedios|remedio|comprimidos|analgesicos|calmantes|remedios pra dormir|remedio pra dormir|antidepressivos|dipirona)',
  it: '(pastiglie|pillole|antidolorifici|sonniferi|compresse|farmaci|medicine|tachipirine|antidepressivi)',
};

/** Too much of a medicine: overdone, too many, more than one should. */
const OVERDONE: Record<ScopeLanguage, string> = {
  en: '(overdid it|overdone it|went overboard|too many|too much|doubled up)',
  es: '(me pase con|me he pasado con|demasiad*|de mas|exagere con)',
  fr: '(abuse des|abuse de|abuse du|trop de|force sur)',
  de: '(zu viele|zu viel|uberdosiert)',
  pt: '(exagerei nos|exagerei nas|exagerei no|exagerei na|exagerei com|demais|muitos|muitas)',
  it: '(esagerato con|troppe|troppi|troppo)',
};

/** The body reacting to too much medicine: being sick, ears ringing, not staying awake. */
const REACTION: Record<ScopeLanguage, string> = {
  en: '(being sick|throwing up|threw up|vomiting|puking|ringing|ears are ringing|cant stay awake|can t stay awake|keep nodding off|heart is doing weird|heart doing weird)',
  es: '(vomitando|vomito|no paro de vomitar|zumban los oidos|me zumban|pitan los oidos|no me puedo mantener despiert*|no puedo mantenerme despiert*)',
  fr: '(je vomis|vomi|vomir|oreilles qui sifflent|les oreilles sifflent|oreilles sifflent|je tiens pas eveille*|j arrive pas a rester eveille*)',
  de: '(kotzen|kotze|erbreche|erbrechen|kotzubel|ohren klingeln|klingeln die ohren|ohren pfeifen|kann nicht wach bleiben)',
  pt: '(vomitando|vomitei|nao paro de vomitar|zumbindo|ouvido zumbindo|nao consigo ficar acordad*)',
  it: '(vomitando|vomito|continuo a vomitare|fischiano le orecchie|mi fischiano|non riesco a stare svegli*)',
};

/** "Took everything", "the lot": all of what there was, without naming it. */
const ALL_OF_IT: Record<ScopeLanguage, string> = {
  // English "took" is also the conditional ("if i took all of them would i…", a question about
  // lethality, not an attempt): nothing may follow that asks or says where from.
  en: '(took|taken|swallowed|necked|downed) (the lot|the whole lot|it all|everything|all of them|all of it) !(would|will|at once|in|from|out|off|to|and see|if|when|with|back|home|apart|into|on|for|i|you)',
  es: '(me tome|me he tomado|me trague|me he tragado|tome) (todo|todas|la caja entera|toda la caja|el bote entero)',
  fr: '(j ai|jai) (tout (pris|avale)|pris toute la boite|avale toute la boite)',
  // "alles geschluckt" counts on its own (`medical.took_all_stored`).
  de: '(hab|habe) (vorhin|gerade|grad|eben|schon)? (alles|die ganze packung) (genommen|eingeworfen)',
  pt: '(tomei|engoli) (tudo|a caixa inteira|a cartela inteira|todos)',
  it: '(ho preso|ho ingoiato|mi sono preso|mi sono presa) (tutto|tutta la scatola|la scatola intera|tutte)',
};

/**
 * An act already done, said vaguely in the first person ("already did it", "went through with it",
 * "ya lo hice", "c'est fait", "hab's getan", "já fiz", "l'ho fatto"), or already begun. Alone it
 * has an everyday reading (an exam, a marathon, a resignation), so it counts only beside another
 * sign: the act's effect on the body now (`EFFECT`), a farewell, or suicidal talk.
 */
const DONE_ACT: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(already|finally|just) (did it|done it) !(again|too|as well)',
    '(i)? (did|done) it (like|about|maybe)? (<num>|an|a|half an|twenty|ten|fifteen) (mins|minutes|min|hour|hours|hrs|hr) ago',
    '(i|so i)? (finally|actually)? (went|gone) through with it',
    '(it|it s|its|it has|it is) already (started|begun)',
    '(already|it already) (started|begun) !(to|the|my|a|on|at|with|school|work|uni|class)',
    'i did something (stupid|bad|dumb|really stupid|really bad)',
    'already (took|swallowed|taken|had) (them|the pills|the tablets|my pills|everything)',
    '(took|swallowed|taken) everything (in|from) (the|my) (drawer|cabinet|cupboard|bathroom cabinet|first aid box)',
    '(too late now|its too late now|it s too late now)',
  ],
  es: [
    '(ya)? lo hice !(bien|mal|otra vez|de nuevo|yo)',
    '(ya)? (esta|esta todo) hecho',
    'ya (empece|empezo|comence|comenzo|arranque) !(a|con|el|la|los|las|mi|un|una|de|en|por)',
    '(hice|cometi) una (estupidez|locura|tonteria)',
    'ya es tarde',
  ],
  fr: [
    '(c est|cest|voila c est) fait',
    'je l ai fait !(expres|pour|avec|moi)',
    '(ca|c|ça) a (deja)? commence !(a|par|avec|le|la|les|un|une|en)',
    '(j ai|jai) fait une (connerie|betise)',
    '(c est|cest) trop tard',
  ],
  de: [
    '(habs|hab s|hab es|habe es|ich habs) ~4 (getan|gemacht) !(nicht|wieder)',
    'es ist (erledigt|getan|passiert)',
    '(hat|es hat|hats|hat s) (es)? (schon|bereits) angefangen !(zu|mit)',
    '(hab|habe) (ne|eine) dummheit gemacht',
    '(es ist|ist) zu spat',
  ],
  pt: [
    '(ja fiz|eu ja fiz) !(o|a|os|as|um|uma|isso|tudo|mais|de|com|bem|minha|meu|ontem|hoje|prova)',
    'fiz (ha|faz) (meia hora|uma hora|pouco|um tempinho)',
    '(ta|esta|pronto ta|pronto esta) feito',
    '(ja|na verdade ja) (comecei|comecou) !(a|o|as|os|com|de|na|no|uma|um|em|pelo|pela)',
    'fiz (uma)? (besteira|merda|loucura)',
    '(ja e|e) tarde demais',
  ],
  it: [
    'l ho fatto !(apposta|per|con|io)',
    '(e|ormai e) fatta',
    'e (gia)? (iniziato|cominciato|iniziata|cominciata) !(a|il|la|lo|con|da|in|un|una|per)',
    'ho fatto una (cazzata|stupidata|stronzata)',
    '(e|ormai e) troppo tardi',
  ],
};

/**
 * What an act already done does to the body now, or waiting for it to: drowsiness coming on,
 * numbness, the room or the lights going, feeling far away, "it's kicking in", "waiting for it to
 * work". Each is everyday alone (coffee, a cold, a hangover), so it counts beside a done act, a
 * farewell or suicidal talk; the progressive form ("getting sleepy", "se me está durmiendo")
 * rather than a tired state ("so sleepy after the race").
 */
const EFFECT: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(its|it s|it|the stuff|stuff|theyre|they re|the pills|pills|the tablets|tablets|the meds|meds) (is|are|s|r)? (already|finally)? (starting to)? (kick|kicking) in',
    '(just)? waiting for (it|them|the pills) to (work|kick in|take effect|do (its|their) thing)',
    '(getting|starting to get|going|starting to feel) (really|so|very|kinda|super)? (sleepy|drowsy|numb|floaty|cold|fuzzy|blurry)',
    '(everything|everythings|everything s|lights|the lights|the room|room) (is|are|s)? (getting|going|all)? (kinda|so|really)? (blurry|fuzzy|far away|dark|warm and blurry)',
    '(hands|fingers|legs|arms|face|lips) (are|is|feel|feels)? (all|so|really)? (tingly|tingling|numb)',
    'tongue (feels|is)? (so|really)? heavy',
    '(i)? (feel|feels) (so|really)? far away',
    '(cant|can t) feel my (legs|feet|fingers|hands|arms|face) (properly|anymore)?',
    '(heart|hearts|heart s) (is)? (going crazy|going mad|all over the place|beating weird)',
    '(room|everything) (wont|won t|doesnt|doesn t) stop spinning',
    'my (chest|heart) (hurts|is pounding|is racing|feels tight|is so tight|is going crazy)',
    'stay (on the phone)? (with|w) me (till|until|til) i (fall asleep|pass out|drift off)',
  ],
  es: [
    '(ya)? (esta|estan|me esta|me estan) haciendo efecto',
    '(se me esta|se me) (durmiendo|duerme|adormece|adormeciendo) (todo)? (el cuerpo)?',
    '(me esta|me estoy|me esta dando|me estoy quedando) (entrando)? (mucho)? (sueno|dormid*)',
    'no siento (los dedos|las manos|las piernas|los pies|la cara)',
    '(siento|tengo) el corazon (rarisimo|raro|a mil|como loco)',
    '(todo|lo veo todo) (se ve)? (borroso|lejos)',
    'esperando (a)? que (haga|hagan) efecto',
  ],
  fr: [
    '(ca|ça|ils|les cachets) (commence a|commencent a)? (fait|font|faire) effet',
    'je (commence|commence a) (a)? (m endormir|avoir sommeil|plus sentir)',
    'je (suis)? (tout|toute)? (engourdi|engourdie)',
    'je sens plus (mes mains|mes jambes|mes doigts|mes pieds|mon visage)',
    'tout (est|devient)? (flou|loin)',
    '(la chambre|la piece|tout) (n)? arrete pas de tourner',
  ],
  de: [
    '(es|das zeug|die tabletten) (fangt|fangen)? (an zu)? (wirkt|wirken) (schon)?',
    '(merke|merk|spur|spure) (schon)? wie (ich|es) ~3 (mude|muder|wirkt|anfangt|schwer)',
    '(werde|werd) (immer|so|total)? (mude|muder)',
    '(immer|so|total) (mude|muder) (werde|werd)',
    'alles (fuhlt sich)? (so)? weit weg',
    '(augen fallen|die augen fallen) (mir)? zu',
    '(spur|spure) (meine|die) (hande|beine|finger) nicht (mehr)?',
  ],
  pt: [
    '(ja)? (ta|esta|estao|tao) (fazendo|comecando a fazer|a fazer) efeito',
    '(to|tô|estou) ficando com (muito)? sono',
    '(to|estou) (gelad*|dormente)',
    '(meio)? longe de tudo',
    'nao sinto (as maos|as pernas|os dedos|os pes|o rosto)',
    'lingua (enrolando|pesada)',
    '(o quarto|tudo) (nao para de girar|girando)',
  ],
  it: [
    '(sta|stanno) (facendo|cominciando a fare|iniziando a fare) effetto',
    'mi sta venendo (un)? (sonno|gran sonno)',
    '(ho|sento) (tanto|un)? freddo',
    '(mi sento)? (lontan*) da tutto',
    'non sento piu (le mani|le gambe|le dita|i piedi)',
    '(la stanza|tutto) gira',
  ],
};

/** Alcohol, by the words people use, beside medicine in one act. */
const ALCOHOL: Record<ScopeLanguage, string> = {
  en: '(alcohol|vodka|wine|booze|whiskey|whisky|beer|gin|rum|drink|drinks|whatever was in the fridge|whatever was in the cupboard)',
  es: '(alcohol|vodka|vino|fernet|ron|whisky|cerveza|birra|tequila|ginebra|aguardiente)',
  fr: '(alcool|vodka|vin|whisky|biere|rhum|gin|pastis)',
  de: '(alkohol|schnaps|wodka|vodka|wein|bier|whisky|korn)',
  pt: '(alcool|vodka|vinho|cachaca|pinga|cerveja|whisky|catuaba)',
  it: '(alcol|alcool|vodka|vino|grappa|whisky|birra|amaro)',
};

/** Done on purpose, not by mistake. */
const ON_PURPOSE: Record<ScopeLanguage, string> = {
  en: '(on purpose|deliberately)',
  es: '(a proposito|adrede|aposta)',
  fr: '(expres|volontairement)',
  de: '(absichtlich|mit absicht|extra)',
  pt: '(de proposito|propositalmente)',
  it: '(apposta|di proposito|volutamente)',
};

/** Swallowed medicine with alcohol: "washed the pills down with…", "mélangé les cachets avec…". */
const PILLS_WITH_ALCOHOL: Record<ScopeLanguage, string> = {
  en: `(washed|mixed|took|swallowed|necked|downed) (the|my|some|all the)? ${MEDS.en} (down)? (with|and) ${ALCOHOL.en}`,
  es: `(me tome|tome|mezcle|me trague) (las|mis|unas)? ${MEDS.es} (con) (el|la|un|una)? ${ALCOHOL.es}`,
  fr: `(j ai|jai) (melange|pris|avale) (les|mes|des)? ${MEDS.fr} (avec) (l|de l|du|de la)? ${ALCOHOL.fr}`,
  de: `(hab|habe) (die|meine)? ${MEDS.de} (mit) (dem|nem|viel)? ${ALCOHOL.de} (runtergespult|genommen|geschluckt)`,
  pt: `(misturei|tomei|engoli) (os|as|meus|minhas)? ${MEDS.pt} (com) (a|o)? ${ALCOHOL.pt}`,
  it: `(ho mandato giu|ho preso|ho mischiato|ho ingoiato) (le|i|delle)? ${MEDS.it} (con) (la|il|l)? ${ALCOHOL.it}`,
};

/** Bleeding that will not stop. */
const BLEEDING_ON: Record<ScopeLanguage, string> = {
  en: '((cant|can t|cannot) stop the bleeding|(it|this|the cut)? (wont|won t|will not|isnt|isn t) (stop|stopping) bleeding)',
  es: '(no (para|deja) de (sangrar|salir sangre)|no se (para|corta) la sangre)',
  fr: '((ca)? (n)? (arrete|s arrete) pas de saigner|le sang (s arrete|arrete) pas)',
  de: '((hort|hoert) ~3 nicht auf zu bluten|blutung (hort|geht) nicht (auf|weg))',
  pt: '(nao para de sangrar|o sangue nao para)',
  it: '(non smette di sanguinare|il sangue non si ferma)',
};

/** Not wanting the bleeding stopped, or not caring: "and honestly i don't want to". */
const LET_IT: Record<ScopeLanguage, string> = {
  en: '((i|and i)? (dont|don t|do not) (want|wanna) (to|it to|to stop it|anyone to stop it)?|(i|and i)? (dont|don t|do not) care (anymore)?|(gonna|going to) let it)',
  es: '(me da igual|no quiero (que pare|pararla|que se pare)|que siga)',
  fr: '(je m en fous|je veux pas (que ca s arrete|l arreter)|tant pis)',
  de: '(will ich (das)? (auch)? nicht|ist mir (jetzt)? egal|soll es doch)',
  pt: '(tanto faz|nao quero (que pare|parar)|deixa sangrar)',
  it: '(non mi importa|non voglio (che smetta|fermarlo)|chi se ne frega)',
};

/** Someone else's act, done: took something, or says they did it. */
const OTHER_DONE: Record<ScopeLanguage, string> = {
  en: '((he|she|they|hes|shes|dad|mum|mom) (took|has taken|swallowed|had) (something|some stuff|all (his|her|their) (pills|meds|tablets))|(says|said|told me|texted) (he|she|they) (already)? (did it|has done it|took them|took everything))',
  es: '((se tomo|se trago|tomo) (algo|de todo|todas sus pastillas)|(dice|dijo|me escribio|me dijo) que (ya)? lo hizo)',
  fr: '((a pris|a avale) (un truc|quelque chose|tous ses cachets)|(dit|m a ecrit|m a dit) qu (il|elle) l a (deja)? fait)',
  de: '(hat (was|irgendwas|etwas) genommen|(sie|er) (hats|hat s|hat es) (getan|gemacht))',
  pt: '((tomou|engoliu) (alguma coisa|algo|todos os remedios)|(disse|falou|escreveu|diz) que (ja)? fez)',
  it: '(ha preso (qualcosa|tutte le sue pastiglie)|(dice|ha detto|mi ha scritto) che l ha (gia)? fatto)',
};

/** Someone down or silent now: on the floor, not answering, breathing strangely. */
const OTHER_DOWN: Record<ScopeLanguage, string> = {
  en: '(on the (kitchen|bathroom|bedroom)? floor|(lips|face) (look|looks|are|is|gone|going) (blue|grey|gray|purple|a weird colour|a weird color)|(not|isnt|isn t|wont|won t|stopped) (answering|responding|waking up|wake up|replying)|breathing (weird|funny|strange|really slow)|slurring)',
  es: '(tirad[oa] en (el suelo|el piso|el bano|la cama)|respira (raro|muy lento|mal)|no (responde|reacciona|contesta|se despierta)|labios morados)',
  fr: '(par terre|(repond|reagit) (plus|pas)|se reveille pas|respire (bizarre|mal)|levres bleues)',
  de: '(liegt (auf dem boden|im bad|am boden)|(antwortet|reagiert) (sie|er)? (nicht|kaum) (mehr)?|atmet (komisch|kaum|seltsam)|wacht nicht auf|lippen (sind)? blau)',
  pt: '((caid[oa]|jogad[oa]) no (chao|banheiro)|nao (acorda|responde|reage|ta respondendo)|respirando (estranho|esquisito|devagar)|labios roxos)',
  it: '((per|a) terra|sul pavimento|non (risponde|reagisce|si sveglia)|respira (strano|male|piano)|labbra viola)',
};

/** Both orders of two parts within `gap` words (a sign may come before or after its cause). */
function either(a: string, b: string, gap: number): string[] {
  return [`${a} ~${gap} ${b}`, `${b} ~${gap} ${a}`];
}

const byLanguage = (
  make: (lang: ScopeLanguage) => string[],
): Record<ScopeLanguage, readonly string[]> => ({
  en: make('en'),
  es: make('es'),
  fr: make('fr'),
  de: make('de'),
  pt: make('pt'),
  it: make('it'),
});

const CLASSES: readonly RuleClass[] = [
  // --- too much of a medicine, and the body reacting: an overdose now, whatever the intent.
  {
    id: 'medical.medication_overdone',
    kind: 'overdose',
    reason: 'too much of a medicine, with the body reacting now',
    lookalikes: ['panic'],
    who: 'self',
    patterns: byLanguage((lang) => either(`${OVERDONE[lang]} ~4 ${MEDS[lang]}`, REACTION[lang], 9)),
  },
  // --- a person's whole store of medicine swallowed: the box, the bottle, the medicine cabinet.
  {
    id: 'medical.took_all_stored',
    kind: 'overdose',
    reason: 'all the medicine there was, taken',
    who: 'self',
    patterns: {
      en: [
        `(took|taken|swallowed|necked|downed) (the|a) (whole|entire) (box|packet|pack|bottle|strip|tub) (of)? ~1 ${MEDS.en}`,
        '(took|taken|swallowed|necked|downed) (everything|whatever|all) (i had|there was|that was)? ~2 (in|from) (the|my|mums|mum s|dads|dad s|our) (bathroom|medicine|meds|pill) (cabinet|drawer|cupboard|box|cabinet)',
      ],
      es: [
        `(me tome|me he tomado|me trague|me he tragado|tome|trague) todo lo que (habia|tenia|encontre) ~4 (botiquin|${MEDS.es.slice(1, -1)})`,
        `(me tome|me he tomado|me trague|me he tragado) (la caja entera|toda la caja|el bote entero|todo el bote|todo el blister) (de)? ~1 ${MEDS.es}?`,
      ],
      fr: [
        `(j ai|jai) (avale|pris) tout ce qu (il y avait|j avais) ~4 (armoire a pharmacie|pharmacie|${MEDS.fr.slice(1, -1)})`,
        `(j ai|jai) (avale|pris) (toute la boite|la boite entiere|tout le tube|tous mes) (de)? ~1 ${MEDS.fr}`,
      ],
      de: [
        `alles geschluckt`,
        `(hab|habe) (die ganze packung|die ganze schachtel|alle meine|meine ganzen) ~1 ${MEDS.de}? (genommen|geschluckt|eingeworfen)`,
        `alles ~4 (medizinschrank|hausapotheke) ~3 (genommen|geschluckt)`,
      ],
      pt: [
        `(tomei|engoli) tudo (o)? que tinha ~4 (gaveta de remedios|farmacinha|${MEDS.pt.slice(1, -1)})`,
        `(tomei|engoli) (a caixa inteira|a cartela inteira|o vidro inteiro|todos os meus|todos os) (de)? ~1 ${MEDS.pt}`,
      ],
      it: [
        `(ho preso|ho ingoiato) tutto quello che (c era|avevo) ~4 (armadietto dei medicinali|medicinali|${MEDS.it.slice(1, -1)})`,
        `(ho preso|ho ingoiato|mi sono preso|mi sono presa) (tutta la scatola|la scatola intera|tutto il flacone|tutte le) (di)? ~1 ${MEDS.it}`,
      ],
    },
  },
  // --- "took everything" with danger signs in the body: an overdose now.
  {
    id: 'medical.all_of_it_danger',
    kind: 'overdose',
    reason: 'took everything, with danger signs now',
    lookalikes: ['panic'],
    who: 'self',
    patterns: byLanguage((lang) => either(ALL_OF_IT[lang], DANGER[lang], 9)),
  },
  // --- the same, after distress: an attempt in progress.
  {
    id: 'attempt.took_all_after_distress',
    kind: 'attempt_now',
    reason: 'took everything, after distress',
    needs: 'distress',
    who: 'self',
    patterns: byLanguage((lang) => [ALL_OF_IT[lang]]),
  },
  // --- and an overdose: what was taken is in the body now (a medical emergency, caused by the
  //     attempt above rather than by substance use).
  {
    id: 'medical.took_all_after_distress',
    kind: 'overdose',
    reason: 'took everything, after distress: an overdose now',
    needs: 'distress',
    who: 'self',
    patterns: byLanguage((lang) => [ALL_OF_IT[lang]]),
  },
  // --- the in-progress round: an act already done, said vaguely, beside what it does to the body
  //     now. Each half is everyday alone ("did it! passed", "getting sleepy"), so each needs
  //     suicidal talk, or the other half (two oblique signs of acting vouch for each other), or
  //     a farewell ("sorry for everything"). Weight below 0.8: one half said twice is one sign.
  //     Once the effect counts, the body reacting is a medical emergency (`bodily`).
  {
    id: 'attempt.done_act',
    kind: 'attempt_now',
    reason: 'an act already done, said vaguely (with another sign or suicidal talk)',
    needs: 'suicide',
    lookalikes: ['everyday_goal', 'life_change', 'care_dosing'],
    halfSign: true,
    weight: 0.75,
    patterns: byLanguage((lang) => [...DONE_ACT[lang], ALL_OF_IT[lang], PILLS_WITH_ALCOHOL[lang]]),
  },
  {
    id: 'attempt.effect_now',
    kind: 'attempt_now',
    reason: 'an act taking effect in the body now (with another sign or suicidal talk)',
    needs: 'suicide',
    bodily: true,
    halfSign: true,
    lookalikes: ['care_dosing', 'recreational', 'food_drink', 'everyday_goal'],
    weight: 0.75,
    patterns: EFFECT,
  },
  // --- "the letters" written, bare: preparation said with the act ("wrote the letters, it's
  //     tonight, actually it already started"); with distress or another sign.
  {
    id: 'prep.the_letters',
    kind: 'preparation',
    reason: 'the letters written (with distress or another sign)',
    needs: 'distress',
    weight: 0.75,
    who: 'self',
    patterns: {
      en: [
        '(wrote|written|finished|left) the (letters|notes)',
        'the (letters|notes) are (written|done)',
      ],
      es: ['(escribi|deje|termine) las cartas', 'las cartas (estan|ya estan) (escritas|listas)'],
      fr: ['(j ai|jai) (ecrit|laisse|fini) (les|mes) lettres', 'les lettres sont (ecrites|pretes)'],
      de: ['(hab|habe) die briefe (geschrieben|hingelegt)', 'briefe sind (geschrieben|fertig)'],
      pt: ['(escrevi|deixei|terminei) as cartas', 'as cartas (estao|ja estao) (escritas|prontas)'],
      it: ['(ho scritto|ho lasciato|ho finito) le lettere', 'le lettere sono (scritte|pronte)'],
    },
  },
  // --- affairs put in order, told as errands: a will signed, debts paid, passwords left for
  //     someone, a pet handed over; one is life admin, two together (or with distress) are
  //     preparation (triage@31)
  {
    id: 'prep.errands',
    kind: 'preparation',
    reason: 'affairs put in order (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'life_change'],
    // Life admin alone: the model may not vouch for one errand ("j'ai fait mon testament chez le
    // notaire, c'est plus prudent"); another sign or distress said in words must.
    halfSign: true,
    // Each names a different act, so two of its matches vouch for each other (`corroborate`).
    weight: 0.8,
    who: 'self',
    patterns: {
      en: [
        '(my|the) (will|testament) (is)? (signed|done|sorted|witnessed)',
        '(signed|witnessed|finished) (my|the) (will|testament)',
        '(left|wrote down|written down|put) (my|all my|the) (passwords|logins|pins|bank details) (for|in an envelope|in the drawer)',
        'paid off (the|my|all the|all my) (credit card|cards|loan|loans|debts)',
        '(left|put) (the)? (letters|notes) (in|on|under) (the|my) (drawer|desk|table|kitchen table|pillow)',
        '(gave|given|giving) (the|my) (telly|tv|car|bike|guitar|console|laptop|plants) to (next door|the neighbours|my neighbour|the neighbour)',
      ],
      es: [
        '(el|mi) testamento (firmado|hecho|listo)',
        '(hice|firme|deje) (el|mi) testamento',
        '(las|mis) (claves|contrasenas) ~3 (anotadas|escritas) para',
        '(pague|salde) (todas)? (las|mis) deudas',
        '(las|mis) deudas (pagadas|saldadas)',
      ],
      fr: [
        '(mon|le) testament (chez le notaire|signe|fait|pret)',
        '(j ai|jai) (laisse|ecrit|note) mes mots de passe',
        '(j ai|jai) (regle|paye|rembourse) (les|mes|toutes mes) dettes',
        '(est|reste) chez (ma|mon) (voisine|voisin|soeur|frere|cousine|cousin|mere) pour de bon',
      ],
      de: [
        'testament (beim notar|gemacht|gmacht|unterschrieben|fertig)',
        '(schulden|rechnungen) (sind)? (alle)? (bezahlt|zahlt|beglichen)',
        'briefe liegen (im|auf dem) (schreibtisch|tisch|kuchentisch)',
        '(passworter) (aufgeschrieben|hinterlegt|im umschlag)',
      ],
      pt: [
        '(tratei|fiz|assinei|deixei) (do|o) testamento',
        '(paguei|quitei) (as|minhas|todas as) (dividas|contas)',
        '(deixei|anotei) (as|minhas) (passwords|senhas) (num|em um|no|na) (envelope|papel|gaveta)',
      ],
      it: [
        'testamento (dal notaio|fatto|firmato)',
        '(i)? debiti (pagati|saldati)',
        '(ho pagato|ho saldato) (i|tutti i) (miei)? debiti',
        '(le password|le mie password) (le ho lasciate|lasciate|scritte) (scritte)? per',
      ],
    },
  },
  // --- someone told it was not their fault: a farewell that lifts blame ("decile a mi vieja que
  //     no es su culpa"), with distress or another sign (triage@31; English has it unconditionally
  //     in `en.prep.if_found`)
  {
    id: 'prep.not_their_fault',
    kind: 'preparation',
    reason: 'telling someone it was not their fault (with distress or another sign)',
    needs: 'distress',
    halfSign: true,
    weight: 0.75,
    who: 'self',
    patterns: {
      es: [
        '(decile|dile|decirle|diganle|decile a|dile a|diganle a) (mi|a mi)? _ que (no es|no fue|no era) (su|tu) culpa',
      ],
      fr: [
        '(dites|dis|dites a|dis a) _ que (c etait|c est|ce n etait|ce n est) pas (sa|ta|leur) faute',
      ],
      de: [
        '(sagt|sag|sagts|sagen sie) (der|dem|da|meiner|meinem)? _ (dass|das) (es)? (nicht|ned|nich) (ihre|seine|deine) schuld (ist|war|is)',
      ],
      pt: [
        '(digam|diga|fala|falem) (a|ao|pra|pro|para|para o|para a)? (minha|meu)? _ que nao (foi|e) culpa (dela|dele|sua|tua)',
      ],
      it: ['(dite|di|ditele|ditegli) (a)? (mia|mio)? _ che non (e|era|e stata) colpa (sua|tua)'],
    },
  },
  // --- medicine swallowed with alcohol on purpose: an attempt in progress and an overdose.
  {
    id: 'attempt.pills_alcohol_on_purpose',
    kind: 'attempt_now',
    reason: 'medicine swallowed with alcohol on purpose',
    who: 'self',
    patterns: byLanguage((lang) => either(PILLS_WITH_ALCOHOL[lang], ON_PURPOSE[lang], 6)),
  },
  {
    id: 'medical.pills_alcohol_on_purpose',
    kind: 'overdose',
    reason: 'medicine swallowed with alcohol on purpose: an overdose now',
    who: 'self',
    patterns: byLanguage((lang) => either(PILLS_WITH_ALCOHOL[lang], ON_PURPOSE[lang], 6)),
  },
  // --- medicine with alcohol and the body giving way now: an overdose, whatever the intent.
  {
    id: 'medical.pills_alcohol_danger',
    kind: 'overdose',
    reason: 'medicine with alcohol, and danger signs now',
    lookalikes: ['panic'],
    who: 'self',
    patterns: byLanguage((lang) =>
      either(PILLS_WITH_ALCOHOL[lang], `(${DANGER[lang]}|${anyOf(...EFFECT[lang])})`, 9),
    ),
  },
  // --- bleeding that will not stop, and not wanting it to: an attempt in progress.
  {
    id: 'attempt.bleeding_let_it',
    kind: 'attempt_now',
    reason: 'bleeding that will not stop, and not wanting it to',
    lookalikes: ['accident'],
    who: 'self',
    patterns: byLanguage((lang) => either(BLEEDING_ON[lang], LET_IT[lang], 9)),
  },
  // --- asking that nobody be called, or wanting it all to stop: distress (context only) that
  //     makes "took everything" an attempt.
  {
    id: 'distress.nobody_called',
    kind: 'distress',
    reason: 'distress (asks that nobody be called, or wants it all to stop)',
    patterns: {
      en: [
        '(dont|don t|do not) (call|ring|phone) (anyone|anybody|an ambulance|my (mum|mom|dad|parents))',
        '(not|im not|i m not) calling (anyone|anybody|an ambulance|for help)',
        '(just|only) want (it|it all|everything) to (stop|end|be quiet|go quiet|be over)',
      ],
      es: [
        'no llames a (nadie|una ambulancia|mis padres)',
        'no (avises|le digas) a nadie',
        '(solo|nada mas) quiero que (pare|acabe|termine|se acabe)',
      ],
      fr: [
        '(n appelle|appelle|n appelez|appelez|previens) personne',
        'je veux (juste|seulement) que (ca|tout) s arrete',
      ],
      de: [
        '(ruf|ruft|rufen sie) (niemanden|keinen) an',
        '(will|mochte) (nur|einfach) (noch)? dass es (ruhig wird|aufhort|vorbei ist|endet)',
      ],
      pt: [
        'nao (liga|ligue|chama|chame|avisa|avise) (pra|para|a)? ninguem',
        'so quero que (tudo)? (pare|acabe|fique quieto|fique em silencio)',
      ],
      it: [
        'non (chiamare|chiamate|avvisare|dirlo a) nessuno',
        'voglio solo che (finisca|smetta|sia tutto finito|finisca tutto)',
      ],
    },
  },
  // --- bleeding that will not stop, as French says it.
  {
    id: 'medical.bleeding_wont_stop',
    kind: 'medical',
    reason: 'bleeding that will not stop',
    lookalikes: ['panic'],
    patterns: {
      fr: [
        '(ca)? (n)? (arrete|s arrete) pas de saigner',
        'saigne (enormement|beaucoup trop|sans arret)',
      ],
    },
  },
  // --- someone else collapsed or not responding after taking something.
  {
    id: 'other.collapsed_after_taking',
    kind: 'third_party_now',
    reason: 'someone else collapsed after taking something',
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'figurative'],
    patterns: {
      fr: either(
        '(a fait un malaise|s est evanoui|s est evanouie|est tombe dans les pommes|est tombee dans les pommes|se reveille pas|repond plus)',
        '(pris|prendre) (un truc|quelque chose|des cachets|de la drogue)',
        9,
      ),
      de: either(
        '(umgekippt|bewusstlos|ohnmachtig|wacht nicht auf|reagiert kaum|reagiert nicht)',
        '(was|irgendwas|etwas|tabletten|pillen) genommen',
        9,
      ),
      pt: either(
        '(desmaiou|apagou|nao acorda|nao (ta|esta) respondendo|nao responde)',
        '(tomar|tomou) (alguma coisa|algo|uns comprimidos|uns remedios|umas balas)',
        9,
      ),
    },
  },
  // --- someone else says the act is done, or took something, and is down or silent now: "she
  //     says she already did it and now she's not answering", "my dad took something, he's on
  //     the kitchen floor" (the in-progress round).
  {
    id: 'other.done_and_down',
    kind: 'third_party_now',
    reason: "someone else's act done, and they are down or silent now",
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'figurative'],
    patterns: byLanguage((lang) => either(OTHER_DONE[lang], OTHER_DOWN[lang], 9)),
  },
  // --- someone else swallowed all their medicine, or swallowed it, and does not respond: the
  //     guide's "third party with an attempt or overdose happening now".
  {
    id: 'other.took_all_unresponsive',
    kind: 'third_party_now',
    reason: 'someone else swallowed their medicine and does not respond',
    scopes: ['negated', 'hypothetical', 'quoted', 'past', 'figurative'],
    patterns: {
      en: either(
        '(swallowed (all|all of)?|took (all|all of)|has taken (all|all of)) (her|his|their) (sleeping|anxiety|heart)? (pills|meds|tablets|medication|medicine)',
        '(not|isnt|isn t|wont|won t|doesnt|doesn t|cant|can t) (answering|responding|answer|respond|waking up|wake up)',
        9,
      ),
      es: either(
        '(se tomo|se trago|tomo|trago) (todas|todos) (sus|las|los) (pastillas|medicamentos|remedios|pastis)',
        'no (reacciona|responde|contesta|se despierta)',
        9,
      ),
      fr: either(
        '(avale|avaler|pris|prendre) (tous|toutes) (ses|les) (medicaments|cachets|comprimes|pilules)',
        '(repond plus|repond pas|reagit plus|reagit pas|se reveille pas)',
        9,
      ),
      de: either(
        '(alle|all) (ihre|seine|die) (tabletten|pillen|medikamente) ~2 (geschluckt|genommen)',
        '(reagiert|antwortet) (nicht|kaum|gar nicht)',
        9,
      ),
      pt: either(
        '(tomou|tomar|engoliu) (todos|todas) (os|as)? (remedios|comprimidos|pilulas) (dela|dele)?',
        '(nao|n) (ta|esta)? (respondendo|responde|reage|reagindo|acorda)',
        9,
      ),
      it: either(
        '(preso|ingoiato|preso tutte|ingoiato tutte) (tutte|tutti)? (le|i)? (sue)? (pastiglie|pillole|medicine|compresse|farmaci)',
        'non (risponde|reagisce|si sveglia)',
        9,
      ),
    },
  },
];

export const EMERGENCY_BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> =
  classesByLanguage(CLASSES);
