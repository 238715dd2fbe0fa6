/**
 * The conversational side of triage, in six languages: what an assistant or counsellor asks
 * ("are you thinking about suicide?"), how a person answers it ("yeah", "a veces"), and how a
 * person clears up a misunderstanding ("no I meant my phone battery", "era una canción").
 */
import type { Cssrs, RiskCategory } from '../../core/index.js';
import type { ScopeLanguage } from '../../nlp/scope.js';

export interface QuestionTopic {
  id: string;
  category: RiskCategory;
  /** C-SSRS level a "yes" supports (suicide questions). */
  cssrs?: Cssrs;
  /** A "yes" means it is happening now ("have you taken anything?"). */
  now?: boolean;
  reason: string;
}

export const TOPICS = {
  passive: { id: 'passive', category: 'suicide', cssrs: 1, reason: 'wish to be dead' },
  ideation: { id: 'ideation', category: 'suicide', cssrs: 2, reason: 'thoughts of suicide' },
  means: { id: 'means', category: 'suicide', cssrs: 3, reason: 'access to means' },
  intent: { id: 'intent', category: 'suicide', cssrs: 4, reason: 'intent to act' },
  plan: { id: 'plan', category: 'suicide', cssrs: 5, reason: 'a plan' },
  attempt_now: {
    id: 'attempt_now',
    category: 'suicide',
    cssrs: 6,
    now: true,
    reason: 'an attempt in progress',
  },
  self_harm: { id: 'self_harm', category: 'self_harm', reason: 'self-harm' },
} as const satisfies Record<string, QuestionTopic>;
export type TopicId = keyof typeof TOPICS;

/** Questions an assistant or counsellor asks, by topic. */
export const QUESTIONS: Record<ScopeLanguage, Partial<Record<TopicId, readonly string[]>>> = {
  en: {
    passive: [
      '(do|would) you (ever)? (want|wish) to (die|be dead|not wake up|disappear)',
      '(wish|wished) you (were|was) dead',
      'better off (dead|without you)',
    ],
    ideation: [
      // Assistants put words between: "Are you thinking about taking them to end your life?"
      '(thinking|thoughts|thought) (about|of) ~3 (end|ending|take|taking) (your|ur) (own)? life',
      '(thinking|thoughts|thought) (about|of) (suicide|killing yourself|ending your life|taking your (own)? life|ending it|ending things|not being alive|dying)',
      '(are you|r u|you) (feeling|having)? (suicidal|suicidal thoughts)',
      'thoughts of (suicide|killing yourself|ending your life)',
      '(want|wanting) to (kill yourself|end your life|end it)',
      // "When you say uninstall yourself, do you mean ending your life?"
      '(do you mean|you mean|are you talking about|do you mean you want to) (suicide|killing yourself|ending your life|taking your (own)? life)',
    ],
    means: [
      '(do you have|have you got|is there) (access to|any) (pills|a gun|weapons|medication|means|a rope)',
    ],
    intent: [
      '(do|would) you (think you (will|would|might)|intend to|plan to) act on',
      '(are you|r u) (going to|planning to|thinking of) (act|acting) on',
      // "Are you planning to end your life on Friday?"
      '(are you|r u|you) (planning|going|intending|about) to (kill yourself|end your life|take your (own)? life)',
    ],
    plan: [
      '(do you have|have you (made|got|thought about|worked out)|have you got) a plan',
      'thought about how (you would|you d|you might)',
      'when (you would|you d|you might) do it',
    ],
    attempt_now: [
      '(have you|did you) (already)? (take|taken|swallow|swallowed|done) (anything|something|them|it) (already|tonight|today|now)?',
    ],
    self_harm: [
      '(hurt|harm|cut|cutting|hurting|harming|burning) yourself',
      'self (harm|harming|injury)',
    ],
  },
  es: {
    passive: ['(quieres|deseas) (morir|estar muert[oa]|desaparecer)', 'ganas de morir'],
    ideation: [
      // Formal and with words between: "¿está pensando en suicidarse?", "pensamientos de querer
      // morir".
      '(pensando|piensa|pensado|pensamientos|ideas) (en|de)? ~2 (suicidarse|suicidarte|quitarse la vida|quitarte la vida|matarse|morir)',
      '(pensando|pensado|piensas|pensamientos) (en|de)? (suicidarte|quitarte la vida|matarte|el suicidio|acabar con tu vida|terminar con tu vida|poner fin a tu vida)',
      'pensamientos suicidas',
      '(quieres decir|te refieres a|hablas de) (suicidarte|quitarte la vida|matarte|el suicidio)',
      // Thoughts of dying, as the English "thinking about dying".
      '(piensas|pensando|pensado|pensar) en (morir|morirte|la muerte)',
    ],
    means: ['(tienes|tenes) acceso a'],
    intent: [
      '(planeas|estas planeando|vas a|tienes pensado|tienes intencion de) (suicidarte|quitarte la vida|matarte|acabar con tu vida|poner fin a tu vida)',
    ],
    plan: [
      '(tienes|has hecho|tenes) (un|algun) plan',
      '(has pensado|pensaste|has pensado ya) (en)? como (lo harias|lo haras|hacerlo|lo vas a hacer)',
    ],
    attempt_now: ['(has|ya) (tomado|hecho) (algo|algo ya)'],
    self_harm: ['(hacerte|te has hecho|te haces) dano', '(lastimarte|cortarte|autolesion*)'],
  },
  fr: {
    passive: [
      'envie de mourir',
      '(veux|voulez) (mourir|disparaitre)',
      // "Quand tu dis disparaître, tu veux dire mourir ?"
      '(tu veux dire|vous voulez dire) ~3 mourir',
    ],
    ideation: [
      // "penses-tu au suicide ?", "est-ce que tu penses à te tuer ?", "des idées de suicide".
      '(penses|pensez|penser|pensees|idees) (tu|vous)? (au|a|de|d)? (suicide|te suicider|vous suicider|te tuer|vous tuer|en finir|mettre fin a (tes|vos) jours|mettre fin a (ta|votre) vie)',
      '(penses|pensez|pensees) (au|a|de)? (suicide|te suicider|vous suicider|mettre fin a (tes|vos|ta|votre) (jours|vie)|en finir)',
      'pensees suicidaires',
      'idees (suicidaires|noires)',
      '(tu veux dire|vous voulez dire|tu parles de) (te suicider|le suicide|mettre fin a (tes|vos) jours)',
      '(penses|pensez|penser) a (mourir|la mort)',
    ],
    means: ['(as tu|avez vous) acces a'],
    intent: [
      '(prevois|prevoyez|prevu|l intention de) (de|d)? (te suicider|vous suicider|te tuer|vous tuer|mettre fin a (tes|vos) jours|mettre fin a (ta|votre) vie)',
      '(tu vas|vas tu|tu comptes|comptes tu|tu prevois|prevois tu|as tu l intention de) (te suicider|mettre fin a (tes jours|ta vie)|te tuer|t enlever la vie)',
    ],
    plan: ['(as tu|avez vous) (un|deja un) plan', '(as tu|avez vous) (prevu|pense a) comment'],
    attempt_now: ['(as tu|avez vous) (deja)? (pris|fait|avale) (quelque chose|des medicaments)'],
    self_harm: ['(te faire|vous faire) du mal', '(te|vous) (blesser|scarifier|couper)'],
  },
  de: {
    passive: ['(willst|mochtest|wollen) (du|sie)? (sterben|tot sein|nicht mehr leben)'],
    ideation: [
      // Words between: "Denkst du gerade daran, dir das Leben zu nehmen?", "Denken Sie daran,
      // sich heute Nacht das Leben zu nehmen?", "meinst du damit, dir das Leben zu nehmen?"
      '(denkst du|denken sie|meinst du|meinen sie) ~3 (dir|sich) ~2 das leben (zu)? nehmen',
      '(denkst du|denken sie|gedanken) (an|daran|uber)? (suizid|selbstmord|dich umzubringen|sich umzubringen|dir das leben zu nehmen|das leben zu nehmen)',
      '(suizidgedanken|selbstmordgedanken)',
      '(meinst du|meinen sie|redest du von) (suizid|selbstmord|dich umzubringen|dir das leben zu nehmen)',
      '(denkst du|denken sie|gedanken) (ans sterben|an den tod|daran zu sterben)',
      'nicht mehr leben (mochtest|willst|mochten|wollen)',
    ],
    means: ['(hast du|haben sie) zugang zu'],
    intent: [
      // "Planst du, dir nach Ostern das Leben zu nehmen?"
      '(planst du|hast du vor|willst du|planen sie|haben sie vor) (dir|dich|sich) ~3 (das leben zu nehmen|umzubringen|das leben nehmen|umbringen)',
    ],
    plan: [
      '(hast du|haben sie) (einen|schon einen) plan',
      '(hast du|haben sie) (dir|sich)? (schon)? (uberlegt|gedanken gemacht|nachgedacht) wie',
    ],
    attempt_now: ['(hast du|haben sie) (schon)? (etwas|tabletten) (genommen|geschluckt)'],
    self_harm: [
      '(dir|sich) (selbst)? (weh|wehzutun|weh zu tun|zu verletzen|verletzen)',
      'ritzt du dich',
    ],
  },
  pt: {
    passive: [
      '(quer|queres|voce quer) (morrer|sumir|desaparecer)',
      'vontade de morrer',
      // "quando dizes desaparecer, queres dizer morrer?"
      '(quer|queres|voce quer) dizer ~3 morrer',
    ],
    ideation: [
      // "tem pensado em suicidar-se?"
      '(tem|tens|tinha|tenho) pensado em (suicidar se|se suicidar|se matar|te matar|matar te|tirar a (sua|tua) vida)',
      '(pensando|pensado|pensa|pensar|pensamentos) (em|de) (suicidio|se matar|te matar|tirar (a)? (sua|tua) (propria)? vida|acabar com (a sua|sua|a tua|tua|a) vida|por fim a (sua|tua)? vida)',
      'pensamentos suicidas',
      '(quer dizer|queres dizer|esta falando de|estas a falar de) (suicidio|se matar|te matar|tirar (a)? (sua|tua) (propria)? vida)',
      '(pensar|pensando|pensa|pensado|pensas) em (morrer|morte|na morte)',
    ],
    means: ['(voce tem|tens) acesso a'],
    intent: [
      '(esta planejando|estas a planear|esta a planear|planeias|vai|vais|pretende|pretendes) (se matar|te matar|tirar (a)? (sua|tua) (propria)? vida|acabar com (a sua|sua|a tua|tua|a) vida|por fim a (sua|tua)? vida)',
    ],
    plan: [
      '(voce tem|tens|ja tem) (um|algum) plano',
      '(ja)? (pensou|pensaste|pensou em|pensaste em) como (faria|farias|fazer|vai fazer)',
    ],
    attempt_now: ['(voce|ja) (tomou|fez) (algo|alguma coisa)'],
    self_harm: ['(se machucar|se ferir|se cortar|te machucar|automutila*)'],
  },
  it: {
    passive: ['(vuoi|vorresti) (morire|sparire|non svegliarti)', 'voglia di morire'],
    ideation: [
      // "ti capita di pensare di toglierti la vita?", "pensi di ammazzarti?"
      '(pensi|pensare|pensando|pensato) di (ammazzarti|ucciderti|toglierti la vita|farla finita|non svegliarti piu)',
      '(pensando|pensato|pensi|pensieri) (al|di|a)? (suicidio|ucciderti|toglierti la vita|farla finita|porre fine alla (tua)? vita)',
      'pensieri (suicidi|di suicidio)',
      '(intendi|vuoi dire|parli di) (suicidio|ucciderti|toglierti la vita|farla finita)',
      '(pensi|pensando|pensato|pensare) (di|a) morire',
      '(pensi|pensando|pensato|pensare) alla morte',
    ],
    means: ['(hai) accesso a'],
    intent: [
      '(hai intenzione di|vuoi|stai progettando di|stai pianificando di) (toglierti la vita|ucciderti|farla finita|porre fine alla (tua)? vita)',
    ],
    plan: ['(hai) (un|gia un) piano', '(hai pensato|hai gia pensato) (a)? come (lo faresti|farlo)'],
    attempt_now: ['(hai) (gia)? (preso|fatto|ingerito) (qualcosa)'],
    self_harm: ['(farti del male|ferirti|tagliarti|autolesion*)'],
  },
};

