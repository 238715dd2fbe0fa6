/**
 * Breadth for the condition categories (issue 3), written by class of sign rather than by the
 * wording of any one text: each class below names what the sign is (a threat with its consequence,
 * coercive control, grooming without an abuse verb, persecution by waves or tampered food, two
 * kinds of mania sign, purging and fasting, loss of control over use, signs of an overdose with
 * the substance, someone else's withdrawal, delusions or drinking) and gives its everyday wording
 * in each of the six languages. `categories.ts` appends them to each language's lexicon.
 *
 * Patterns follow the lexicon rule (types.ts): a means or substance is named only by its class,
 * never an amount, a dose or an instruction.
 */
import type { Scope } from '../../core/index.js';
import { group, OWNERS, RELATIONS, SCOPE_LANGUAGES, type ScopeLanguage } from '../../nlp/people.js';
import type { Lookalike } from '../../nlp/scope.js';
import type { RuleKind, RuleSpec } from './types.js';

/** One class of sign with its wording in each language (also used by crisis-breadth.ts). */
export interface RuleClass {
  id: string;
  kind: RuleKind;
  reason: string;
  scopes?: readonly Scope[];
  lookalikes?: readonly Lookalike[];
  who?: 'self' | 'any';
  needs?: 'distress' | 'suicide';
  near?: boolean;
  actsOnly?: 'beside' | 'sentence';
  bodily?: boolean;
  halfSign?: boolean;
  weight?: number;
  patterns: Partial<Record<ScopeLanguage, readonly string[]>>;
}

/** Literal readings only: a persecution or a threat is not a "trivial trigger" joke. */
const LITERAL: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'third_party'];
/** Cues about someone else (third-party kinds): never set aside as being about someone else. */
const ABOUT_OTHERS: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'figurative'];

/** "my son", "mi hijo", "mon fils"...: a cue that starts with the person it is about. */
export const RELATED_PERSON: Record<ScopeLanguage, string> = {
  en: `${OWNERS.en} ${group(RELATIONS.en)}`,
  es: `${OWNERS.es} ${group(RELATIONS.es)}`,
  fr: `${OWNERS.fr} ${group(RELATIONS.fr)}`,
  de: `${OWNERS.de} ${group(RELATIONS.de)}`,
  pt: `${OWNERS.pt} ${group(RELATIONS.pt)}`,
  it: `${OWNERS.it} ${group(RELATIONS.it)}`,
};
const P = RELATED_PERSON;

/**
 * Who hurts the writer in English, for the abuse round's classes: a pronoun, the people of the
 * writer's household and family, partners and carers.
 */
const AGENT_KIN_EN =
  '(my (stepdad|stepfather|stepmom|stepmum|stepmother|dad|father|mum|mom|mother|husband|wife|partner|bf|gf|boyfriend|girlfriend|ex|uncle|aunt|grandson|granddaughter|son|daughter|brother|sister|carer|caregiver|toddler|mums boyfriend|moms boyfriend|mum s boyfriend|mom s boyfriend|mums partner|moms partner|dads girlfriend|dad s girlfriend)|(mums|moms|mum s|mom s) (boyfriend|partner|husband)|the carer)';
const AGENT_EN = `(he|she|they|${AGENT_KIN_EN})`;
/** An act against the writer in general words ("hurt", "grabbed", "pushed"), present or past. */
const ACT_EN =
  '(hurt|hurts|hit|hits|grabbed|grabs|pushed|pushes|shoved|shoves|pinned|pins|yanked|yanks|kicked|kicks|slapped|slaps|choked|chokes|smacked|smacks|punched|punches|beat|beats|threw|throws|slammed|slams|dragged|drags|strangled|strangles|scratched|scratches|bit|bites)';
/** Said as something that keeps happening: "again", "every time he drinks", "whenever". */
const ONGOING_EN =
  '(again|agn|every time|everytime|whenever|every (day|night|week|weekend)|all the time|(when|if) (he|she|they|hes|shes|theyre|theyve|i))';

/** Substances by class, as people name them at a party or at home. */
const DRUG: Record<ScopeLanguage, string> = {
  en: '(coke|cocaine|speed|pills|tablets|mdma|molly|ecstasy|pingers|drugs|meth|ket|ketamine|ghb|sleeping tablets|painkillers|stuff|xanax|benzos|sleeping pills|something)',
  es: '(coca|cocaina|farlopa|perico|pastillas|pastis|tachas|mdma|md|extasis|speed|anfetas|droga|drogas|ketamina|keta|alcohol|calmantes|tranquilizantes)',
  fr: '(coke|cocaine|cachets|pilules|md|mdma|ecsta|speed|drogue|drogues|keta|alcool|anxiolytiques|somniferes)',
  de: '(koks|kokain|speed|pillen|tabletten|mdma|ecstasy|drogen|keta|ketamin|alkohol|beruhigungstabletten|schlaftabletten|getrunken)',
  pt: '(po|cocaina|farinha|bala|balas|ecstasy|mdma|remedio|remedios|comprimidos|droga|drogas|alcool|doce|calmante|calmantes)',
  it: '(coca|cocaina|bamba|pasticche|pastiglie|mdma|ecstasy|speed|droga|droghe|ketamina|alcol|calmanti|sonniferi)',
};

/** Bodily signs of an overdose or poisoning happening now. */
export const DANGER: Record<ScopeLanguage, string> = {
  en: '(chest (is)? (so)? (tight|hurts|pain)|heart (is)? (pounding|racing|fluttering|doing weird things|skipping)|arm is numb|(cant|can t|cannot) (feel my (hands|legs|arms|face)|stand up|keep my eyes open|breathe)|everything (is)? spinning|(keep|keeps|im|i m) (blacking out|passing out)|slurring|vision (is)? (blurry|blurred)|room (is)? (tilting|spinning)|can barely breathe)',
  es: '(me duele ~2 pecho|dolor ~3 pecho|brazo dormido|no siento (las piernas|los brazos|las manos|la cara)|me cuesta respirar|no puedo respirar|el corazon (me late|a mil|me va a mil|acelerado)|todo me da vueltas|me voy a desmayar|no me puedo levantar|no puedo levantarme)',
  fr: '(douleur ~3 poitrine|mal a la poitrine|je respire mal|j arrive pas a respirer|mon coeur s emballe|coeur (qui)? (bat|s emballe) (trop)? (vite|fort)|je vois flou|tout tourne|je vais tomber dans les pommes|je tiens plus debout|je tiens pas debout)',
  de: '(brustschmerzen|herz (rast|rasen|stolpert)|herzrasen|krieg ~2 (keine|schlecht) luft|(seh|sehe) (verschwommen|doppelt)|alles dreht sich|kann nicht (mehr)? stehen)',
  pt: '(dor ~3 peito|falta de ar|(nao consigo|mal consigo) respirar|coracao (ta|esta)? (disparado|acelerado|a mil)|vendo tudo (embacado|dobrado)|tudo girando|vou desmaiar|nao consigo ficar de pe)',
  it: '(dolore ~3 petto|non respiro (bene)?|il cuore (mi)? (batte|va) (fortissimo|a mille|troppo forte)|vedo (sfocato|doppio)|mi gira tutto|sto per svenire|non sto in piedi)',
};

/** Not eating, as the cause of a collapse. */
const NOT_EATING: Record<ScopeLanguage, string> = {
  en: '((havent|haven t|have not|not|barely) (eaten|eating) (properly|much|anything)?|starving myself|not eating|just purged)',
  es: '(no (como|he comido) (bien|nada|casi nada)?|casi no como|acabo de vomitar|vomitando (despues|tras|cada))',
  fr: '((je)? (ne)? mange (presque)? (plus|rien|pas)|je viens de vomir)',
  de: '((esse|ess) (seit ~2)? (kaum|nichts|fast nichts)|gerade erbrochen|(kotze|kotz|breche) (seit|nach))',
  pt: '((quase)? nao (como|comi|tenho comido)|acabei de vomitar)',
  it: '(non (mangio|ho mangiato) (quasi)? (niente|nulla)?|mangio pochissimo|ho appena vomitato)',
};
/** Fainting or collapsing now. */
const COLLAPSE: Record<ScopeLanguage, string> = {
  en: '(fainted|passed out|collapsed|blacked out|keep fainting|(going to|gonna) pass out)',
  es: '(me desmaye|me he desmayado|me caigo redonda|me caigo redondo|me voy a desmayar|se me puso todo negro|se me nublo la vista)',
  fr: '(m evanouir|evanouie|evanoui|tombee dans les pommes|tombe dans les pommes|tomber dans les pommes|je vais tomber)',
  de: '(umgekippt|ohnmachtig geworden|zusammengebrochen|kipp gleich um|schwarz vor (den)? augen)',
  pt: '(desmaiei|desmaiar|apaguei|ficou tudo preto|tudo ficou preto)',
  it: '(svenuta|svenuto|svengo|svenire|mi si e annebbiata la vista|ho visto tutto nero)',
};

/** Weapons as people name them, for "waiting for him with a knife". */
const WEAPON: Record<ScopeLanguage, string> = {
  en: '(knife|blade|machete|crowbar|bat|baseball bat|hammer|gun|shank|axe|iron bar|petrol)',
  es: '(navaja|cuchillo|bate|pistola|fierro|machete|barra)',
  fr: '(couteau|barre de fer|batte|flingue|lame|machette)',
  de: '(messer|baseballschlager|schlagstock|knarre|eisenstange|axt)',
  pt: '(faca|canivete|taco|arma|revolver|barra de ferro|facao)',
  it: '(coltello|mazza|spranga|pistola|lama|coltellino)',
};
/** Going for or lying in wait for someone. */
const APPROACH: Record<ScopeLanguage, string> = {
  en: '(waiting (for|outside)|wait for (him|her|them)|sitting outside (his|her|their)|outside (his|her|their) (place|house|flat|work)|going (round|over|back) (there|to his|to hers)|find (him|her|them)|catch (him|her|them)|(he|she|they) (learns|learn|will learn))',
  es: '(lo pillo|la pillo|lo espero|la espero|esperarlo|esperarla|le meto|voy a por (el|ella)|lo busco|lo agarro)',
  fr: '(je l attends|l attendre|je vais le chercher|je le choppe|devant chez (lui|elle)|(il|elle) va payer)',
  de: '(warte ich|auf ihn|abpassen|pass ich|erwisch ich|vor seiner|vor ihrer)',
  pt: '(eu pego|vou pegar|esperar (ele|ela)|espero (ele|ela)|vou atras|vai aprender|na saida)',
  it: '(lo aspetto|aspettarlo|la aspetto|lo prendo|lo becco|all uscita|sotto casa)',
};
/** Drugs named in a habit: "codeine every day", "a line to start the day". */
const HABIT_DRUG: Record<ScopeLanguage, string> = {
  en: '(diazepam|codeine|gear|smack|heroin|xanax|xans|benzos|oxy|tramadol|fentanyl|lines|a line|coke|ket)',
  es: '(diazepam|codeina|raya|rayas|coca|farlopa|heroina|tramadol|fentanilo|benzos)',
  fr: '(diazepam|codeine|coke|trait|traits|heroine|tramadol|fentanyl|benzos)',
  de: '(diazepam|codein|koks|line|lines|heroin|tramadol|fentanyl|benzos)',
  pt: '(diazepam|codeina|carreira|carreiras|po|cocaina|heroina|tramadol|fentanil)',
  it: '(diazepam|codeina|riga|righe|coca|cocaina|eroina|tramadolo|fentanyl)',
};
/** How a habit shows: daily, for months, bought online, can't start the day without. */
const HABIT: Record<ScopeLanguage, string> = {
  en: '(every day|every morning|for months|since new year|online|off the internet|from the ward|to get through|rattling|sold my)',
  es: '(todos los dias|cada dia|desde hace meses|por internet|sin una|para aguantar)',
  fr: '(tous les jours|chaque jour|depuis des mois|sur internet|pour tenir|sans mon)',
  de: '(jeden tag|taglich|seit monaten|im internet|um durchzuhalten|ohne)',
  pt: '(todo dia|todos os dias|ha meses|faz meses|pela internet|sem uma)',
  it: '(tutti i giorni|ogni giorno|da mesi|su internet|per reggere|senza)',
};

function both(a: string, b: string, gap = 9): string[] {
  return [`${a} ~${gap} ${b}`, `${b} ~${gap} ${a}`];
}

