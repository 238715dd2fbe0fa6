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
      '(thinking|thoughts|thought) (about|of) (suicide|killing yourself|ending your life|taking your (own)? life|ending it|ending things|not being alive)',
      '(are you|r u|you) (feeling|having)? (suicidal|suicidal thoughts)',
      'thoughts of (suicide|killing yourself|ending your life)',
      '(want|wanting) to (kill yourself|end your life|end it)',
    ],
    means: [
      '(do you have|have you got|is there) (access to|any) (pills|a gun|weapons|medication|means|a rope)',
    ],
    intent: [
      '(do|would) you (think you (will|would|might)|intend to|plan to) act on',
      '(are you|r u) (going to|planning to|thinking of) (act|acting) on',
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
      '(pensando|pensado|piensas|pensamientos) (en|de) (suicidarte|quitarte la vida|matarte|el suicidio|acabar con tu vida)',
      'pensamientos suicidas',
    ],
    means: ['(tienes|tenes) acceso a'],
    plan: ['(tienes|has hecho|tenes) (un|algun) plan'],
    attempt_now: ['(has|ya) (tomado|hecho) (algo|algo ya)'],
    self_harm: ['(hacerte|te has hecho|te haces) dano', '(lastimarte|cortarte|autolesion*)'],
  },
  fr: {
    passive: ['envie de mourir', '(veux|voulez) (mourir|disparaitre)'],
    ideation: [
      '(penses|pensez|pensees) (au|a|de)? (suicide|te suicider|vous suicider|mettre fin a (tes|vos) jours|en finir)',
      'pensees suicidaires',
      'idees (suicidaires|noires)',
    ],
    means: ['(as tu|avez vous) acces a'],
    plan: ['(as tu|avez vous) (un|deja un) plan', '(as tu|avez vous) (prevu|pense a) comment'],
    attempt_now: ['(as tu|avez vous) (deja)? (pris|fait|avale) (quelque chose|des medicaments)'],
    self_harm: ['(te faire|vous faire) du mal', '(te|vous) (blesser|scarifier|couper)'],
  },
  de: {
    passive: ['(willst|mochtest|wollen) (du|sie)? (sterben|tot sein|nicht mehr leben)'],
    ideation: [
      '(denkst du|denken sie|gedanken) (an|daran|uber)? (suizid|selbstmord|dich umzubringen|sich umzubringen|dir das leben zu nehmen|das leben zu nehmen)',
      '(suizidgedanken|selbstmordgedanken)',
    ],
    means: ['(hast du|haben sie) zugang zu'],
    plan: ['(hast du|haben sie) (einen|schon einen) plan'],
    attempt_now: ['(hast du|haben sie) (schon)? (etwas|tabletten) (genommen|geschluckt)'],
    self_harm: [
      '(dir|sich) (selbst)? (weh|wehzutun|weh zu tun|zu verletzen|verletzen)',
      'ritzt du dich',
    ],
  },
  pt: {
    passive: ['(quer|queres|voce quer) (morrer|sumir|desaparecer)', 'vontade de morrer'],
    ideation: [
      '(pensando|pensado|pensa|pensamentos) (em|de) (suicidio|se matar|te matar|tirar (a)? sua (propria)? vida|acabar com (a sua|sua) vida)',
      'pensamentos suicidas',
    ],
    means: ['(voce tem|tens) acesso a'],
    plan: ['(voce tem|tens|ja tem) (um|algum) plano'],
    attempt_now: ['(voce|ja) (tomou|fez) (algo|alguma coisa)'],
    self_harm: ['(se machucar|se ferir|se cortar|te machucar|automutila*)'],
  },
  it: {
    passive: ['(vuoi|vorresti) (morire|sparire|non svegliarti)', 'voglia di morire'],
    ideation: [
      '(pensando|pensato|pensi|pensieri) (al|di|a)? (suicidio|ucciderti|toglierti la vita|farla finita)',
      'pensieri (suicidi|di suicidio)',
    ],
    means: ['(hai) accesso a'],
    plan: ['(hai) (un|gia un) piano'],
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
    '(figure of speech|just an expression|hyperbole|wrong choice of words|bad choice of words)',
    '(my|the) (phone|battery|laptop|plant|car) (is|was) (dying|dead|died)',
    'not (about|talking about) me',
    '(i|i m|im) (didnt|did not|dont|do not) mean (it|that) (like that|literally|that way|seriously)',
    '(i was|im|i m|i am) being (sarcastic|dramatic|ironic)',
    '(it|that) was (sarcasm|sarcastic|ironic|a figure of speech|about (my|the|a) (game|exam|exams|homework|team|match|show|phone))',
    'sorry (for|about) (scaring|worrying|freaking out) (you|everyone|yall|you guys|you all)',
    '(was|were|im|i m|i am) talking about (a|the|my) (game|character|show|book|movie|film|song)',
  ],
  es: [
    '(me referia|quise decir|queria decir|hablaba de|estaba hablando de) (a|de|del|la|el|mi)?',
    '(era|es) (una|de una) (cancion|broma|frase|cita|pelicula|serie|forma de hablar|expresion)',
    '(estaba|estoy) (bromeando|exagerando|citando|cantando)',
    '(es|era) (una)? broma',
    'no (estoy|soy) (suicida|en peligro)',
    'no lo (decia|dije) en serio',
    '(es|era) una forma de hablar',
    '(era|es) (sarcasmo|ironia|en broma)',
    '(perdon|perdona|perdonen|disculpen|sorry) (por)? (el susto|asustarlos|asustarte|preocuparlos|preocuparte)',
    'no lo (decia|dije|digo) (en serio|literal|literalmente)',
    '(era|lo decia) por (el|la|mi|los|las) (trabajo|examen|examenes|partido|juego|serie|tarea|uni)',
  ],
  fr: [
    'je (voulais dire|parlais de|parlais du|parlais de la)',
    '(c etait|c est) (une|des|juste une|juste des) (chanson|paroles|blague|citation|expression|film|serie|replique)',
    'je (plaisantais|rigolais|plaisante|rigole|citais|exagerais|chantais)',
    'je ne suis pas (suicidaire|en danger)',
    '(c est|c etait) une (expression|facon de parler)',
    'pas au sens propre',
    '(c etait|c est) (ironique|de l ironie|pour rire|pour de faux)',
    'je (deconnais|deconne|blaguais|blague)',
    '(desole|desolee|pardon) (de|pour) (vous avoir|t avoir)? (fait peur|inquiete|inquietes|la frayeur)',
  ],
  de: [
    'ich (meinte|meine|habe gemeint|sprach von|rede von|redete von)',
    '(das|es) war (ein|nur ein|aus einem) (lied|song|songtext|witz|zitat|scherz|film|buch)',
    'ich habe (nur)? (gescherzt|ubertrieben|zitiert|gesungen)',
    '(war nur spass|nur ein witz|war ein witz|nur spass)',
    'ich bin nicht (suizidal|in gefahr)',
    '(eine redewendung|nicht wortlich|nicht ernst gemeint)',
    '(war|ist) (ironisch|ironie|sarkastisch|sarkasmus)',
    '(hab|habe) (nur)? (spass|quatsch|witze) gemacht',
    '(sorry|entschuldigung|tut mir leid) (fur den|wegen dem) schreck',
  ],
  pt: [
    '(eu)? (quis dizer|queria dizer|estava falando|to falando|tava falando|me referia) (do|da|de|ao|a|sobre)?',
    '(era|e) (uma|so uma|de uma) (musica|letra|piada|citacao|frase|expressao|filme|serie)',
    '(estava|tava|to|estou) (brincando|exagerando|citando|cantando)',
    'nao (estou|sou|to) (suicida|em perigo)',
    '(e|era) (so)? (uma)? (expressao|forca de expressao|jeito de falar)',
    '(era|e) (ironia|zoeira|brincadeira|sarcasmo)',
    '(tava|estava|to) (zoando|zuando)',
    '(desculpa|desculpem|foi mal) (o|pelo) susto',
    '(era|foi) sobre (o|a|meu|minha) (tcc|prova|trabalho|jogo|serie|time)',
  ],
  it: [
    '(intendevo|volevo dire|parlavo (di|del|della|dello))',
    'era (una|solo una|di una) (canzone|battuta|citazione|frase|espressione|film|serie)',
    'stavo (scherzando|esagerando|citando|cantando)',
    'non (sono|ero) (suicida|in pericolo)',
    '(e|era) un modo di dire',
    '(era|e) (ironico|ironia|sarcasmo|una battuta)',
    '(scherzavo|stavo solo scherzando|era per scherzare)',
    '(scusate|scusa|scusami) (per)? (lo spavento|se vi ho spaventato|se ti ho spaventato)',
  ],
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

/** Every literal word of the dialogue patterns (for the tokeniser's vocabulary). */
export const DIALOGUE_WORDS: ReadonlySet<string> = new Set(
  [
    QUESTIONS,
    AFFIRMATIONS,
    DENIALS,
    CLARIFICATIONS,
    WELLBEING_QUESTIONS,
    LOW_MOOD_ANSWERS,
    PLAY_FRAMES,
    REAL_LIFE,
  ]
    .flatMap((table) => Object.values(table))
    .flatMap((byLang) => (Array.isArray(byLang) ? byLang : Object.values(byLang).flat()))
    .flatMap((pattern: string) => pattern.split(/[^a-z]+/))
    .filter((word) => word.length > 0),
);