/** A "yes" at the start of an answer. */
export const AFFIRMATIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(yes|yeah|yea|yep|yup|ya|yah|ye|yess|yeh|mhm|uh huh|definitely|correct|true|sadly|honestly|unfortunately)',
    '(i am|im|i do|i have|ive|i guess|i think so|i suppose|probably|maybe|kind of|kinda|sort of|sometimes|a little|a bit|a lot|always|often|all the time|every day|every night|constantly|more and more|lately)',
  ],
  es: [
    '(si|claro|sip|obvio|a veces|un poco|tal vez|quizas|quiza|mas o menos|bastante|todo el tiempo|siempre|creo que si|la verdad es que si|muchas veces)',
  ],
  fr: [
    '(oui|ouais|ouaip|parfois|un peu|peut etre|souvent|tout le temps|je crois|je pense que oui|malheureusement|toujours)',
  ],
  de: [
    '(ja|jein|manchmal|ein bisschen|vielleicht|oft|standig|ich glaube schon|schon|leider|immer)',
  ],
  pt: [
    '(sim|as vezes|um pouco|talvez|acho que sim|sempre|muito|bastante|infelizmente|com frequencia)',
  ],
  it: ['(si|a volte|un po|forse|credo di si|spesso|sempre|purtroppo|abbastanza)'],
};

/** A "no" at the start of an answer: it takes precedence over a later hedge. */
export const DENIALS: Record<ScopeLanguage, readonly string[]> = {
  en: ['(no|nope|nah|never|not really|not at all|no way|of course not|absolutely not)'],
  es: ['(no|nunca|para nada|claro que no|de ninguna manera)'],
  fr: ['(non|jamais|pas du tout|pas vraiment|absolument pas)'],
  de: ['(nein|nee|nie|gar nicht|nicht wirklich|auf keinen fall)'],
  pt: ['(nao|nunca|de jeito nenhum|claro que nao)'],
  it: ['(no|mai|per niente|non proprio|assolutamente no)'],
};

/** The writer clears up an earlier misunderstanding. */
export const CLARIFICATIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    // Someone else clears it up for them: "he means the BAND", "she was talking about her thesis".
    '(he|she) (means|meant|was talking about|is talking about|was on about|is on about) (my|the|a|his|her|their)',
    // "I mean it" / "I meant that" says the opposite: never a clarification.
    '(i|im|i m) (was talking about|was referring to|am talking about|was on about) (my|the|a|that|how|it|this)',
    '(i|im|i m) (meant|mean) (my|the|a|an|how|this|some) !(it|that|every|exactly|literally|seriously)',
    '(i|im|i m) meant !(it|that|this|every|what|exactly|literally|seriously|well|to|business|nothing|no|you|him|her|them|everything|a|an|the|my|how|some) _',
    '(no|nah|nope) ~2 not (like that|that way|in that way)',
    '(it|that|this) (was|is|s|were) (a|just a|from a|only a|from the|the) (song|lyric|lyrics|quote|joke|meme|line|movie|film|book|game|show|poem|expression|figure of speech|saying)',
    '(i was|im|i m|i am) (just|only)? (joking|kidding|quoting|being dramatic|exaggerating|singing|messing around)',
    '(jk|jkjk|just kidding|just joking|only joking)',
    'not (literally|actually|seriously|for real)',
    '(im|i am|i m) not (suicidal|going to (hurt|kill) myself|in danger|actually suicidal|thinking of hurting myself)',
    '(dont|do not) worry (im|i am|i m) (not|safe|fine|okay|ok)',
    '(that|it) came out wrong',
    // Owning the wording: "I see how that sounded", "that sounded bad", "I worded that badly".
    '(i|i can) see how (that|it) (sounded|sounds|reads|read|came out)',
    '(that|it) (sounded|sounds|reads|read) (bad|awful|wrong|terrible|dark|worse than i meant)',
    '(i|i ve|ive) (worded|phrased|said) (that|it) (badly|wrong|poorly)',
    '(figure of speech|just an expression|hyperbole|wrong choice of words|bad choice of words)',
    '(my|the) (phone|battery|laptop|plant|car) (is|was) (dying|dead|died)',
    'not (about|talking about) me',
    '(i|i m|im) (didnt|did not|dont|do not) mean (it|that) (like that|literally|that way|seriously)',
    '(i was|im|i m|i am) being (sarcastic|dramatic|ironic)',
    '(it|that) was (sarcasm|sarcastic|ironic|a figure of speech|about (my|the|a) (game|exam|exams|homework|team|match|show|phone))',
    'sorry (for|about) (scaring|worrying|freaking out) (you|everyone|yall|you guys|you all)',
    '(was|were|im|i m|i am) talking about (a|the|my) (game|character|show|book|movie|film|song)',
    // The figurative sense explained: "it's just how we talk", "didn't mean it literally".
    '(just|only) how (we|people|everyone|i) (talk|speak)',
    '(a|just a|only a) (saying|turn of phrase|manner of speaking)',
    '(didnt|did not|dont|do not) mean (it)? literally',
    '(i was|i m|im) (overexaggerating|exaggerating)',
  ],
  es: [
    '(el|ella) (habla|hablaba|se refiere|se referia|quiere decir|queria decir) (de|del|a|al) (la|el|los|las|su|sus)?',
    '(me referia|quise decir|queria decir|hablaba de|estaba hablando de) (a|de|del|la|el|mi)?',
    '(era|es) (una|de una) (cancion|broma|frase|cita|pelicula|serie|forma de hablar|expresion)',
    '(estaba|estoy) (bromeando|exagerando|citando|cantando)',
    '(es|era) (una)? broma',
    'no (estoy|soy) (suicida|en peligro)',
    'no lo (decia|dije) en serio',
    '(me exprese|me explique) mal',
    '(sono|sonaba|suena) (fatal|horrible|mal|feo) (lo que dije|como lo dije|dicho asi)',
    '(es|era)? (una)? forma de hablar',
    '(era|es) (sarcasmo|ironia|en broma)',
    '(perdon|perdona|perdonen|disculpen|sorry) (por)? (el susto|asustarlos|asustarte|preocuparlos|preocuparte)',
    'no lo (decia|dije|digo) (en serio|literal|literalmente)',
    '(era|lo decia) por (el|la|mi|los|las) (trabajo|examen|examenes|partido|juego|serie|tarea|uni)',
    '(era|es|fue) (un|solo un) decir',
    '(una|de) manera de (hablar|decir)',
    'sentido figurado',
    '(exageraba|exagere)',
  ],
  fr: [
    '(t as|tu as|ta|vous avez) mal (compris|capte|lu|pige)',
    '(il|elle) (parle|parlait|veut dire|voulait dire) (de|du|des|d) (la|le|les|sa|son|ses)?',
    'je (voulais dire|parlais de|parlais du|parlais des|parlais de la|parle de|parle du|parle des|parle de la)',
    'je me suis mal (exprime|exprimee|explique|expliquee)',
    '(ca|c) (sonnait|sonne) (mal|grave|bizarre)',
    '(c etait|c est) (une|des|juste une|juste des) (chanson|paroles|blague|citation|expression|film|serie|replique)',
    'je (plaisantais|rigolais|plaisante|rigole|citais|exagerais|chantais)',
    'je ne suis pas (suicidaire|en danger)',
    '(c est|c etait) une expression',
    '(une)? facon de parler',
    'pas au sens propre',
    '(c etait|c est) (ironique|de l ironie|pour rire|pour de faux)',
    'je (deconnais|deconne|blaguais|blague)',
    '(desole|desolee|pardon) (de|pour) (vous avoir|t avoir)? (fait peur|inquiete|inquietes|la frayeur)',
    '(c etait|c est) (une|juste une) (image|vanne)',
    '(j exagerais|j exagere|j ai exagere)',
    'au (sens)? figure',
  ],
  de: [
    '(er|sie) (meint|meinte|redet von|redete von|spricht von|sprach von) (den|die|das|dem|der|seinen|seine|ihren|ihre|seinem|ihrem)',
    'ich (meinte|meine|habe gemeint|sprach von|rede von|redete von)',
    '(ich hab|hab|habe) mich (falsch|blod|doof|missverstandlich) ausgedruckt',
    '(klang|klingt) (blod|schlimm|falsch|krass|heftig)',
    '(das|es) war (ein|nur ein|aus einem) (lied|song|songtext|witz|zitat|scherz|film|buch)',
    'ich habe (nur)? (gescherzt|ubertrieben|zitiert|gesungen)',
    '(war nur spass|nur ein witz|war ein witz|nur spass)',
    'ich bin nicht (suizidal|in gefahr)',
    '(eine redewendung|nicht wortlich|nicht ernst gemeint)',
    '(war|ist) (ironisch|ironie|sarkastisch|sarkasmus)',
    '(hab|habe) (nur)? (spass|quatsch|witze) gemacht',
    '(sorry|entschuldigung|tut mir leid) (fur den|wegen dem) schreck',
    'so (ein|n) spruch',
    '(war|ist) (doch|naturlich|nur|total)? (ubertrieben|bildlich gemeint)',
    'nicht so gemeint',
  ],
  pt: [
    '(ele|ela) (ta|esta|tava|estava) (falando|a falar) (do|da|de|dos|das)',
    '(eu)? (quis dizer|queria dizer|estava falando|to falando|tava falando|me referia) (do|da|de|ao|a|sobre)?',
    '(era|e) (uma|so uma|de uma) (musica|letra|piada|citacao|frase|expressao|filme|serie)',
    '(estava|tava|to|estou) (brincando|exagerando|citando|cantando)',
    'nao (estou|sou|to) (suicida|em perigo)',
    '(e|era) (so)? (uma)? (expressao|forca de expressao|jeito de falar)',
    '(era|e) (ironia|zoeira|brincadeira|sarcasmo)',
    '(tava|estava|to) (zoando|zuando)',
    '(desculpa|desculpem|foi mal) (o|pelo) susto',
    '(era|foi) sobre (o|a|meu|minha) (tcc|prova|trabalho|jogo|serie|time)',
    '(me expressei|me expliquei|falei) mal',
    '(soou|pareceu|ficou) (mal|pessimo|horrivel|estranho) (o que eu disse)?',
    '(foi|era|e) (so)? (uma)? (maneira|modo|forma) de (falar|dizer)',
    '(exagerei|exagerando)',
    'sentido figurado',
  ],
  it: [
    '(lui|lei)? (parla|parlava|intende|intendeva) (del|della|dello|dei|delle|di)',
    '(intendevo|volevo dire|parlavo (di|del|della|dello|dell|dei|degli|delle))',
    'era (una|solo una|di una) (canzone|battuta|citazione|frase|espressione|film|serie)',
    'stavo (scherzando|esagerando|citando|cantando)',
    'non (sono|ero) (suicida|in pericolo)',
    '(e|era)? (solo)? un modo di dire',
    '(era|e) (ironico|ironia|sarcasmo|una battuta)',
    '(scherzavo|stavo solo scherzando|era per scherzare)',
    '(scusate|scusa|scusami) (per)? (lo spavento|se vi ho spaventato|se ti ho spaventato)',
    'mi sono (espresso|espressa|spiegato|spiegata) male',
    '(suonava|suona|sembrava) (male|malissimo|brutto|strano)',
    '(esageravo|ho esagerato)',
    '(era|e) (solo)? (un|una) (iperbole|esagerazione)',
    'senso figurato',
  ],
};

/**
 * Minimising: the person waves the subject away ("forget it, it's nothing", "olvídalo", "lascia
 * stare"). After real risk this is not a clarification, so it keeps every earlier signal, and it
 * vetoes a clarification said in the same message ("haha no not like that. ignore me").
 */