const CLASSES: readonly RuleClass[] = [
  // --- scars: the mark of self-injury that is over ("my old scars show in summer"). Only distress
  //     makes them a current concern ("i hate myself, the scars on my arms are everywhere");
  //     fresh cuts and wounds stay acts in each language's `self_harm.act`.
  {
    id: 'self_harm.scars_class',
    kind: 'self_harm',
    reason: 'self-injury scars (after distress)',
    needs: 'distress',
    lookalikes: ['grooming', 'accident'],
    patterns: {
      en: ['scars on my (arms|arm|wrists|wrist|legs|leg|thighs|thigh|stomach|hips|body)'],
      es: ['cicatrices en (los|mis) (brazos|piernas|munecas|muslos)'],
      fr: ['cicatrices sur (les|mes) (bras|poignets|cuisses|jambes)'],
      de: ['narben an (meinen|den) (armen|handgelenken|beinen|oberschenkeln)'],
      pt: ['cicatrizes (nos|nas|no|na) (meus|minhas)? (bracos|braco|pulsos|pernas|coxas)'],
      it: ['cicatrici (sulle|sui) (braccia|polsi|gambe|cosce)'],
    },
  },
  // --- harm to others: a threat with its consequence, a weapon brought to a place, a named
  //     target with "I mean it"; intrusive thoughts of hurting a baby are thoughts, not intent.
  {
    id: 'others.threat_consequence',
    kind: 'harm_intent',
    reason: 'a threat against someone, with what will happen to them',
    // A trivial trigger ("ate my pudding again, I'll kill him") is figurative; laughter too.
    scopes: [...LITERAL, 'figurative'],
    // The target is named, the writer is the one who acts: "he won't know what hit him".
    who: 'self',
    patterns: {
      en: [
        '(he|she|they|you|u|that (guy|girl|prick|bastard)) (wont|won t|will not|isnt going to|is not going to|aint gonna|is never gonna) (walk away from (it|this|that)|get back up|ever walk again|know what hit (him|her|them|you)|survive (it|this|the night))',
        '(put|putting|send|sending) (him|her|them|that (guy|girl|man|woman|kid|prick|bastard)) (in|into|to) (the)? (hospital|a and e|the ground|a coffin|a wheelchair|intensive care|icu)',
        '(find out|learn|see) what happens when (you|u|people|someone) (mess|fuck|screw) with',
        '(they ll|theyll|they will|he ll|hell|he will|she ll|shell|she will) (regret|pay for) what (they|he|she) (did|done|have done|has done)',
        '(make|making) (everyone|everybody|all of them|them all|every one of them) (at school|at work|in my class)? pay',
        '(bought|got|have|found|got hold of) (a)? (gun|knife|weapon) ~6 (know where (he|she|they) (live|lives)|(his|her|their) address)',
      ],
      es: [
        'no se (va a|vuelve a) (volver a)? levantar',
        '(se va a|se van a|va a|van a) arrepentir(se)? de haber nacido',
        '(voy a|le voy a|lo voy a) (partir la cara|partirle la cara|reventar|reventarlo|rajar|rajarlo|dar una paliza|dejar en el hospital|mandar al hospital)',
        '(todos)? los que se (burlan|rien|meten) de mi (van a pagar|se van a enterar|se van a arrepentir|lo van a pagar)',
        'se van a arrepentir (todos)? los que',
        '(arreglarlo|arreglarla|resolverlo|arreglarlos) a (golpes|madrazos|putazos|tiros|navajazos)',
        '(esperar|espero|esperarlo|esperarla|voy a esperar) ~8 se va a enterar',
        '(vuelve a|otra vez|de nuevo) ~6 (lo|la) (mato|reviento)',
        '(ya)? tengo (el|un) (cuchillo|arma|pistola|bate|fierro) (guardado|listo|preparado|escondido)',
      ],
      fr: [
        '(je vais|j vais|je vais aller) (le|la|les) (buter|planter|defoncer|crever|refroidir)',
        '(je vais|j vais) (lui|leur) (faire la peau|casser la gueule|regler son compte|faire regretter)',
        '(il|elle) (ne)? se relevera (pas|plus|jamais)',
        '(encore|a nouveau|de nouveau) ~6 je (le|la) (plante|tue|bute|defonce)',
        '(tous ceux|ceux) qui (se moquent|m embetent|me harcelent) de moi ~3 (vont le regretter|vont payer|vont le payer)',
      ],
      de: [
        '(der|die|er|sie) wird (das|es) nicht uberleben',
        '(tu|tue|mach) ich (ihm|ihr|denen) was an',
        '(ich)? (stech|steche|mach|knall|leg) (ihn|sie|den|die) (ab|kalt|um|fertig)',
        '(pass|passe) ich (ihn|sie|den|die) ~3 ab ~9 (bereuen|uberleben|fertig)',
        '(zahl|zahle) ich es (allen|ihm|ihr|denen|euch) ~4 heim',
        '(wieder|nochmal|noch einmal) ~6 (bring|bringe) ich (ihn|sie) um',
      ],
      pt: [
        '(vai|vao) se arrepender de ter nascido',
        '(vou|eu vou) (quebrar a cara dele|quebrar a cara dela|dar uma surra nele|furar ele|apagar ele|acabar com ele|acabar com ela)',
        '(ele|ela) nao (vai)? (levantar|se levantar) mais',
        '(de novo|outra vez|encostar) ~6 (eu)? mato (ele|ela)',
        '(todo mundo|todos) que (zoa|zoam|ri|riem|mexe|mexem) comigo ~3 (vai|vao) (se arrepender|pagar)',
      ],
      it: [
        'non si rialza (piu)?',
        '(gli|le) (spacco|rompo) la faccia',
        '(lo|la) (faccio fuori|ammazzo di botte|gonfio di botte|accoltello)',
        'ho (gia)? (la mazza|il coltello|la pistola|il bastone|la spranga) (in macchina|pronto|pronta|con me)',
        '(tutti quelli|quelli) che mi (prendono in giro|bullizzano|deridono) ~3 (se ne pentiranno|la pagheranno|me la pagheranno)',
        '(ancora|di nuovo) ~6 (lo|la) (ammazzo|uccido)',
      ],
    },
  },
  {
    id: 'others.weapon_to_place',
    kind: 'harm_intent',
    reason: 'bringing a weapon to a place where the target is',
    patterns: {
      en: [
        '(bring|bringing|take|taking|brought|carry|carrying) (a|my|the|dads|my dads|my dad s|his|her) (bat|baseball bat|knife|blade|machete|gun|weapon|crowbar|hammer) (to|into) (school|class|work|the office|his (house|place|work)|her (house|place|work))',
      ],
      es: [
        '(llevo|llevar|voy a llevar|llevare) (un arma|un cuchillo|una navaja|la pistola|un bate|algo) (al|a la) (insti|instituto|colegio|cole|escuela|trabajo|oficina) ~8 (se van a enterar|van a pagar|se van a arrepentir|lo van a pagar)',
      ],
    },
  },
  {
    id: 'others.serious_threat',
    kind: 'harm_intent',
    reason: 'a threat to kill or hurt someone, said to be meant',
    scopes: LITERAL,
    // The target is named, the writer is the one who acts: "he won't know what hit him".
    who: 'self',
    patterns: {
      en: [
        '(could|gonna|going to|will|ill|i ll|want to|wanna) (kill|hurt|murder|stab) (him|her|them|my ex|my boss|my stepdad|my neighbour|my neighbor) ~9 (not joking|not kidding|no joke|dont mean it as a joke|don t mean it as a joke|not as a joke|i mean it|im serious|i m serious|deadly serious|dead serious|thought about how|know where (he|she|they) (lives|live))',
      ],
      es: [
        '(lo|la|los) (mato|voy a matar|reviento) ~8 (en serio|no es broma|lo digo en serio|hablo en serio|se donde vive)',
      ],
      fr: [
        'je (le|la|les) (tue|tuerai|bute|buterai) ~8 (je suis serieux|je suis serieuse|c est pas une blague|je rigole pas|je sais ou (il|elle) (habite|vit))',
      ],
      de: [
        '(bring|bringe) ich (ihn|sie) um ~8 (ernst|kein witz|ich weiss wo)',
        '(ich)? (mein|meine) das ernst ~8 (umbringen|was an|abstechen)',
      ],
      pt: [
        '(eu)? (mato|vou matar) (ele|ela|esse cara|essa mulher) ~8 (serio|nao e brincadeira|sei onde (ele|ela) mora)',
      ],
      it: [
        '(lo|la) (ammazzo|uccido|faccio fuori) ~8 (sono serio|sono seria|non scherzo|so dove (abita|vive))',
      ],
    },
  },
  {
    id: 'others.thoughts_more',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: {
      en: [
        '(want|wanna|urge|urges|feel like i want) to (hurt|harm|shake|smother|hit) (the|my) (baby|babies|newborn|toddler|child|kid|kids|son|daughter)',
        '(urge|urges|impulse|impulses) to (shake|hurt|hit|smother|drown|throw) (her|him|them)',
        '(fantasising|fantasizing|fantasise|fantasize) about (hurting|killing|stabbing|beating) (the|that|this) (guy|man|woman|girl|kid|person)',
      ],
      de: [
        '(gedanken|vorstellung|drang) ~4 (zu verletzen|wehzutun|weh zu tun|umzubringen|etwas anzutun|was anzutun)',
      ],
      it: [
        '(pensieri|pensiero|voglia|impulsi) di (fare del male|far male|uccidere|ferire|picchiare) (a|al|alla|ai|alle|il|la|mio|mia)',
      ],
    },
  },

  // --- abuse: coercive control, money taken from an older person, grooming told without an
  //     abuse verb (a "secret", a "game", a favourite), violence going on while the writer hides.
  {
    id: 'abuse.coercive_control',
    kind: 'abuse',
    reason: 'being controlled by a partner or family member',
    lookalikes: ['parental_rule'],
    who: 'self',
    // What the abuser says to the writer ("he says it's our secret") is not someone else's state.
    scopes: ['negated', 'hypothetical', 'quoted'],
    patterns: {
      en: [
        '(taken|took|takes|has taken|have taken) (over|control of) my (bank|bank account|money|finances|pension|accounts|card|bank card)',
        '(cant|can t|cannot|not allowed to|im not allowed to|i m not allowed to) (buy|spend|go out|leave the house|see (my|anyone)|have (friends|money)) (anything)? without (asking|his permission|her permission|permission)',
        '(controls|control|controlling) (every|each) (penny|cent|euro|pound|dollar)',
        '(have|has|make me|makes me|i have) to send (him|her|them)? (a)? (photo|pic|picture|selfie|proof|my location) of (who|where)',
        'my (bf|gf|boyfriend|girlfriend|husband|wife|partner|fiance|fiancee) (goes through|checks|reads|tracks|monitors|controls) my (phone|messages|texts|location|money|bank) (every (night|day|time)|all the time|constantly|whenever|when i get home)',
        '(says|said|tells me|told me) (i d|id|i would|i will|i ll|ill) be nothing without (him|her|them)',
      ],
      es: [
        'me (revisa|lee|mira|controla|checa|esculca) (los|todos mis|mis) (mensajes|whatsapps|chats|correos)',
        'me (insulta|humilla|grita) (delante|enfrente) de',
        'sin (el|ella) no (soy|seria|valgo) nada',
        'se (queda|quedo|ha quedado) con (mi|mis) (pension|sueldo|dinero|tarjeta|documentos|papeles)',
        'no me deja (salir de casa|ver a (mis|mi) (amigas|amigos|familia|hermana)|trabajar|tener dinero)',
      ],
      fr: [
        '(lit|fouille|regarde|controle|surveille) (tous)? mes (messages|sms|textos|mails|conversations)',
        '(m interdit|m empeche) de (voir|sortir|parler|travailler)',
        'sans (lui|elle) je (suis|serais|ne suis|vaux) (rien|personne)',
        '(garde|prend|a pris|confisque) (ma carte|mes papiers|ma pension|ma retraite|mon argent|mon salaire)',
      ],
      de: [
        '(kontrolliert|verwaltet|sperrt) (mein|meine) (konto|geld|karte|bankkarte)',
        'ich darf (nicht|nie|kein) (arbeiten|eigenes geld|mein eigenes geld|alleine raus)',
        'ohne (ihn|sie) (ware|wär|bin) ich nichts',
        'nimmt mir (die|meine|mein) (rente|geld|karte|bankkarte|ec karte|papiere|pass) (weg|ab)',
        '(lasst|laesst) mich nicht (mehr)? (aus dem haus|alleine raus|arbeiten)',
      ],
      pt: [
        '(le|mexe em|olha|vigia|controla) (todas)? (as)? (minhas)? (mensagens|conversas)',
        'nao (me)? deixa (eu)? (ver|visitar|falar com) (minhas amigas|meus amigos|minha familia|ninguem|minha mae)',
        'ninguem mais vai me querer',
        '(ficou com|pegou|tomou|fica com) (meu|minha) (cartao|aposentadoria|pensao|salario|dinheiro|documentos)',
        'nao me deixa sair de casa',
      ],
      it: [
        '(legge|controlla|guarda) (tutti)? i miei (messaggi|chat|whatsapp)',
        'non mi (fa|lascia) (vedere|sentire|uscire con) (le mie amiche|le amiche|i miei amici|gli amici|la mia famiglia|nessuno)',
        'senza di (lui|lei) (non sono|non sarei|sono) (niente|nessuno|nulla)',
        'si (tiene|prende|e preso|è preso) (la mia|il mio|i miei) (pensione|stipendio|soldi|bancomat|carta|documenti)',
        'non mi lascia uscire di casa',
      ],
    },
  },
  {
    id: 'abuse.grooming_signs',
    kind: 'abuse',
    reason: 'an adult asks a child for secrecy, a secret game or touching (grooming)',
    who: 'self',
    // What the abuser says to the writer ("he says it's our secret") is not someone else's state.
    scopes: ['negated', 'hypothetical', 'quoted'],
    patterns: {
      en: [
        '(our|a) (little|special) (game|secret)',
        '(says|said|tells me|told me) ~4 (mom|mum|mommy|dad|my parents|your parents) (wouldnt|would not|wont|won t|will not) understand',
        '(makes|made|make) me (sit on his lap|sit on her lap|sleep in his bed|sleep in her bed|undress|take off my clothes)',
        '(touches|touching|touched|rubs) me (when|while) (we re|were|we are|im|i m|nobody|no one|mum|mom)',
        '(asking|asks|asked|keeps asking|kept asking) (me)? for (pics|photos|pictures|videos) of (me|my body)',
        '(if i (tell|told|dont|don t|stop)) ~8 (hell|he will|she will|shell|theyll|they will|he ll|she ll) (send|post|show|share|leak)',
        '(says|said|saying|tells me|told me|keeps saying) ~5 (our|the) (chats|messages|convos|conversations|texts|dms) (are|stay|have to stay|must stay|should stay) (private|secret|between us)',
        // triage@31: pictures asked for and kept from the parents
        '(wants|wanted|asks|asked|keeps asking|told) me (to)? (send|sending) (him|her)? (pics|pictures|photos|nudes) (and)? (to)? not (to)? tell (anyone|anybody|my parents|my mum|my mom|my dad)',
        '(wants|asks for|asked for|keeps asking for) (pics|pictures|photos|nudes) ~4 not (to)? tell (anyone|anybody|my parents|my mum|my mom|my dad)',
        'not (to)? tell my (parents|mum|mom|dad) (cos|cause|coz|because|bc) (they|theyd|they d) (wouldnt|would not|wont|won t) (get it|understand)',
      ],
      es: [
        '(dice|dijo) que somos (novios|pareja)',
        'que no le (diga|cuente) (nada)? a (mi mama|mi madre|mi papa|mi padre|mis padres|nadie)',
        '(es|sera) nuestro secreto',
        'me (da|daba) besos (raros|en la boca)',
        'me (toca|tocaba) (cuando|donde|por debajo)',
      ],
      fr: [
        '(c est|ce sera|ca reste) (notre|un) (petit)? secret',
        '(faut|faudrait|il faut) (pas|surtout pas) le dire a (mes parents|ma mere|mon pere|personne)',
        'me (touche|caresse) (quand|la ou|partout)',
      ],
      de: [
        ...both(
          '(fasst|fasste|angefasst|beruhrt|anfassen)',
          '(unter uns|geheimnis|niemandem sagen|keinem sagen)',
        ),
        'fasst mich (komisch|da|dort|uberall) an',
      ],
      pt: [
        '(fica|ficava) me (tocando|passando a mao|agarrando)',
        'me (toca|tocou|tocava) (quando|onde|escondido)',
        '(pra|para) eu (nao|n) contar (pra|para) (minha mae|meu pai|meus pais|ninguem)',
        ...both('segredo', '(tocando|toca|tocar|passa a mao)'),
      ],
      it: [
        'mi (tocca|toccava|ha toccato|tocca sempre) (quando|dove|sotto)',
        'di non dirlo (ai miei|a mia madre|a mio padre|a nessuno)',
        ...both('segreto', '(tocca|toccare|toccava)'),
      ],
    },
  },
  {
    id: 'abuse.violence_while_hiding',
    kind: 'abuse_now',
    reason: 'violence going on while the writer hides',
    // Literal: "me va a matar" is an idiom elsewhere, not while someone breaks things.
    scopes: ['negated', 'hypothetical', 'quoted', 'third_party'],
    who: 'self',
    patterns: {
      en: [
        ...both(
          '(hes|shes|he s|she s|he is|she is) (screaming|yelling|shouting|smashing|breaking|throwing|banging|kicking)',
          '(locked myself|hiding|barricaded myself|hid)',
        ),
        '(he|she) (already)? (broke|smashed|kicked in) the (door|lock|handle|door handle)',
      ],
      es: [
        ...both(
          '(rompiendo|gritando|pateando|golpeando|tirando cosas)',
          '(me escondi|me encerre|estoy encerrada|estoy encerrado|estoy escondida|estoy escondido)',
        ),
        '(grita|gritando|amenaza) que me va a (matar|pegar|partir|reventar)',
      ],
      fr: [
        '(en train de)? (defoncer|enfoncer|casser|taper sur|cogner sur|tambouriner sur|tambouriner a) la porte',
        ...both(
          '(hurle|crie|casse tout|frappe)',
          '(je suis enfermee|je suis enferme|je me suis enfermee|je me cache|cachee)',
        ),
      ],
      de: [
        ...both(
          '(schreit|tobt|randaliert|wirft|schlagt|brullt)',
          '(eingesperrt|eingeschlossen|versteckt)',
        ),
        '(wirft|schmeisst|warf|schmiss) (sachen|dinge|teller|glaser|flaschen) (nach|auf) mir',
      ],
      pt: [
        ...both(
          '(quebrando|gritando|batendo|chutando)',
          '(me tranquei|me escondi|trancada|trancado|escondida|escondido)',
        ),
        '(gritando|grita|gritou|diz|disse|falou) que vai me (pegar|matar|bater|quebrar)',
      ],
      it: [
        ...both(
          '(spaccando|urlando|sfondando|picchiando|rompendo)',
          '(mi sono chiusa|mi sono chiuso|chiusa in|chiuso in|nascosta|nascosto)',
        ),
        '(urla|grida|ha detto) che mi (ammazza|uccide|ammazzera|picchia)',
      ],
    },
  },

  // --- psychosis: persecution by waves, tampered food or drink, devices placed to listen, the
  //     news speaking to the writer in code, voices that comment; commands from a voice.
  {
    id: 'psychosis.persecution_breadth',
    kind: 'psychosis',
    reason: 'persecutory or delusional beliefs',
    scopes: LITERAL,
    patterns: {
      en: [
        '(put|planted|installed|hid|hidden|hiding|implanted) (something|a device|devices|things|stuff) (in|into|inside|behind|during) ~4 (listen|watch|spy|track|record|hear|poison|control|transmit|transmitting)',
        '(they|the neighbours|the neighbors|someone|people) can (listen to|hear|spy on|track|record) me',
        '(tv|television|radio|news) (are|is)? (talking|speaking|sending) (directly|straight) (to|about) me',
        '(code words|codes|messages|signals) (so)? (that)? only i (understand|can understand|get|can read|can see)',
        '(transmitting|broadcasting) (at night|my thoughts|signals|to them)',
        '(whispers|voices|voice) (say|saying|says|tell|telling) (horrible|awful|mean|nasty|bad|terrible) things',
        '(running commentary|commenting on everything i do)',
        '(signals|waves|radiation|rays) (through|from) the (ceiling|walls|wall|floor)',
      ],
      es: [
        'me (siguen|persiguen) (en coches|en coche|en un coche|desde|a todas partes|a todos lados|por la calle|hasta casa)',
        '(anotan|apuntan|graban|registran|saben) todo lo que (hago|digo|pienso)',
        '(voces|gente|alguien) (hablando|que habla|hablan) (dentro de|en) mi cabeza',
        '(me echan|echan|me ponen|ponen|meten|me meten) (algo|veneno|droga|drogas) (en|por) (la|el|mi)? (ventilacion|comida|agua|cafe|bebida)',
        '(envian|mandan|me mandan|me envian) (ondas|rayos|radiacion|senales) (por|a traves de|desde)',
        '(en la tele|en la radio|en las noticias) (hablan|dicen cosas) de mi',
      ],
      fr: [
        '(m envoient|envoient|m envoie|envoie) des (ondes|rayons|signaux|radiations) (a travers|par|dans)',
        '(on a mis|ils ont mis|ils mettent|on met|on me met) (quelque chose|un truc|du poison|des trucs) dans (mon|ma|mes) (cafe|nourriture|repas|boisson|eau|the|plats)',
        '(a la tele|a la radio|aux infos|a la television) (ils|on)? (parlent|parle) de moi',
        '(messages|signes|codes) (codes)? (rien que pour moi|pour moi seul|que moi seul)',
      ],
      de: [
        '(schicken|senden|schickt|sendet) (mir)? (strahlen|wellen|signale|strahlung) (durch|uber|in)',
        '(was|etwas|gift|drogen|zeug) in (meinen|mein|meine) (kaffee|essen|trinken|tee|wasser|getrank) (getan|gemischt|gekippt|gegeben)',
        '(im radio|im fernsehen|in den nachrichten|im tv) (reden|sprechen|redet|spricht) (sie|die|man)? uber mich',
        '(verstehe|erkenne|bekomme) die (versteckten|geheimen) (botschaften|nachrichten|zeichen)',
        '(gegen mich verschworen|verschworen sich gegen mich|verschworung gegen mich)',
      ],
      pt: [
        '(mandam|mandando|enviam|me mandam) (ondas|raios|sinais|radiacao) (pelo|pela|atraves|pra)',
        '(colocaram|botaram|puseram|colocam|botam) (alguma coisa|algo|veneno|droga) (no|na) (meu|minha)? (cafe|comida|agua|bebida|cha)',
        '(na tv|no radio|nas noticias|na televisao) (falam|estao falando|ta falando|fala) (de|sobre) mim',
        '(todos|todo mundo) (estao)? (combinados|conspirando) contra mim',
      ],
      it: [
        '(mandano|mi mandano|inviano|mi inviano) (onde|raggi|segnali|radiazioni) (dal|dalla|attraverso|nel|nei)',
        '(mi hanno messo|hanno messo|mettono|mi mettono) (qualcosa|del veleno|droga|roba) (nel|nella) (mio|mia)? (caffe|cibo|acqua|bevanda|te)',
        '(alla tv|alla radio|al telegiornale|in tv) (parlano|parla) di me',
        '(d accordo|complottano) contro di me',
      ],
    },
  },
  {
    id: 'psychosis.command_breadth',
    kind: 'command_hallucination',
    reason: 'a voice telling the writer to hurt someone or themselves',
    patterns: {
      en: [
        '(voice|voices|whispers) ~3 (telling|tells|told|saying|says|say) (me)? (that)? (i)? (have to|must|need to|should|ought to|gotta) (punish|hurt|kill|harm|cut|burn|jump|starve|attack|stab)',
      ],
      es: [
        '(la voz|las voces|una voz) (me)? (dice|dicen|ordena|ordenan|manda|mandan|pide|piden) que (tengo que|debo|tendria que|hay que)? (castigar|matar|lastimar|herir|hacer dano|saltar|cortarme|matarme|quemar|tirarme)',
      ],
      fr: [
        '(la voix|les voix|une voix) (me)? (dit|disent|ordonne|ordonnent|demande) (que je dois|de|qu il faut) (sauter|tuer|me tuer|frapper|faire du mal|me faire du mal|punir|me couper|bruler|me jeter)',
      ],
      de: [
        '(die stimme|die stimmen|eine stimme) (sagt|sagen|befiehlt|befehlen) (mir)? ~2 (ich soll|ich muss|dass ich) ~4 (wehtun|weh tun|umbringen|toten|springen|verletzen|bestrafen|schneiden)',
      ],
      pt: [
        '(a voz|as vozes|uma voz) (manda|mandam|diz|dizem|fala|falam|pede) (pra|para|que)? (eu)? (tenho que|devo)? ~2 (me jogar|pular|me matar|matar|machucar|me machucar|me cortar|castigar|bater)',
      ],
      it: [
        '(la voce|le voci|una voce) (mi)? (dice|dicono|ordina|ordinano|comanda) (che devo|di) ~2 (buttarmi|uccidermi|uccidere|ammazzare|fare del male|farmi del male|tagliarmi|saltare|punire|picchiare)',
      ],
    },
  },

  // --- mania: each class is one kind of sign (the category still needs two different kinds).
  {
    id: 'mania.sleep_breadth',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: {
      en: [
        '(barely|hardly) (sleeping|slept|sleep)',
        'not tired at all',
        '(slept|sleeping|sleep) (like|maybe|only|just)? (<num>|one|two|three) (hrs|hours|hour) (this week|all week|in (<num>|two|three|four) days|the whole week)',
        '(havent|have not|haven t) (been to|gone to) (sleep|bed) (yet)?',
        '(no sleep|zero sleep) ~3 (dont|don t|do not) need it',
        '(hasnt|hasn t|has not) (slept|been sleeping) (in|for) (days|<num> days|a week|ages|nights|<num> nights)',
      ],
      es: [
        '(<num>|dos|tres|cuatro|cinco) (noches|dias) sin (dormir|pegar ojo|pegar un ojo)',
        'sin pegar (un)? ojo',
        'no he dormido (desde|en toda)',
      ],
      fr: [
        'pas ferme l oeil',
        '(je dors plus|je ne dors plus|je dors presque plus|il dort plus|elle dort plus|ne dort plus)',
        '(j en ai|j ai) pas besoin de dormir',
        '(une|encore une) nuit blanche',
      ],
      de: [
        'seit ~3 (nachten|tagen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) (kaum|nicht|wach|nicht mehr)',
        '(brauch|brauche) (keinen|kein) schlaf (mehr)?',
        '(schlaft|schlaeft|schlaf|schlafe) (nicht mehr|kaum noch|kaum)',
      ],
      pt: [
        '(<num>|duas|tres|quatro|cinco) (noites|dias) sem dormir',
        'nao preciso (mais)? (de)? dormir',
        '(acordado|acordada) (desde|ha) (segunda|terca|quarta|quinta|sexta|sabado|domingo|<num> dias|dias)',
        'nao dorme mais',
      ],
      it: [
        '(<num>|due|tre|quattro|cinque) (notti|giorni) senza (dormire|chiudere occhio)',
        'non ho (piu)? bisogno di dormire',
        '(sveglio|sveglia) da (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|<num> giorni)',
        'non dorme piu',
      ],
    },
  },
  {
    id: 'mania.sign_breadth',
    kind: 'mania_sign',
    reason: 'grandiosity, racing thoughts or pressured speech',
    patterns: {
      en: [
        '(brain|mind|head|thoughts) (is|are)? (going|running|racing|moving)? (so|too)? fast (i|that)',
        '(a million|a hundred|a thousand) miles an hour',
        '(ideas|thoughts) (are)? (coming|flowing|pouring) (so fast|faster than|too fast|nonstop)',
        '(smartest|most brilliant|greatest|most talented|most important) (person|man|woman|human|mind) (alive|in the world|ever|on earth)',
        '(about to|going to|gonna|destined to) (become|be) (famous|a star|a legend|president)',
        'how (brilliant|amazing|gifted|special|important) i am',
        '(see|seeing|noticed) (patterns|connections|signs) (that)? (nobody|no one|others) (else)? (can|cant|sees)',
        '(i am|im|i m|i feel) (literally)? on (another|a higher|a different) (level|plane)',
        '(figured out|found|discovered|invented) (the)? (solution|cure|answer|key) (to|for) (climate change|cancer|world hunger|everything|poverty|physics|the universe)',
        '(talking|talk|speaking) (so|too) fast (my|that|people|nobody|no one|everyone|friends)',
        '(started|starting|writing|launching|drafting) ~8 (at the same time|all at once|simultaneously)',
        '(i)? feel (amazing|incredible|unstoppable) ~4 (no sleep|not slept|havent slept|haven t slept)',
      ],
      es: [
        '(me siento|soy) (un|una)? (dios|diosa)',
        '(mil|cien|un millon de) ideas (por|al) (minuto|segundo|hora)',
        '(voy a ser|sere) el (proximo|nuevo|siguiente)',
        '(la cabeza|mi cabeza|la mente) (me va)? a mil',
        '(escribiendo|disenando|creando|montando|abriendo) ~6 (a la vez|al mismo tiempo)',
      ],
      fr: [
        '(je deborde|debordant|debordante) d energie',
        '(trouve|decouvert|compris) (la theorie|le secret|la formule|la verite) (qui explique tout|de l univers|du monde)',
        '(je parle|parle) sans arret',
        '(je suis|je me sens) (un|une)? (dieu|deesse)',
        '(envoye|envoyee|choisi|choisie) par dieu',
      ],
      de: [
        '(fuhl|fuhle) mich wie (ein|eine)? (gott|gottin|genie|superheld)',
        '(gedanken|kopf) (rasen|rast|sprudelt|sprudeln)',
        '(gleichzeitig|zugleich) ~3 (buch|album|firma|startup|oper|app|roman)',
      ],
      pt: [
        'me sinto (um|uma)? (deus|deusa)',
        '(cabeca|mente) (ta|esta)? a mil',
        '(escrevendo|criando|abrindo|montando) ~6 ao mesmo tempo',
      ],
      it: [
        'mi sento (un|una)? (dio|dea)',
        '(la testa|la mente|testa|mente) (che va)? a mille',
        '(scrivendo|creando|aprendo) ~6 (insieme|contemporaneamente|allo stesso tempo)',
      ],
    },
  },
  {
    id: 'mania.risk_breadth',
    kind: 'mania_risk',
    reason: 'risky spending, debts or sudden plans',
    patterns: {
      en: [
        '(put|invested|threw|sunk|moved) (our|my|the|all our|all my) (house deposit|deposit|savings|pension|inheritance|rent|mortgage|student loan|life savings) (into|in|on)',
        '(spent|blew|dropped) ~3 (on|in) ~4 (this afternoon|this morning|today|tonight|in one day|in a day|on a whim)',
        '(leased|rented|signed a lease on) (an|a) (office|shop|warehouse|studio|building)',
        '(signed up for|entered|registered for) (<num>|three|four|five|ten) (marathons|races|courses|degrees)',
        '(bought|buying|keeps buying|keep buying) (a|two|three|more)? (van|boat|plane tickets|flights)',
        '(quit|quitting|dropped out of) (uni|university|college|my degree|my course)',
      ],
      es: [
        '(pedi|saque|he pedido) un (prestamo|credito) (para|y)',
        '(renuncio|renuncie|me despedi del trabajo)',
        '(se gasto|me gaste|gasto) (todos)? (nuestros|mis|sus) ahorros',
      ],
      fr: [
        'sur un coup de tete',
        '(j ai)? demissionne (ce matin|aujourd hui|hier)',
        '(vide|claque|depense) (notre|mon|tout notre|tout mon) (compte|epargne|livret)',
      ],
      de: [
        '(kredit|darlehen) ~3 (aufgenommen|genommen)',
        '(job|stelle|arbeit) gekundigt',
        '(angezahlt|anzahlung)',
        '(unser|mein|sein|ihr) erspartes (ausgegeben|verprasst|verzockt)',
      ],
      pt: [
        '(fiz|peguei|pedi) um (emprestimo|credito|financiamento)',
        'pedi (as contas|demissao)',
        'dei entrada (numa|num|em)',
        'gastou (nossas|as|suas) economias',
      ],
      it: [
        '(chiesto|preso|fatto) un (prestito|finanziamento)',
        'mi sono licenziat*',
        '(dato|versato) (l anticipo|la caparra|un acconto)',
        'speso tutti i (nostri|miei|suoi)? risparmi',
      ],
    },
  },

  // --- eating disorders: purging after meals, fasting on water or coffee, chewing and spitting,
  //     compensating by exercise, "if I eat I've failed".
  {
    id: 'eating.restriction_breadth',
    kind: 'eating_disorder',
    reason: 'restriction, compensating or body-weight preoccupation',
    patterns: {
      en: [
        '(skipped|skipping|skip) (lunch|dinner|breakfast) (and|&) (lunch|dinner|breakfast)',
        '(chewing|chew|chewed) (and|&) (spitting|spit)',
        '(chewing gum|drink water|drinking water|coffee) to (stop|kill|suppress|ignore) (the)? (hunger|hunger pangs|appetite)',
        '(go|went|going) to bed hungry on purpose',
        'in control when ~3 (empty|hungry|dont eat|don t eat)',
        '(if i go over|go over) ~6 (run|exercise|work out|gym) (until|till|til)',
        '(every bite|every crumb)',
        '(run|running|exercise|work out) (until|till) (i feel sick|i m sick|im sick|i throw up)',
        '(havent|haven t|have not|not) eaten (properly|much|right) (in|for) (weeks|days|ages)',
      ],
      es: [
        '(hago|haciendo) ejercicio hasta (marearme|vomitar|desmayarme)',
        'si (como|comiera) (algo)? ~4 (fracaso|gorda|gordo|asco|culpable|debil)',
        '(como|comer) (solo|solamente)? una vez al dia',
        'no como (bien|casi nada) desde hace (semanas|dias)',
      ],
      fr: [
        'je saute (le diner|le dejeuner|les repas|le petit dej|le petit dejeuner)',
        'si (je mange|j ai mange|j ai pris) ~4 (je saute|je jeune|grosse|degoutante|nulle)',
        '(je)? (ne)? mange (presque)? plus (rien)? depuis',
      ],
      de: [
        '(zahle|zahl) jede kalorie',
        'wenn ich (was|etwas) esse ~4 (versagt|versager|versagerin|fett|eklig|schwach)',
        '(lauf|laufe|trainiere|renne) ~2 bis mir (schlecht|ubel) (wird|ist)',
        '(esse|ess) seit (wochen|tagen) kaum',
      ],
      pt: [
        'conto (cada|todas as) (caloria|calorias)',
        'se eu comer ~4 (fracasso|gorda|gordo|nojo|culpada|culpado)',
        '(corro|malho|treino) ate (passar mal|vomitar|desmaiar)',
        '(como|comi|comer|comendo|faco) (so|apenas|somente)? uma (vez|refeicao) (por|ao) dia',
        'quase nao como',
      ],
      it: [
        'se mangio ~4 (fallito|fallita|schifo|grassa|grasso|debole)',
        'non mangio (quasi)? (niente|nulla) da',
      ],
    },
  },
  {
    id: 'eating.severe_breadth',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: {
      en: [
        '(day <num>|<num> days|days) (on|of) (just|only) (water|coffee|black coffee|tea|diet coke)',
        '(only|just) (water|black coffee|diet coke) (for|all) (days|the week|<num> days|week)',
        '(vomiting|throwing up|purging) ~6 (all day|after every|after each|after meals)',
        '(if i eat|if i ate) ~4 (ive|i ve|i have)? (failed|fail)',
      ],
      es: [
        'vomito (despues de|tras) (cada|todas las|las) (comida|comidas)',
        '(llevo|van) (<num>|dos|tres|cuatro|cinco|seis) dias (solo|solamente) (con)? (agua|cafe)',
      ],
      fr: [
        '(apres|a) chaque repas ~6 (vomir|recracher|me faire vomir)',
        '(tout)? (recracher|rejeter|vomir) ~4 (apres|chaque) (chaque)? repas',
        '(jours|semaine|semaines) que je (ne)? mange (plus)? rien',
      ],
      de: [
        '(erbreche|erbrech|kotze|kotz) (nach|bei) (jedem|jeder|dem) (essen|mahlzeit)',
        'seit ~2 (tagen|wochen) (nur|bloss) (wasser|kaffee|tee)',
      ],
      pt: [
        'vomito (depois|apos) (de)? (todas as|cada|as)? (refeicoes|refeicao|comidas|comer)',
        '(dias|semana) que (so|somente|apenas) (tomo|bebo) (agua|cafe|cha)',
      ],
      it: [
        'vomito (dopo|a) (ogni|tutti i|i) (pasto|pasti)',
        'da ~2 giorni (solo|soltanto) (acqua|caffe|te)',
      ],
    },
  },
  {
    id: 'eating.collapse',
    kind: 'medical',
    reason: 'collapsing after not eating (a medical emergency)',
    patterns: {
      en: both(COLLAPSE.en, NOT_EATING.en),
      es: both(COLLAPSE.es, NOT_EATING.es),
      fr: both(COLLAPSE.fr, NOT_EATING.fr),
      de: both(COLLAPSE.de, NOT_EATING.de),
      pt: both(COLLAPSE.pt, NOT_EATING.pt),
      it: both(COLLAPSE.it, NOT_EATING.it),
    },
  },

  // --- substance use: drinking on waking to stop the shakes, "can't get through the day
  //     without", weekend use become daily, money for rent spent on it, cutting down and failing.
  {
    id: 'substance.control_lost',
    kind: 'substance',
    reason: 'loss of control over drinking or drug use',
    patterns: {
      en: [
        '(finished|drank|downed|polished off) (a|the)? (whole|entire) bottle ~6 (again|every night|every day|each night|alone)',
        '(shaking|shakes|sweating|sweats) ~6 (until|till|til) (i have|i get) (a drink|a drop|my fix|a hit)',
        '(run|running|ran) out (of my (pills|meds|painkillers|prescription))? early',
        '(taking|take|took) (extra|more) (of)? (my)? (painkillers|pills|meds|oxy|tablets)',
        '(bender|benders) (since|for|all|again|this|last|every)',
        '(cant|can t|cannot) (get through|do|make it through|function|sleep|eat) ~4 without (a|my)? (drink|bump|line|hit|joint|weed|drinking|pills|smoke|fix)',
        '(spending|spent|spend) (my|the|all my)? (rent|rent money|bills money|food money|wages) on (it|weed|coke|booze|drink|drugs|pills)',
        '(tried|trying|try) to (cut back|cut down|quit|stop) ~4 (but|and) (i)? (cant|can t|couldnt|could not|failed)',
        '(smoke|smoking|drink|drinking|vape|using) ~3 from (when|the moment) i wake (up)?',
        '(drink|drinking|drank) (vodka|alcohol|booze|wine|beer)? before (school|work|class|my shift)',
        'my (drinking|weed use|smoking|using|drug use|coke use) (is|s|has) (out of control|getting (bad|worse)|crept up)',
        '(shaky|shaking|sweaty|sweating|shakes|sweats) ~6 since i stopped (drinking|using)',
        '(comedown|comedowns|come down) (is|are|was)? (brutal|awful|horrible|so bad|killing me)',
        '(driving|drive|drove) (after a few|drunk|high|after drinking)',
        'bottle (most nights|every night|a night)',
      ],
      es: [
        '(no puedo|no consigo) (parar|dejar) de (beber|tomar|consumir|fumar|meterme)',
        '(bebo|tomo|empiezo) (por|en|desde) la manana ~6 (tiemblen|temblar|tiemblan)',
        'gasto (todo)? (el|mi)? (sueldo|dinero|paga) en (coca|drogas|alcohol|pastillas|farlopa|perico|porros)',
        '(fumo|bebo|tomo) ~3 desde que me levanto',
        '(acabo|termino) con la botella',
      ],
      fr: [
        '(je bois|je picole|je prends) (des|des le|dès le|le) (reveil|matin)',
        'sinon je tremble',
        ...both(
          '(boire|bois|picoler|coke|joint|joints|alcool)',
          '(arrive plus a m arreter|peux plus m arreter|peux pas m arreter)',
          8,
        ),
        '(coke|cocaine|beuh|alcool|cachets|md|ecsta) ~8 tous les jours',
        '(fume|bois) ~3 du reveil au coucher',
        'maintenant (la|une) bouteille',
        'rechute (sur|avec) (la coke|l alcool|la drogue|le shit|la beuh)',
      ],
      de: [
        '(trinke|trink|saufe) (schon)? (morgens|am morgen|vor der arbeit|heimlich)',
        'sonst (zittere|zitter) ich',
        '(komm|komme) (nicht mehr|nicht) (davon|vom (alkohol|koks|saufen|kiffen)) los',
        '(koks|alkohol|kiffen|gras|pillen|speed) ~6 jeden tag',
        '(kiffe|trinke|trink|rauche) vom aufstehen bis',
        'jetzt die (ganze)? flasche',
      ],
      pt: [
        'bebo (desde que acordo|de manha|escondido)',
        '(senao|se nao) (fico|eu fico) tremendo',
        '(po|cocaina|farinha|bala|maconha|cachaca) ~8 todo dia',
        'nao consigo (mais)? parar de (beber|usar|cheirar|fumar)',
        '(fumo|bebo) ~3 desde (a hora)? que acordo',
        'acabo com a garrafa',
      ],
      it: [
        'bevo (da quando mi sveglio|la mattina|di nascosto)',
        '(senno|se no|altrimenti) tremo',
        '(coca|cocaina|canne|alcol|pasticche) ~8 tutti i giorni',
        'non riesco (piu)? a smettere di (bere|farmi|fumare)',
        '(fumo|bevo) ~3 da quando mi sveglio',
        'adesso la bottiglia',
      ],
    },
  },
  {
    id: 'medical.overdose_signs',
    kind: 'overdose',
    reason: 'signs of an overdose or poisoning, with the substance',
    lookalikes: ['panic'],
    who: 'self',
    patterns: {
      en: [
        ...both(DRUG.en, DANGER.en),
        '(mixed|mixing|took too much|took too many|overdid it|popped|snorted|necked) ~8 (throwing up|spinning|(cant|can t) stand)',
      ],
      es: both(DRUG.es, DANGER.es),
      fr: both(DRUG.fr, DANGER.fr),
      de: both(DRUG.de, DANGER.de),
      pt: both(DRUG.pt, DANGER.pt),
      it: both(DRUG.it, DANGER.it),
    },
  },

  // --- someone else: withdrawal, delusions or mania, drinking, purging heard through a door,
  //     an overdose they cannot be woken from, "never been like this".
  {
    id: 'other.withdrawal',
    kind: 'third_party_warning',
    reason: 'someone else has withdrawn (stays in their room, talks to no one)',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        `${P.en} ~6 (hasnt|has not|hasn t|doesnt|does not|wont|won t|barely|rarely|never|hardly) (left|leave|leaves|come out of|comes out of|gets out of|get out of) (his|her|their) (room|bedroom|bed|flat|apartment)`,
        // Staying in one's room is withdrawal when it lasts ("all day", "for weeks", "since he lost
        // his job"), not when it has a reason ("to play fortnite", "doing homework").
        `${P.en} ~6 (stays|stayed|has stayed|is staying|has been staying|spends all day|locks (himself|herself)|locked (himself|herself)|shut (himself|herself)|shuts (himself|herself)) (in|away in|up in|inside) (his|her|their) (room|bedroom) (all day|for (days|weeks|months)|since|the whole (day|time)|day and night)`,
        `(he|she|they) (wont|won t|doesnt|does not|barely|hardly|no longer) (talk|talks|speak|speaks) to (us|anyone|anybody) (anymore)?`,
        '(barely|hardly) (talks|speaks) to (us|anyone|anybody|me) (anymore)?',
        '(hasnt|hasn t|has not) been out (in|for) (a week|days|weeks|ages)',
        '(doesnt|does not|barely|hardly|stopped) (answer|answers|answering|pick up|picks up) (the|his|her|their)? (phone|calls|texts)',
      ],
      es: [
        `${P.es} ~4 (encerrado|encerrada|se encierra|no sale|no ha salido|casi no sale) (en|de) (su)? (cuarto|habitacion|pieza)`,
        '(ya)? no habla con nadie',
        'no contesta (el whats|el whatsapp|el telefono|los mensajes)',
      ],
      fr: [
        `${P.fr} ~4 (reste|est|s est) (enferme|enfermee) dans sa chambre`,
        '(ne parle plus|parle plus) a personne',
        '(repond|decroche) (presque)? plus au telephone',
      ],
      de: [
        '(verlasst|verlaesst) (sein|ihr) zimmer (nicht mehr|kaum noch|kaum|nie)',
        '(redet|spricht) mit niemandem (mehr)?',
        'geht kaum (noch)? ans telefon',
        '(schliesst|sperrt) sich (in seinem|in ihrem|im) zimmer ein',
      ],
      pt: [
        'nao responde (mais)? no (zap|whats|whatsapp|telefone)',
        `${P.pt} ~4 (trancado|trancada|fechado|fechada) no quarto`,
        '(quase)? nao fala (mais)? com ninguem',
      ],
      it: [
        `${P.it} ~3 (chiuso|chiusa|rinchiuso|rinchiusa) in camera`,
        'non parla piu con nessuno',
        'non risponde (piu)? (su whatsapp|al telefono|ai messaggi)',
      ],
    },
  },
  {
    id: 'other.delusions',
    kind: 'third_party_worry',
    reason: "someone else's delusions, mania or a change the writer has never seen",
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        `(he|she|they|${P.en}) (is|s|seems|are)? (convinced|sure|certain) (that)? ~4 (watching|poisoning|spying|following|stealing|tracking|after (him|her|them)|out to get)`,
        '(god|the devil|the tv|the radio|aliens|spirits) (talks|speaks|is talking|sends messages|is sending messages) to (him|her|them)',
        '(says|thinks|believes) (he|she|they|hes|shes|theyre) (is|s|are|re|been|has been|s been)? (chosen|the chosen one|the messiah|sent by god|a prophet|going to be (president|famous|a billionaire|a millionaire))',
        '(he|she|they) (has|s|have|ve)? never been like this',
        '(hes|shes|theyre|he s|she s|he has|she has) been (different|not (himself|herself|themselves)) since',
      ],
      es: [
        '(esta|está) (convencida|convencido|segura|seguro) de que ~4 (le|la|lo|les) (roban|espian|envenenan|siguen|vigilan)',
        'dios le habla',
        'nunca (habia|ha) sido asi',
        '(ya)? no es (el|la) (mismo|misma)',
      ],
      fr: [
        '(persuadee|persuade|convaincue|convaincu) que ~4 (l empoisonne|l espionne|le suit|la suit|le surveille|la surveille|lui veut du mal)',
        '(croit|pense) qu (il|elle) est (envoye|envoyee|choisi|choisie) par dieu',
        '(n a|a) jamais ete comme ca',
        '(il|elle) (n est|est) plus (le|la) (meme)',
      ],
      de: [
        '(uberzeugt|sicher) ~4 (vergiftet|ausspioniert|verfolgt|beobachtet)',
        'gott spricht ~4 zu (ihm|ihr)',
        'so war (er|sie) nie',
        'nicht mehr (derselbe|dieselbe)',
      ],
      pt: [
        '(convencida|convencido) (de)? que ~4 (envenenando|espionando|seguindo|roubando)',
        'deus fala com (ele|ela)',
        '(ela|ele) nunca foi assim',
        'nao (e|eh) mais (o|a) (mesmo|mesma)',
      ],
      it: [
        '(convinta|convinto) che ~4 (avvelenando|spiando|seguendo|rubando)',
        'dio (gli|le) parl*',
        'non (e|è) mai stat* cosi',
        'non (e|è) piu (lo|la) (stesso|stessa)',
      ],
    },
  },
  {
    id: 'other.drinking',
    kind: 'third_party_worry',
    reason: "someone else's drinking or drug use",
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        `(he|she|they|${P.en}) (drinks|is drinking|has been drinking) (from the moment (he|she|they) (wakes|wake) up|all day|every day|in the morning|before work|alone|until (he|she|they) (passes|pass) out)`,
        '(smelling|smells|smelt|stinks|reeks) of (alcohol|booze|drink|weed)',
      ],
      es: ['(bebe|toma) desde que se (levanta|despierta)'],
      fr: ['boit (des|dès) le (reveil|matin)'],
      de: ['trinkt (ab dem aufstehen|schon morgens|den ganzen tag)'],
      pt: ['bebe desde que acorda'],
      it: ['beve da quando si sveglia'],
    },
  },
  {
    id: 'other.purging_heard',
    kind: 'third_party_warning',
    reason: 'someone else is purging or barely eating',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(heard|hear|hearing) (him|her|them) (throwing up|being sick|vomiting|purging)',
        `${P.en} (is|s|has been)? (barely|hardly|not) eating`,
      ],
      es: ['(la|lo) (escucho|oigo) vomitar', '(casi no come|no come casi nada|no come nada)'],
      fr: ['je l entends vomir', '(ne)? mange presque plus'],
      de: ['(hor|hore) (sie|ihn) (kotzen|erbrechen|sich ubergeben)', 'isst kaum (noch|was|etwas)'],
      pt: ['(ouco|escuto) (ela|ele) vomitando', 'quase nao come'],
      it: ['(la|lo) sento vomitare', 'non mangia quasi (piu|niente)'],
    },
  },
  {
    id: 'other.signs_more',
    kind: 'third_party_warning',
    reason:
      'someone else shows warning signs (abused, joking about dying, writing about disappearing)',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(her|his|their) (boyfriend|girlfriend|husband|wife|partner|dad|mum|mom|stepdad|stepmom) (hits|beats|hurts|chokes|slaps|abuses) (her|him|them)',
        '(story|poem|essay|post) about (wanting to (die|disappear|not exist|not be here))',
        '(made|makes|making) a joke about (jumping|killing (himself|herself|themselves)|ending it|dying|not being here)',
        `how (do|can|should|could) i (support|help|check on|reach) (a|my|our) ${group(RELATIONS.en)}`,
      ],
    },
  },
  {
    id: 'other.took_something',
    kind: 'third_party_now',
    reason: 'someone else took something and shows danger signs now',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(took|taken|had|swallowed) something ~6 (cant|can t|cannot) (feel (his|her|their)|breathe|stand|stay awake|wake)',
      ],
    },
  },
  // --- second pass: wider wording for the same classes (images of hurting someone, door
  //     attacked now, documents or money taken, a lap and "nobody can know", intruders living in
  //     the loft, devices in a tooth or an ear, commands from an angel or a spirit, nights without
  //     sleep said many ways, purging by fingers down the throat, a bottle a night, buying pills
  //     off someone, a relative who no longer gets out of bed or talks to spirits).
  {
    id: 'others.images_of_hurting',
    kind: 'harm_thoughts',
    reason: 'images or thoughts of hurting someone',
    patterns: {
      en: [
        '(picturing|imagining|images of|visions of|thoughts of) (me|myself)? (smashing|hitting|pushing|running (him|her|them) over|stabbing|hurting|drowning|strangling|throwing|punching|shaking)',
      ],
      es: [
        '(imagenes|pensamientos|ideas) de (empujar|lastimar|pegar|matar|tirar|ahogar|apunalar|estrangular)',
      ],
      fr: [
        '(images|pensees) ~5 (je pousse|je frappe|je fais du mal|pousser|frapper|etrangler|noyer)',
      ],
      de: ['(bilder|gedanken) ~6 (antue|wehtue|stosse|schubse|schlage|ertranke|verletze|wurge)'],
      pt: ['(pensamentos|imagens) de (empurrar|machucar|bater|matar|afogar|esfaquear|enforcar)'],
      it: [
        '(immagini|pensieri) ~3 (spingo|spingere|picchio|picchiare|colpisco|ferisco|soffoco|annego)',
      ],
    },
  },
  {
    id: 'others.intent_slang',
    kind: 'harm_intent',
    reason: 'intent to beat or stab someone',
    scopes: LITERAL,
    // The target is named, the writer is the one who acts: "he won't know what hit him".
    who: 'self',
    patterns: {
      en: [
        '(jump|jumping|batter|stomp|shank|glass|deck) (him|her|them) (after|tonight|tomorrow|tmrw|when|at|outside)',
        '(he|she|they) (wont|won t|will not) be smiling (after|when)',
        '(make sure|making sure) (he|she|they) (never|can t|cant|won t|wont) (teaches|works|walks|talks|comes back|does it)',
      ],
      es: ['le (dejo|voy a dejar|parto|rompo|reviento) la (cara|cabeza|boca)'],
      fr: [
        '(je lui eclate|lui eclater|je vais lui eclater|j vais lui eclater|je lui defonce|je lui casse) (la tete|la gueule|le crane)',
      ],
      de: [
        '(knopf|kauf) ich mir ~5 vor ~5 (messer|baseballschlager|schlagring)',
        '(morgen|heute|nachher) ~6 mit dem messer',
      ],
      pt: ['vai levar (facada|tiro|porrada|uma surra)'],
      it: ['(gli|le) spacco (le ossa|la testa|la faccia)'],
    },
  },
  {
    id: 'abuse.door_attacked',
    kind: 'abuse_now',
    reason: 'someone is trying to break in to the writer now',
    scopes: ['negated', 'hypothetical', 'quoted', 'third_party'],
    who: 'self',
    patterns: {
      en: ['(trying to|tries to) (kick|break|smash) (in|down)? (the|my) (bedroom|bathroom)? door'],
      es: ['(dando golpes|golpeando|pateando|aporreando) (en|a)? la puerta (de mi|del)'],
      fr: [
        '(a casse|a defonce|a enfonce|defonce|enfonce) la porte ~6 (me cherche|je suis cachee|je suis cache|enfermee)',
      ],
      de: [
        '(tur|schlafzimmertur|badezimmertur|zimmertur) ~2 (einzutreten|eintreten|einzuschlagen|aufzubrechen)',
      ],
      pt: ['(chutando|batendo|socando|esmurrando) (a|na) porta (do quarto|do banheiro)'],
      it: ['(prendendo a calci|sfondando|picchiando|tirando calci|prende a calci) (la|alla) porta'],
    },
  },
  {
    id: 'abuse.taken_from_me',
    kind: 'abuse',
    reason: 'documents, money or the phone taken by a partner, family member or carer',
    lookalikes: ['parental_rule'],
    who: 'self',
    patterns: {
      en: [
        '(took|takes|has taken|kept|keeps|hides|hid) my (passport|id|keys|car keys|bank card|documents|papers)',
        '(takes|took) my phone (away)? (for the night|if|when|as punishment)',
        '(taking|took|takes|stealing|stole|steals) (money|cash) (from|out of) my (purse|wallet|account|bank)',
        '(times|counts) how long i (take|spend|am)',
      ],
      es: [
        'me (quito|quita|ha quitado|esconde) (el dni|el pasaporte|las llaves|el movil|la tarjeta|los papeles|los documentos)',
      ],
      fr: [
        '(m a pris|me prend|m a confisque|me confisque) (mon passeport|mes cles|mon telephone|ma carte|mes papiers)',
        '(il a mis|a mis) mon salaire sur son compte',
        'm oblige a (lui)? envoyer ma position',
      ],
      de: [
        '(hat|nimmt) mir (den pass|die schlussel|das handy|die karte|den ausweis) ~2 (weg|abgenommen|weggenommen)',
        'mein handy gesperrt',
      ],
      pt: [
        '(pegou|tirou|tomou|esconde|escondeu) (meu|minha|meus|os meus) (documento|documentos|chaves|celular|cartao)',
        'fica com (todo)? (o)? meu salario',
      ],
      it: [
        'mi ha (tolto|preso|sequestrato) (la carta|il telefono|le chiavi|i documenti|il passaporto|la carta di credito)',
        '(chiedergli|chiederle|chiedere) il permesso (anche)? per',
      ],
    },
  },
  {
    id: 'abuse.lap_and_secrecy',
    kind: 'abuse',
    reason: 'an adult has a child on their lap or demands that nobody knows (grooming)',
    who: 'self',
    // What the abuser says to the writer ("he says it's our secret") is not someone else's state.
    scopes: ['negated', 'hypothetical', 'quoted'],
    patterns: {
      en: [
        '(sit|sitting|sat) on his lap',
        '(no one|nobody|noone) (can|must|is allowed to|should) (ever)? know',
        'meet (him|her) (at|in) a (hotel|motel)',
      ],
      es: [
        '(me siento|sentarme|sentarse|me sienta) en sus piernas',
        'nadie (puede|debe) saber(lo)?',
      ],
      fr: [
        '(m asseoir|assise|assis|m assois) sur ses genoux',
        'garde le secret de ce qu',
        'personne ne doit (le)? savoir',
      ],
      de: [
        'auf (seinen|ihren|seinem) schoss',
        '(niemandem|keinem) (zeigen|sagen|erzahlen) (soll|darf)',
        '(darf|soll) (es)? niemand (wissen|erfahren)',
      ],
      pt: ['sentar no colo (dele|dela)', 'ninguem pode saber'],
      it: ['sedere sulle sue gambe', 'nessuno (deve|puo) saper(lo)?'],
    },
  },
  {
    id: 'psychosis.intruders_devices',
    kind: 'psychosis',
    reason: 'people or devices only the writer knows are there',
    scopes: LITERAL,
    patterns: {
      en: [
        '(people|someone|a man|a woman|men) (living|hiding) (in|up in) (the|my) (loft|attic|walls|ceiling|roof)',
        '(camera|microphone|mic|bug|chip|device|transmitter|tracker|speaker) (in|inside|into) (my|the) (tooth|teeth|ear|smoke alarm|fillings|head)',
        '(my)? thoughts (get|are|being|keep getting) (pulled|taken|stolen|removed|sucked) (out|from)',
        '(number plates|license plates|car plates) ~6 (my birthday|my name|messages|a countdown|meant for me)',
        '(static|the walls|the pipes|the radio) (is|are)? (saying|whispering|calling) my name',
      ],
      es: [
        '(gente|alguien|un hombre) (viviendo|que vive|escondido|escondida) en (el|mi) (desvan|atico|techo|paredes)',
        '(camaras|camara|microfono|chip|aparato) ~4 (me graban|me espian|me escuchan|mis datos)',
      ],
      fr: [
        '(m ont mis|ont mis|il y a) (un emetteur|une puce|un micro|une camera) dans (mon|ma) (oreille|dent|tete)',
        '(des gens|quelqu un) (qui vivent|qui vit|cache|caches) dans le (grenier|plafond|mur|murs)',
      ],
      de: [
        '(kamera|mikrofon|wanze|chip|sender) in (meinen|meinem|meine|meiner) (rauchmelder|zahn|ohr|kopf)',
        '(leute|jemand) (wohnen|wohnt|leben|lebt|verstecken sich) (auf dem|im) (dachboden|keller|den wanden)',
        '(meine)? gedanken (abhort|abhoren|abgehort)',
      ],
      pt: [
        '(aparelho|chip|camera|microfone) ~4 (le|lê|leem) (meus|os meus) pensamentos',
        '(gente|alguem) (morando|vivendo|escondida|escondido) no (forro|sotao|teto)',
      ],
      it: [
        '(microspia|microfono|telecamera|chip|cimice) (nel|nella|nei) (dente|denti|orecchio|testa)',
        '(gente|qualcuno) che vive in (soffitta|cantina|mansarda)',
      ],
    },
  },
  {
    id: 'psychosis.command_spirit',
    kind: 'command_hallucination',
    reason: 'a voice, angel or spirit ordering the writer to hurt someone or themselves',
    patterns: {
      en: [
        '(voice|voices|angel|spirit|demon|devil|god|satan) ~6 (have to|must|need to|orders|ordered|commands|told me|tells me|telling me|said) ~4 (cut|burn|hurt|kill|stab|punish|harm|jump|drown|poison|attack)',
      ],
      es: [
        '(espiritu|angel|demonio|diablo|la voz|una voz) (me)? (ordena|ordeno|manda|dice|pide) (que)? ~3 (queme|quemar|mate|matar|lastime|corte|haga dano)',
      ],
      fr: [
        '(une voix|la voix|un esprit|un ange|le diable) (me)? (repete|ordonne|dit) ~4 (faire du mal|tuer|bruler|frapper|couper)',
      ],
      de: [
        '(stimme|engel|geist|teufel) (befiehlt|befahl|sagt|verlangt) (mir)? ~5 (verbrennen|verletzen|wehtun|toten|umbringen|schneiden)',
      ],
      pt: [
        '(uma voz|a voz|espirito|anjo|demonio) (fica)? (mandando|manda|diz|pede) ~4 (machucar|matar|queimar|cortar|bater)',
      ],
      it: [
        '(una voce|la voce|spirito|angelo|demonio) (mi)? (ordina|dice|comanda|chiede) (di)? ~3 (ferire|uccidere|bruciare|tagliare|colpire)',
      ],
    },
  },
  {
    // A command hallucination need not name violence: voices that order the writer to stop
    // their medicine, smash things or throw money away are commands all the same (guide: high).
    id: 'psychosis.command_any',
    kind: 'command_hallucination',
    reason: 'voices ordering the writer to do something',
    scopes: LITERAL,
    patterns: {
      en: [
        '(the|these|those)? (voice|voices) (in (my head|the walls|the vents|the ceiling))? (keeps|keep)? (telling|tell|tells|told|order|orders|ordered|command|commands) me (that)? (i)? (have to|must|to|need to|gotta)',
        '(voice|voices) (in|from) (my head|the walls|the vents|the ceiling) ~5 (telling|tell|tells|told|order|orders|ordered) me (that)? (i)? (have to|must|to|need to|gotta)',
      ],
      es: [
        '(voz|voces) ~4 (me mandan|me manda|me ordenan|me ordena|me dicen que tengo que|me dice que tengo que)',
      ],
      fr: ['(voix) ~3 (me disent|me dit|m ordonnent|m ordonne) (que je dois|de|qu il faut)'],
      de: [
        '(stimme|stimmen) ~3 (sagen|sagt|befehlen|befiehlt) (mir)? ~2 (ich soll|ich muss|dass ich)',
      ],
      pt: [
        '(voz|vozes) ~6 (mandaram|mandam|manda|mandou|ordenam|ordena) (eu|pra eu|para eu|que eu)',
      ],
      it: ['(voce|voci) ~3 (mi dicono|mi dice|mi ordinano|mi ordina) (di|che devo)'],
    },
  },
  {
    // A weapon at hand and going there to settle it: intent, even when the threat itself is an
    // idiom ("resolver do meu jeito", "sort it out").
    id: 'others.armed_and_going',
    kind: 'harm_intent',
    reason: 'a weapon at hand, with going to the person',
    scopes: LITERAL,
    who: 'self',
    patterns: {
      en: both(
        `(got|ve got|have|grabbed|took|packed) (the|my|a) ${WEAPON.en} (by the door|in my pocket|in the car|ready|with me)`,
        '(tonight|on (his|her|their) way|going (over|round|there)|when (he|she) (gets|comes))',
        9,
      ),
      es: both(
        `(ya)? (tengo|traigo|agarre|llevo) (el|la|un|una|mi) ${WEAPON.es} (en el bolsillo|en la mano|preparad[oa]|list[oa]|conmigo)`,
        '(voy (a ir|para alla|pa alla|a ir alla)|hoy|esta noche)',
        9,
      ),
      fr: both(
        `(j ai|j ai pris) (le|la|mon|ma|un|une) ${WEAPON.fr} (dans la poche|sur moi|pret|prete)`,
        '(j y vais|je vais (y aller|chez)|ce soir)',
        9,
      ),
      de: both(
        `(hab|habe) (das|den|die|ein|einen|mein|meinen) ${WEAPON.de} (in der tasche|dabei|bereit|eingesteckt)`,
        '(geh ich|gehe ich|fahr ich|heute)',
        9,
      ),
      pt: both(
        `(ja)? (to com|tou com|estou com|peguei|levo) (a|o|uma|um|minha|meu) ${WEAPON.pt}`,
        '(vou (la|ate la)|hoje|hj|agora)',
        9,
      ),
      it: both(
        `(ho preso|ho) (il|la|un|una|mio|mia) ${WEAPON.it} (in tasca|con me|pronto|pronta)`,
        '(vado (li|da lui|da lei)|stasera|oggi)',
        9,
      ),
    },
  },
  {
    // Locked in with the phone, the keys or the passport taken: control happening now.
    id: 'abuse.confined_now',
    kind: 'abuse_now',
    reason: 'locked in, with the phone or keys taken',
    who: 'self',
    lookalikes: ['parental_rule'],
    patterns: {
      en: both(
        '(locked (me)? in|locked from (the)? outside|locked me out)',
        '(took|taken|has taken|takes|took away) my (phone|car keys|keys|passport|cards)',
        9,
      ),
      es: both(
        '(me encerro|me encierra|me ha encerrado|me dejo encerrad[oa])',
        'me (quito|quita|ha quitado) (el movil|el celular|el telefono|las llaves|el pasaporte)',
        9,
      ),
      fr: both(
        '(m a enferme|m a enfermee|m enferme|enferme a cle|enfermee a cle)',
        '(m a pris|m a confisque|a pris|m a pique) (mon|mes) (telephone|portable|tel|cles|passeport)',
        9,
      ),
      de: both(
        '(eingesperrt|eingeschlossen|sperrt mich ein|hat mich eingesperrt)',
        '(handy|schlussel|pass|telefon) (weggenommen|abgenommen)',
        9,
      ),
      pt: both(
        '(me trancou|me tranca|trancad[oa] (no|em))',
        '(pegou|tirou|levou) (o meu|meu|o|a minha|minha)? (celular|telemovel|telefone|chaves|passaporte)',
        9,
      ),
      it: both(
        '(mi ha chiuso|mi ha chiusa|mi chiude|chiusa a chiave|chiuso a chiave)',
        '(si e preso|ha preso|mi ha preso|mi ha tolto|mi tiene) (il|le)? (telefono|cellulare|chiavi|passaporto)',
        9,
      ),
    },
  },
  {
    id: 'mania.sleep_wording',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: {
      en: [
        '(no|zero) (bed|sleep) since',
        '(barely|hardly|havent|haven t) closed my eyes',
        '(two|three|four|five|<num>) nights (no|without) sleep',
        'sleep (is|s)? for (losers|the weak)',
      ],
      es: ['(noches|dias) en vela', 'no duermo desde'],
      fr: ['je dors (deux|trois|<num>) heures', 'sans sommeil'],
      de: ['kein auge zugemacht', '(kaum|wenig) schlaf'],
      pt: ['quase nao durmo', 'dias que nao durmo'],
      it: ['non chiudo occhio', 'dormo pochissimo'],
    },
  },
  {
    id: 'mania.sign_wording',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: {
      en: [
        '(i m|im|i am) on fire',
        '(i|we) (can t|cant) lose',
        '(i have|ive|i ve) cracked it',
        'a mile a minute',
        '(plugged into|wired to) the mains',
        'how everything fits together',
        'so much energy i could',
      ],
      es: [
        '(me siento|soy) (el elegido|la elegida|elegido|elegida|iluminado|iluminada|un genio)',
        'va a conocer mi nombre',
        '(las ideas|mis ideas) no paran',
      ],
      fr: ['(mes idees|les idees) fusent', '(je suis|suis) en feu', 'a bloc'],
      de: [
        '(gedanken|ideen) (uberschlagen|sprudeln)',
        '(ich bin|bin) (genial|ein genie)',
        'auf einem (absoluten)? hoch',
      ],
      pt: [
        '(me sinto|me sentindo) (iluminada|iluminado|escolhida|escolhido|um genio)',
        'vou mudar o mundo',
        'as ideias nao param',
      ],
      it: [
        'mi sento (illuminato|illuminata|potentissimo|potentissima|un genio)',
        'cambiero il mondo',
        'le idee non si fermano',
      ],
    },
  },
  {
    id: 'mania.risk_wording',
    kind: 'mania_risk',
    reason: 'risky spending or sudden plans',
    patterns: {
      en: [
        'on my credit card',
        'one way (flight|ticket)',
        '(whole|entire) (car loan|loan|savings|paycheck) (into|on)',
        'ordered <num>',
      ],
      es: ['(compre|he comprado) un (local|coche|piso|barco)', 'firmo la hipoteca'],
      fr: ['pris un credit', '(achete|commande) (une voiture|un bateau)'],
      de: ['(boot|auto|haus) gekauft'],
      pt: ['(comprei) (um carro|uma moto|uma casa) ~4 (mesmo dia|ontem|hoje)'],
      it: ['ho comprato (due|tre)? (auto|macchine|case) ~3 (in un giorno|stesso giorno)'],
    },
  },
  {
    id: 'eating.purging_wording',
    kind: 'eating_disorder_severe',
    reason: 'purging',
    patterns: {
      en: [
        '(fingers|finger) (down|in) (my)? throat',
        'getting rid of (it|what i ate)',
        '(havent|haven t|cant|can t) (kept|keep) (food|anything) down',
        'skipping (my)? insulin to lose weight',
      ],
      es: ['me (meto|meti) los dedos', 'dedos en la garganta'],
      fr: ['(doigts|doigt) dans la gorge'],
      de: ['finger in den hals'],
      pt: ['dedo na garganta'],
      it: ['dita in gola'],
    },
  },
  {
    id: 'eating.hiding_wording',
    kind: 'eating_disorder',
    reason: 'hiding food, compensating or restricting',
    patterns: {
      en: [
        'hiding food',
        'burn off (anything|everything|what) i eat',
        'under my limit',
        '(water|weights) (before|for) (the)? weigh in',
        'dont let myself eat',
        'don t let myself eat',
      ],
      es: ['(solo|solamente) (he comido|como|comi) un (yogur|yogurt|cafe|te)'],
      fr: ['(interdit|interdite) de manger'],
      de: ['(angst|panik) ~2 zuzunehmen', 'nur (noch)? einmal am tag'],
      pt: ['(so|apenas) como uma (fruta|maca)', 'me acho (enorme|gorda)'],
      it: ['(solo|soltanto) un frutto al giorno', 'mi vedo (comunque)? (enorme|grassa)'],
    },
  },
  {
    id: 'substance.use_wording',
    kind: 'substance',
    reason: 'harmful drinking or drug use',
    patterns: {
      en: [
        '(a|one|the whole) bottle of (wine|vodka|whisky|whiskey|gin|rum|cider) (a|every|each) (night|day)',
        '(topping up|buying|getting|got) (my)? (codeine|xanax|xans|pills|oxy|benzos|painkillers) (from|off) (the internet|online|a guy|a dealer|someone)',
        '(through|finished) my (whole)? prescription (early|in a week)',
        'no idea how i got (there|home)',
        '(cant|can t) (go|get through|be) (a day|a night|a shift)? without (it|a drink|a line|a smoke|a joint|my pills)',
      ],
      es: [
        'una botella de (whisky|vino|vodka|ron|ginebra) (cada|todas las) (noche|noches|dia|dias)',
        'sigo puesto',
        'no se estar sin meterme',
      ],
      fr: [
        'une bouteille (de rouge|de vin|de vodka|de whisky)? (chaque|tous les) (soir|soirs|jour|jours)',
        'je tiens pas (une journee)? sans',
      ],
      de: [
        '(schon)? mittags den ersten (schnaps|wein|bier)',
        'jeden tag eine flasche',
        'jedes wochenende koks',
      ],
      pt: [
        'uma garrafa de (cachaca|vinho|vodka|whisky) por dia',
        'nao consigo (mais)? ficar sem',
        '(to|tô|estou) cheirando',
      ],
      it: [
        'una bottiglia di (grappa|vino|vodka|whisky) al giorno',
        'non riesco a stare senza',
        'tiro coca',
      ],
    },
  },
  {
    id: 'medical.overdose_wording',
    kind: 'overdose',
    reason: 'signs of an overdose or poisoning, with the substance',
    lookalikes: ['panic'],
    who: 'self',
    patterns: {
      en: [
        ...both(
          '(something|a line|that line|acid|lsd|shrooms|vodka|codeine|xans|necked|snorted|injected)',
          '(heart (is)? (going mental|going crazy|beating so fast)|(lips|hands|face) (are|is)? (going)? numb|jaw|crushing|blood in it|throwing up blood|breathing (really)? (fast|slow|shallow))',
        ),
      ],
      es: both(
        '(extasis|mdma|pastillas|algo|coca|alcohol)',
        '(me arde|muchisimo calor|corazon a tope|convulsion|no puedo respirar)',
      ),
      fr: both(
        '(ketamine|keta|md|coke|cachets|drogue)',
        '(sens plus mes jambes|sens plus mes bras|je respire plus|convulse)',
      ),
      de: both(
        '(irgendwas|pillen|tabletten|koks|speed|mdma)',
        '(krampf|krampfe|hohen puls|herz rast|krieg keine luft)',
      ),
      pt: both(
        '(lsd|bala|doce|cocaina|po|remedio|comprimidos)',
        '(respirar direito|peito (ta|esta)? apertado|convulsao|coracao disparado)',
      ),
      it: both(
        '(md|mdma|pasticche|coca|pastiglie)',
        '(caldo pazzesco|il cuore va fortissimo|stare in piedi|convulsioni)',
      ),
    },
  },
  {
    id: 'other.withdrawal_wording',
    kind: 'third_party_warning',
    reason: 'someone else has withdrawn (stays in bed or at home, answers no one)',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(locked|shut|holed) (away|up|himself|herself|themselves)? (in|up in) (his|her|their) (room|bedroom) (for|since) (weeks|days|months)',
        '(only|just) comes out (at night|to eat)',
        '(doesnt|won t|wont|no longer|hasn t|hasnt|doesn t) (get|gets|got|gotten) out of bed',
        '(just)? sits in (his|her|their) chair all day',
      ],
      es: ['(sin salir de casa|no sale de casa|no se levanta de la cama)', 'ni contestar'],
      fr: ['ne sort plus de chez (lui|elle)', '(ne repond|repond) plus a personne'],
      de: [
        'schliesst sich ein',
        '(geht|kommt) nicht mehr (raus|aus dem haus|zur uni|zur arbeit|zur schule)',
        'wie ausgewechselt',
      ],
      pt: ['nao sai mais (da cama|de casa)'],
      it: ['non si alza piu dal letto', 'non esce piu di casa'],
    },
  },
  {
    id: 'other.delusions_wording',
    kind: 'third_party_worry',
    reason: "someone else's delusions",
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        'sending (her|him|them) (signals|messages|signs)',
        '(thinks|believes|convinced|swears) ~6 in love with (her|him)',
      ],
      es: [
        '(dice que|cree que|jura que) ~6 (le habla|le contesta|le espian|le siguen|le vigilan)',
        'hablando con la pared',
      ],
      fr: ['(recoit|reçoit) des messages (de dieu|du ciel|des esprits)'],
      de: ['(glaubt|ist uberzeugt) ~6 (abhort|abhoren|verfolgt|vergiftet|beobachtet)'],
      pt: ['jura que ~6 (gente|alguem) (morando|mexendo|vigiando)'],
      it: ['giura che ~6 (gente|qualcuno) (che vive|vive|le sposta|la spia)'],
    },
  },
  {
    id: 'other.now_wording',
    kind: 'third_party_now',
    reason: "someone else's overdose now",
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(necked|swallowed|took|taken|downed) (a load of|loads of|a bunch of|a lot of) (pills|tablets|meds)',
      ],
    },
  },
  {
    id: 'other.stopped_eating',
    kind: 'third_party_warning',
    reason: 'someone else stopped eating or sees no point',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        `${P.en} ~4 (stopped|has stopped|isnt|isn t) eating`,
        '(told me|says|said) (that)? (there s|theres|there is) no point (to|in) anything',
      ],
    },
  },
  // --- third pass: signs as two things said together in a sentence (a weapon and going for
  //     someone; a drug and a habit), which names the class rather than a phrase.
  {
    id: 'others.weapon_and_approach',
    kind: 'harm_intent',
    reason: 'going for someone with a weapon',
    scopes: LITERAL,
    // The target is named, the writer is the one who acts: "he won't know what hit him".
    who: 'self',
    patterns: {
      en: both(WEAPON.en, APPROACH.en),
      es: both(WEAPON.es, APPROACH.es),
      fr: both(WEAPON.fr, APPROACH.fr),
      de: both(WEAPON.de, APPROACH.de),
      pt: both(WEAPON.pt, APPROACH.pt),
      it: both(WEAPON.it, APPROACH.it),
    },
  },
  {
    id: 'others.flashes',
    kind: 'harm_thoughts',
    reason: 'intrusive images of hurting someone',
    patterns: {
      en: [
        '(flashes|flash|images|pictures|thoughts|urges|visions) of ~3 (dropping|drowning|stabbing|pushing|hurting|smothering|throwing|hitting|strangling)',
      ],
      es: ['(flashes|imagenes) de ~3 (tirar|ahogar|empujar|lastimar|pegar)'],
      fr: [
        '(flashs|flashes|images) (ou je|de) ~3 (jette|noie|pousse|frappe|lache|jeter|noyer|pousser|frapper)',
      ],
      de: ['(flashs|bilder) ~5 (fallen lasse|ertranke|stosse|schubse|schlage|werfe)'],
      pt: ['(flashes|imagens) de ~3 (derrubar|afogar|empurrar|jogar|bater)'],
      it: ['(flash|immagini) di ~3 (buttare|annegare|spingere|lanciare|picchiare)'],
    },
  },
  {
    id: 'abuse.bathroom_intrusion',
    kind: 'abuse',
    reason: 'an adult comes in while the child washes or changes',
    who: 'self',
    patterns: {
      en: [
        '(comes|came|walks|keeps coming|keeps walking) (into|in) (the)? (bathroom|shower) (when|while) (i m|im|i am) (showering|in the shower|changing|in the bath)',
      ],
      es: ['(entra|se mete) (en el|al) bano (cuando|mientras) (me ducho|me bano|me cambio)'],
      fr: [
        '(vient|entre) dans la salle de bain (quand|pendant que) je (me douche|me lave|me change|prends ma douche)',
      ],
      de: ['(kommt|geht) ins bad (wenn|wahrend) ich (dusche|bade|mich umziehe)'],
      pt: ['(entra|vem) no banheiro (quando|enquanto) (eu)? (tomo banho|to no banho|me troco)'],
      it: [
        '(entra|viene) in bagno (quando|mentre) (mi faccio la doccia|faccio la doccia|mi lavo|mi cambio)',
      ],
    },
  },
  {
    id: 'abuse.delete_messages',
    kind: 'abuse',
    reason: 'an adult tells the writer to delete their messages (grooming sign)',
    who: 'self',
    // What the abuser says to the writer ("he says it's our secret") is not someone else's state.
    scopes: ['negated', 'hypothetical', 'quoted'],
    patterns: {
      en: [
        '(says|tells me|told me|wants me) ~3 (to)? (delete|wipe) (the|our|his|her)? (messages|texts|chats|chat)',
      ],
      es: ['(que)? (borre|borrar) (los|sus|nuestros)? (mensajes|chats|whatsapps)'],
      fr: ['(d effacer|effacer|que j efface) (les|nos|ses)? (messages|conversations)'],
      de: ['(nachrichten|chats) ~2 (loschen|losche|löschen)'],
      pt: ['(pra|para) (apagar|eu apagar) (tudo|as mensagens|as conversas)'],
      it: ['(cancellare|cancelli|di cancellare) (i|tutti i)? (messaggi|chat)'],
    },
  },
  {
    // Hiding from someone who is attacking the door: abuse in progress, whatever the tense of
    // the rest ("está pegando patadas a la puerta del baño, me encerré acá con mi hija").
    id: 'abuse.hiding_from_door',
    kind: 'abuse_now',
    reason: 'the writer is hiding from someone attacking the door now',
    scopes: ['negated', 'hypothetical', 'quoted', 'third_party'],
    who: 'self',
    patterns: {
      en: both(
        '(kicking|banging on|hammering on|pounding on|punching|smashing) (the|my) (bedroom|bathroom)? door',
        '(locked myself in|im locked in|i m locked in|hiding in|im hiding|im in here with|i m in here with)',
      ),
      es: both(
        '(patadas|golpes|golpeando|pateando|aporreando) (a|en)? la puerta',
        '(me encerre|estoy encerrada|estoy encerrado|me escondi|estoy escondida|estoy escondido)',
      ),
      fr: both(
        '(cogne|cogner|tape|taper|frappe|frapper|defonce) (contre|a|sur)? la porte',
        '(je suis enfermee|je suis enferme|je me suis enfermee|je me suis enferme|je me cache|je suis cachee)',
      ),
      de: both(
        '(tritt|hammert|schlagt|trommelt) ~3 (gegen|an) die (tur|badezimmertur|zimmertur|schlafzimmertur|badtur)',
        '(mich|uns) ~3 (eingeschlossen|eingesperrt|versteckt)',
      ),
      pt: both(
        '(chutando|batendo|socando|esmurrando) (a|na) porta',
        '(to trancada|to trancado|tou trancada|estou trancada|estou trancado|me tranquei|me escondi|to escondida)',
      ),
      it: both(
        '(prendendo a calci|picchiando|tirando pugni|prende a calci|sfondando) (la|alla|contro la) porta',
        '(mi sono chiusa|mi sono chiuso|sono chiusa dentro|sono chiuso dentro|mi sono nascosta|mi sono nascosto)',
      ),
    },
  },
  {
    // "Now" beside an act against someone: the abuse or the harm is under way (the guide's "abuse
    // in progress", "harm to others with a near time"). Only with the act, in its clause, and
    // never a suicide plan (`actsOnly`). English "rn" and "right now" are near times already.
    id: 'time.act_now',
    kind: 'timeline',
    reason: 'happening now',
    near: true,
    actsOnly: 'beside',
    patterns: {
      en: ['(now|as we speak|as i type|as im typing|at the moment)'],
      es: ['(ahora|ahorita|en este momento|en este preciso momento)'],
      fr: ['(maintenant|en ce moment|a l instant|la tout de suite)'],
      de: ['(jetzt|gerade|grad|grade|im moment|in diesem moment)'],
      pt: ['(agora|agorinha|nesse momento|neste momento)'],
      it: ['(adesso|in questo momento|proprio ora|ora come ora)'],
    },
  },
  {
    // The moment the other person appears, said as a clause of its own ("as soon as he comes
    // out", "dès qu'il sort"): a near time for an act anywhere in the sentence.
    id: 'time.act_when_they_appear',
    kind: 'timeline',
    reason: 'the moment the other person appears',
    near: true,
    actsOnly: 'sentence',
    patterns: {
      en: [
        '(as soon as|the second|the moment|when) (he|she|they) (comes|come|walks|walk|gets|get) out !(of (prison|jail|hospital|rehab))',
      ],
      es: [
        '(cuando|apenas|en cuanto|ni bien) (salga|aparezca|se asome) !(de (la carcel|prision|el hospital))',
      ],
      fr: [
        '(des|aussitot|quand) qu? (il|elle) (sort|sortira|arrive|arrivera|se pointe) !(de prison|de l hopital)',
      ],
      de: ['(sobald|wenn) (er|sie) (rauskommt|raus kommt|rauskommen|auftaucht|die tur aufmacht)'],
      pt: ['(quando|assim que) (ele|ela) (sair|aparecer|abrir a porta) !(da (prisao|cadeia))'],
      it: ['(appena|quando) (esce|uscira|si affaccia|apre la porta) !(di (prigione|galera))'],
    },
  },
  {
    // Acting on a persecutory belief (the guide's "psychosis with risky behaviour"): medicine
    // stopped because it holds chips or poison, windows sealed with foil, food refused because
    // someone puts something in it.
    id: 'psychosis.acting_on_belief',
    kind: 'psychosis_risk',
    reason: 'acting on a persecutory belief',
    scopes: LITERAL,
    patterns: {
      en: [
        '(stopped|stop|quit) eating ~5 because (someone|somebody|they|people) (keeps|keep|is|are)? (putting|puts|put|slipping) (something|stuff|poison|drugs) in',
        '(covered|taped|lined) (all)? (the|my)? windows (with|in) (foil|tinfoil|aluminium foil|aluminum foil)',
      ],
      es: [
        '(deje|dejar) de tomar (la|mi|mis|las|los)? (medicacion|medicamentos|pastillas|remedios) (porque|por que|xq) (tiene|tienen|llevan) (chips|un chip|rastreadores|veneno)',
        '(tape|tapamos|cubri|forre) (todas)? (las)? ventanas con (papel de aluminio|papel aluminio|aluminio)',
      ],
      fr: [
        '(arrete|arreter) (mon|mes|le|les)? (traitement|medicaments|cachets) (parce qu|car|vu qu) (il y a|ils ont|y a|il contient) (des)? (puces|mouchards|traceurs|poison)',
        '(mis|mettre|colle|scotche) du papier (alu|aluminium) (sur|aux) (les)? fenetres',
      ],
      de: [
        '(medikamente|tabletten|medis) (abgesetzt|weggeworfen|nicht mehr genommen) (weil|da) (da|darin)? (chips|peilsender|gift|wanzen)',
        'fenster ~2 (alufolie|aluminiumfolie) (abgeklebt|zugeklebt|beklebt|verklebt)',
      ],
      pt: [
        '(parei|larguei) (o|os|de tomar o|de tomar os)? (remedio|remedios|medicamento|medicamentos) (porque|pq) (tem|tinha|tem um) (chip|chips|rastreador|veneno)',
        '(cobri|tapei|forrei) (as)? janelas com (papel aluminio|aluminio)',
      ],
      it: [
        '(smesso|smettere) (le|di prendere le)? (medicine|pastiglie|pillole|farmaci) (perche|perch) (ci sono|contengono|hanno) (dei)? (chip|microchip|veleno)',
        '(coperto|tappezzato) (le)? finestre con (la)? (carta stagnola|stagnola|carta alluminio)',
      ],
    },
  },
  {
    // The same sign said as "delete everything" after a tell-verb: the everything is the chats.
    id: 'abuse.delete_everything',
    kind: 'abuse',
    reason: 'an adult tells the writer to delete everything they sent (grooming sign)',
    who: 'self',
    scopes: ['negated', 'hypothetical', 'quoted'],
    patterns: {
      en: [
        '(says|tells me|told me|wants me) ~2 to (delete|wipe) (everything|it all) (after|when|every)',
      ],
      es: ['(me dice|me dijo|me pide) (que)? (lo)? (borre|borrar) todo'],
      fr: ['(me dit|m a dit|me demande) (de)? tout (effacer|supprimer)'],
      de: ['(ich soll|soll ich|sagt ich soll|will dass ich) alles (loschen|losche)'],
      pt: ['(me diz|me disse|me pede|manda) (pra|para) (eu)? apagar tudo'],
      it: ['(mi dice|mi ha detto|mi chiede) di cancellare tutto'],
    },
  },
  {
    // Violence told in a past tense the present-tense rules do not read ("m'a plaquée contre le
    // mur", "hat mich am Hals gepackt"): abuse that is not happening right now, unless a time or
    // a minor says more.
    id: 'abuse.violence_told',
    kind: 'abuse',
    lookalikes: ['play_and_sport', 'protecting'],
    reason: 'the writer was hit, grabbed or pushed by someone',
    who: 'self',
    patterns: {
      fr: [
        `(il|elle|${P.fr}) m a (frappe|frappee|gifle|giflee|plaque|plaquee|pousse|poussee|etrangle|etranglee|cogne|cognee|tape|tapee|secoue|secouee)`,
      ],
      de: [
        `(er|sie|${P.de}) (hat|hatte) mich ~4 (gepackt|geschlagen|geschubst|gewurgt|getreten|gegen die wand gedruckt)`,
      ],
      pt: [
        `(ele|ela|${P.pt}) me (pegou pelo pescoco|bateu|empurrou|enforcou|deu um tapa|deu uma surra|jogou contra a parede)`,
      ],
      it: [
        `(lui|lei|${P.it})? mi ha (preso per il collo|picchiato|picchiata|spinto|spinta|dato uno schiaffo|sbattuto contro il muro|strozzato|strozzata)`,
      ],
      es: [
        `(el|ella|${P.es}) me (agarro del cuello|pego una cachetada|dio una cachetada|empujo contra la pared|estampo contra la pared)`,
      ],
    },
  },
  {
    id: 'abuse.confinement',
    kind: 'abuse',
    reason: 'being locked in or kept from leaving',
    who: 'self',
    lookalikes: ['parental_rule'],
    patterns: {
      en: [
        '(locked|locks|keeps) me (in|inside) (the house|my room|the flat|the bedroom)',
        '(smashed|broke|destroyed) my (phone|laptop|things|stuff) (when|because|after) i (tried to leave|said no|wanted to)',
      ],
      es: [
        'me (tiene|deja) (encerrada|encerrado)',
        'me encierra (en casa|en el cuarto)',
        'me deja sin (movil|telefono|dinero)',
      ],
      fr: ['(il|elle) m enferme', 'me (garde|tient) enfermee'],
      de: ['sperrt mich (ein|in)'],
      pt: ['me (trancou|tranca|deixa trancada|deixa trancado) (em casa|no quarto)'],
      it: ['mi (chiude|tiene chiusa|ha chiusa|ha chiuso|tiene chiuso) in casa'],
    },
  },
  {
    id: 'abuse.partner_hits',
    kind: 'abuse',
    lookalikes: ['play_and_sport', 'protecting'],
    reason: 'hit by a partner or family member',
    who: 'self',
    patterns: {
      en: [
        '(my)? (wife|husband|partner|gf|bf|girlfriend|boyfriend|dad|mum|mom|stepdad|son|daughter|carer) (hits|beats|slaps|punches|kicks|chokes|smacks|shoves) me',
        '(shouting|screaming|says|said|threatening) (that)? (he ll|hell|she ll|shell|he will|she will) (burn|kill|hurt|stab|shoot|torch) ~4 (me|with me in it)',
      ],
      es: [
        '(mi)? (mujer|esposa|marido|pareja|novio|novia|padre|madre|hijo) me (pega|golpea|pego|maltrata|empuja)',
      ],
      fr: [
        '(ma femme|mon mari|mon copain|ma copine|mon pere|ma mere|mon fils) me (frappe|bat|cogne|gifle|pousse)',
      ],
      de: [
        '(meine frau|mein mann|mein freund|meine freundin|mein vater|meine mutter|mein sohn) (schlagt|tritt|schubst|wurgt) mich',
      ],
      pt: [
        '(minha mulher|meu marido|meu namorado|minha namorada|meu pai|minha mae|meu filho) me (bate|agride|empurra|espanca)',
      ],
      it: [
        '(mia moglie|mio marito|il mio ragazzo|la mia ragazza|mio padre|mia madre|mio figlio) mi (picchia|mena|spinge|prende a schiaffi)',
      ],
    },
  },
  // The abuse round (`triage@21`): an act by a person against the writer said in general words
  // ("hurt me again", "put his hands on me", "pinned me against the fridge"), said as something
  // that keeps happening ("every time he drinks", "whenever", "again"), said by its marks ("the
  // bruises he leaves", "what he did to my neck"), by a threat tied to leaving, or, for sexual
  // abuse, by what the writer's "no" did not stop. Games, sport, tickling, a small child and a
  // grab that protects are everyday frames (`play_and_sport`, `protecting` in scope.ts).
  {
    id: 'abuse.hands_on_me',
    kind: 'abuse',
    reason: 'someone puts their hands on the writer (violence said in general words)',
    who: 'self',
    lookalikes: ['play_and_sport', 'protecting'],
    patterns: {
      en: [
        '(put|puts|putting|laid|lays|laying|layed) (his|her|their)? hands on me',
        '(raised|raises|raise|raising|lifted|lifts) (his|her|their|a) (hand|hands|fist) (to|at|against) me',
      ],
      es: [
        'me (pone|puso|ponia|pega|ha puesto|vuelve a poner|volvio a poner) (la mano|las manos) encima',
        'me (levanta|levanto|levantaba|ha levantado) la mano',
      ],
      fr: [
        '(il|elle) me (met|a mis|mettait|remet) (la main|les mains) dessus',
        '(leve|levait|a leve|lever) la main sur moi',
      ],
      de: [
        '(fasst|fasste|packt|packte) mich ~2 (grob|hart|brutal) an',
        '(legt|legte) hand an mich',
        '(wird|wurde|werden) (dann|wieder|immer)? handgreiflich',
      ],
      pt: [
        '(poe|pos|botou|bota|coloca|colocou|ja pos|ja botou) a mao em mim',
        '(levanta|levantou|levantava) a mao (pra|para) mim',
      ],
      it: [
        'mi (mette|ha messo|metteva|rimette) le mani addosso',
        '(alza|ha alzato|alzava) le mani su di me',
      ],
    },
  },
  {
    id: 'abuse.act_ongoing',
    kind: 'abuse',
    reason:
      'someone hurts, hits, grabs or pushes the writer, again or whenever something sets them off',
    who: 'self',
    lookalikes: ['play_and_sport', 'protecting'],
    patterns: {
      en: [
        `${AGENT_EN} ${ACT_EN} me ${ONGOING_EN}`,
        `${AGENT_EN} ${ACT_EN} me (last night|yesterday|this morning|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) (again)?`,
        `${AGENT_EN} (pinned|pins|pushed|pushes|shoved|shoves|slammed|slams|threw|throws|shook|shakes) me (up)? (against|into|onto|down|to|on) (the|a|my)? (wall|walls|fridge|door|floor|ground|bed|table|counter|wardrobe|sofa|couch|stairs|car|cupboard|mirror|radiator)`,
        `${AGENT_EN} (grabs|grabbed|yanks|yanked|pulls|pulled|drags|dragged|twists|twisted) (me by)? (the|my) (hair|arm|arms|neck|throat|wrist|wrists|ear)`,
        '(is|gets|got|was|can get) (really|so|very)? (rough|physical) with me (when|whenever|if|every time|everytime|and|again)',
        `(gets|got|get) (really|so|very)? (physical|rough) ${ONGOING_EN}`,
        '(gets|got) rough and',
        `${AGENT_EN} (already|just)? (split|splits|busted|bust|broke|breaks|cracked|bloodied) my (lip|lips|nose|head|eyebrow|rib|ribs|tooth|teeth|jaw|wrist|arm|finger)`,
        `${AGENT_EN} (gave|gives|left) me (a)? (black eye|fat lip|split lip|bloody nose)`,
        `(he|she|they|${AGENT_KIN_EN}) (takes|took|take) it (all)? out on me`,
        `what (he|she|they) (did|does|has done) to my (neck|face|arm|arms|back|body|wrist|wrists|eye|ribs|throat)`,
      ],
      es: [
        `me (pega|golpea|empuja|agarra|jalonea|zamarrea|sacude|cachetea|patea|lastima|pegaba|golpeaba|empujaba|agarraba) ~3 (cada vez que|siempre que|cuando (bebe|toma|se emborracha|esta borracho|se enoja|se enfada|pierde)|otra vez|de nuevo|todos los dias)`,
        '(cada vez que|siempre que) ~6 me (pega|golpea|empuja|agarra|jalonea|zamarrea|sacude|cachetea|patea|lastima)',
        'me (agarra|agarraba|jalonea) (del|por el|de los) (cuello|pelo|brazo|pelos)',
        'me (cago|caga|cagaba|cagaron|molio|muele|molia) a (trompadas|palos|golpes|patadas|pinas|pinazos|cintazos|correazos|cachetadas)',
      ],
      fr: [
        `(il|elle|${P.fr}) m a (encore|deja|de nouveau|re) (frappe|frappee|gifle|giflee|pousse|poussee|cogne|cognee|tape|tapee|bouscule|bousculee|etrangle|etranglee|secoue|secouee|plaque|plaquee)`,
        `(il|elle|${P.fr}) me (bouscule|bousculait|secoue|secouait|griffe|griffait|tape dessus|tapait dessus|tire les cheveux|tire par les cheveux)`,
        'me (pousse|poussait|plaque|plaquait) contre (le|les|la) (mur|murs|porte|frigo|placard)',
        '(chaque fois|a chaque fois|des qu|quand) ~6 (il|elle) me (frappe|tape|pousse|bouscule|secoue|gifle|cogne)',
      ],
      de: [
        'haut mir (eine|eine runter|eine rein|ins gesicht)',
        'verpasst mir (eine|ohrfeigen|eine ohrfeige)',
        'packt mich (am|an den|an der) (arm|hals|haaren|kehle|handgelenk)',
        '(schubst|stosst|druckt|knallt) mich (gegen|an) (die|den) (wand|tur|schrank|kuhlschrank)',
        `(jedes mal|immer wenn|immer|wenn) ~6 (schlagt|schubst|packt|tritt) (er|sie) mich`,
        '(schlagt|schubst|packt|tritt|haut) mich (jedes mal|immer|wenn|sobald|dauernd|standig|wieder)',
      ],
      pt: [
        '(toda vez|sempre) que ~6 (ele|ela) me (bate|empurra|agarra|machuca|espanca|sacode)',
        'me (bate|empurra|agarra|machuca|espanca|sacode) (de novo|toda vez|sempre que|quando bebe|quando (ele|ela) bebe)',
        'me (agarra|agarrou|pega|pegou) pelo (pescoco|cabelo|braco)',
      ],
      it: [
        'mi (strattona|strattonava|ha strattonato|spintona|spintonava|ha spintonato|sbatte|sbatteva)',
        'ogni volta che ~6 mi (picchia|mena|spinge|strattona|prende a schiaffi)',
        'mi (prende|prendeva) per (il collo|i capelli|il braccio)',
      ],
    },
  },
  {
    id: 'abuse.marks_left',
    kind: 'abuse',
    reason: 'marks or bruises someone leaves on the writer',
    who: 'self',
    // Marks are hidden "so nobody sees" them: that negator is about others seeing, not the marks.
    scopes: ['hypothetical', 'quoted', 'third_party', 'figurative', 'everyday'],
    lookalikes: ['play_and_sport'],
    patterns: {
      en: [
        '(bruises|bruise|marks|mark|finger marks|handprints) (he|she|they) (leaves|left|gives|gave|makes|made) (on)? (me)?',
      ],
      es: [
        '(moretones|moratones|marcas|golpes|morados|cardenales) que me (deja|dejo|dejaba|hace|hizo|ha dejado)',
      ],
      fr: [
        '(bleus|marques|traces|hematomes) qu (il|elle) me (fait|laisse|a fait|a laisses|a laisse|faisait|laissait)',
      ],
      de: [
        'wurgemale',
        '(blaue flecken|flecken|male|striemen) (die|welche) (er|sie) mir (macht|gemacht hat|verpasst|verpasst hat)',
      ],
      pt: ['(marcas|roxos|hematomas|manchas roxas) que (ele|ela) (me)? (deixa|deixou|faz|fez)'],
      it: ['(segni|lividi) che (lui|lei)? mi (lascia|ha lasciato|fa|ha fatto|lasciava)'],
    },
  },
  {
    id: 'abuse.no_not_heard',
    kind: 'abuse',
    reason: 'sexual acts the writer said no to, told without detail',
    who: 'self',
    lookalikes: ['play_and_sport'],
    patterns: {
      en: [
        '(when|every time|everytime|whenever|even when|even if|after) i (say|said|tell him|told him|tell her|told her) no ~5 (anyway|anyways|doesnt stop|didnt stop|wont stop|wouldnt stop|keeps going|kept going|does it|did it)',
        '(didnt|doesnt|wont|wouldnt|did not|does not) stop ~3 (when|even when|after|even after) i (said|say|told him|told her) (no|stop|to stop|it hurt|i didnt want)',
        '(didnt|doesnt|wont|wouldnt|did not|does not) stop ~3 (when|even when|after|even after) i (begged|cried)',
        '(does|did|doing|keeps doing) (things|stuff) to me ~5 (that)? i (dont|didnt|do not) (like|want)',
      ],
      es: [
        '(cuando|cada vez que|aunque|siempre que) (le)? (digo|dije|decia) (que)? no ~6 (igual|igualmente|de todas formas|sigue|siguio|no para|no paro|lo hace|me obliga)',
        'hace cosas conmigo que no (me gustan|quiero)',
        'me (hace|hacia) cosas que no (quiero|me gustan)',
      ],
      fr: [
        '(quand|chaque fois que|a chaque fois que|meme quand) je (lui)? (dis|disais|ai dit) non ~5 (quand meme|continue|me force|s arrete pas|arrete pas|s arretait pas)',
        '(il|elle) me (fait|faisait) des (choses|trucs) que je (veux|voulais) pas',
      ],
      de: [
        '(wenn|immer wenn|obwohl|auch wenn) ich nein (sage|sag|gesagt habe|gesagt hab) ~5 (trotzdem|weiter|hort nicht auf)',
        '(macht|machte) (sachen|dinge) mit mir (die|was) ich nicht (will|wollte|mag)',
      ],
      pt: [
        '(quando|sempre que|mesmo quando|toda vez que) (eu)? (digo|falo|disse|falei) (que)? nao ~5 (mesmo assim|continua|nao para|nao parou|me obriga|assim mesmo)',
        '(vive|fica|ficava) passando a mao em mim',
        '(faz|fazia) coisas comigo que eu nao (quero|gosto|queria)',
      ],
      it: [
        '(quando|ogni volta che|anche quando) (gli)? (dico|ho detto|dicevo) (di)? no ~5 (lo stesso|comunque|va avanti|continua|non si ferma|non si fermava)',
        'mi (fa|faceva) (cose|delle cose) che non (voglio|volevo)',
      ],
    },
  },
  {
    id: 'abuse.threat_if_leaving',
    kind: 'abuse',
    reason: 'threatened with harm or losing the children if the writer leaves',
    who: 'self',
    // The "if" is the threat's own condition, its "kill" is meant, and what the abuser says to
    // the writer is no one else's state: none of these sets it aside.
    scopes: ['negated', 'quoted', 'everyday'],
    patterns: {
      en: [
        'if i (ever)? (try to|tried to)? (leave|left|go) (him|her)? ~4 (hell|he ll|he will|shell|she ll|she will|he would|hed|she would) (find|kill|hurt|end) me',
      ],
      es: [
        'si (lo|la)? (dejo|dejara|me voy|me separo) ~3 me (mata|matara|va a matar|quita|quitara|va a quitar|busca|encuentra)',
      ],
      fr: [
        'si je (le|la)? (quitte|pars) ~3 (il|elle) (me tue|va me tuer|me tuera|me retrouvera|me retrouve|me prend les enfants|me prendra les enfants)',
      ],
      de: [
        'wenn ich (ihn|sie)? (gehe|geh|verlasse|verlass) ~3 (bringt|bringe) (er|sie) mich um',
        'wenn ich (ihn|sie)? (gehe|geh|verlasse|verlass) ~3 findet (er|sie) mich',
      ],
      pt: [
        'se eu (o|a)? (for embora|deixar|largar|sair de casa|terminar) ~3 (ele|ela) (me mata|vai me matar|me acha|me encontra|tira os filhos|tira meus filhos)',
      ],
      it: [
        'se (lo|la)? (lascio|me ne vado|vado via) ~3 mi (ammazza|uccide|ammazzera|uccidera|trova|ritrova)',
      ],
    },
  },
  {
    id: 'psychosis.shocks_sockets',
    kind: 'psychosis',
    reason: 'persecution by shocks, cameras in sockets, or being laughed at through the walls',
    scopes: LITERAL,
    patterns: {
      en: [
        '(shocks|zaps|electric shocks) ~6 (at night|while i sleep)',
        '(cameras|camera|microphones|mics) (in|inside) (the|my) (sockets|outlets|plugs)',
        '(transmitting|broadcasting) my (location|thoughts)',
        'hear them laughing at me',
      ],
      es: [
        '(descargas|choques|calambres) ~6 (por la noche|mientras duermo)',
        '(camaras|microfonos) en (los|mis) enchufes',
        '(oigo|escucho) (como)? ~2 (se rien|riendose) de mi',
      ],
      fr: [
        '(decharges|chocs) ~6 (la nuit|pendant que je dors)',
        '(cameras|micros) dans (mes|les) prises',
        'je les entends rire de moi',
      ],
      de: [
        '(stromschlage|stromstosse|schlage) ~6 (nachts|wahrend ich schlafe)',
        '(kameras|mikrofone) in (meine|die|meinen|den) steckdosen',
        '(hore|hor) sie uber mich lachen',
      ],
      pt: [
        '(choque|choques|descargas) ~6 (enquanto durmo|a noite|de noite)',
        '(cameras|microfones) nas tomadas',
        '(ouco|escuto) (eles|elas) rindo de mim',
      ],
      it: [
        '(scosse|scariche) ~6 (di notte|mentre dormo)',
        '(telecamere|microfoni) nelle prese',
        'li sento ridere di me',
      ],
    },
  },
  {
    id: 'mania.plans_loans',
    kind: 'mania_sign',
    reason: 'pressured plans and grandiosity',
    patterns: {
      en: [
        '(so many|loads of|tons of|a million) (plans|projects|ideas) (right now|at once)?',
        '(world|everyone) (is)? (finally)? (catching up with|seeing how) me',
        'basically (banksy|picasso|einstein|elon)',
      ],
      es: ['(muchisimos|montones de|mil) (planes|proyectos|ideas)', 'va a ser la bomba'],
      fr: ['plein de projets', '(ca va|ça va) tout (casser|exploser)'],
      de: ['so viele (plane|ideen|projekte)'],
      pt: ['vai ser (gigante|enorme|um sucesso)'],
      it: ['un sacco di progetti'],
    },
  },
  {
    id: 'mania.loans_to_invest',
    kind: 'mania_risk',
    reason: 'loans taken on a whim',
    patterns: {
      en: [
        '(took out|taken out|got) (a|two|three|<num>)? (loans|loan|payday loans) (to|for) (invest|start|buy)',
        'registered ~3 domain names',
      ],
      es: ['(pedido|pedi|saque) (tres|dos|<num>)? (creditos|prestamos) (rapidos)? (para|y)'],
      fr: ['(pris|fait) (deux|trois|<num>)? (credits|prets) (pour|et)'],
      de: ['(kredite|darlehen) (aufgenommen|fur)'],
      pt: ['(fiz|peguei) (dois|tres|<num>)? (emprestimos|creditos) (pra|para)'],
      it: ['(chiesto|preso) (due|tre|<num>)? (prestiti|finanziamenti) (per)?'],
    },
  },
  {
    id: 'mania.sleep_since',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: {
      en: [
        '(<num>th|<num>rd|<num>nd|fourth|third|fifth) night up',
        '(cant|can t) shut my brain off',
      ],
      es: ['no duermo desde (el)? (lunes|martes|miercoles|jueves|viernes|sabado|domingo)'],
      fr: ['je dors plus depuis'],
      de: ['(schlafe|schlaf) seit ~2 nicht mehr'],
      pt: ['nao durmo desde'],
      it: ['non dormo da'],
    },
  },
  {
    id: 'eating.scale_rules',
    kind: 'eating_disorder',
    reason: 'restriction ruled by the scale',
    patterns: {
      en: [
        '(if|when) the (scale|scales) (goes|go|says|shows|moves) (up|more|higher) ~4 (dont|don t|do not|stop|wont|won t) eat',
      ],
      es: ['si la bascula (sube|marca mas) ~4 no como'],
      fr: ['si la balance (monte|affiche plus) ~4 (je mange plus|je mange pas|je saute)'],
      de: ['wenn die waage (mehr|hoher) (zeigt|anzeigt) ~4 (esse ich nichts|ess ich nichts)'],
      pt: ['se a balanca (sobe|subir|marca mais) ~4 (nao como|fico sem comer)'],
      it: ['se la bilancia (sale|segna di piu) ~4 (non mangio|salto)'],
    },
  },
  {
    id: 'substance.drug_habit',
    kind: 'substance',
    reason: 'a drug taken as a habit',
    patterns: {
      en: [
        ...both(HABIT_DRUG.en, HABIT.en, 6),
        '(sold|pawned|selling) my ~3 to pay for (it|gear|drugs|coke|weed)',
      ],
      es: both(HABIT_DRUG.es, HABIT.es, 6),
      fr: both(HABIT_DRUG.fr, HABIT.fr, 6),
      de: both(HABIT_DRUG.de, HABIT.de, 6),
      pt: both(HABIT_DRUG.pt, HABIT.pt, 6),
      it: both(HABIT_DRUG.it, HABIT.it, 6),
    },
  },
  {
    id: 'medical.overdose_more',
    kind: 'overdose',
    reason: 'signs of an overdose, with the substance',
    lookalikes: ['panic'],
    who: 'self',
    patterns: {
      en: both(
        '(lines|a bag of pills|pills|vodka|rum|gin)',
        '((left|right|whole) side (has)? (gone)? (weird|numb|dead)|heart (is|s)? all over the place|heart s all over the place)',
      ),
      es: both('(pastillas|ron|vodka)', '(no siento (los brazos|las piernas)|me cuesta respirar)'),
      fr: both('(cachets|vodka|rhum)', '(j arrive plus a respirer|coeur qui cogne)'),
      de: both('(tabletten|wodka|pillen)', '(krieg kaum (noch)? luft|herz hammert)'),
      pt: both('(remedio|remedios|vodka|comprimidos)', '(dificil respirar|nao sinto os bracos)'),
      it: both('(pastiglie|vodka|pasticche)', '(non riesco (piu)? a respirare|cuore mi martella)'),
    },
  },
  {
    id: 'eating.collapse_more',
    kind: 'medical',
    reason: 'collapse after not eating (a medical emergency)',
    patterns: {
      en: both(
        '(havent|haven t|have not) eaten',
        '((cant|can t) get up|heart is pounding|shaking and)',
      ),
    },
  },
  {
    id: 'other.withdrawal_more',
    kind: 'third_party_warning',
    reason: 'someone else has withdrawn',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [`${P.en} ~9 (hasnt|hasn t|has not) (left|come out of) the (spare)? (room|bedroom)`],
      fr: ['ne se leve plus (du canape|du lit)'],
      de: ['nicht mehr (vom sofa|aus dem bett) auf', 'redet mit keinem'],
      it: ['non si alza piu dal (divano|letto)', 'non parla con nessuno'],
    },
  },
  {
    id: 'other.delusion_poison',
    kind: 'third_party_worry',
    reason: "someone else's persecutory beliefs",
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        `(he|she|they|${P.en}) (is|s)? convinced ~5 (poison|poisoning|swapping|spying|stealing)`,
      ],
    },
  },
  {
    id: 'other.goodbye_thanks',
    kind: 'third_party_plan',
    reason: 'someone else said goodbye and went silent',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(thanks for everything|thank you for everything) ~6 (look after|take care of|phone is off|not answering|offline)',
      ],
    },
  },
  // --- fourth pass: common idioms of the same classes (someone "will end up in hospital",
  //     "getting what's coming to him", breathing slowly after sleeping pills, gambling wages
  //     away, feeling like a superhero).
  {
    id: 'others.end_up_in_hospital',
    kind: 'harm_intent',
    reason: 'a threat that someone will end up in hospital',
    scopes: LITERAL,
    // The target is named, the writer is the one who acts: "he won't know what hit him".
    who: 'self',
    patterns: {
      en: [
        '(he|she|they|hes|shes|theyre) (is|s|are|re)? (going to|gonna|will|ll)? (end up|be|wake up) in (hospital|the hospital|a&e|intensive care)',
        '(getting|get|gets) what s coming to (him|her|them)',
        'getting whats coming to (him|her|them)',
        '(settle|settling|sort|sorting) (it|this|him|her|them) (out)? (properly|for good|once and for all)',
      ],
      es: [
        '(va a|van a) (acabar|terminar) en el hospital',
        'se (va a|van a) llevar lo que se merece',
      ],
      fr: ['(il|elle|ils) (va|vont) finir (a l hosto|a l hopital|aux urgences)'],
      de: ['(der|die|er|sie) (landet|landen|wird im krankenhaus landen) im krankenhaus'],
      pt: ['(vai|vao) (parar|acabar) no hospital'],
      it: ['(finisce|finira|finiscono) (all ospedale|in ospedale)'],
    },
  },
  {
    id: 'medical.sedated_breathing',
    kind: 'overdose',
    reason: 'slowed breathing or unable to move after pills or alcohol',
    lookalikes: ['panic'],
    who: 'self',
    patterns: {
      en: both(
        '(sleeping tablets|sleeping pills|pills|tablets|drank|vodka|the blue ones|a few of)',
        '(breathing (feels|is)? (weird|slow|shallow)|(cant|can t) (move|stop twitching)|burning up|barely keep my eyes open)',
      ),
      es: both(
        '(pastillas|vodka|alcohol|botella)',
        '(no me puedo mover|respiro (muy)? lento|no puedo moverme)',
      ),
      fr: both(
        '(somniferes|cachets|vodka|bouteille)',
        '(je peux plus bouger|je respire (tres)? lentement|j arrive plus a bouger)',
      ),
      de: both(
        '(schlaftabletten|tabletten|wodka|flasche)',
        '(nicht mehr bewegen|atme (ganz)? langsam)',
      ),
      pt: both(
        '(remedios|remedio|vodka|garrafa)',
        '(nao consigo me mexer|respirando (bem)? devagar)',
      ),
      it: both(
        '(sonniferi|pastiglie|vodka|bottiglia)',
        '(non riesco a muovermi|respiro lentissimo|respiro piano)',
      ),
    },
  },
  {
    id: 'mania.gambling_superhero',
    kind: 'mania_risk',
    reason: 'gambling wages away or other reckless acts',
    patterns: {
      en: [
        '(bet|gambled|put) (all|my whole|the whole|all my) (wages|paycheck|salary|savings|rent) (on|at)',
        'maxed the overdraft',
        'just bought a (horse|boat|car|house)',
      ],
      es: ['(apostado|aposte|me jugue) (todo)? (el|mi)? (sueldo|salario|ahorros)'],
      fr: ['(mise|joue|claque) (tout)? mon salaire'],
      de: ['(gehalt|lohn|erspartes) (im casino|verzockt|gesetzt)'],
      pt: ['(apostei|joguei) (o|meu)? (salario|dinheiro) (inteiro|todo)?'],
      it: ['(puntato|giocato) (tutto)? (lo|il mio)? (stipendio|risparmi)'],
    },
  },
  {
    id: 'mania.superhero',
    kind: 'mania_sign',
    reason: 'grandiosity',
    patterns: {
      en: [
        '(i m|im|i am|i feel) (untouchable|electric|like a superhero)',
        'run for (mayor|president|parliament)',
        'make me (ceo|president|king)',
      ],
      es: ['me siento (un)? (superheroe|superheroina)'],
      fr: ['je me sens (comme)? (un|une)? (super heros|super heroine|superheros)'],
      de: ['(fuhl|fuhle) mich wie (ein|eine)? (superheld|superheldin)'],
      pt: ['me sinto (um|uma)? (super heroi|super heroina|super-heroi)'],
      it: ['mi sento (un|una)? (supereroe|supereroina)'],
    },
  },
  {
    id: 'other.cannot_wake',
    kind: 'third_party_now',
    reason: 'someone else cannot be woken',
    scopes: ABOUT_OTHERS,
    patterns: {
      es: ['no (consigo|puedo) (despertarla|despertarlo)'],
      fr: ['(il|elle) (ne)? se reveille (pas|plus)'],
      de: ['(krieg|kriege|bekomme) (sie|ihn) nicht (wach|munter)'],
      pt: ['nao consigo acordar (ela|ele)', '(ela|ele) nao acorda'],
      it: ['non riesco a (svegliarla|svegliarlo)'],
    },
  },
  {
    id: 'other.gave_things',
    kind: 'third_party_plan',
    reason: 'someone else gave away what mattered to them',
    scopes: ABOUT_OTHERS,
    patterns: {
      en: [
        '(gave|giving|has given) (me|us) (his|her|their) (guitar|cat|dog|things|stuff|games|jewellery|jewelry|books|console|bike|ring|watch)',
        '(talking|talks|talked|keeps talking) about (wanting to)? (sleep forever|not waking up|going to sleep and not waking up)',
      ],
      fr: [
        '(avait|a) tout (regle|mis en ordre|arrange)',
        '(mot|lettre) (pour)? (s excuser|demandant pardon)',
      ],
      de: [
        '(hatte|hat) alles (geregelt|geordnet|erledigt)',
        '(zettel|brief) ~3 (entschuldigung|tut mir leid)',
      ],
      pt: [
        '(deixado|deixou) tudo (arrumado|organizado|em ordem|resolvido)',
        '(bilhete|carta) pedindo (desculpa|desculpas|perdao)',
      ],
      it: ['(aveva|ha) sistemato tutto', '(biglietto|lettera) ~3 (scusa|perdono)'],
      es: [
        '(habia|ha|tiene) dejado todo (arreglado|listo|en orden)',
        '(nota|carta) pidiendo (perdon|disculpas)',
        '(regalo|ha regalado|esta regalando) (a)? (su|sus) (gata|gato|perro|perra|cosas|libros|ropa|guitarra|consola|joyas)',
        'cuida (a|de) ~2 por mi',
      ],
    },
  },
];

