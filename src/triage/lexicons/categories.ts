/**
 * Condition-category rules added per language on top of each lexicon: the everyday wording of
 * psychosis, mania, eating disorders, abuse and worry about someone else that the gateway needs to
 * pick the right condition protocol (docs/triage.md, "Categories"). Kept apart so each language's
 * main lexicon stays about suicide and the categories can be measured on their own.
 *
 * Persecution rules do not take the figurative scope: "through the wifi" is not a trivial trigger
 * here, and the figurative wording people do use ("watching me like a hawk") is excluded in the
 * pattern instead.
 */
import type { Scope } from '../../core/index.js';
import type { ScopeLanguage } from '../../nlp/scope.js';
import type { RuleSpec } from './types.js';
import { BREADTH } from './categories-breadth.js';

const LITERAL: readonly Scope[] = ['negated', 'hypothetical', 'quoted', 'past', 'third_party'];

const en: RuleSpec[] = [
  {
    id: 'abuse.night_secret',
    kind: 'abuse_now',
    reason: 'someone comes to the writer at night and demands secrecy (ongoing abuse)',
    patterns: [
      '(comes|came|keeps coming) (into|in) my (room|bed) at night ~6 (not to tell|dont tell|our secret|keep it (a)? secret)',
    ],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'persecutory or delusional beliefs',
    scopes: LITERAL,
    patterns: [
      '(reading|hearing|stealing|controlling|recording|monitoring) my (thoughts|brain|mind) (through|with|via|using) (the|my)? (wifi|phone|tv|walls|laptop|5g|satellites|radio|fillings|microwave|router)',
      'my thoughts (are|were)? (being)? (broadcast|broadcasted|read|stolen|recorded) !like',
      '(hear|hearing|heard|can hear) (them|people|voices|someone|the neighbours|the neighbors) (talking|whispering|laughing|plotting) about me (through|in|from|behind) (the|my)? (walls|wall|vents|ceiling|floor|outlet|socket|pipes)',
      '(put|putting|planted|installed|hid|hidden) (a|the)? (chip|chips|camera|cameras|microphones|mics|bugs|tracker|trackers|implant) (in|into|inside) (my|the) (walls|wall|tooth|teeth|head|brain|meds|medication|pills|food|vents|ceiling)',
      '(my)? (meds|medication|pills) (have|has|contain|are full of) (chips|a chip|trackers|a tracker|microchips)',
      '(tv|television|radio|the news|songs|billboards|the signs|number plates|license plates) (keeps|keep|is|are|has been)? (sending|giving|showing) (me)? (messages|signals|signs|coded messages) (meant|meant just|meant only|just|only)? (for|to) me',
      '(the signs|the radio|the tv|the spirits|the numbers) (told|tell|tells|are telling|keep telling) me (that)? (i)? (have to|must|need to|am chosen|im chosen|was chosen)',
      '(everyone|everybody|people) (on|in) (this|the) (forum|bus|street|office|chat) (is|are) (part of|in on) (the|an|a) (experiment|plot|conspiracy|test)',
      '(shadow people|shadow figures|people that arent there|people who arent there)',
      '(tv|television|radio|the news|billboards) (keeps|keep|is|are)? (sending|giving) me (messages|signals|signs|coded messages)',
      '(hearing|hear|heard) my name (called|being called) ~2 (nobody|no one|noone) (is|s|was|were)? (there|around|home|here)',
      '(whispers|voices|a voice|a mans voice|a man s voice|a womans voice) (commenting|comments|commentating) on',
      '(and|now|again|so) the voices (are|were) back',
      '(replaced|swapped) my (husband|wife|mum|mom|dad|partner|family|boyfriend|girlfriend) with (someone|an impostor|an imposter|a clone|a robot)',
      '(the cia|the fbi|the government|the police|my neighbours|my neighbors|they|someone) (is|are|has been|have been)? (tracking|watching|following|spying on|listening to) me (through|with|via) (my|the)? (wifi|phone|tv|walls|laptop|camera|fillings|tooth|teeth)',
    ],
  },
  {
    id: 'mania.sleep_more',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'who needs sleep',
      '(no|zero) sleep (needed|required|necessary)',
      '(havent|have not|not) slept (since|at all since) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week|<num>)',
      '(been|ive been|i ve been) (up|awake) since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)',
      '(no sleep|havent slept|haven t slept|not sleeping) ~3 (best|feel (amazing|incredible|invincible|unstoppable)|its destiny|energy)',
      '(sleeping|slept) (maybe|only|like)? (<num>|one|two) (hours|hrs) (a night|per night|in <num> days)',
      '(no sleep|not slept|without sleep) (for|in) (<num>|two|three|four|five) (nights|days)',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(start|launch|launching|open|opening|founded|launched|opened) (<num>|two|three|four|five|ten) (companies|businesses|startups|brands|projects|businesses) (at once|today|this week)?',
      '(make|making) me a (millionaire|billionaire)',
      '(be|become|ill be|im going to be|gonna be) a (millionaire|billionaire) (by|before|in)',
      '(meant|destined|chosen) for (bigger|greater) things',
      'best version of (myself|me)',
      'everything (is|s) connected',
      '(see|get|understand) the vision',
      '(figured out|discovered) the (cure for|secret of|meaning of)',
      '(my)? brain (is)? on fire with ideas',
      '(typing|talking|thinking) (so|too) fast (to follow|lol|that|i cant)',
      '(so|super|crazy) energized',
      '(going to|gonna|will) change (the world|dating|everything|history) forever',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      '(maxed|maxing|max) out (my|<num>|two|both|all my|all) (cards|credit cards|card)',
      '(spent|blew|spending|blowing) (the|all the|our|my|all our) (rent|rent money|savings|mortgage money|whole savings)',
      '(quit|quitting|quitted) my job (today|tomorrow|by email|this morning|over text) (to|because|and)?',
      '(put|paid|paying) a deposit on (a|the) (venue|house|car|shop|building)',
      '(booked|bought) (a|three|two)? (flight|flights|plane tickets) ~4 (no plan|tomorrow|tonight|its destiny|with (my|her|his) (card|mums card|moms card))',
      '(emailed|emailing|sent it to|messaging) (it to)? (every|all the) (vc|vcs|investor|investors|university|universities|publisher|publishers)',
      '(slept|sleeping|hooked up|hooking up) with (<num>|two|three|four) (strangers|people)',
      '(stopped|quit) my meds ~4 (missed|miss) (feeling|being) (like this|high|up)',
    ],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      '(feel|felt|feeling) (so)? (disgusting|gross|fat|huge|guilty) (if|when|whenever|every time) i (eat|ate|have eaten|have) (anything|something|food|after)?',
      '(hide|hiding|hid) ~3 (not eating|skipping meals|that i dont eat|that i m not eating|that im not eating|purging|throwing up|how little i eat)',
      '(had|ate|eaten) (only|just)? (one|an|1) (apple|rice cake|yogurt|yoghurt) (today|all day|a day) (and im proud|and i m proud|proud)?',
      '(need|have|got) to be (smaller|thinner|skinnier|lighter) (before|by|for)',
      '(im|i m|i am|been|started|doing|on) (a)? (water|dry) (fast|fasts|fasting)',
      '(been|started|keep|still) restricting',
      '(eat|eating) (only)? (the same|my) safe foods',
      '(ana|mia) (buddy|buddies|coach)',
      '(weigh|weighing) myself (like|about)? (<num>|ten|five|twenty) times a day',
      '(lying|lie|lied) about (lunch|eating|meals|what i eat|dinner)',
      '(cant|can t) stop thinking about my (weight|body|calories)',
      '(know|count|counting) the calories (of|in) everything',
    ],
  },
  {
    id: 'eating.severe_more',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      '(havent|haven t|have not|hadnt|had not) (eaten|had) (solid food|food|a meal|anything)? (in|for) (days|<num> days|two days|three days|four days|a week)',
      '(under|below|less than) <num> (cal|cals|calories|kcal) (a|per) day',
    ],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'being controlled or abused by a partner or family member',
    patterns: [
      '(checks|check|goes through|reads|controls|tracks|monitors) my (phone|messages|texts|bank statements|location) (every (night|day|evening)|all the time|constantly)',
      '(says|said|tells me|told me|keeps telling me) (that)? (no one|nobody|noone) (else)? (would|will|could) (ever)? (want|love|have|put up with) me',
      '(says|said|tells me|told me) (that)? (im|i m|i am) (worthless|useless|nothing|stupid) (every day|all the time|constantly)',
      '(pushed|shoved|threw) me (down the stairs|against the wall|to the floor|across the room)',
      '(strangled|choked) me (during|in) (a|an|the) (fight|argument|row)',
      '(keeps|takes|took) my (bank card|pension|benefits|wages)',
      '(he|she|husband|wife|partner|boyfriend|girlfriend) controls (all)? (our|my) (money|finances)',
      '(i was|i got|ive been|i ve been|i have been) (raped|sexually assaulted|molested)',
      '(shell|hell|theyll) (hit|beat|hurt) me (again|if)',
      '(groped me|touched me inappropriately)',
      '(makes|made|keeps making) comments about my body',
      '(says|said|tells me|told me) (im|i m|i am) (so|very|really)? mature for my age',
      '(asked|told|tells|asks) me not to tell (anyone|anybody|my parents|my mum|my mom)',
      '(keeps|kept) (turning up|showing up) (at|outside) my (work|house|door|flat|school)',
      '(forcing|forced|force|making) me (to)? (marry|get married)',
      '(tells me|decides) what (i can|to|i m allowed to|im allowed to) wear',
      '(gets angry|goes mad|kicks off|loses it) (if|when) i (see|talk to|go out|text)',
    ],
  },
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      '(my|our) (sister|brother|daughter|son|friend|best friend|mum|mom|dad|wife|husband|partner|girlfriend|boyfriend) (isnt|is not|hasnt been|has not been|s not|stopped) eating',
      'how (do|can|should) i (support|check on) (him|her|them|a friend|my (friend|coworker|colleague|brother|sister|son|daughter|mum|mom|dad))',
    ],
  },
  {
    // A recent sighting is a current concern: the time word is part of the phrase, so it does not
    // read as the past ("yesterday i saw cuts on her wrist"); "years ago" still does. A sighting is
    // literal: "in this heat" is not a trivial trigger that makes it figurative.
    id: 'other.seen_signs',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs the writer saw',
    scopes: ['negated', 'hypothetical', 'quoted', 'past'],
    patterns: [
      '(yesterday|today|tonight|last night|this morning|earlier|just)? (i)? (found|saw) (searches|search history|google searches) about (suicide|dying|killing (himself|herself|themselves))',
      '(yesterday|today|tonight|last night|this morning|earlier|just)? (i)? (saw|seen|noticed|found) (cuts|scars|fresh cuts) on (his|her|their) (arm|arms|wrist|wrists|legs|thighs)',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      '(keeps|kept|keep)? (saying|says|said|posting|posts|posted|texting|wrote|writing) (that)? (he|she|they) (wants|want|wanna|wishes) to (die|disappear|not be here|not exist|not wake up|be dead)',
      '(saying|says|said|keeps saying) (that)? (hell|shell|he will|she will|theyll|he s going to|she s going to|hes going to|shes going to) (join|be with) (him|her|them|dad|mum|mom) (soon)?',
      '(told me|said|admitted) (that)? (she|he|they) (cuts|has been cutting|self harms|is self harming)',
      '(shes|hes|theyre|she has|he has|they have|she s|he s) (been)? having dark thoughts',
    ],
  },
];