export const MINIMISING: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'forget (it|that|about it|i said (that|anything|it)|what i said)',
    '(its|it s|it is|thats|that s|that is) (nothing|whatever|no big deal)',
    '(never mind|nevermind|nvm|nm|ignore me|ignore that|doesnt matter|does not matter|dont worry about (it|me))',
    '(i was|im|i m|i am|was) (just|only)? being (dramatic|silly|stupid)',
    // "just a bad night": the mood waved away, nothing explained.
    '(just|only) (a|one) (bad|rough|shitty|crap|crappy|long|hard) (day|night|week|moment)',
    // Changing the subject after risk is a deflection a crisis worker asks again about.
    '(lets|let s|can we|could we) (talk about something else|change the subject|not talk about (it|this|that))',
  ],
  es: [
    '(olvidalo|olvida lo que dije|olvidate|no es nada|no me hagas caso|no importa|da igual|dejalo|deja eso|nada nada)',
    '(solo|fue solo|es solo) (un|una) (mal dia|mala noche|mala racha|mala semana|dia de mierda|noche de mierda)',
    '(cambiemos de tema|hablemos de otra cosa|mejor hablemos de otra cosa|no quiero hablar de eso)',
  ],
  fr: [
    '(laisse tomber|laisse|oublie|oublie ca|oublie ce que j ai dit|c est rien|c etait rien|rien de grave|pas grave|t occupe|fais pas attention)',
    '(juste|c est juste|c etait juste) une (mauvaise|sale) (journee|soiree|nuit|semaine|passe)',
    '(parlons d autre chose|changeons de sujet|on peut parler d autre chose|je veux pas en parler|je ne veux pas en parler)',
  ],
  de: [
    '(vergiss es|vergiss das|vergiss was ich gesagt habe|ist nichts|war nichts|egal|schon gut|nicht so wichtig|ignorier mich|ignorier das)',
    '(nur|war nur|ist nur) (ein|eine) (schlechter|mieser|bloder|harter) (tag|abend|moment)',
    '(nur|war nur|ist nur) (eine) (schlechte|miese|harte) (nacht|woche|phase)',
    '(lass uns uber was anderes reden|lass uns das thema wechseln|anderes thema|ich will nicht daruber reden)',
  ],
  pt: [
    '(esquece|esquece isso|nao e nada|nao foi nada|deixa pra la|deixa para la|nao liga|nao ligues|deixa|nada nao|tanto faz)',
    '(so|foi so|e so) (um|uma) (dia|noite|semana|fase) (ruim|pessimo|pessima|dificil)',
    '(vamos mudar de assunto|muda de assunto|vamos falar de outra coisa|nao quero falar disso|nao quero falar sobre isso)',
  ],
  it: [
    '(lascia stare|lascia perdere|lascia|non e niente|non era niente|niente niente|non importa|fa niente|dimentica|dimenticalo|non farci caso)',
    '(solo|e solo|era solo) (una) (brutta|pessima) (giornata|serata|notte|settimana)',
    '(solo|e solo|era solo) (una) (giornataccia|serataccia)',
    '(cambiamo discorso|parliamo d altro|parliamo di altro|non ne voglio parlare|non voglio parlarne)',
  ],
};

/**
 * Softeners that say a correction is meant as one: an apology or a "don't worry" ("sorry",
 * "no worries", "tranqui", "keine Sorge", "fica tranquilo"). With laughter, a sheepish emoji or a
 * "no" that opens the reply, they mark a short reply as the person correcting a reading.
 */
export const CORRECTION_SOFTENERS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(sorry|soz|my bad|oops|whoops|no worries|dont worry|relax|chill|omg|oh god|oh no|haha|hahaha)',
  ],
  es: [
    '(perdon|perdona|perdoname|disculpa|sorry|ups|tranqui|tranquilo|tranquila|tranquilos|no te preocupes|calma|ay no)',
  ],
  fr: [
    '(desole|desolee|pardon|oups|t inquiete|t inquiete pas|ne t inquiete pas|pas de panique|relax|mais non|ben non|bah non)',
  ],
  de: [
    '(sorry|sorri|entschuldigung|sry|hups|oops|keine sorge|keine panik|keine angst|alles gut|ach was)',
  ],
  pt: [
    '(desculpa|desculpe|foi mal|opa|ops|calma|fica tranquilo|fica tranquila|relaxa|nada a ver|imagina)',
  ],
  it: [
    '(scusa|scusami|scusate|ops|tranquillo|tranquilla|tranqui|non preoccuparti|ma no|ma figurati|figurati|macche)',
  ],
};

/**
 * Denials that open a reply as a correction ("¡qué va, hombre!", "nem pensar", "i wo"), written as
 * folded words: only as the reply's first words and standing on their own, since inside a sentence
 * or before more words they say other things ("lo que va a pasar", "no way out").
 */
export const OPENING_DENIALS: Record<ScopeLanguage, readonly string[]> = {
  en: ['no way', 'hell no', 'god no', 'lord no', 'of course not', 'not at all'],
  es: ['que va', 'ni hablar', 'ni de cona', 'para nada', 'claro que no', 'ni loco', 'ni loca'],
  fr: ['pas du tout', 'absolument pas', 'mais pas du tout', 'jamais de la vie'],
  de: ['i wo', 'quatsch', 'auf keinen fall', 'gar nicht', 'ach quatsch'],
  pt: ['que nada', 'nem pensar', 'de jeito nenhum', 'claro que nao', 'nada disso'],
  it: [
    'ma va',
    'ma va la',
    'ma vai',
    'per niente',
    'assolutamente no',
    'ma quando mai',
    'ma che dici',
  ],
};

/**
 * Replies that answer a question without answering it: not knowing ("idk", "sei lá", "boh"),
 * asking not to be asked ("não me perguntes isso", "frag mich das nicht") or why it is asked.
 * Opening a reply to a direct question about suicide, their "no" or "nicht" is no denial.
 */
export const NON_ANSWERS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(i)? (dont|do not) know',
    '(idk|dunno|no idea|who knows)',
    '(dont|do not) ask (me)? (that|this)?',
    'why (do|would) you (ask|care|want to know)',
  ],
  es: [
    '(no se|no lo se|ni idea|quien sabe)',
    'no me (preguntes|pregunte) (eso|esto)?',
    'por que (me)? (preguntas|lo preguntas|quieres saber)',
  ],
  fr: [
    '(je sais pas|je ne sais pas|j sais pas|jsp|chais pas|aucune idee|sais pas)',
    '(me demande pas|ne me demande pas|demande moi pas) (ca)?',
    'pourquoi (tu me demandes|tu demandes|tu veux savoir|cette question)',
  ],
  de: [
    '(weiss nicht|weiss ich nicht|wei nicht|keine ahnung|was weiss ich)',
    '(frag mich das nicht|frag nicht|frag mich nicht)',
    'warum (fragst du|willst du das wissen)',
  ],
  pt: [
    '(nao sei|sei la|nem sei|sei nao)',
    '(nao me perguntes|nao me pergunte|nao pergunta|nao perguntes) (isso|isto)?',
    'por que (voce quer saber|perguntas|pergunta isso)',
    'porque (perguntas|queres saber)',
  ],
  it: [
    '(non so|boh|mah|chi lo sa|che ne so)',
    '(non chiedermelo|non me lo chiedere|non chiedere)',
    'perche (me lo chiedi|lo chiedi|vuoi saperlo)',
  ],
};

/**
 * The person says they are all right ("I'm fine", "tô bem", "mir geht's gut"): a reply to a direct
 * question about suicide that says so is an answer, however thin, and the question is not left
 * unanswered ("it's fine", "c'est rien" wave the question away and are not this).
 */
export const FINE_ANSWERS: Record<ScopeLanguage, readonly string[]> = {
  en: ['(im|i m|i am) (fine|ok|okay|alright|all right|good|safe)'],
  // "bien" and "bem" are also "very" ("estoy bien jodida", "tô bem mal"): not then.
  es: [
    '(estoy|toy) bien !(cansado|cansada|mal|jodido|jodida|triste|harto|harta|agotado|agotada|fregado|fregada)',
    '(estoy|toy) (a salvo|tranquilo|tranquila)',
  ],
  fr: ['(je vais bien|ca va bien|je suis en securite|tout va bien)'],
  de: ['(mir gehts gut|mir geht es gut|mir geht s gut|ich bin okay|ich bin ok|alles gut bei mir)'],
  pt: [
    '(to|tou|estou) bem !(cansado|cansada|mal|triste|ruim|pior|chateado|chateada|esgotado|esgotada|cansadx)',
    '(ta tudo bem|esta tudo bem|tudo bem comigo|estou seguro|estou segura)',
  ],
  it: ['(sto bene|tutto bene|sto tranquillo|sto tranquilla)'],
};

/**
 * Words that open a determiner phrase naming a thing ("my dissertation", "la piscina", "die
 * Steuererklärung", "do grupo", "col bungee"): a short correcting reply that names one says what an
 * ambiguous word was about. Contractions of a preposition and an article count ("al", "du", "do").
 */
export const OBJECT_DETERMINERS: Record<ScopeLanguage, readonly string[]> = {
  en: ['my', 'the', 'a', 'an', 'our', 'his', 'her', 'their'],
  es: [
    'mi',
    'mis',
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'al',
    'del',
    'su',
    'sus',
    'ese',
    'esa',
    'este',
    'esta',
  ],
  fr: [
    'mon',
    'ma',
    'mes',
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'du',
    'des',
    'au',
    'ce',
    'cette',
    'son',
    'sa',
    'ses',
  ],
  de: [
    'mein',
    'meine',
    'meinen',
    'meinem',
    'meiner',
    'die',
    'der',
    'das',
    'den',
    'dem',
    'ein',
    'eine',
    'einen',
    'diese',
    'dieser',
    'dieses',
    'unser',
    'unsere',
    'sein',
    'seine',
    'ihr',
    'ihre',
    'vom',
    'zum',
    'zur',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'meu',
    'minha',
    'meus',
    'minhas',
    'do',
    'da',
    'dos',
    'das',
    'no',
    'na',
    'um',
    'uma',
    'ao',
    'pelo',
    'pela',
    'seu',
    'sua',
    'esse',
    'essa',
  ],
  it: [
    'il',
    'lo',
    'la',
    'l',
    'i',
    'gli',
    'le',
    'mio',
    'mia',
    'miei',
    'mie',
    'un',
    'una',
    'uno',
    'col',
    'del',
    'della',
    'dello',
    'al',
    'alla',
    'sul',
    'sulla',
    'dal',
    'dalla',
    'dallo',
    'nel',
    'nella',
    'nello',
    'quel',
    'quella',
    'quello',
  ],
};

/**
 * Nouns a correcting reply may name that do not move the reading off the person or off someone
 * at risk: the self, their life, and people ("no, my brother" after "I'm going to kill him" is
 * not a clarification). Only the noun right after the determiner is checked.
 */
