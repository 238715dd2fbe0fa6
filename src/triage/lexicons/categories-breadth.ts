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
import { group, OWNERS, RELATIONS, type ScopeLanguage } from '../../nlp/people.js';
import type { Lookalike } from '../../nlp/scope.js';
import type { RuleKind, RuleSpec } from './types.js';

interface RuleClass {
  id: string;
  kind: RuleKind;
  reason: string;
  scopes?: readonly Scope[];
  lookalikes?: readonly Lookalike[];
  who?: 'self' | 'any';
  patterns: Partial<Record<ScopeLanguage, readonly string[]>>;
}

/** Literal readings only: a persecution or a threat is not a "trivial trigger" joke. */
const LITERAL: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'third_party'];
/** Cues about someone else (third-party kinds): never set aside as being about someone else. */
const ABOUT_OTHERS: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'figurative'];

/** "my son", "mi hijo", "mon fils"...: a cue that starts with the person it is about. */
const P: Record<ScopeLanguage, string> = {
  en: `${OWNERS.en} ${group(RELATIONS.en)}`,
  es: `${OWNERS.es} ${group(RELATIONS.es)}`,
  fr: `${OWNERS.fr} ${group(RELATIONS.fr)}`,
  de: `${OWNERS.de} ${group(RELATIONS.de)}`,
  pt: `${OWNERS.pt} ${group(RELATIONS.pt)}`,
  it: `${OWNERS.it} ${group(RELATIONS.it)}`,
};

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
const DANGER: Record<ScopeLanguage, string> = {
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
  es: '(no (como|he comido) (bien|nada|casi nada)?|casi no como|acabo de vomitar)',
  fr: '((je)? (ne)? mange (presque)? (plus|rien|pas)|je viens de vomir)',
  de: '((esse|ess) (seit ~2)? (kaum|nichts|fast nichts)|gerade erbrochen)',
  pt: '((quase)? nao (como|comi|tenho comido)|acabei de vomitar)',
  it: '(non (mangio|ho mangiato) (quasi)? (niente|nulla)?|mangio pochissimo|ho appena vomitato)',
};
/** Fainting or collapsing now. */
const COLLAPSE: Record<ScopeLanguage, string> = {
  en: '(fainted|passed out|collapsed|blacked out|keep fainting|(going to|gonna) pass out)',
  es: '(me desmaye|me he desmayado|me caigo redonda|me caigo redondo|me voy a desmayar)',
  fr: '(m evanouir|evanouie|evanoui|tombee dans les pommes|tombe dans les pommes|je vais tomber)',
  de: '(umgekippt|ohnmachtig geworden|zusammengebrochen|kipp gleich um)',
  pt: '(desmaiei|desmaiar|apaguei)',
  it: '(svenuta|svenuto|svengo|svenire)',
};

function both(a: string, b: string, gap = 9): string[] {
  return [`${a} ~${gap} ${b}`, `${b} ~${gap} ${a}`];
}