const es: RuleSpec[] = [
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'preocupación por otra persona',
    patterns: [
      'como (puedo)? (apoyar|ayudar) a (mi|una|un) (amiga|amigo|companera|companero|hermana|hermano|hija|hijo|madre|padre|pareja)',
      'no sale de su (cuarto|habitacion|pieza)',
    ],
  },
  {
    id: 'abuse.now_more',
    kind: 'abuse_now',
    reason: 'violencia en este momento',
    patterns: ['(esta)? (golpeando|pateando|aporreando) la puerta'],
  },
  {
    id: 'abuse.threat',
    kind: 'abuse',
    reason: 'amenazas o extorsión',
    patterns: [
      '(dice|dijo) que me va a matar',
      'si no (le|les)? (mando|envio) ~4 (va a|van a) (mandar|subir|publicar|ensenar)',
    ],
  },
  {
    id: 'mania.sleep_more',
    kind: 'mania_sleep',
    reason: 'sin dormir',
    patterns: ['no he dormido (en|desde hace) (<num>|dos|tres|cuatro) (noches|dias)'],
  },
  {
    id: 'eating.restriction_colloquial',
    kind: 'eating_disorder',
    reason: 'restricción',
    patterns: ['(hace semanas|hace dias|desde hace semanas) que casi no como'],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'ideas persecutorias o delirantes',
    scopes: LITERAL,
    patterns: [
      '(pusieron|ponen|metieron|hay) (camaras|microfonos|chips|un chip) en (las paredes|mi casa|mi cabeza|mis dientes|la medicacion|las pastillas)',
      '(los|las|le|la) (oigo|escucho) hablar de mi',
      '(tiene|tienen|lleva|llevan) chips (del gobierno)?',
      '(me leen|leen|roban|controlan) (el pensamiento|mis pensamientos|la mente)',
      '(la tele|la radio|las noticias) me (manda|envia|mandan) (mensajes|senales)',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'grandiosidad',
    patterns: [
      '(soy|me siento) (un genio|una genia|invencible|imparable|increible)',
      '(voy a ser|sere) (millonario|millonaria|rico|rica|famoso|famosa)',
      '(abri|abrire|monte|empece) (tres|dos|cuatro|<num>) (negocios|empresas|proyectos)',
      'todo (esta|es) conectado',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'gastos o planes de riesgo',
    patterns: ['(me gaste|gaste|me fundi) (todos)? (mis|los)? (ahorros|tarjetas|sueldo|alquiler)'],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'restricción o preocupación por el peso',
    patterns: [
      '(solo|solamente) (comi|como) una (manzana|vez al dia)',
      '(tengo que|necesito) (adelgazar|bajar de peso|estar mas delgada|estar mas delgado)',
      'me peso (como)? (diez|<num>|cinco) veces al dia',
      '(no puedo dejar de pensar|pienso todo el dia) en mi peso',
    ],
  },
  {
    id: 'eating.severe_more',
    kind: 'eating_disorder_severe',
    reason: 'purga',
    patterns: ['me (obligo|fuerzo|provoco) (a vomitar|el vomito)'],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'control o violencia de pareja',
    patterns: [
      'me (revisa|controla|mira) el (celular|movil|telefono) (cada noche|todas las noches|todos los dias)',
      'no me deja (ver|hablar con) (a)? (mi familia|mis amigas|mis amigos|mi hermana)',
      'me (empujo|tiro|estampo) contra la pared',
      '(entra|se mete) (a|en) mi (cuarto|cama|habitacion) (en la noche|por la noche|de noche)',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'otra persona muestra señales de alarma',
    patterns: [
      '(dice|dijo) que se quiere (morir|matar)',
      '(dice|dijo) que (pronto)? se va a ir con (el|ella)',
      '(sube|publica) (historias|cosas) (de|sobre) que quiere (desaparecer|morir)',
    ],
  },
];

const fr: RuleSpec[] = [
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'inquiet pour quelqu un',
    patterns: [
      'comment (soutenir|aider) (une|un|mon|ma) (amie|ami|collegue|frere|soeur|fille|fils|mere|pere)',
      '(il|elle) (ne)? sort plus de sa chambre',
    ],
  },
  {
    id: 'other.plan_more',
    kind: 'third_party_plan',
    reason: 'une autre personne montre un projet ou des préparatifs',
    patterns: [
      'personne (le|la|les) regretterait',
      '(a donne|donne) (ses|toutes ses) (outils|affaires|choses)',
      'je vous (embeterai|derangerai|gonflerai) plus',
    ],
  },
  {
    id: 'abuse.now_more',
    kind: 'abuse_now',
    reason: 'violence en ce moment',
    patterns: ['(il|elle) (tape|frappe|cogne|tambourine) (sur|contre|a) la porte'],
  },
  {
    id: 'abuse.threat',
    kind: 'abuse',
    reason: 'menaces ou violence',
    patterns: [
      '(il|elle) dit qu (il|elle) va me tuer',
      '(il|elle) m a lance (une assiette|des trucs|un verre|une chaise)',
    ],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'idées de persécution ou délirantes',
    scopes: LITERAL,
    patterns: [
      '(ont mis|mettent|il y a) des (micros|cameras|puces) (dans les murs|dans mes dents|dans ma tete|dedans)',
      'je les entends (parler de moi|transmettre)',
      '(des drones|des espions) du gouvernement',
      '(lisent|volent|controlent) mes pensees',
      '(chez moi|dans l appartement)? ils ecoutent tout',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'grandiosité',
    patterns: [
      '(je me sens|je suis) (invincible|un genie|intouchable)',
      '(je serai|je vais etre) (riche|millionnaire) (avant|d ici)',
      '(lance|ouvert|monte) (trois|deux|quatre|<num>) (boites|entreprises|societes|projets)',
      'tout est connecte',
      'l univers m envoie des signes',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'dépenses ou projets risqués',
    patterns: [
      '(claque|depense) toutes mes economies',
      '(achete|pris) (trois|deux|<num>) billets d avion',
    ],
  },
  {
    id: 'mania.sleep_more',
    kind: 'mania_sleep',
    reason: 'sans dormir',
    patterns: [
      'pas dormi depuis (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|trois jours)',
    ],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'restriction ou préoccupation pour le poids',
    patterns: [
      'j ai mange (qu)? une pomme',
      'il faut que je maigrisse',
      'je me pese (dix|<num>|cinq) fois par jour',
      'je compte tout ce que je mange',
    ],
  },
  {
    id: 'eating.severe_more',
    kind: 'eating_disorder_severe',
    reason: 'purge',
    patterns: ['je (prends|prend) des laxatifs (apres|tous|chaque)', 'je me fais vomir'],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'contrôle ou violence conjugale',
    patterns: [
      '(controle|surveille|fouille) mon (telephone|cell|portable) (tous les soirs|chaque soir)?',
      '(m a|il m a) (etranglee|etrangle|frappee|poussee contre le mur)',
      'garde ma carte (bancaire|bleue)',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'une autre personne montre des signes',
    patterns: [
      '(dit|a dit) qu (elle|il) veut (mourir|disparaitre)',
      '(dit|a dit) qu (elle|il) va (bientot)? le (rejoindre)',
    ],
  },
];

const de: RuleSpec[] = [
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'Sorge um jemanden',
    patterns: [
      'wie (unterstutze|helfe) ich (eine|einen|einem|einer|meinem|meiner|meine|meinen) (freundin|freund|kollegin|kollegen|bruder|schwester|tochter|sohn|mutter|vater)',
      'kommt kaum (noch)? aus seinem zimmer',
      'kommt kaum (noch)? aus ihrem zimmer',
    ],
  },
  {
    id: 'abuse.now_more',
    kind: 'abuse_now',
    reason: 'Gewalt gerade jetzt',
    patterns: ['(hammert|schlagt|tritt|trommelt) gegen die (tur|badezimmertur|zimmertur|klotur)'],
  },
  {
    id: 'abuse.threat',
    kind: 'abuse',
    reason: 'Drohungen',
    patterns: ['(er|sie) sagt (er|sie) bringt mich um'],
  },
  {
    id: 'eating.restriction_more2',
    kind: 'eating_disorder',
    reason: 'Restriktion',
    patterns: ['(ess|esse) seit (wochen|tagen) kaum (was|etwas|noch was)'],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'Verfolgungs- oder Wahnideen',
    scopes: LITERAL,
    patterns: [
      '(kameras|mikrofone|chips|wanzen) in (den wanden|der wand|meinen zahnen|meinem kopf)',
      'ich (hor|hore) sie (durch die (wand|steckdose|wande)|uber mich reden)',
      '(weil|da) (da)? (chips|ein chip) (drin|drinnen) (sind|ist)',
      '(horen|hort) (sie|die) alles mit',
      '(strahlen|signale) durch die wand',
      '(liest|lesen|kontrolliert) meine gedanken',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'Größenideen',
    patterns: [
      '(fuhl mich|fuhle mich|ich bin) (unbesiegbar|unaufhaltbar|ein genie)',
      '(bin|werde) bis (weihnachten|ende des jahres) (millionar|reich)',
      '(drei|zwei|vier|<num>) firmen gegrundet',
      'alles hangt zusammen',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'riskante Ausgaben',
    patterns: ['mein (ganzes)? (erspartes|konto|geld) (in|fur) ~4 (gesteckt|ausgegeben)'],
  },
  {
    id: 'mania.sleep_more',
    kind: 'mania_sleep',
    reason: 'ohne Schlaf',
    patterns: [
      'seit (<num>|drei|vier) (nachten|tagen) (wach|nicht geschlafen)',
      'seit (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) nicht geschlafen',
    ],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'Restriktion oder Gewichtsfixierung',
    patterns: [
      'nur einen apfel gegessen',
      'muss ~3 (dunner|dünner) werden',
      'ich (wieg|wiege) mich (zehnmal|<num> mal|funfmal) am tag',
      'zahl ich alles was ich esse',
    ],
  },
  {
    id: 'eating.severe_more',
    kind: 'eating_disorder_severe',
    reason: 'Erbrechen',
    patterns: ['(bring|bringe) mich ~4 zum (erbrechen|kotzen)'],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'Kontrolle oder Gewalt in der Beziehung',
    patterns: [
      'kontrolliert (jeden abend|taglich|standig)? mein handy',
      'hat mich ~3 gewurgt',
      'hat meine (bankkarte|ec karte)',
      '(kommt|kam) nachts in mein zimmer',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'jemand zeigt Warnzeichen',
    patterns: [
      'sagt (sie|er) (will|mochte) (sterben|verschwinden)',
      'sagt (sie|er) geht bald zu (ihm|ihr)',
    ],
  },
];

const pt: RuleSpec[] = [
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'preocupação com outra pessoa',
    patterns: [
      'como (posso)? (apoiar|ajudar) (uma|um|meu|minha) (amiga|amigo|colega|irma|irmao|filha|filho|mae|pai)',
      'nao sai (mais)? do quarto',
    ],
  },
  {
    id: 'abuse.now_more',
    kind: 'abuse_now',
    reason: 'violência agora',
    patterns: ['(socando|batendo|chutando|esmurrando) (na|a) porta'],
  },
  {
    id: 'abuse.threat',
    kind: 'abuse',
    reason: 'ameaças ou extorsão',
    patterns: [
      '(disse|falou|diz) que vai me matar',
      'se eu nao mandar ~3 (vai|vao) (mandar|postar|espalhar|mostrar)',
    ],
  },
  {
    id: 'psychosis.command_more',
    kind: 'command_hallucination',
    reason: 'vozes mandando se machucar',
    patterns: [
      'as vozes (dizem|mandam|falam) (que eu tenho que|pra eu|que eu devo) (me machucar|me matar|morrer|pular)',
    ],
  },
  {
    id: 'eating.restriction_colloquial',
    kind: 'eating_disorder',
    reason: 'restrição',
    patterns: ['(faz semanas|faz dias) que quase nao como'],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'ideias persecutórias ou delirantes',
    scopes: LITERAL,
    patterns: [
      '(colocaram|puseram|tem) (cameras|microfones|chips|um chip) (nas paredes|nos meus dentes|na minha cabeca)',
      'ouco eles falando de mim',
      '(tem|tinha) chip do governo',
      '(leem|roubam|controlam) (meus pensamentos|minha mente)',
      '(os espiritos|as vozes) (tao|estao) falando comigo',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'grandiosidade',
    patterns: [
      'me sinto (incrivel|invencivel|imparavel|um genio)',
      'vou ser (milionario|milionaria|rico|rica) (ate|antes)',
      '(abri|montei) (tres|duas|dois|<num>) (empresas|negocios)',
      'tudo (ta|esta) conectado',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'gastos ou planos arriscados',
    patterns: ['gastei todas as minhas economias', 'pedi demissao pra (abrir|comecar)'],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'restrição ou preocupação com o peso',
    patterns: [
      'so comi uma maca',
      'preciso emagrecer (antes|ate)',
      'me peso (umas)? (dez|<num>|cinco) vezes por dia',
      'como uma vez por dia',
    ],
  },
  {
    id: 'eating.severe_more',
    kind: 'eating_disorder_severe',
    reason: 'purgação',
    patterns: ['me (forco|obrigo) a vomitar', 'tomo laxante (todo dia|depois)'],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'controle ou violência no relacionamento',
    patterns: [
      'mexe no meu celular (toda noite|todo dia)',
      'nao me deixa ver (minha familia|minhas amigas|meus amigos)',
      'me empurrou (na|contra a) parede',
      'entra no meu quarto (de noite|a noite)',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'outra pessoa mostra sinais de alerta',
    patterns: ['diz que quer morrer', 'fala que (logo)? vai encontrar (ele|ela)'],
  },
];

const it: RuleSpec[] = [
  {
    id: 'other.worry_more',
    kind: 'third_party_worry',
    reason: 'preoccupazione per un altro',
    patterns: [
      'come posso (stare vicino|aiutare) (a|al|alla|ad) (una|un|mia|mio)? (amica|amico|collega|fratello|sorella|figlia|figlio|madre|padre)',
      'non esce (piu)? dalla (camera|stanza|sua camera)',
    ],
  },
  {
    id: 'other.plan_more',
    kind: 'third_party_plan',
    reason: 'un altro mostra un piano o preparativi',
    patterns: ['(tra poco|presto) non vi do piu fastidio'],
  },
  {
    id: 'abuse.now_more',
    kind: 'abuse_now',
    reason: 'violenza in questo momento',
    patterns: ['(prendendo a pugni|prendendo a calci|sfondando) la porta'],
  },
  {
    id: 'abuse.threat',
    kind: 'abuse',
    reason: 'minacce o estorsione',
    patterns: ['dice che mi ammazza', 'se non (gliele|gli) mando ~4 manda'],
  },
  {
    id: 'psychosis.poison_more',
    kind: 'psychosis',
    reason: 'idee deliranti',
    patterns: ['dentro ci sono (dei)? chip'],
  },
  {
    id: 'mania.sign_more',
    kind: 'mania_sign',
    reason: 'grandiosità',
    patterns: ['sto da dio', 'rivoluzionera (il|la|lo) ~2'],
  },
  {
    id: 'eating.restriction_colloquial_more',
    kind: 'eating_disorder',
    reason: 'restrizione',
    patterns: ['(sono settimane|sono giorni) che mangio pochissimo'],
  },
  {
    id: 'psychosis.surveillance',
    kind: 'psychosis',
    reason: 'idee persecutorie o deliranti',
    scopes: LITERAL,
    patterns: [
      '(hanno messo|mettono|ci sono) (delle)? (telecamere|microfoni|chip|cimici) (nei muri|nei denti|nella testa|dentro)',
      'li sento parlare di me',
      '(mi manda|manda) messaggi in codice',
      '(leggono|rubano|controllano) i miei pensieri',
    ],
  },
  {
    id: 'mania.grandiose',
    kind: 'mania_sign',
    reason: 'grandiosità',
    patterns: [
      '(mi sento) (una bomba|invincibile|un genio|inarrestabile)',
      'saro milionario (entro|prima)',
      'ho aperto (tre|due|<num>) (societa|aziende|attivita)',
      'tutto e collegato',
      'ho capito come funziona l universo',
    ],
  },
  {
    id: 'mania.risk_more',
    kind: 'mania_risk',
    reason: 'spese o piani rischiosi',
    patterns: ['ho speso tutti i (risparmi|soldi)'],
  },
  {
    id: 'mania.sleep_more',
    kind: 'mania_sleep',
    reason: 'senza dormire',
    patterns: [
      '(<num>|tre|quattro) giorni senza dormire',
      'non dormo da (<num> giorni|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)',
      'sono (sveglio|sveglia) da (lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)',
    ],
  },
  {
    id: 'eating.restriction_more',
    kind: 'eating_disorder',
    reason: 'restrizione o preoccupazione per il peso',
    patterns: [
      'ho mangiato solo una mela',
      'devo dimagrire (prima|entro)',
      'mi peso (dieci|<num>|cinque) volte al giorno',
      'mangio una volta al giorno',
    ],
  },
  {
    id: 'abuse.control',
    kind: 'abuse',
    lookalikes: ['parental_rule'],
    reason: 'controllo o violenza nella coppia',
    patterns: [
      'controlla il mio telefono (ogni sera|tutti i giorni)?',
      'mi ha spinta? contro il muro',
      '(entra|viene) in camera mia di notte',
      'tiene lui il bancomat',
    ],
  },
  {
    id: 'other.warning_more',
    kind: 'third_party_warning',
    reason: 'un altro mostra segnali di allarme',
    patterns: ['dice che vuole morire', 'dice che presto lo raggiunge'],
  },
];

/** Category rules by language, appended to each language's lexicon in `index.ts`. */
export const CATEGORY_RULES: Record<ScopeLanguage, readonly RuleSpec[]> = {
  en: [...en, ...BREADTH.en],
  es: [...es, ...BREADTH.es],
  fr: [...fr, ...BREADTH.fr],
  de: [...de, ...BREADTH.de],
  pt: [...pt, ...BREADTH.pt],
  it: [...it, ...BREADTH.it],
};