export const NOT_AN_OBJECT: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'me',
    'myself',
    'life',
    'self',
    'body',
    'mum',
    'mom',
    'mam',
    'mother',
    'dad',
    'father',
    'parents',
    'sister',
    'brother',
    'wife',
    'husband',
    'boyfriend',
    'girlfriend',
    'bf',
    'gf',
    'partner',
    'ex',
    'friend',
    'mate',
    'boss',
    'teacher',
    'kid',
    'kids',
    'son',
    'daughter',
    'baby',
    'family',
    'guy',
    'girl',
    'man',
    'woman',
    'person',
    'people',
    'neighbour',
    'neighbor',
    'roommate',
    'flatmate',
    'coworker',
    'colleague',
    'step',
    'own',
    'whole',
    'end',
    'last',
    'only',
    'plan',
    'note',
    'letter',
    'way',
    'same',
  ],
  es: [
    'vida',
    'madre',
    'mama',
    'padre',
    'papa',
    'hermano',
    'hermana',
    'novio',
    'novia',
    'esposo',
    'esposa',
    'marido',
    'mujer',
    'amigo',
    'amiga',
    'jefe',
    'jefa',
    'hijo',
    'hija',
    'familia',
    'ex',
    'pareja',
    'vecino',
    'vecina',
    'profe',
    'profesor',
    'profesora',
    'plan',
    'carta',
    'nota',
    'final',
    'fin',
    'unica',
  ],
  fr: [
    'vie',
    'mere',
    'pere',
    'maman',
    'papa',
    'frere',
    'soeur',
    'copain',
    'copine',
    'mari',
    'femme',
    'ami',
    'amie',
    'pote',
    'patron',
    'fils',
    'fille',
    'famille',
    'ex',
    'voisin',
    'voisine',
    'prof',
    'mec',
    'meuf',
    'plan',
    'lettre',
    'fin',
    'seule',
  ],
  de: [
    'leben',
    'mutter',
    'vater',
    'mama',
    'papa',
    'bruder',
    'schwester',
    'freund',
    'freundin',
    'mann',
    'frau',
    'chef',
    'chefin',
    'sohn',
    'tochter',
    'familie',
    'ex',
    'nachbar',
    'nachbarin',
    'lehrer',
    'lehrerin',
    'kumpel',
    'plan',
    'brief',
    'ende',
    'einzige',
  ],
  pt: [
    'vida',
    'mae',
    'pai',
    'irmao',
    'irma',
    'namorado',
    'namorada',
    'marido',
    'esposa',
    'mulher',
    'amigo',
    'amiga',
    'chefe',
    'filho',
    'filha',
    'familia',
    'ex',
    'vizinho',
    'vizinha',
    'professor',
    'professora',
    'mano',
    'mina',
    'plano',
    'carta',
    'bilhete',
    'fim',
    'unica',
  ],
  it: [
    'vita',
    'madre',
    'mamma',
    'padre',
    'papa',
    'fratello',
    'sorella',
    'ragazzo',
    'ragazza',
    'marito',
    'moglie',
    'amico',
    'amica',
    'capo',
    'figlio',
    'figlia',
    'famiglia',
    'ex',
    'vicino',
    'vicina',
    'prof',
    'professore',
    'professoressa',
    'piano',
    'lettera',
    'biglietto',
    'fine',
    'unica',
  ],
};

/**
 * Words that name death, suicide or the person as the one killed. A cue worded with one ("kill
 * myself tonight", "quitarme la vida") keeps its floor when the person then names something else;
 * an ambiguous one ("ending it tonight", "en finir ce soir", "took them all") does not.
 */
export const NAMES_DEATH: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'myself',
    'meself',
    'kms',
    'suicide',
    'suicidal',
    'die',
    'dying',
    'dead',
    'death',
    'life',
    'unalive',
  ],
  es: [
    'matarme',
    'suicidarme',
    'morir',
    'morirme',
    'muerto',
    'muerta',
    'muerte',
    'vida',
    'suicidio',
    'quitarme',
  ],
  fr: ['suicider', 'suicide', 'mourir', 'crever', 'tuer', 'mort', 'morte', 'vie', 'jours'],
  de: ['umbringen', 'umzubringen', 'suizid', 'sterben', 'tot', 'tod', 'leben', 'toten', 'mich'],
  pt: ['matar', 'suicidar', 'suicidio', 'morrer', 'morta', 'morto', 'morte', 'vida'],
  it: [
    'ammazzarmi',
    'uccidermi',
    'suicidarmi',
    'suicidio',
    'morire',
    'morto',
    'morta',
    'morte',
    'vita',
  ],
};

/**
 * A place picked out, said with a determiner in the sentence of a thought of suicide ("j'ai même
 * repéré l'endroit", "ya tengo el sitio", "I've found the spot"): a method in mind.
 */
export const CHOSEN_PLACE: Record<ScopeLanguage, readonly string[]> = {
  en: ['spot'],
  es: ['sitio'],
  fr: ['endroit', 'coin'],
  de: ['stelle'],
  pt: ['lugar', 'sitio'],
  it: ['posto', 'punto'],
};

/**
 * Means and places named in a reply: "lol no the pills would be easier" names a means, not
 * something else the words were about, and a reply to a question about suicide that names one
 * instead of a "no" has a means in mind. Classes only, as a person in crisis names them.
 */
export const MEANS_NAMED: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'pills',
    'tablets',
    'meds',
    'rope',
    'bridge',
    'roof',
    'train',
    'tracks',
    'knife',
    'blade',
    'blades',
    'razor',
    'gun',
    'cliff',
    'ledge',
    'overdose',
    'noose',
    'pill',
    'tablet',
    'viaduct',
    'cliffs',
    'shotgun',
    'rifle',
  ],
  es: [
    'pastillas',
    'pastis',
    'cuerda',
    'soga',
    'puente',
    'techo',
    'azotea',
    'tren',
    'vias',
    'cuchillo',
    'navaja',
    'cuchilla',
    'pistola',
    'acantilado',
    'pastilla',
    'mirador',
    'viaducto',
    'acantilados',
    'escopeta',
    'rifle',
  ],
  fr: [
    'cachets',
    'pilules',
    'medocs',
    'corde',
    'pont',
    'toit',
    'train',
    'rails',
    'couteau',
    'lame',
    'rasoir',
    'flingue',
    'falaise',
    'cachet',
    'pilule',
    'medoc',
    'viaduc',
    'belvedere',
    'falaises',
    'fusil',
    'carabine',
  ],
  de: [
    'tabletten',
    'pillen',
    'seil',
    'strick',
    'brucke',
    'dach',
    'zug',
    'gleise',
    'messer',
    'klinge',
    'rasierklinge',
    'waffe',
    'klippe',
    'tablette',
    'pille',
    'viadukt',
    'klippen',
    'gewehr',
    'flinte',
    'schrotflinte',
  ],
  pt: [
    'comprimidos',
    'remedios',
    'pilulas',
    'corda',
    'ponte',
    'telhado',
    'trem',
    'comboio',
    'trilhos',
    'faca',
    'lamina',
    'gilete',
    'arma',
    'penhasco',
    'comprimido',
    'remedio',
    'pilula',
    'viaduto',
    'mirante',
    'falesia',
    'falesias',
    'penhascos',
    'espingarda',
    'cacadeira',
  ],
  it: [
    'pillole',
    'pastiglie',
    'farmaci',
    'corda',
    'ponte',
    'tetto',
    'treno',
    'binari',
    'coltello',
    'lama',
    'lametta',
    'pistola',
    'scogliera',
    'pillola',
    'pastiglia',
    'viadotto',
    'belvedere',
    'scogliere',
    'fucile',
    'doppietta',
  ],
};

/**
 * What a means question asks when it is about harm, not routine: danger, quantity, the night,
 * nobody about, height or depth, a fence. An everyday frame in the same sentence ("the sleeping
 * drops for my mum, are they dangerous if you take a lot?") does not make such a question routine.
 */
export const MEANS_DANGER: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(dangerous|deadly|lethal|fatal|harmful|toxic|poisonous|too many|too much|a lot of them|lots of them|in large amounts|all at once|at night|after dark|overnight|nobody|no one|noone|highest|tallest|deepest|how high|how deep|how far down|fence|fenced|railing|barrier|still work|still fire|ammo|ammunition|bullets|shells)',
  ],
  es: [
    '(peligroso|peligrosa|peligrosos|peligrosas|mortal|mortales|letal|letales|toxico|toxica|demasiadas|demasiados|en cantidad|de golpe|de noche|por la noche|en la noche|nadie|mas alto|mas alta|que tan alto|que tan alta|profundo|profunda|valla|verja|barandilla|baranda|todavia funciona|sigue funcionando|balas|cartuchos|municion)',
  ],
  fr: [
    '(dangereux|dangereuse|dangereuses|mortel|mortelle|mortels|letal|letale|toxique|toxiques|trop de|c est trop|en grande quantite|d un coup|la nuit|de nuit|personne|le plus haut|la plus haute|profond|profonde|grillage|barriere|rambarde|encore servir|marche encore|fonctionne encore|balles|cartouches|munitions)',
  ],
  de: [
    '(gefahrlich|todlich|giftig|zu viele|zu viel|auf einmal|in grossen mengen|nachts|in der nacht|in da nacht|niemand|keiner|hochste|hochsten|wie hoch|wie tief|zaun|gelander|noch funktioniert|noch geht|noch schiesst|munition|patronen|kugeln)',
  ],
  pt: [
    '(perigoso|perigosa|perigosos|perigosas|fatal|mortal|mortais|letal|toxico|toxica|em grande quantidade|em quantidade|de uma vez|a noite|de noite|ninguem|mais alto|mais alta|qual a altura|fundo|funda|grade|vedacao|cancela|ainda funciona|ainda se pode usar|ainda da para usar|balas|cartuchos|municao)',
  ],
  it: [
    '(pericoloso|pericolosa|pericolosi|pericolose|mortale|mortali|letale|tossico|tossica|tossiche|troppe|troppi|in grande quantita|tutte insieme|di notte|la notte|nessuno|piu alto|piu alta|quanto e alto|profondo|profonda|recinzione|ringhiera|funziona ancora|spara ancora|proiettili|cartucce|munizioni)',
  ],
};

/**
 * Abstract nouns that open a statement, not a thing named ("haha the worst part is nobody would
 * notice", "lol the problem is", "jaja la verdad es que sí", "lol the thought is always there").
 */
export const STATEMENT_NOUNS: readonly string[] = [
  ...['worst', 'best', 'problem', 'truth', 'reason', 'part', 'fact', 'idea', 'thought', 'thoughts'],
  ...['feeling', 'urge', 'plan', 'point', 'issue', 'answer', 'question'],
  ...['peor', 'mejor', 'problema', 'verdad', 'razon', 'parte', 'idea', 'pensamiento', 'ganas'],
  ...['pire', 'mieux', 'probleme', 'verite', 'raison', 'idee', 'pensee', 'envie', 'truc'],
  ...['schlimmste', 'beste', 'problem', 'wahrheit', 'grund', 'idee', 'gedanke', 'gefuhl'],
  ...['pior', 'melhor', 'problema', 'verdade', 'razao', 'ideia', 'pensamento', 'vontade'],
  ...['peggio', 'meglio', 'problema', 'verita', 'motivo', 'idea', 'pensiero', 'voglia'],
];

/** Words after a determiner that show it is a pronoun or starts a clause, not a thing named. */
export const NOT_A_NOUN: readonly string[] = [
  ...['s', 're', 'is', 'was', 'are', 'were', 'not', 'one', 'it', 'thing', 'way', 'point'],
  ...['que', 'es', 'era', 'fue', 'no', 'se', 'me', 'te', 'le', 'lo', 'la', 'cosa'],
  ...['est', 'etait', 'ne', 'n', 'qui', 'chose', 'truc'],
  ...[
    'ist',
    'war',
    'wars',
    'bin',
    'nicht',
    'hab',
    'habe',
    'so',
    'meinte',
    'wollte',
    'ding',
    'sache',
  ],
  ...['e', 'foi', 'nao', 'coisa', 'parada'],
  ...['che', 'non', 'cosa', 'roba'],
  // "a veces", "as vezes", "a volte", "des fois": sometimes.
  ...['veces', 'vezes', 'volte', 'fois'],
];

/**
 * Words that may stand before the thing named in a correcting reply's clause ("omg no 😅 my
 * dissertation", "sorry it's a podcast", "ma no, col bungee", "c'est mon forfait"): interjections,
 * apologies and a copula. Anything else before it (a verb, a subject) makes it part of a sentence
 * that says something new, not a correction ("no, no tengo plan. estoy a salvo").
 */
export const CORRECTION_LEAD_WORDS: readonly string[] = [
  ...['omg', 'oh', 'ah', 'oops', 'sorry', 'soz', 'just', 'only', 'literally', 'it', 'its', 's'],
  ...['was', 'about', 'ay', 'ups', 'perdon', 'tranqui', 'es', 'era', 'hablo', 'hablaba'],
  ...['c', 'est', 'etait', 'mais', 'ben', 'bah', 'pardon', 'desole', 'desolee', 'voyons'],
  ...['ach', 'sorry', 'sry', 'ist', 'war', 'ich', 'meinte', 'nur', 'oops', 'e', 'foi', 'era'],
  ...['opa', 'ops', 'desculpa', 'ma', 'scusa', 'era', 'solo', 'parlavo'],
  // "with" and "of": what the words were about ("nein, mit dem Job!", "nooo de las redes!!").
  ...['with', 'de', 'con', 'avec', 'mit', 'von', 'com', 'di', 'sobre'],
  // "to" and "for": where or what for ("noo jajaja a la piscina del hotel", "para la boda").
  ...['a', 'en', 'to', 'for', 'para', 'pra', 'pa', 'por', 'pour', 'zu', 'fur', 'per'],
  // A plural copula: "são as plantas da horta", "c'est… ce sont les", "es sind die Bäume".
  ...['are', 'son', 'sont', 'sind', 'sao', 'sono'],
];