const CLASSES: readonly RuleClass[] = [
  // --- harm to others: a threat with its consequence, a weapon brought to a place, a named
  //     target with "I mean it"; intrusive thoughts of hurting a baby are thoughts, not intent.
  {
    id: 'others.threat_consequence',
    kind: 'harm_intent',
    reason: 'a threat against someone, with what will happen to them',
    scopes: LITERAL,
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
    patterns: {
      en: [
        '(taken|took|takes|has taken|have taken) (over|control of) my (bank|bank account|money|finances|pension|accounts|card|bank card)',
        '(cant|can t|cannot|not allowed to|im not allowed to|i m not allowed to) (buy|spend|go out|leave the house|see (my|anyone)|have (friends|money)) (anything)? without (asking|his permission|her permission|permission)',
        '(controls|control|controlling) (every|each) (penny|cent|euro|pound|dollar)',
        '(have|has|make me|makes me|i have) to send (him|her|them)? (a)? (photo|pic|picture|selfie|proof|my location) of (who|where)',
        'my (bf|gf|boyfriend|girlfriend|husband|wife|partner|fiance|fiancee) (goes through|checks|reads|tracks|monitors|controls) my (phone|messages|texts|location|money|bank)',
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
    patterns: {
      en: [
        '(our|a) (little|special) (game|secret)',
        '(says|said|tells me|told me) ~4 (mom|mum|mommy|dad|my parents|your parents) (wouldnt|would not|wont|won t|will not) understand',
        '(makes|made|make) me (sit on his lap|sit on her lap|sleep in his bed|sleep in her bed|undress|take off my clothes)',
        '(touches|touching|touched|rubs) me (when|while) (we re|were|we are|im|i m|nobody|no one|mum|mom)',
        '(asking|asks|asked|keeps asking|kept asking) (me)? for (pics|photos|pictures|videos) of (me|my body)',
        '(if i (tell|told|dont|don t|stop)) ~8 (hell|he will|she will|shell|theyll|they will|he ll|she ll) (send|post|show|share|leak)',
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
        ...both('segredo', '(tocando|toca|tocar|passa a mao)'),
      ],
      it: [
        'mi (tocca|toccava|ha toccato|tocca sempre) (quando|dove|sotto)',
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
        '(so|so that) (they|the neighbours|the neighbors|someone|people) can (listen to|watch|hear|spy on|track|record) me',
        '(on|from) (the)? (tv|television|radio|news|tv news) (are|is)? (talking|speaking|sending) (directly|straight)? (to|about) me',
        '(code words|codes|messages|signals) (so)? (that)? only i (understand|can understand|get|can read|can see)',
        '(it|they) (is|are)? (transmitting|broadcasting) (at night|my thoughts|signals|to them)',
        '(whispers|voices|voice) (say|saying|says|tell|telling) (horrible|awful|mean|nasty|bad|terrible) things',
        '(running commentary|commenting on everything i do)',
        '(signals|waves|radiation|rays) (through|from) the (ceiling|walls|wall|floor)',
        '(that|who) (my)? ~3 (says|say|insists) (he|she|it|they)? (isnt|is not|arent|are not) (really)? there',
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
        '(como|comer|comendo|faco) (so|apenas|somente)? uma (vez|refeicao) (por|ao) dia',
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
        '(on|went on|been on) a (bender|three day bender|binge)',
        '(cant|can t|cannot) (get through|do|make it through|function|sleep|eat) ~4 without (a|my)? (drink|bump|line|hit|joint|weed|drinking|pills|smoke|fix)',
        '(spending|spent|spend) (my|the|all my)? (rent|rent money|bills money|food money|wages) on (it|weed|coke|booze|drink|drugs|pills)',
        '(tried|trying|try) to (cut back|cut down|quit|stop) ~4 (but|and) (i)? (cant|can t|couldnt|could not|failed)',
        '(smoke|smoking|drink|drinking|vape|using) ~3 from (when|the moment) i wake (up)?',
        '(drink|drinking|drank) (vodka|alcohol|booze|wine|beer)? before (school|work|class|my shift)',
        'my (drinking|weed use|smoking|using|drug use|coke use) (is|s|has) (out of control|getting (bad|worse)|crept up)',
        '(shaky|shaking|sweaty|sweating|shakes|sweats) ~6 since i stopped (drinking|using)',
        '(comedown|comedowns|come down) (is|are|was)? (brutal|awful|horrible|so bad|killing me)',
        '(driving|drive|drove) (after a few|drunk|high|after drinking)',
        '(now|and now) (its|it s)? (most of)? (a|the) (whole)? bottle (most nights|every night|a night)',
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
        `${P.en} ~6 (stays|stayed|has stayed|is staying|has been staying|spends all day|locks (himself|herself)|locked (himself|herself)|shut (himself|herself)|shuts (himself|herself)) (in|away in|up in|inside) (his|her|their) (room|bedroom)`,
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

function build(lang: ScopeLanguage): RuleSpec[] {
  return CLASSES.flatMap((c) => {
    const patterns = c.patterns[lang];
    if (!patterns || patterns.length === 0) return [];
    const spec: RuleSpec = { id: c.id, kind: c.kind, reason: c.reason, patterns };
    if (c.scopes) spec.scopes = c.scopes;
    if (c.lookalikes) spec.lookalikes = c.lookalikes;
    if (c.who) spec.who = c.who;
    return [spec];
  });
}

export const BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> = {
  en: build('en'),
  es: build('es'),
  fr: build('fr'),
  de: build('de'),
  pt: build('pt'),
  it: build('it'),
};