/** One language's rules from classes of sign. */
export function buildClasses(classes: readonly RuleClass[], lang: ScopeLanguage): RuleSpec[] {
  return classes.flatMap((c) => {
    const patterns = c.patterns[lang];
    if (!patterns || patterns.length === 0) return [];
    const spec: RuleSpec = { id: c.id, kind: c.kind, reason: c.reason, patterns };
    if (c.scopes) spec.scopes = c.scopes;
    if (c.lookalikes) spec.lookalikes = c.lookalikes;
    if (c.who) spec.who = c.who;
    if (c.needs) spec.needs = c.needs;
    if (c.near !== undefined) spec.near = c.near;
    if (c.actsOnly) spec.actsOnly = c.actsOnly;
    if (c.bodily) spec.bodily = true;
    if (c.halfSign) spec.halfSign = true;
    if (c.weight !== undefined) spec.weight = c.weight;
    return [spec];
  });
}

/** Each language's rules of `classes` (the classes that have wording in it). */
export function classesByLanguage(
  classes: readonly RuleClass[],
): Record<ScopeLanguage, readonly RuleSpec[]> {
  const out = {} as Record<ScopeLanguage, readonly RuleSpec[]>;
  for (const lang of SCOPE_LANGUAGES) out[lang] = buildClasses(classes, lang);
  return out;
}

export const BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> = classesByLanguage(CLASSES);