/**
 * Prepositions that give a means an everyday purpose in a correcting reply: "das Seil für die
 * Schaukel", "the rope for the hammock", "la cuerda para el tendedero", "la corde pour la tente",
 * "a corda pra rede", "la corda per l'altalena". The means with the thing it is for is the thing
 * named.
 */
export const PURPOSE_PREPOSITIONS: readonly string[] = [
  // Not "of": "el viaducto de la carretera vieja" names which bridge, not what for.
  ...['for', 'para', 'pra', 'pour', 'fur', 'per', 'zum', 'zur'],
];

/**
 * What "I meant …" may be followed by that clears nothing: everything, all of it, or the person
 * ("I meant everything", "ich meinte alles … mich", "je voulais dire tout", "quise decir todo",
 * "queria dizer tudo", "intendevo tutto"): the clarification carries the risk itself.
 */
export const WHOLE_OR_SELF: readonly string[] = [
  ...['everything', 'me', 'myself', 'it', 'that', 'literally', 'exactly'],
  ...['todo', 'toda', 'yo', 'literal', 'literalmente', 'eso'],
  ...['tout', 'moi', 'ca', 'exactement', 'litteralement'],
  ...['alles', 'mich', 'ich', 'genau', 'wortlich'],
  ...['tudo', 'mim', 'eu', 'isso', 'literalmente'],
  ...['tutto', 'me', 'io', 'quello', 'davvero', 'letteralmente', 'proprio'],
];

/**
 * An assistant or counsellor checking what the person meant ("what do you mean?", "when you say
 * …", "¿a qué te referís?", "wie meinst du das?", "como assim?", "cosa intendi?"). Like a question
 * about suicide, it makes the person's next turn an answer: a reply that names an everyday thing
 * there is a correction without laughter or an apology to mark it (see `conversation.ts`).
 */
export const MEANING_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'what (do|did) you mean',
    '(when|if) you say',
    '(do|did) you mean',
    'what are you (referring to|talking about)',
    '(tell me|say) more about what you mean',
  ],
  es: [
    '(que|q) (quieres|queres|quisiste) decir',
    '(a que|a q) te (refieres|referis|referias)',
    '(cuando|si) (dices|decis|dijiste)',
    'hablas de',
  ],
  fr: [
    '(qu est ce que|que) (tu veux|vous voulez) dire',
    '(tu veux|vous voulez) dire',
    '(quand|lorsque) (tu dis|vous dites)',
    'tu parles de',
  ],
  de: [
    'wie (meinst du|meinen sie) das',
    '(was|wen) (meinst du|meinen sie)',
    '(wenn du|wenn sie) (sagst|sagen)',
    '(meinst du|meinen sie)',
  ],
  pt: [
    'como assim',
    '(o que|oq) (voce|vc|tu) quer dizer',
    '(o que|oq) queres dizer',
    'quando (voce diz|vc diz|dizes|tu dizes)',
    '(voce|vc)? (esta|ta|estas) (falando|a falar) de',
  ],
  it: ['cosa (intendi|vuoi dire)', 'che (intendi|vuoi dire)', 'quando dici', '(intendi|parli di)'],
};

/**
 * The person correcting who or what the words were about: not them, someone or something else
 * ("the startup, not me", "no hablaba de mí", "je parlais pas de moi", "nicht ich!", "não é
 * comigo", "non io"). With a thing named in the same short reply it marks the reply as a
 * correction, as laughter or an apology does; alone it clears nothing.
 */
export const SUBJECT_CORRECTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: ['not me', 'not (about|talking about) me', 'wasnt (about|talking about) me', 'not myself'],
  es: ['no (hablaba|hablo|estaba hablando) de mi', 'no (soy|era) yo', 'no es por mi', 'no yo'],
  fr: ['(je)? (ne)? (parlais|parle) pas de moi', 'pas (de)? moi', '(c est|c etait) pas moi'],
  de: [
    'nicht ich',
    'nicht mich',
    'nicht von mir',
    'nicht uber mich',
    '(ich meinte|meinte) nicht mich',
  ],
  pt: [
    'nao (e|era) (comigo|eu|de mim)',
    'nao (falava|tava falando|estava falando) de mim',
    'nao eu',
  ],
  it: ['non (io|me)', 'non (parlavo|sto parlando|parlo) di me', 'non (sono|ero) io'],
};

/**
 * Function words that tell the conversation's six languages apart (folded, as token keys are),
 * for reading determiners: the Italian article "i" is not the English "I", the German "die" and
 * "das" are not the English verb or the Portuguese article, the Portuguese "no" is not a denial.
 * Counted over the whole conversation (the assistant's turns are in the same language).
 */
export const LANGUAGE_MARKERS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'the',
    'and',
    'you',
    'is',
    'it',
    'that',
    'with',
    'not',
    'to',
    'was',
    'just',
    'what',
    'of',
    'are',
    'im',
    'dont',
    'when',
    'about',
    'my',
  ],
  es: [
    'que',
    'el',
    'y',
    'los',
    'las',
    'por',
    'para',
    'pero',
    'esta',
    'estas',
    'lo',
    'con',
    'del',
    'muy',
    'tu',
    'yo',
    'mas',
    'eso',
    'cuando',
    'hablas',
  ],
  fr: [
    'je',
    'les',
    'est',
    'pas',
    'et',
    'tu',
    'une',
    'des',
    'mon',
    'avec',
    'c',
    'ca',
    'ce',
    'j',
    'qu',
    'pour',
    'moi',
    'suis',
    'dans',
    'veux',
  ],
  de: [
    'ich',
    'und',
    'nicht',
    'ist',
    'du',
    'mit',
    'der',
    'mich',
    'ein',
    'es',
    'hab',
    'auf',
    'wie',
    'dir',
    'bin',
    'was',
    'sich',
    'nur',
    'meinst',
  ],
  pt: [
    'nao',
    'voce',
    'vc',
    'eu',
    'com',
    'um',
    'meu',
    'minha',
    'ta',
    'isso',
    'pra',
    'mas',
    'tudo',
    'esta',
    'estou',
    'to',
    'muito',
    'aqui',
    'agora',
  ],
  it: [
    'non',
    'che',
    'di',
    'il',
    'sono',
    'mi',
    'per',
    'ma',
    'ho',
    'io',
    'gli',
    'della',
    'stai',
    'sei',
    'ti',
    'anche',
    'questo',
    'tutto',
    'cosa',
  ],
};

/**
 * Words that never carry an ambiguous cue's meaning (places, fillers, times, prepositions): a reply that says one
 * of them again says nothing again ("better off if i just wasnt here" … "which car park round here
 * is the highest"). "All" is not among them: it is the ambiguous phrase itself ("acabar com tudo").
 */
export const NOT_ECHO_WORDS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'with',
    'from',
    'about',
    'into',
    'that',
    'what',
    'when',
    'where',
    'will',
    'here',
    'there',
    'just',
    'really',
    'still',
    'even',
    'anymore',
    'around',
    'again',
    'ever',
    'only',
    'this',
    'have',
    'been',
    'would',
    'could',
    'wasnt',
    'werent',
    'they',
    'them',
    'your',
    'everyone',
    'better',
  ],
  es: [
    'para',
    'pero',
    'como',
    'esta',
    'este',
    'desde',
    'hasta',
    'sobre',
    'porque',
    'aqui',
    'alli',
    'ahi',
    'solo',
    'nada',
    'esto',
    'ahora',
    'siempre',
  ],
  fr: [
    'pour',
    'dans',
    'avec',
    'sans',
    'mais',
    'comme',
    'parce',
    'ici',
    'juste',
    'encore',
    'plus',
    'rien',
    'toujours',
    'maintenant',
  ],
  de: [
    'nicht',
    'aber',
    'eine',
    'einen',
    'einem',
    'einer',
    'doch',
    'wenn',
    'dann',
    'oder',
    'auch',
    'dass',
    'hier',
    'dort',
    'noch',
    'schon',
    'mehr',
    'nichts',
    'immer',
    'jetzt',
  ],
  pt: [
    'para',
    'pelo',
    'pela',
    'como',
    'isso',
    'esse',
    'essa',
    'este',
    'esta',
    'quando',
    'porque',
    'ali',
    'ainda',
    'mais',
    'nada',
    'sempre',
  ],
  it: [
    'della',
    'dello',
    'delle',
    'degli',
    'come',
    'anche',
    'questo',
    'questa',
    'quando',
    'sono',
    'perche',
    'qui',
    'qua',
    'solo',
    'ancora',
    'niente',
    'sempre',
    'adesso',
  ],
};

/** An assistant or counsellor asking whether the person is safe: a bare "no" to it is not a correction. */
export const SAFETY_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: ['(are you|r u|you|are u) (safe|ok|okay|alright|all right)', 'somewhere safe'],
  es: ['(estas|esta|estan) (a salvo|segura|seguro|bien)', 'en un lugar seguro'],
  fr: ['(es tu|etes vous|tu es|vous etes) (en securite|a l abri)', '(ca va|tu vas bien)'],
  de: ['(bist du|sind sie) (sicher|in sicherheit|okay|ok)', 'geht es dir gut'],
  pt: ['(voce esta|vc ta|vc esta|estas|ta) (seguro|segura|em seguranca|bem)'],
  it: ['(sei|e) (al sicuro|in sicurezza|ok)', '(stai|sta) bene'],
};

/**
 * Someone else's oblique signs of preparation, by sign: giving treasured things away (a pet, a
 * vehicle, a watch, to the writer or to others), putting a will or papers in order, saying goodbye
 * (to everyone, a letter left for someone, thanking the writer for being a friend), telling people
 * they will not have to worry about them, talk of dying or of not being around any more
 * (`death_talk`), and handing the care of someone over to the writer "for him" or "when she's
 * gone" (`entrusting`). One has everyday readings (a move, a tidy-up, an old person's good sense,
 * a bad week); two different ones about someone, with no move or retirement to explain them, are
 * a third-party concern with preparation signs (`high` in the labelling guide).
 */
export const OTHERS_PREPARATION: Record<
  ScopeLanguage,
  Readonly<
    Record<
      'giving' | 'affairs' | 'goodbye' | 'no_worry' | 'death_talk' | 'entrusting',
      readonly string[]
    >
  >
> = {
  en: {
    giving: [
      '(gave|giving|gives|given|gave away|giving away|handed|handing|tried to give|wanted to give|tried to hand) ~4 (his|her|their) (jewellery|jewelry|rings|ring|watch|guitar|console|things|stuff|books|tools|car|bike|dog|cat|records|clothes|trainers|medals|gear)',
      '(his|her|their) (jewellery|jewelry|rings|watch|guitar|console|tools|records|medals) (to|away)',
      '(dropped|dropping|left|leaving) (his|her|their) (dog|cat|pets|bird|horse) (off)? (with|at) ~4 (for good|to keep|permanently)',
      '(gave|given|handed|signed) (me|us|my brother|my sister|his brother|her sister) (his|her|their) (car|truck|ute|bike|motorbike|dog|cat|watch|guitar|keys|rings|medals)',
      '(gave|given|giving|handed) ~4 (his|her|their) (van|truck|boat|camera|laptop|fishing rods|rods|collection|vinyl|ps5|xbox|playstation)',
      '(said|says|saying) (he|she|they) (wouldnt|wouldn t|would not|wont|won t|will not) (be needing|need) (it|them|that|those) (anymore|any more|now)?',
    ],
    affairs: [
      '(sorted|sorting|sort|made|making|wrote|writing|updated|updating|changed|changing|redid) (out)? (his|her|their) (will|papers|affairs|paperwork|finances|accounts|funeral)',
      '(his|her|their) (will|affairs|papers|paperwork) (in order|sorted|done|all sorted)',
    ],
    goodbye: [
      '(said|saying|says|say) (goodbye|bye|goodbyes) to (everyone|everybody|all of us|us all|the whole family)',
      '(keeps|kept) saying (she s|he s|they re|she is|he is|they are) (ready|at peace|done)',
      '(made|making) (his|her|their) peace',
      '(thanked|thanking|thanks|thank) (me|us|everyone) for (being|everything|all)',
      '(left|wrote|writing) (a|this)? (letter|note) (for|to) (me|us|mum|mom|dad|his|her|their|everyone)',
      'see (you|u) (all)? on the other side',
      '(said|saying|says|posted|posting) sorry (to everyone|to all of us|for everything)',
      '(sending|sent|sends|been sending|texting|texted) (people|everyone|everybody|us|his mates|her mates|his friends|her friends|their friends)? (goodbye|farewell) (texts|messages|letters|notes)',
    ],
    no_worry: [
      '(wont|won t|will not|wouldnt|would not|dont|do not) (have|need) to worry about (him|her|them) (anymore|much longer|for long|soon)?',
      '(wont|won t|will not|wouldnt|would not|dont|do not) (have|need) to (deal with|put up with|look after) (him|her|them) (anymore|much longer|for long)',
      '(he|she|they) (wont|won t|will not) be a (burden|bother|problem|weight) (to (anyone|us|anybody|you|me))? (much longer|for long|anymore)',
    ],
    death_talk: [
      '(he|she|they|hes|shes|theyre|he s|she s|they re) (has|have|s|is|are|keeps|kept|been)? (been)? (talking|talks|talked|going on|goes on) (about|of) (dying|death|being dead|not being here|not being around|ending it)',
      '(he|she|they) (says|said|keeps saying|kept saying|told me) ~3 (nothing matters|there s no point|theres no point|no point anymore|wont be around|won t be around|wont be here|won t be here|is tired of living|s tired of living)',
    ],
    entrusting: [
      '(asked|told|wants|made) (me|us) (to)? (promise)? (to)? (look after|take care of|watch over|keep an eye on) ~3 (for (him|her|them)|when (he|she|they))',
    ],
  },
  es: {
    giving: [
      '(regalo|regalando|ha regalado|regala|repartio|repartiendo|dio|dando) ~3 (sus|su) (joyas|anillos|relojes|reloj|herramientas|cosas|libros|guitarra|ropa|consola|perro|gato|moto|carro|coche|auto|camioneta|llaves)',
    ],
    affairs: [
      '(arreglo|ordeno|hizo|preparo|organizo|arreglando|ordenando|haciendo|organizando) ~2 (el|su) testamento',
      '(los|sus) (papeles|cuentas) ~3 (ordenados|en orden|arreglados)',
      'dejo (todos)? (los|sus) (papeles|cuentas) ~4 (ordenados|en orden|arreglados)',
    ],
    goodbye: [
      'se (despidio|despide|esta despidiendo) de (todos|todo el mundo|toda la familia)',
      'me (agradecio|dio las gracias) por (todo|ser|haber sido)',
      '(dejo|escribio|me dejo) una (carta|nota) (para|pa|a)',
    ],
    no_worry: [
      'no (me|nos|te) (voy|vamos|vas|va|van) a tener que preocupar (mas)? por (el|ella)',
      'ya no (me|nos|te) (voy|vamos|vas|va) a tener que preocupar',
      '(ya)? no (va a|va a ser|sera) (una)? (carga|molestia|estorbo) (para nadie|por mucho tiempo|mucho tiempo|mas)',
    ],
    death_talk: [
      '(habla|hablaba|anda hablando|solo habla|no para de hablar) (de|sobre) (morir|morirse|la muerte|desaparecer)',
      '(dice|dijo|anda diciendo|repite) que (ya)? (nada tiene sentido|no tiene sentido seguir|no va a estar|ya no va a estar|no vale la pena vivir)',
      'cuando (el|ella)? (ya)? no (este|estara)',
    ],
    entrusting: [
      '(que|me pidio que|quiere que) (cuide|cuidara|cuidemos|me haga cargo) (a|de)? ~3 por (el|ella)',
    ],
  },
  fr: {
    giving: [
      '(donne|donner|a donne|distribue|a distribue|offert|a offert) ~3 (ses|sa|son) (bijoux|bagues|affaires|livres|montre|outils|vetements|guitare|console|chat|chien|voiture|moto|scooter|cles)',
    ],
    affairs: [
      '(fait|redige|a fait|a redige|prepare|refait|mis a jour) (son) testament',
      '(ses|tous ses) papiers (en ordre|ranges|regles)',
    ],
    goodbye: [
      '(dit|a dit|dire) (au revoir|adieu) a (tout le monde|tous|toute la famille)',
      '(m a|nous a) remercie* (pour|d avoir|d etre)',
      '(a laisse|a ecrit|m a laisse) une (lettre|carte|mot) (pour|a)',
    ],
    no_worry: [
      '(plus|pas) (besoin de)? s (inquieter|en faire) pour (lui|elle)',
      '(n aurons|n aurez|n auras|n aurai) plus a s inquieter',
      '(ne sera|sera) (plus)? (un poids|un fardeau|une charge) (pour personne|plus longtemps|bien longtemps)',
    ],
    death_talk: [
      '(il|elle) (parle|parlait|n arrete pas de parler|ne parle que) (de mourir|de la mort|de disparaitre|d en finir)',
      '(il|elle) (dit|disait|repete) ~2 (que plus rien n a de sens|que rien n a de sens|qu il sera plus la|qu elle sera plus la|qu il ne sera plus la|qu elle ne sera plus la)',
      'quand (il|elle) (ne)? sera plus la',
    ],
    entrusting: [
      '(de|que je) (prenne|prendre|m occupe|m occuper) (soin)? (de|d) ~3 (pour (lui|elle)|quand (il|elle))',
    ],
  },
  de: {
    giving: [
      '(ihren|seinen|ihre|seine|ihr|sein) (schmuck|ringe|ring|uhr|werkzeug|sachen|gitarre|bucher|motorrad|hund|katze|konsole|auto|schlussel) ~3 (verschenkt|weggegeben|verteilt|vermacht|gegeben|geschenkt|gschenkt|abgegeben)',
      '(verschenkt|verschenkte|verteilt|verteilte) (ihren|seinen|ihre|seine|ihr|sein)',
    ],
    affairs: [
      '(ihr|sein) testament ~2 (gemacht|geschrieben|geandert|aufgesetzt|geregelt)',
      '(ihre|seine) (papiere|unterlagen|finanzen) ~2 (geordnet|geregelt|sortiert)',
    ],
    goodbye: [
      '(von allen|von jedem|von der ganzen familie) verabschiedet',
      '(hat sich|sich) bei (mir|uns|allen) (bedankt|fur alles bedankt)',
      '(einen|nen|n) (brief|abschiedsbrief|zettel) (fur|an) ~2 (hinterlassen|geschrieben|dagelassen)',
    ],
    no_worry: [
      '(keine|nicht mehr|keine mehr) sorgen (mehr)? um (ihn|sie) (machen)?',
      '(nicht mehr lange|bald nicht mehr|niemandem mehr) (zur last|zu last) (fallen|fallt|fallen wird)',
    ],
    death_talk: [
      '(redet|spricht|redete|sprach) ~4 (vom sterben|vom tod|uber den tod|ubers sterben|vom nicht mehr da sein)',
      '(wenn|falls|sobald) (er|sie) (nicht mehr|nimmer|nimma) da (ist|is|sei)',
      '(sagt|meint|sagte|meinte) ~3 (alles sinnlos|nichts mehr sinn|hat keinen sinn mehr|nicht mehr lange da)',
    ],
    entrusting: ['(soll|sollen|sollte|solle) (mich|uns) ~2 (um|fur) ~3 (kummern|sorgen|aufpassen)'],
  },
  pt: {
    giving: [
      '(dando|deu|doou|doando|distribuiu|distribuindo) ~3 (as|os|a|o)? (joias|aneis|relogio|ferramentas|coisas|livros|roupas|violao|console) (dela|dele)',
      '(dando|deu|doou|doando|distribuiu|distribuindo) ~2 (suas|seus|sua|seu) (joias|aneis|relogio|ferramentas|coisas|livros|roupas)',
      '(deu|doou|deixou|dando|passou) (o|a) (cachorro|cachorra|cao|gato|gata|moto|mota|carro|violao|relogio) (dele|dela)? (pro|pra|para|ao|a)',
    ],
    affairs: [
      '(organizou|fez|arrumou|organizando|fazendo|arrumando|preparou) (o)? testamento',
      '(papeis|contas|documentos) ~2 (organizados|em ordem|arrumados)',
    ],
    goodbye: [
      'se (despediu|despedindo|despede) de (todo mundo|todos|toda a familia)',
      '(deixou|escreveu) uma (carta|bilhete) (pra|para|a)',
      '(me|nos) agradeceu por (tudo|ser)',
    ],
    no_worry: [
      'nao (vou|vamos|vai|vao) (mais)? (precisar|ter que) (me|nos|se)? preocupar com (ele|ela)',
      'ninguem (vai|vai mais|mais vai)? (precisar|ter que) (se)? preocupar com (ele|ela)',
      'nao (vai|vai mais) (ser|dar) (um)? (peso|trabalho|incomodo) (pra|para|a)? (ninguem|ninguem por muito tempo|por muito tempo)',
      '(ja)? fez tudo (que|o que) tinha (que|de) fazer',
    ],
    death_talk: [
      '(so fala|fala|falou|vive falando|anda a falar|fica falando) (em|de|da|sobre) (morrer|morte|sumir|acabar com tudo)',
      'quando (ele|ela) (nao|ja nao) (estiver|tiver) (mais)? (aqui|ca)',
      '(diz|disse|falou) que (nada|mais nada) (faz|tem) sentido',
    ],
    entrusting: [
      '(pediu|pede|quer) (pra|para|que) (eu)? (cuidar|cuide|tomar conta|tome conta) (da|do|de) ~3 (por ele|por ela|quando)',
    ],
  },
  it: {
    giving: [
      '(regalato|regala|regalando|dato via|dando via|regalare) ~3 (i suoi|le sue|la sua|il suo|l) (gioielli|anelli|orologio|attrezzi|cose|libri|vestiti|chitarra|moto)',
      '(regalato|regala|regalando) (l orologio|i gioielli|gli anelli|la chitarra|la moto)',
      '(dato|lasciato|affidato) (il|la) (cane|gatto|gatta|moto|macchina) (a|al|alla|ai)',
    ],
    affairs: [
      '(fatto|scritto|sistemato|preparato|rifatto) (il)? testamento',
      '(sistemato|messo in ordine) (tutte)? (le)? (carte|documenti|conti)',
    ],
    goodbye: [
      '(salutato|saluta|salutando) tutti',
      '(mi ha|ci ha) ringraziat* (per|di)',
      '(ha lasciato|ha scritto|mi ha lasciato) una (lettera|biglietto) (per|a)',
    ],
    no_worry: [
      'non (ci|mi|vi) (sara|dovremo|dovrete|dovro) (piu)? (da)? (pensare|preoccupar*) (a lui|a lei|per lui|per lei)',
      'non ci sara piu da pensare a (lui|lei)',
      'non (sara|sara piu) (un peso|di peso) (per nessuno|ancora per molto|a lungo)',
    ],
    death_talk: [
      '(parla|parlava|continua a parlare|non fa che parlare) (di morire|della morte|di sparire|di farla finita)',
      '(dice|diceva|ha detto) ~2 che (niente ha piu senso|non ha piu senso niente|non ci sara piu)',
      'quando (lui|lei)? non ci sara piu',
    ],
    entrusting: [
      '(mi ha chiesto di|vuole che|di) (badare|badi|prendermi cura|mi prenda cura|occuparmi|mi occupi) (a|di|della|del|dei) ~3 (per lui|per lei|quando)',
    ],
  },
};

/**
 * An assistant or counsellor asking whether what it just said is the person's case ("Manchmal
 * verschenken Menschen ihre Sachen, wenn sie an Suizid denken. Ist das bei dir so?"): after a turn
 * that names suicide it is a question about thoughts of suicide (see `conversation.ts`).
 */
export const CASE_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(is|could) (that|this|it) (be)? (what s|whats|what is) (happening|going on) (for|with) you',
    '(is|could) (that|this|it) (be)? (the case|true) for you',
    '(does|could) (that|this|any of that) (sound like|apply to|be) you',
    '(is|was) (that|this|it) something (you re|youre|you are|ur) (actually|really)? (thinking|considering)',
  ],
  es: [
    '(es|sera|podria ser) (tu|su) caso',
    '(te|le) (pasa|esta pasando) (eso|algo asi|algo parecido)',
  ],
  fr: [
    '(c est|est ce|serait ce) (ton|votre) cas',
    '(c est|est ce) ce qui (t arrive|vous arrive|se passe pour toi)',
  ],
  de: [
    'ist (das|es) bei (dir|ihnen) (auch)? so',
    'trifft das (auch)? auf (dich|sie) zu',
    'geht (es|das) dir (auch)? so',
  ],
  pt: [
    '(e|sera|pode ser) o (seu|teu) caso',
    '(isso|e isso que) (te|lhe)? (acontece|esta acontecendo|ta acontecendo) (com voce|contigo)?',
  ],
  it: [
    '(e|sarebbe|potrebbe essere) il (tuo|suo) caso',
    '(ti|le) (succede|capita|sta succedendo) (questo|qualcosa del genere|qualcosa di simile)',
  ],
};

/**
 * An assistant or counsellor asking the person's age: a bare number in reply ("14.", "tengo 13")
 * is their age, and a child's age makes abuse of them `high` (see `conversation.ts`).
 */
export const AGE_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: ['how old (are|r) (you|u)', '(what s|whats|what is) your age'],
  es: ['(cuantos|cuantitos) anos (tienes|tenes|tiene)', 'que edad (tienes|tenes|tiene)'],
  fr: ['quel age (as tu|tu as|avez vous|vous avez)', 'tu as quel age'],
  de: ['wie alt bist du', 'wie alt sind sie'],
  pt: ['quantos anos (voce tem|vc tem|tens|tem)', 'qual (e)? (a)? (sua|tua) idade'],
  it: ['quanti anni (hai|ha)', 'che eta (hai|ha)'],
};

/**
 * An assistant or counsellor asking how the person is. The answer is not a yes or a no, but a low
 * one ("awful", "not great honestly", "beschissen") is distress said in words, as a crisis worker
 * would hear it: a means question after it counts.
 */
export const WELLBEING_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    'how (are|r) (you|u|things|you all) (doing|feeling|holding up|coping|going|managing)?',
    'how (do|does) (you|that|it|this|all this|all that) (feel|make you feel)',
    'how (have you been|s it going|is it going|are you really|is everything)',
    '(are you|r u|you) (ok|okay|alright|all right|doing ok|doing okay)',
  ],
  es: [
    'como (estas|esta|andas|vas|te sientes|te sentis|te encuentras|te va|lo llevas|lo estas llevando|lo vas llevando|seguis|sigues)',
    'que tal (estas|andas|vas|todo|te sientes|lo llevas)',
    '(estas|esta) bien',
  ],
  fr: [
    'comment (tu vas|vas tu|ca va|tu te sens|te sens tu|vous allez|allez vous|vous vous sentez|vous sentez vous|tu le vis|tu tiens|tu te portes|tu t en sors)',
    '(ca va|tu tiens le coup|vous tenez le coup)',
  ],
  de: [
    'wie (geht|gehts|ging) (es|s)? (dir|ihnen|euch)',
    'wie (fuhlst du dich|fuhlen sie sich|kommst du damit klar|kommst du klar|gehst du damit um|haltst du durch)',
    'alles (ok|okay|gut|klar) (bei dir|mit dir)',
  ],
  pt: [
    'como (voce|vc|tu)? (esta|ta|estas|se sente|te sentes|anda|andas|vai|vais|esta se sentindo|ta se sentindo|esta lidando|ta lidando|estas a lidar)',
    '(voce|vc|tu) (esta|ta|estas) bem',
    'tudo bem (com voce|contigo)',
  ],
  it: [
    'come (stai|sta|state|ti senti|si sente|vi sentite|va|te la passi|la stai vivendo|stai vivendo|la vivi)',
    '(stai|sta) bene',
    'tutto (bene|ok|a posto)',
  ],
};

/**
 * A low answer at the start of the reply. Bare words ("bad", "mal", "male") read only when no
 * negator stands right before them ("not bad", "pas mal", "non male" are fine).
 */
export const LOW_MOOD_ANSWERS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(bad|awful|terrible|horrible|horrendous|shit|shite|shitty|crap|crappy|rough|miserable|empty|numb|hopeless|broken|wrecked|destroyed|devastated|worse|worst|hollow|dead inside|like shit|like crap|like hell|like garbage|like trash)',
    'not (great|good|well|ok|okay|fine|so good|so great|too good|too well|doing well|doing great|coping|holding up|really ok|really okay)',
    '(pretty|really|so|very|honestly|tbh|kinda|kind of) (bad|awful|terrible|shit|shitty|rough|low|down|empty|numb|miserable|crap)',
    '(im|i m|i am|feeling|feel|i feel) (awful|terrible|horrible|like shit|like crap|empty|numb|hopeless|broken|low|down|miserable|worse|so tired of everything)',
    '(been better|falling apart|drowning|at the end of my rope)',
    'barely (holding on|holding up|coping|surviving|hanging on)',
  ],
  es: [
    '(mal|fatal|horrible|pesimo|pesima|terrible|peor|vacio|vacia|destrozado|destrozada|destruido|destruida|roto|rota|hecho mierda|hecha mierda|de la mierda|como el culo|como la mierda|para el orto|hecho polvo|hecha polvo|hecho bolsa|hecha bolsa|para la mierda)',
    '(muy|re|bastante|super) (mal|fatal)',
    'no (muy|tan|nada|estoy|ando|me siento)? bien',
  ],
  fr: [
    '(mal|nul|nulle|horrible|affreux|vide|epuise|epuisee|detruit|detruite|pire|au bout|a bout|a plat|de la merde|la merde|au fond du trou|en miettes)',
    '(tres|super|trop|vraiment) (mal|nul)',
    '(pas|pas tres|pas trop|pas super) (bien|top|terrible|fort|ouf|la joie)',
    'ca va pas',
  ],
  de: [
    '(schlecht|beschissen|scheisse|mies|furchtbar|schrecklich|leer|kaputt|schlimm|schlimmer|miserabel|hundsmiserabel|am ende|am boden|fertig)',
    '(richtig|echt|total|ganz|voll|sehr) (schlecht|beschissen|mies|scheisse|fertig|kaputt)',
    '(nicht|gar nicht|nicht so|nicht wirklich) (gut|toll|gut ehrlich gesagt)',
  ],
  pt: [
    '(mal|pessimo|pessima|horrivel|vazio|vazia|destruido|destruida|acabado|acabada|pior|uma merda|na merda|um lixo|no fundo do poco|na bad|exausto|exausta)',
    '(muito|bem|super|mo) (mal|na bad)',
    'nao (muito|tao|to|estou|ando|me sinto)? bem',
  ],
  it: [
    '(male|malissimo|malissima|di merda|uno schifo|da schifo|a pezzi|distrutto|distrutta|vuoto|vuota|uno straccio|sfinito|sfinita|peggio|morto dentro|morta dentro)',
    '(molto|proprio|davvero|tanto) (male|giu)',
    'non (molto|tanto|troppo|sto|mi sento)? bene',
  ],
};

/**
 * The person names a game, a role-play or a story they are playing or writing ("this boss is
 * impossible", "nel gioco", "je joue à", "ich zock grad"). In the conversation logic the frame
 * carries to their next turn, where "I have to jump off the cliff" is still the game. Only words
 * that name play or writing: "the match", "la partita", "the boss" (at work) are left out.
 */
export const PLAY_FRAMES: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(playing|play|played|plays) (the|this|that|a|my|some|our)? ~2 (game|games|campaign|level|levels|mission|quest|map|dungeon|raid|run)',
    // Not "a mission", "the campaign", "a raid": everyday words outside a game.
    '(the|this|that|a|my|our|next|last|final|first|same) (game|videogame|video game|playthrough|speedrun|dungeon)',
    // "this level of stress" is no game.
    '(the|this|that|next|last|final|first|same) level !(of)',
    '(final|last|end|first|second|third|secret|hidden) boss',
    'boss (fight|battle|level|arena|phase|room)',
    '(respawn|respawns|respawned|respawning|speedrun|speedrunning|multiplayer|co op|coop|tabletop|pen and paper|dungeon master|game master|rpg|souls like|soulslike)',
    '(my|his|her|our|the) (character|char|avatar|oc|toon|investigator|paladin|rogue|wizard)',
    '(writing|write|wrote|drafting|draft) (a|my|the|this|an) (story|novel|book|script|screenplay|scene|chapter|fic|fanfic|short story|comic)',
  ],
  es: [
    '(jugando|juego|jugamos|jugaba|jugar|jugué) (a|al) !(ser|que)',
    '(el|este|ese|un|mi|del|al) (juego|videojuego|jefe final|personaje|modo historia)',
    '(el|este|ese|del|al) nivel !(de)',
    '(jefe final|multijugador|partida online|rol de mesa|master del rol)',
    '(escribiendo|escribo|escribir|escribi) (un|una|mi) (cuento|novela|historia|guion|relato|escena|capitulo|comic)',
  ],
  fr: [
    '(je joue|on joue|je jouais|on jouait|jouer|en train de jouer) (a|au|aux) !(etre)',
    '(le|ce|un|mon|du) (jeu|jeu video|boss|personnage|perso|sanctuaire|donjon)',
    // "au niveau du boulot" is a filler, not a game.
    '(le|ce) niveau !(de|d)',
    '(jeu de role|jdr|mode histoire|multijoueur|maitre du jeu|boss final)',
    '(j ecris|j ai ecrit|ecrire|en train d ecrire) (un|une|mon|ma) (histoire|roman|nouvelle|scenario|livre|scene|chapitre|bd)',
  ],
  de: [
    '(zocke|zocken|zockt|gezockt|zock)',
    '(das|dieses|ein|im|am|beim|vom) (spiel|videospiel|game|level|endboss)',
    '(endboss|bossfight|bosskampf|pen and paper|pen paper|rollenspiel|spielleiter|spielleiterin|dungeon master|mein charakter|meine spielfigur|mein ermittler|koop|multiplayer)',
    '(spiele|spielen|spielt|gespielt) (grad|gerade|gestern|heute)? ~2 (game|videospiel|rollenspiel|pen and paper|cthulhu|zelda|minecraft|fortnite)',
    '(schreibe|schreib|schreiben) (an)? (einer|einem|meiner|meinem|eine|einen) (geschichte|roman|buch|drehbuch|szene|kapitel|comic)',
  ],
  pt: [
    // "me jogar" is also "throw myself": only play with a game or with friends.
    '(jogando|joguei|jogar|jogamos|jogo) (videogame|game|online|no pc|no celular|no console|rpg)',
    '(jogando|joguei|jogar|jogamos) (com|c) (os|meus|uns|a|as) (amigos|amigas|parca|parcas|manos|bros|primos|galera)',
    '(o|esse|este|um|no|nesse|do) (jogo|game|videogame|chefao|personagem|modo historia)',
    '(chefao|chefe final|multiplayer|rpg de mesa|mestre do rpg)',
    '(escrevendo|escrevo|escrever|escrevi) (um|uma|meu|minha) (conto|romance|historia|livro|roteiro|cena|capitulo)',
  ],
  it: [
    '(sto giocando|gioco a|giochiamo|giocare|giocato|giocando) (a|al|allo|alla|con)?',
    '(il|questo|un|nel|al|del) (gioco|videogioco|boss|personaggio)',
    '(il|questo|nel|al) livello !(di)',
    '(boss finale|modalita storia|multigiocatore|gioco di ruolo|master della campagna)',
    '(sto scrivendo|scrivo|scrivere|ho scritto) (un|una|il mio|la mia) (racconto|romanzo|storia|libro|sceneggiatura|scena|capitolo|fumetto)',
  ],
};

/**
 * The person steps out of a game or story ("irl", "in real life", "en la vida real"), or the
 * story is about them ("a story about a girl like me", "eine Geschichte über mich").
 */
export const REAL_LIFE: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(irl|in real life|real life|for real|in the real world|not in the game|not the game|not my character)',
    '(about|like) (me|myself)',
  ],
  es: [
    '(en la vida real|de verdad|en serio|no en el juego|no mi personaje)',
    '(sobre|como) (mi|yo) !(mismo|misma)',
  ],
  fr: [
    '(dans la vraie vie|irl|pour de vrai|pas dans le jeu|pas mon personnage)',
    '(sur|comme) moi',
  ],
  de: [
    '(im echten leben|in echt|im realen leben|nicht im spiel|ernsthaft|nicht meine figur)',
    '(uber|wie) mich',
  ],
  pt: ['(na vida real|de verdade|serio|nao no jogo|nao o personagem)', '(sobre|como) (mim|eu)'],
  it: [
    '(nella vita reale|nella realta|davvero|sul serio|non nel gioco|non il personaggio)',
    '(su di me|come me)',
  ],
};

/**
 * The person says they are dying or killed, of something, in the present ("I'm dead", "me estoy
 * muriendo del calor", "ce match m'a tué", "ick sterbe", "tô morrendo", "mi sta ammazzando"). In
 * a turn where the rules read no risk and no distress it is hyperbole, and a heavy cue said
 * laughing in a later turn ("si on perd encore je vais me pendre mdr") continues the joke — the
 * same reading as an idiom the scope knows. Grief ("my dad died") is not among them: past tense
 * and about someone else.
 */
export const HYPERBOLE: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(im|i m|i am) (literally|actually|so|lowkey)? (dying|dead|deceased|ded)',
    '(i|i literally|i actually) (died|just died)',
    '(its|it s|this is|this|that|thats|that s|he s|she s|they re|you re) (literally|actually|lowkey)? (killing|murdering) me',
    '(killed|murdered) me',
  ],
  es: [
    'me (muero|estoy muriendo|mori)',
    '(estoy|toy|quede) (muerto|muerta|matao|matada|reventado|reventada)',
    'me (esta|estan|tiene|tienen) (matando|matao|muerto|muerta)',
    '(me mata|me mato de)',
  ],
  fr: [
    'je (meurs|suis mort|suis morte|suis decede|suis decedee|suis mourant|suis mourante|creve)',
    '(m a|ma) (tue|tuee|achevee|acheve)',
    '(ca|ce|il|elle|ils|ce truc) me (tue|tuent|tuera)',
  ],
  de: [
    '(ich|ick|i) (sterbe|sterb|sterbe gleich|bin tot|bin hinuber|bin erledigt)',
    '(bringt|bringen|bringst) mich (noch|echt|gleich)? um',
    '(ich|ick|i) (bin|war) (fast)? gestorben',
  ],
  pt: [
    '(to|tou|estou|ta|tava|fiquei) (morrendo|morta|morto|mortinha|mortinho)',
    '(morri|quase morri|vou morrer) (de|com)',
    '(me mata|mata me|ta me matando|esta me matando|esta a matar me)',
  ],
  it: [
    '(sto|sto quasi) (morendo|per morire)',
    '(muoio|sono morto|sono morta|sono morto dal|sono morta dal)',
    'mi (uccide|ammazza|sta uccidendo|sta ammazzando|ha ucciso|ha ammazzato)',
  ],
};

/**
 * A question about a means or a place that asks what matters only to someone thinking of dying:
 * whether one would survive or come back, be found or seen, whether something is dangerous if
 * taken ("würde man das überleben?", "pra não ter volta", "dangerous if someone took them").
 * Everyday questions share these words, so they count only in a question and only after distress
 * or suicidal talk in an earlier turn (C-SSRS 3). Classes of wording only, never a method.
 */
export const LETHALITY_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(can|could|would|do|does) (you|i|someone|anyone|people|a person) (survive|survive it|survive that)',
    'no (way|coming|going) back',
    '(nobody|no one|noone) (would|will)? (find|finds|see|sees|notice) (you|me)',
    '(dangerous|deadly|fatal) if (someone|you|i|a person|somebody) (took|take|takes|had)',
  ],
  es: [
    '(no haya|no hay|sin) vuelta atras',
    'se sobrevive',
    '(sobreviviria|sobreviviras|sobrevive) (uno|alguien|una persona)',
    'nadie (me|te) (encuentre|encuentra|encontraria|vea|ve|veria)',
    '(peligroso|peligrosa|peligrosas|peligrosos|mortal|mortales) si (alguien|uno|una|me|te) (toma|tomara|tomase|tomo)',
  ],
  fr: [
    'on (y)? (survit|survivrait)',
    '(survivre|survivrait) a (ca|cela|une chute)',
    'sans retour',
    'personne (ne)? (me|te) (trouve|trouverait|voit|verrait)',
    '(dangereux|dangereuse|dangereuses|mortel|mortels) si (on|quelqu un|je|tu) (prend|prenait|en prend|en prenait)',
  ],
  de: [
    '(wurde|wurd) man (das|es)? uberleben',
    'uberlebt man (das|es)?',
    'kein zuruck',
    'niemand (mich|dich|einen) (findet|sieht|finden wurde)',
    '(gefahrlich|todlich) wenn (man|jemand|ich) (nimmt|nehmen|nimmst|nehmen wurde)',
  ],
  pt: [
    '(pra|para) nao ter volta',
    'sem volta',
    '(alguem|a pessoa|da pra) (sobrevive|sobreviver|sobreviveria)',
    'ninguem (me|te) (acha|encontra|acharia|encontraria|ve|veria)',
    '(perigoso|perigosa|perigosos|perigosas|fatal) se (alguem|a pessoa|eu|voce) (tomar|toma|tomasse)',
  ],
  it: [
    'si sopravvive',
    '(sopravviverebbe|sopravviveresti|sopravviverei)',
    'senza ritorno',
    'nessuno (mi|ti) (trova|trovi|troverebbe|vede|vedrebbe)',
    '(pericoloso|pericolosa|pericolosi|pericolose|letale|letali) se (qualcuno|uno|si|ne) (prende|prendesse|prendono)',
  ],
};

/**
 * A question about a place that asks what matters only to someone thinking of dying there: how
 * high it is, whether there is a railing, whether it is watched, open or closed after dark
 * ("wie hoch is eigentlich die Brücke?", "tiene baranda?", "is the path still open after dark, the
 * bit right by the edge"). Weaker than `LETHALITY_QUESTIONS`: they count only after distress or
 * suicidal talk the rules read in an earlier turn, or a low answer to how the person is.
 */
export const PLACE_DETAIL_QUESTIONS: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(watched|guarded|patrolled|locked|open|closed) (at night|after dark)',
    'how (high|tall) (is|s)',
    '(the|that) high one',
    '(right|just) (by|on|at) the edge',
    '(railing|railings|fence|barrier) (up|on|there)',
  ],
  es: [
    '(vigilado|vigilada|abierto|abierta|cerrado|cerrada) (de|por la|en la) noche',
    '(que|cuanta) altura tiene',
    'tiene (baranda|barandilla|valla|barrera)',
  ],
  fr: [
    '(surveille|surveillee|garde|gardee|ferme|fermee|ouvert|ouverte) la nuit',
    'quelle hauteur',
    'haut comment',
    '(garde corps|garde fou|rambarde|barriere)',
  ],
  de: [
    'nachts (bewacht|uberwacht|abgesperrt|offen|auf|zu)',
    'wie hoch (ist|is|isch|wars)',
    '(gelander|absperrung|zaun) (dran|da|oben)',
  ],
  pt: [
    '(vigiado|vigiada|aberto|aberta|fechado|fechada) (a|de) noite',
    '(qual a|qual e a|que) altura',
    'tem (grade|corrimao|parapeito|protecao)',
  ],
  it: [
    '(sorvegliato|sorvegliata|aperto|aperta|chiuso|chiusa) di notte',
    'quanto e (alto|alta)',
    '(che|quale) altezza',
    '(ringhiera|parapetto|recinzione)',
  ],
};

/**
 * The person says they will not be there much longer, or takes leave of the helper for good ("I
 * don't think I'll make it to Christmas", "no creo que llegue al final de la temporada", "ab
 * morgen brauch ich das alles nicht mehr", "non ci sentiremo più"). After suicidal talk in the
 * conversation it is intent (C-SSRS 4); with no such talk it is one oblique sign that another
 * (a farewell, a giving away) may vouch for. A move or a new job said anywhere in the
 * conversation explains it.
 */
export const NOT_AROUND: Record<ScopeLanguage, readonly string[]> = {
  en: [
    '(wont|will not|not going to|not gonna) be (here|around) (for|by|much longer|anymore|any more)',
    '(dont|do not) think (ill|i will|i ll) (make it|be here|be around) (to|for|till|until|past)',
    'this is (goodbye|my goodbye)',
    'we (wont|will not) (talk|speak) again',
  ],
  es: [
    'no creo que llegue (a|al|hasta)',
    '(no voy a|ya no voy a) (estar|seguir) (aqui|por aqui|aca)',
    'ya no (estare|voy a estar)',
    'no volveremos a hablar',
  ],
  fr: [
    'je (ne)? serai (plus|pas) la (pour|a|demain)?',
    'je (ne)? (pense|crois) pas (etre la|tenir jusqu)',
    'te dire adieu',
    'on (ne)? se (reparlera|parlera) (plus|pas)',
  ],
  de: [
    '(bin|ware) (dann|bald|morgen)? nicht mehr da',
    'brauch (ich|i) (das alles|all das|das) nicht mehr',
    'brauche (ich|i) (das alles|all das|das) nicht mehr',
    'mich (nur|noch)? verabschieden',
    'werden uns nicht mehr (sprechen|horen|schreiben)',
  ],
  pt: [
    'nao vou (mais)? estar (aqui|mais aqui|por aqui)',
    'nao (acho|creio) que (chego|chegue|vou chegar) (a|ao|ate)',
    '(me|pra me|para me) despedir de (voce|vc|ti)',
    'nao vamos (mais)? (nos)? falar',
  ],
  it: [
    'non ci saro (piu)?',
    'non ci sentiremo piu',
    'non credo (di)? arrivare (a|al|fino)',
    'addio davvero',
  ],
};

/** Every literal word of the dialogue patterns (for the tokeniser's vocabulary). */
export const DIALOGUE_WORDS: ReadonlySet<string> = new Set(
  [
    QUESTIONS,
    AFFIRMATIONS,
    DENIALS,
    CLARIFICATIONS,
    MINIMISING,
    CORRECTION_SOFTENERS,
    OPENING_DENIALS,
    NON_ANSWERS,
    FINE_ANSWERS,
    SAFETY_QUESTIONS,
    NAMES_DEATH,
    MEANS_NAMED,
    CHOSEN_PLACE,
    OTHERS_PREPARATION,
    OBJECT_DETERMINERS,
    WELLBEING_QUESTIONS,
    AGE_QUESTIONS,
    CASE_QUESTIONS,
    LOW_MOOD_ANSWERS,
    PLAY_FRAMES,
    REAL_LIFE,
    HYPERBOLE,
    LETHALITY_QUESTIONS,
    PLACE_DETAIL_QUESTIONS,
    NOT_AROUND,
    MEANING_QUESTIONS,
    SUBJECT_CORRECTIONS,
    { all: PURPOSE_PREPOSITIONS },
    { all: WHOLE_OR_SELF },
  ]
    .flatMap((table) => Object.values(table))
    .flatMap((byLang) => (Array.isArray(byLang) ? byLang : Object.values(byLang).flat()))
    .flatMap((pattern: string) => pattern.split(/[^a-z]+/))
    .filter((word) => word.length > 0),
);
