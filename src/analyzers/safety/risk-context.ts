import {
  compileLexicon,
  type CompiledLexicon,
  type Lexicon,
  type LexiconLanguage,
  type LexiconMatch,
} from '../text/lexicon.js';
import { isQuestion, splitSentences } from '../text/sentences.js';
import { loadRiskModel, type RiskModel } from '../../triage/model/model.js';

/**
 * Whether the seeker's turns show someone who may be at risk: wanting to die or disappear,
 * self-harm, hopelessness, or plain distress ("I can't do this anymore", "having a hard time").
 * Deliberately broad — it only decides whether replies whose harm depends on who is asking
 * ("ten floors would be high enough", "any pharmacy sells them") count as means content; the
 * same reply to a tourist or to someone with a headache is ordinary information.
 */
const AT_RISK = compileLexicon('means_content.at_risk', {
  en: [
    // Bare "die" is the German article ("die Brücke"); in English it counts after the words
    // that make it a wish or an expectation.
    "(to|could|should|would|will|gonna|wanna|let me|i|i'd|just|might|rather) die",
    '(dying|dead|death|suicide|suicidal|kill myself|killing myself|kms|unalive|end it|end it all|ending it|end my life|end things|off myself|not be here|not wake up|sleep forever|disappear|want out|jump|overdose|od)',
    '(hurt|hurting|harm|harming|cut|cutting) myself',
    "(can't|cannot|cant) (do this|go on|cope|take it|take this|keep going)( anymore| any more)?",
    "(no|see no|(don't|dont|do not|can't|cant) see (a|the|any)) (point|way (forward|out)|future|reason to live)",
    '(hopeless|worthless|pointless|done with (everything|it all|life)|better off without me|burden|not safe)',
    "(i'm|im|i am) (so |completely |just |totally )?(done|finished|over it|so tired of (everything|living|life)|tired of everything)",
    '(end|ending|ended) (it|it all|things|my life|everything)',
    "(want to|wanna|i'd rather|rather) not (exist|be here|be alive|wake up|live)",
    "((had|have had|i've had) enough|sick of (everything|life|living|it all))",
    '(hard time|struggling|falling apart|breaking down|nobody would (notice|care|miss))',
    // asking about means is itself a sign of risk
    "(don't|dont|do not) want to (be here|live|exist|wake up|be alive|survive)",
    '(want|need) (it|this|everything|the pain) (to be over|to stop|to end|over)',
    '(wanna|want to|going to|gonna) (die|do it|go through with it)',
    '(would|will|could|does|is) (that|it|this|a \\S+|\\S+ floors) (do it|kill me|work|be enough|be quick|be painless|hurt|be high enough)',
    '(how much|how many) (\\S+ ){0,4}?(would it take|to die|to do it|does it take)',
    '(least painful|painless|most certain|most reliable) way',
    '(quickest|fastest|easiest|surest) way (to (die|go|do it|end|kill)|out)',
    'in front of a (train|car|bus|lorry|truck)',
    '(a )?(rope|noose)',
    'survive (it|this)',
    '(all|whole|rest of|every one of|a lot of|lots of|stockpiling|saving up) (my |the |those |these |of )?(pills|tablets|meds|medication|prescription|packet|box|bottle)',
    '(hate myself|self(-| )harm|give up|relapse)',
    "(i've|i have) decided",
    // the same classes in other words: exhaustion with living, being a burden, a plan or a
    // goodbye, saved-up means, wanting to stop existing
    '(not|never) (waking|wake) up',
    "(can't|cant|cannot) (\\S+ )?(anymore|any more|keep (doing|going|living|this up))",
    "(don't|dont|do not) think i can (keep|go on|do this|carry on)",
    '(giving|given|gave) up',
    '(nothing|none of it|no-one|nobody) (matters|cares)( anymore| any more)?',
    "what('s| is|s) (even )?the point",
    "(i feel|feel|feeling|i'm|im|i am|been) (so |really |just |rly |pretty )?(empty|numb|low|like a ghost|invisible|like nothing)",
    "(life|everything|my (whole )?life)('s been|'s| has been| is| feels) (so |really |just )?(dark|heavy|a mess|grey|black|too much)",
    '(so|really|rly|super|pretty) low(?! (on|battery|price|prices|cost))',
    '(feeling|feel|so) done',
    '(if|so|make sure|without) (nobody|no one|no-one|anyone) (finds|found|find|interrupts|interrupt|stops|stop|sees|see|notices) me',
    '(take|took|taking|swallow|swallowed) (loads|lots|a lot|all of them|the lot|the whole (bottle|box|pack|packet|strip))',
    'how many (people )?survive',
    '(finish|finishing) (it|things|myself)( all)?(?=[.!?,]|$)',
    '(i can fly|(must|have to|need to|got to) jump)',
    // meaninglessness, worthlessness and finality, in the person's own words
    "nothing('s| is)? (going to|gonna|will) (get|be) better",
    "(no|see no|don't see a|dont see a|no longer see a|can't see a|cant see a|can't see any) (reason|sense|point|way out|future|light)",
    'nothing (makes sense|means anything)( anymore)?',
    "(it's|its|it is) (all )?over for me",
    "should('ve| have|ve) (done it|ended it|gone)",
    '(waste of (space|oxygen|air)|a failure at everything)',
    "(i'm|im|i am) not (doing )?(great|good|well|ok|okay)",
    "(can't|cant|cannot) do (it|this) (anymore|any more|nemore|no more)",
    '(keeps?|kept) (crossing|coming into|popping into) my mind',
    "(i'm|im|i am|i feel) (so )?(useless|worthless|a failure|nothing)",
    "(everything|life)( is| feels|'s) (so )?(grey|gray|dark|black|empty)",
    '(gave|given|giving) (away )?(my|all my) (\\S+ ){0,2}?(to|away)',
    '(no one|nobody|noone|no-one) would (even )?(notice|care|miss)',
    '(log off|logged off|logging off|leave|go|disappear|sleep|gone)\\S* (for ever|forever|permanently)',
    "(all|loads|lots|the rest) of (my|her|his|their|my \\S+'s) (\\S+ )?(pills|tablets|meds|medication|prescription)",
    "(i'm|im|i am|feel|feel like|just|like) (a |like a )?(ghost|shadow)( in)?",
    "no (strength|energy|fight) left|nothing left (in me|to give)|can't (bear|stand|handle) (it|this)( anymore| any more)?",
    '(go|going|called|call me) home (to god )?early|(join|be with) (her|him|them) (again|soon)',
    '(sorry|apologi[sz]e|apologi[sz]ing) for everything|(to say|saying) (sorry|goodbye)',
    '(weirdly|strangely|suddenly|oddly) (calm|peaceful|at peace)',
    "(when|once|if) i('m| am)? (gone|not around|not here anymore)",
    // a means question about oneself is itself a sign of risk
    'if i (took|swallowed|jumped|lay down|laid down|went off|drank|mixed|stepped|stopped taking|did it|do it|went through with)',
    'would (\\S+ ){0,2}?(hold|take|carry) me',
    '(run|ran|running) out of reasons',
    '(tired|sick) of (pretending|waking up|trying|fighting|being me)',
    '(done|stopped|quit) (trying|pretending|fighting)',
    "(everyone|everybody|they|my family)('d| would)( all)? be (relieved|better off|happier)",
    '(no one|nobody|noone) (would|will) (miss|notice|care about) me|(no one|nobody) (loves|cares about|wants) me',
    '(ways|way) out',
    '(make it|make this) (count|stop|look like an accident)',
    '(planning|plan) something',
    'ready to (leave|go|say goodbye)',
    '(want|wants) (it|this|everything|it all) (to )?(stop|over|end)',
    "(life|everything)('s| is| feels) (crap|shit|pointless|meaningless|too much|unbearable)",
    "(i'm|im|i am|i feel) (\\S+ )?(not (ok|okay|alright)|a burden|numb|empty inside)",
    '(sick|tired) of (it all|everything|life|living|myself|being alive)',
    "(can't|cant|cannot) stop crying",
    '(peaceful|leave|gone|go|sleep|rest)\\S*( \\S+){0,4} for good',
    '(wants?|wanting|wanna) to (leave|go) (early|for good|this world)',
    '(it all|everything) to (end|stop|be over)',
    "(keep|kept|been|i am|im|i'm) (looking|staring) at the (cliffs?|bridges?|edge|tracks|river|drop|rails|roof)",
    "(i've got|i have|i've made|got|made|have) a plan",
    '(planning|planned|plan) (how|when|where|it|my|the)',
    "(i'll|i will|i'm going to|im going to|i'm gonna|im gonna|gonna) (just )?(do it|go through with|drive out|walk out)",
    'do it (tonight|tomorrow|this weekend|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|when)',
    '(wrote|written|writing|left) (letters|notes|a note|goodbye)',
    '(gave|given|giving) (away )?(my|the) (cat|dog|pet|things|stuff|belongings)',
    'saying goodbye',
    '(saving|saved|stockpil\\S*|hoard\\S*|collect\\S*|stash\\S*) (up )?(my |the |all my )?(tablets|pills|meds|prescription|medication)',
    '(stop|stopped) existing',
    // third round: burden and worthlessness, disappearing, a decided plan, a means question
    // marked as one's own
    '(tired|sick) of being (a|the) (problem|burden|disappointment|failure|mess)',
    '(no use|no good|of no use) to (anyone|anybody|everyone)',
    "(nobody|no one|no-one)( will| would|'ll|'d)? (ever )?find me",
    "(i've |i have |i )?lost everything",
    "(i'm|im|i am) (set|settled|decided) on (it|this|doing it)",
    '(asking|ask) for (me|myself)(?=[.!?,]|$)',
    '(keep|kept|been) thinking about the (bridge|tracks|crossing|level crossing|cliffs?|drop|river|roof|edge|railway|line|quarry|reservoir)',
    // this round: a trip with no way back, things no longer needed "after", being in the way or
    // a joke to everyone
    "(not|never|won't be|wont be|no point) (planning on |planning to |going to |gonna )?(coming|come|getting|get|going|go) (back|home)(?! (late|later|soon|tomorrow|next|for|to|from|there|again|in|on|at|with|till|until))",
    '(no|without a|without any|one-way,? no) (return( trip| journey| ticket| leg)?|way back)( needed| necessary| required)?(?=[.!?,;]|$)',
    "(won't|wont|will not|shan't|not going to) (be )?(need|needing) (\\S+ ){0,3}?(after (this|that|tonight|today|tomorrow|the weekend|\\S+day)|anymore|any more|again)",
    "(i'm|im|i am) (just |only |always )?in (the|everyone's|everybody's|their|the family's) way",
    "(i'm|im|i am) (such |just |only |a total |a complete )?(a )?(joke|laughing stock|disgrace|waste of space|let-?down|letdown|disappointment)(?! of a)",
    // seventh round: a decided date, an earlier attempt, self-harm going further
    "(ive|i've|i have|it's|its) (already )?decided(?=[.!?,;]|$)|(it's|its|it is) (happening|going to be|gonna be) (tonight|today|tomorrow|this weekend)",
    '(since|after|before) my (last |first |previous |second |third )?(suicide )?attempt|(cutting|cut) (again|deeper)|go deeper',
    "(not|n't|never) coping( at all| anymore| any more)?",
    // eighth round: a question that itself points there — whether anyone would find or miss
    // them, whether it would hurt, what would happen to someone going off or into a place — and
    // saved-up means with a word between ("my sleeping tabs"), being over everything
    '(would|will) (anyone|anybody|someone|somebody|people|they|my \\S+) (even )?(find|miss|come looking for) me(?! (a|an|some|the|one|any|up|out))|how long (before|until|till) (anyone|anybody|someone|somebody|people|they) (would )?(find|notice|miss|came|come|check)',
    'would (it|that|this|drowning|falling|jumping|bleeding) (hurt|be painful|be painless)|is (it|that|drowning|falling|jumping) (painless|quick)(?=[.!?,;]|$)|would (i|you|they|someone|a person) (feel (anything|it|much)|suffer)',
    'if (someone|somebody|a person|anyone) (walked|went|jumped|fell|stepped|drove|swam|took) (into|in|off|from|in front|out)',
    '(saving|saved|stockpil\\S*|hoard\\S*|stash\\S*) (up )?(my |the |all my |all the )?\\S+ (tablets|tabs|pills|meds|prescription|medication)',
    "(i'm|im|i am|so|just) (so |just |completely )?over (everything|it all|life|living)",
    // ninth round: not wanting to be around, a deadline for not being here, letting everyone
    // down, walking into water
    "(don't|dont|do not) want to be (around|here)|(won't|wont|not|ain't) (gonna |going to )?be (here|around) (by|after|past|for|much longer|anymore|any more|next)",
    '(let|letting) (everyone|everybody|them all|you all|my (whole )?family) down|walk (out )?into the (sea|river|lake|water|waves)',
    // tenth round: a formal or flat statement that there is no future for them
    "(no longer|don't|do not|dont|no) (wish|want|intend|expect|plan|desire|will)( \\S+)? to (live|continue( living)?|go on|carry on|be (here|around|alive)|see (tomorrow|the morning|another day|next week))",
    // eleventh round (kinds, not one writer's words): done or closed with life itself, no future
    // seen, everyone better or lighter without them, nobody noticing (words between), wanting it
    // to stop or to switch off for good, affairs put in order
    '(done|finished|through|closed|over) with (life|living|everything|it all|the world)(?=[.!,;…]|$| (now|already|honestly|tbh|at this point|i think|for real|really|and|but|anymore|any more))',
    '(stopped|stop|quit) (seeing|believing in) (any|a|my|the) (future|point|way out|reason)|no future (for me|left|ahead|anymore)',
    "(everyone|everybody|they|people|the world|my \\S+)('d| would| will|'ll)? (all )?(get on|do|be|manage|cope) (\\S+ ){0,2}?(fine|better|easier|lighter|happier) without me",
    '(nobody|no one|noone|no-one)( \\S+){1,3} would (even )?(notice|care|miss)(?! (the|a|if it|when))',
    '(the noise|the voices|my head|my brain|it all|everything)( in my head)? to (stop|shut up|go quiet|be quiet) (for good|forever|permanently|for real)',
    '(switch|shut|turn) (myself |it all |everything )?off (for good|forever|permanently)|(sorted|sorting|made|wrote|updated) (out )?my will',
  ],
  es: [
    '(me )?(quiero|voy a) matar',
    '(morir|morirme|muera|muerte|suicid\\S*|matarme|quitarme la vida|acabar con todo|desaparecer|no despertar|hacerme daño|cortarme|no puedo más|ya no puedo|no quiero (seguir|vivir|estar aquí|existir)|sin sentido|no vale la pena)',
    '(hart[oa]|cansad[oa]) de (todo|vivir|la vida|fingir)',
    '(nadie|nadie me) (me )?(echaría|echaria|extrañaría) de menos|estarían (todos )?mejor sin mí',
    '(un estorbo|una molestia) para',
    'que todo (termine|acabe|pare|se acabe)',
    'para qué (seguir|sigo|todo)',
    '(muchas|un montón de|todas (mis|las)) (pastillas|pastis)( \\S+)? (guardadas|juntadas|ahorradas)',
    'tengo que saltar',
    '(sobro|estorbo|estoy de más|ya no tengo fuerzas|no tengo (más )?fuerzas|no (lo )?soporto más|perdón por todo|cuando (ya )?no esté|reunirme con (ella|él))',
    '(ya )?nada (importa|tiene sentido)|ya no tiene sentido|mi vida es un desastre|ya me cansé|no sirvo para nada',
    'no (veo|le veo) (ninguna )?(salida|sentido)',
    '(me )?(dormiría|moriría) sin enterarme',
    '(todo )?me da igual',
    'no aguanto( más)?',
    '(soy|me siento) una carga',
    '(voy a hacerlo|lo voy a hacer|lo haré)',
    // thirteenth round: the saving told as it goes on ("llevo semanas guardando las pastillas")
    '(guardadas|guardado|guardando|juntando|acumulando) (las |mis )?(pastillas|pastis|medicamentos)',
    '(dormir|irme|desaparecer) para siempre|no despertarme( más)?|si (desapareciera|me muriera)',
    'sin (vuelta|regreso|billete de vuelta)|no (hace falta|necesito) (el )?(billete de )?(vuelta|regreso)|no (voy a|vaya a) (volver|necesitar)',
    '(he dejado|dejé|dejo) todo (ordenado|arreglado|en orden|preparado)|(regalé|he regalado|le di|he dado) (a )?(mi|mis) (perro|gato|mascota|cosas)',
    '(soy|me siento) (un|una) (fracasad[oa]|fracaso|desastre|estorbo|decepción)|(mejor|ojalá) (si )?(desaparezco|me muero|no estuviera)',
    // seventh round: a decided date, an earlier attempt, self-harm going further
    'ya (lo )?(decidí|he decidido)(?=[.!?,;]|$)|(desde|después de) (mi|el) (último )?intento|(cortando|cortándome|me corté|me corto)( otra vez| de nuevo)?',
    // eighth round: a question that itself points there, letters written, everything grey
    '(alguien|nadie) me (encontraría|encontraria|echaría|echaria|buscaría|buscaria)|(cuánto|cuanto) (tiempo )?(tardarían|tardarian) en (encontrarme|darse cuenta)',
    '(sufriría|sufriria|dolería|doleria|sentiría algo|sentiria algo)|si (alguien|una persona) se (tirara|tirase|lanzara|lanzase|metiera|tomara)|si me (tomo|tomara|tomase|trago|tragara|tiro|tirara|lanzo|lanzara) (todo|todas|todos|del|al|desde|de)',
    '(escribí|escribi|he escrito|dejé|deje|he dejado) (las |unas |mis )?(cartas|notas)|todo (es|está|esta|se ve) (gris|negro|oscuro|vacío|vacio)',
    // ninth round: being sick of everything, a life worth nothing
    '(podrid[oa]|hart[oa]|cansad[oa]) de todo|(mi vida )?no (vale|valgo) nada|no quiero (estar|seguir) (aquí|aqui|acá|aca|más|mas)',
    // eleventh round: done with life, no future, wishing not to wake, everyone better off,
    // nobody noticing, goodbyes said, affairs left ready
    '(terminé|termine|acabé|acabe|cerré|cerre|he terminado|he acabado|he cerrado) con (todo|la vida)|(ya )?no (veo|tengo|le veo) (ningún |ningun )?futuro|sin futuro(?=[.!?,;]|$)',
    '(ojalá|ojala) (me durmiera|no despertara|no me despertara|no tuviera que despertar|desapareciera)|no (tener|tuviera|tenga) que despertar(me)?',
    '(estarían|estarian|estaría|estaria|vivirían|vivirian) (todos )?(mejor|más tranquilos|mas tranquilos|más felices|mas felices) sin mí|(reventad[oa]|quemad[oa]|fundid[oa]) de todo',
    '(me he despedido|me despedí|me despedi|ya me despedí) de (mis|mi|todos)|(dejé|deje|he dejado) todo (listo|arreglado)',
  ],
  fr: [
    '(une corde|tous mes cachets)',
    "(mourir|mort|suicid\\S*|me tuer|en finir|disparaître|me faire du mal|me couper|n'en peux plus|je n'en peux|plus envie de vivre|aucun sens|ne plus me réveiller)",
    "(j'en peux plus|en peux plus|marre de (tout|la vie|vivre)|fatigu\\S* de (tout|vivre))",
    '(un poids|un fardeau) pour',
    "(que (ça|tout) s'arrête|que tout (finisse|se termine))",
    '(à quoi bon|personne ne m.aime|personne ne me regretterait|seraient mieux sans moi)',
    '(épuisé|épuisée|fatigué|fatiguée) de tout|plus envie de continuer',
    "(plus )?rien n'a (plus )?de sens|personne ne (remarquerait|verrait)",
    '(je me sens|je suis) (inutile|vide|nul|nulle|de trop)',
    "(je n'ai )?plus (la )?force|je ne (le )?supporte plus|pardon pour tout|quand je (ne )?serai plus là|(la|le) rejoindre",
    "je ne vois (plus |pas )?(d'issue|de sortie|de raison)",
    "si (j'avale|je prends tout|je saute|je bois)",
    '(je vais le faire|mis de côté (mes|les|tous))',
    '(dormir|partir|disparaître) pour toujours|ne plus (me )?réveiller|si je disparaissais',
    '(pas de|sans) (retour|billet retour)(?=[.!?,;]|$)|(je ne|j.en aurai plus|je n.en aurai plus|plus) besoin (de (mon|ma|mes|ce|cette|ces) \\S+ )?(après|ensuite)|je ne (reviendrai|rentrerai) pas',
    // thirteenth round: something no longer needed, said flatly ("j'en aurai plus besoin")
    'j.en aurai (pu|plus) besoin(?=[.!?,;]|$)|je n.en aurai plus besoin(?=[.!?,;]|$)',
    "(j'ai|j.ai) (donné|laissé|confié) (mon|ma|mes) (chien|chat|animal|affaires)|(tout|mes affaires) (est|sont) en ordre|j.ai (tout )?mis (de l.ordre|en ordre)",
    '(je suis|je me sens) (un|une) (échec|raté|ratée|déception|poids mort|boulet)|(je suis|suis) de trop|mieux (vaut|vaudrait) que je (disparaisse|parte)',
    // seventh round: a decided date, an earlier attempt, self-harm going further
    "c'est décidé|c'est pour (ce soir|demain|ce week-end)|(depuis|après) ma (dernière )?tentative",
    // eighth round: a question that itself points there, letters written, everything grey
    "(quelqu'un|on|personne ne) me (trouverait|retrouverait|chercherait)|combien de temps avant qu.on me (trouve|retrouve)|(est-ce qu.on|on) (souffre|souffrirait)|(ça|cela) ferait mal|souffrirais|je demande pour moi",
    "si (quelqu'un|on) (sautait|se jetait|tombait|entrait dans)|(j'ai|j.ai) (écrit|laissé) (des |mes |les )?(lettres|mots d.adieu)|tout est (gris|noir|vide)",
    // ninth round: useless, nobody would miss me, fed up with this life
    'je ne sers à rien|personne ne me regretterait|j.en peux plus (de cette vie|de vivre|de tout)|partir pour de bon',
    // tenth round: no wish for anything any more
    "plus envie de rien|(je n'ai|j'ai) plus envie de (rien|vivre)",
    // eleventh round: done with life, no future, better without me, nobody noticing,
    // capable no more (Québec), affairs put away and thanks said for everything
    "(j'en ai|j.en ai|j'ai|j.ai|je suis) (fini|terminé|fait le tour) (avec|de) (la vie|tout|ma vie)|(plus|pas) d.avenir (pour moi)?(?=[.!?,;]|$)|au bout du rouleau",
    "(chu|j'suis|j.suis|je suis|suis|je ne suis) (pu|plus) capable(?=[.!?,;]|$| de (rien|continuer|vivre|avancer|tenir))",
    '(seraient|serait|vivraient) (tous )?(mieux|plus tranquilles|plus heureux) sans moi|personne (ne )?(verrait|remarquerait|sentirait) (la différence|rien)',
    "(que tout se taise|que ça s.arrête|que ça se taise),? (pour (de vrai|de bon|toujours))|(merci|pardon) pour tout(?=[.!?,;]|$)|(j'ai|j.ai) rangé (toutes )?mes affaires",
  ],
  de: [
    '(alle (meine )?Tabletten)',
    '(sterben|tot sein|suizid\\S*|selbstmord|umbringen|nicht mehr leben|will nicht mehr|kann nicht mehr|mir wehtun|ritzen|verschwinden|keinen Sinn|nicht mehr aufwachen)',
    '(müde von allem|alles satt|(eine|zur) Last|keine Kraft mehr|ich mach(e)? es)',
    'kann (einfach |echt |wirklich |so )?nicht mehr',
    'ist alles (so )?(sinnlos|grau|leer)',
    'halte (das|es) (\\S+ )?nicht (mehr )?aus|wenn ich (weg|nicht mehr da) (bin|wäre)|Entschuldigung für alles|überflüssig',
    '(alles|das Leben|mein Leben) (ist|fühlt sich) (so |nur noch |einfach )?(sinnlos|grau|leer|dunkel)',
    '(ich bin|ich fühl mich|ich fühle mich) (so )?(nutzlos|wertlos|nichts wert|überflüssig)|keinen Ausweg',
    'wenn ich (das|es) (mit|mache|tue|durchziehe)',
    '(ohne mich besser dran|dass alles aufhört|wozu (das alles|noch)|niemand würde mich vermissen)',
    // thirteenth round: the time said between ("Schlaftabletten seit Monaten gesammelt")
    '(Tabletten|Pillen|Medikamente|Schlaftabletten) (\\S+ ){0,3}?(gesammelt|gehortet|aufgespart)',
    '(Abschiedsbrief\\S*|die Briefe sind geschrieben)|(für immer|ewig) schlafen|wenn ich verschwinden würde',
    '(keine|ohne) (Rückfahrt|Rückweg|Rückkehr|Rückfahrkarte)|(komme|kommen) nicht (mehr )?(zurück|heim|nach Hause)|(brauche|brauch) (\\S+ ){0,3}?(danach|nach (dem|diesem) \\S+|bald) nicht mehr',
    '(habe|hab) (meinen|meine|mein) (Hund|Katze|Kater|Haustier|Sachen) (\\S+ ){0,3}?(abgegeben|weggegeben|verschenkt|gegeben|gebracht)|(alles|meine Sachen) (ist |sind )?geregelt',
    '(bin|ich bin) (für alle |für jeden |nur |eh |doch |sowieso |halt |echt )*(eine|ein) (Enttäuschung|Versager\\S*|Last|Witz|Belastung)|(ist|wäre) alles (so )?sinnlos|alles ist (so |einfach |nur )?(sinnlos|egal)',
    // seventh round: a decided date, an earlier attempt, self-harm going further
    '(ich )?mag nicht mehr|(es ist|ist) entschieden|ich habe (mich )?entschieden(?=[.!?,;]|$)|(seit|nach) meinem (letzten )?(Versuch|Suizidversuch)',
    // eighth round: a question that itself points there, letters written, everything grey
    '(würde|wird) (man|jemand) mich (\\S+ ){0,6}?(finden|vermissen|bemerken|suchen)|wie lange (bis|dauert es,? bis) (man|jemand) mich (findet|vermisst)',
    '(tut|täte|würde) (das|es) (sehr )?weh( tun)?|(ist|wäre) (es|das) schmerzlos|(würde|wird) man (etwas|viel|was) (merken|spüren)|frag(e)? für mich( selbst)?',
    'wenn (jemand|man) (da |dort )?(springen würde|spränge|sich .{0,20}(stürzen|werfen) würde)|(mir ist )?alles egal|alles (ist )?(grau|leer|dunkel)',
    // ninth round: at the end, fed up with everything
    '(ich bin|bin) (total |völlig |einfach )?am Ende|keinen (Bock|Bog|Nerv) mehr (auf (alles|nichts|das Leben|mein Leben)|zu leben)',
    // eleventh round: finished with everything or with life, away for good, wanting only that it
    // stops, easier for everyone without me, the pet brought away
    '(mit|durch mit) (allem|dem Leben|meinem Leben) (abgeschlossen|fertig|durch)|(bin|ich bin) (\\S+ )?(durch|fertig) mit (allem|dem Leben|meinem Leben)(?! (für|vor|bis|was|in|im|auf))|keine Zukunft (mehr )?(für mich)?(?=[.!?,;]|$)',
    '(will|möchte|muss) (\\S+ ){0,2}?(weg|fort),? (und zwar )?(für immer|endgültig)|(meine )?Ruhe,? (und zwar )?(endgültig|für immer)',
    '(will|möchte) (nur noch|einfach nur|einfach),? dass (es|alles|das alles) aufhört',
    '(wär|wäre|wären|würde) (es )?(für alle|für jeden|für meine Familie) (\\S+ )?(leichter|besser|einfacher)|(leichter|besser) (dran )?ohne mich|wenn ich nicht mehr da (wär|wäre)',
    '(habe|hab) (meine|meinen|mein) (Katze|Hund|Kater|Haustier) (\\S+ ){0,4}?(gebracht|gegeben|abgegeben)',
  ],
  pt: [
    '(todos os (meus )?(remédios|comprimidos))',
    '(morrer|morte|suicíd\\S*|suicid\\S*|me matar|acabar com tudo|sumir|não aguento|nao aguento|me machucar|me cortar|não quero mais viver|sem sentido)',
    '(cansei de|cansad[oa] de) (tudo|viver|a vida)',
    '(um peso|um fardo) (para|pra)',
    '(melhor sem mim|ninguém (sentiria|vai sentir) (minha )?falta|que tudo (acabe|pare|termine)|pra que (continuar|tudo))',
    'nada (mais )?faz sentido|(tô|to|estou) (exaust[oa]|cansad[oa]) de tudo|não vejo (mais )?(saída|sentido)|(sou|me sinto) (um lixo|inútil)',
    'se eu (tomar|pular|engolir|fizer isso)',
    '(estou )?sobrando|(não tenho|sem) (mais )?forças|não (suporto|aguento)|desculpa por tudo|quando eu (não estiver|partir)|cansad[oa] de viver',
    // thirteenth round: the European Portuguese progressive ("ando a juntar os comprimidos")
    '(vou fazer isso|vou fazer aquilo|(juntando|guardando|a juntar|a guardar) (os |meus )?(remédios|comprimidos))',
    '(não|nao) quero (mais )?(estar|ficar) (mais )?(cá|aqui)|(guardei|escondi|juntei) (\\S+ )?(comprimidos|remédios)|dormir (pra|para) sempre|não acordar mais',
    'sem (volta|regresso|retorno)(?=[.!?,;]|$)|não (vou|vai) (voltar|precisar)|não preciso (de )?(volta|passagem de volta)',
    '(deixei|dei|doei) (o meu|a minha|meu|minha|os meus|meus) (cachorro|cão|gato|gata|bicho|coisas)|(deixei|está) tudo (arrumado|organizado|em ordem)',
    '(sou|me sinto) (um|uma) (fracasso|fracassad[oa]|decepção|desastre|estorvo)|melhor (se eu )?(sumir|desaparecer|morrer)',
    // ninth round: switching off for good, nobody would miss me
    '(desligar|sumir|partir|ir embora) de vez|ninguém (ia|iria|vai) sentir (a minha |minha )?falta',
    // seventh round: a decided date, an earlier attempt, self-harm going further
    'já decidi(?=[.!?,;]|$)|vai ser (hoje|amanhã|esta noite)|(desde|depois d)a (minha )?(última )?tentativa',
    // eighth round: a question that itself points there, letters written, everything grey
    '(alguém|alguem|ninguém|ninguem) (ia|iria|vai) me (achar|encontrar|procurar)|(quanto tempo|quanto) até (alguém|me) (me )?(achar|encontrar|acharem|encontrarem)',
    '(doeria|sofreria|vai doer|sentiria alguma coisa)|se (alguém|alguem|uma pessoa) (pulasse|se jogasse|caísse|caisse|entrasse)',
    '(escrevi|deixei|já escrevi|ja escrevi) (as |umas |minhas )?(cartas|bilhetes)|tudo (está|esta|tá|ta|é|e) (cinza|escuro|vazio|preto)',
    // eleventh round: done with life, no future, the end of the line, nobody noticing (Portugal),
    // wanting to fall asleep for ever, goodbyes said
    '(acabei|terminei|fechei) com (tudo|a vida)|(não|nao) (vejo|tenho) (mais )?futuro|sem futuro(?=[.!?,;]|$)|(no|ao) (fim|final) da linha|no meu limite',
    '(ninguém|ninguem) (\\S+ ){0,3}?(ia|iria|vai|daria|dava) (dar|sentir) (pela|por|a)? ?(minha )?falta',
    '(adormecer|dormir|apagar) e (não|nao) (ter de|ter que|precisar) (\\S+ ){0,3}?(nunca mais|mais nada)|(já|ja) me despedi (d[ao]s?|de)',
    '(estariam|ficariam|viveriam) (todos )?(melhor|mais tranquilos|mais felizes) sem mim',
  ],
  it: [
    '(tutte le (mie )?pillole)',
    '(morire|morte|suicid\\S*|uccidermi|ammazzarmi|farla finita|sparire|non ce la faccio|farmi del male|tagliarmi|non voglio più vivere|senza senso)',
    '(stanc[oa] di (tutto|vivere)|un peso per|un peso|non ha (più )?senso)',
    '(meglio senza di me|che tutto finisca|nessuno sentirebbe la mia mancanza|a che serve)',
    "niente ha (più )?senso|mi sento (inutile|vuot[oa]|solo come un peso)|non vedo (una )?(via d'uscita|via di uscita|senso)",
    'se (prendessi|mischiassi|saltassi|ingoiassi)',
    '(sono )?di troppo|(non ho più|senza) forze|non (lo )?sopporto più|scusa per tutto|quando non ci sarò|raggiunger(la|lo)|non voglio più stare qui',
    '(messo da parte|conservato|accumulato)( \\S+){0,3} (pastiglie|pillole|compresse|farmaci)',
    '(dormire per sempre|non svegliarmi( più)?|se sparissi|nessuno si accorgerebbe|non vuole più vivere)',
    'senza ritorno|(non|nessun) (c.è bisogno del |serve il )?(ritorno|biglietto di ritorno)(?=[.!?,;]|$)|non (tornerò|torno più)|non (mi )?servirà più',
    // thirteenth round: futility said of what would help ("tanto ormai non servirà a niente")
    '(tanto|ormai),? (\\S+ )?non (servirà|serve|serviranno|servono) (più )?a (niente|nulla)',
    '(ho dato via|ho regalato|ho lasciato) (il mio|la mia|i miei|le mie) (cane|gatto|gatta|animale|cose)|(ho messo|è tutto) (tutto )?in ordine',
    '(sono|mi sento) (un|una) (disastro|fallimento|fallit[oa]|delusione|peso morto)|meglio (se )?(sparisco|sparissi|muoio|non ci fossi)',
    // seventh round: a decided date, an earlier attempt, self-harm going further
    'ho (già )?deciso(?=[.!?,;]|$)|(dal|dopo il) mio (ultimo )?tentativo',
    // eighth round: a question that itself points there, letters written, everything grey
    '(qualcuno|nessuno) mi (troverebbe|trovasse|trova|cercherebbe|troverà)|quanto ci (vorrebbe|metterebbero) (perché|prima che|a) (qualcuno )?(mi )?(trov\\S*)',
    '(soffrirebbe|soffrirei|farebbe male|sentirei qualcosa|chiedo per me)|se qualcuno (saltasse|si buttasse|si gettasse|entrasse)',
    '(ho scritto|ho lasciato) (le |delle |due )?(lettere|biglietti)|(tutto|la vita) (è|sembra) (così )?(grigi[oa]|nero|buio|vuot[oa])',
    // eleventh round: closed or done with everything, not wanting to wake, switching oneself off,
    // everyone calmer without me, holding on no longer, things put in order
    '(ho )?(chiuso|finito|fatto) con (tutto|la vita)|(nessun|non vedo (più )?(un |nessun )?)futuro',
    'non voglio (più )?(svegliarmi|esserci|esistere)|(vorrei|voglio) (solo |soltanto )?(spegnermi|addormentarmi per sempre)',
    '(sarebbero|starebbero|vivrebbero) (tutti )?(meglio|più tranquilli|più sereni|più felici) senza di me|non (reggo|sopporto) più (niente|nulla)',
    '(ho )?sistemato (le mie cose|tutto)',
  ],
});

/**
 * English contractions typed without their apostrophe ("whats", "dont", "im", "wouldnt"), the
 * texting style people at risk often write in. The lexicons of the seeker's side are written with
 * apostrophes; rather than spell every entry both ways, the seeker's turns get them back before
 * they are read ("its" becomes "it's": the possessive decides nothing here). Forms that are other
 * words ("ill", "id", "well", "were") stay as they are.
 */
const APOSTROPHE_LESS =
  /(?<![\p{L}'])(what|that|where|how|who|there|it)s(?![\p{L}'])|(?<![\p{L}'])(do|does|did|ca|wo|would|could|should|is|are|was|were|have|has|had|must|need)nt(?![\p{L}'])|(?<![\p{L}'])(i)(m|ve)(?![\p{L}'])|(?<![\p{L}'])(you|they)(re|ve|d)(?![\p{L}'])/giu;

/** A seeker's turn with apostrophe-less contractions restored ("whats" → "what's"). */
export function seekerForm(turn: string): string {
  return turn.replace(
    APOSTROPHE_LESS,
    (word: string, wh?: string, neg?: string, i?: string, iTail?: string, you?: string) => {
      if (wh !== undefined) return `${wh}'s`;
      if (neg !== undefined) return `${neg}n't`;
      if (i !== undefined) return `${i}'${iTail}`;
      if (you !== undefined) return `${you}'${word.slice(you.length)}`;
      return word;
    },
  );
}

/** True when any of the seeker's turns carries a risk or distress cue, or there are none to read. */
export function seekerMayBeAtRisk(userTurns: readonly string[]): boolean {
  if (userTurns.length === 0) return true;
  return userTurns.some((turn) => {
    if (AT_RISK.first(turn) !== undefined) return true;
    const restored = seekerForm(turn);
    return restored !== turn && AT_RISK.first(restored) !== undefined;
  });
}

/**
 * A question about means in the seeker's turns: whether something would work, is high or deep
 * enough, how much is needed, where to get it, which way is quicker. After such a question a bare
 * answer ("yes, it could work", "the water there is deep") is the means information itself.
 */
const MEANS_QUESTION = compileLexicon('means_content.means_question', {
  en: [
    // ninth round: what it would do or feel like, whether it is dangerous, whether anything
    // stands in the way (a door, a window, a lifeguard, getting out), where it is sold
    'what (happens|would happen|will happen)( to (you|your body|someone|a person|me))? if|what (does|would|will) (it|that|they|this) (feel like|do to)|(feel|feels) like if|how long (does|would|will) it take|(would|will|could|does) (that|it|this|they) (even )?do anything|(is|are) (it|that|they|those|these|\\S+) (\\S+ )?dangerous',
    '(does|do|has|have|is|are) (\\S+ ){0,8}?(a door|doors|a way (in|up|out)|windows|a lifeguard|lifeguards|the kind that open)|(get|climb) (back )?out (of it|again|on (their|your|my) own)|(which|what) (shop|shops|store|stores|place|places|site|sites|pharmacy|pharmacies|garden centre|garden center) (\\S+ ){0,3}?(sells?|stocks?|has|have)',
    '(would|will|could|can|is|are|does|do|did|was)( \\S+){0,6}? (work|do it|do the job|enough|too much|too many|too strong|kill me|hurt|painful|quick|fast|high|tall|deep|strong|lethal|fatal|certain|rough|safe|quiet|busy|open|guarded|locked|empty|tallest|highest|biggest|deepest|higher|deeper|faster|quicker|stronger|safer|better|worse|survive|dangerous)',
    '(how many|how much|how high|how deep|how long|how fast)',
    'where (\\S+ ){0,3}?(get|buy|find|go|jump|do it)',
    "where('s| is) (somewhere|a place|the (nearest|closest|best|highest|tallest|quietest))",
    "(which|what)('s| is| would be)? (\\S+ ){0,4}?(emptiest|quietest|best time|faster|quicker|better|easier|surer|safer|worse|more certain|more reliable|less painful|more painful|painful|quickest|fastest|easiest|best|surest|highest|tallest|deepest|biggest)",
    'should i (go|do it|use|take|try|pick|choose)',
    '(or|vs|versus) the (\\S+ )?(lake|woods|river|bridge|roof|train|tracks|cliff|sea|building|car park|forest)',
    // when a place is left unguarded, and whether anything stands in the way
    '(what time|when) (does|do|is|are|will|did)( \\S+){0,6}? (close|closes|shut|shuts|lock|locks|leave|leaves|finish|finishes|go|goes|pass|passes|stop|stops|end|ends)',
    '(is|are) there (any |still )?(cameras?|fences?|railings?|barriers?|nets?|security|guards?|staff|anyone|anybody)',
    'can (people|you|anyone|someone|i) (still )?(get|go|climb) (in|up|into|onto|on)',
    'when (is|are)( \\S+){0,8}? (empty|locked|unlocked|open|closed|guarded|unguarded|unattended|deserted)',
    // eighth round: whether anyone would find them, whether it would hurt, whether a place is
    // busy, whether a seller checks
    '(would|will|does|do) (anyone|anybody|someone|somebody|people|they)( \\S+){0,3}? (find|notice|see|miss|check on) me(?! (a|an|some|the|one|any|up|out))|how long (before|until|till) (anyone|anybody|someone|somebody|people|they)',
    '(would|will|does|is) (it|that|this|\\S+ing) (hurt|painful|painless)|would (i|you|they|someone|a person) (feel (anything|it|much)|suffer)',
    '(is|are) (it|there|the \\S+) (busy|crowded|quiet|quieter)|(do|does|will|would)( \\S+){0,5}? (check|count|card)( \\S+)?(?=[.!?,;]|$| how| if| what| who)',
  ],
  es: [
    // ninth round: what it would do or feel like, where it is sold, a lifeguard or a fence
    '(qué (se siente|sientes|pasa|pasaría|pasaria|te pasa|le pasa|ocurre)|cuánto (tarda|tardaría)) (si|cuando|con)|dónde (venden|se (compra|compran|consigue|consiguen|venden)|encuentro|las venden|los venden)|(hay|tiene) (\\S+ )?(guardavidas|socorristas?|salvavidas|vigilancia)|peligros[oa]s',
    '(peligros[oa]|qué piso|seguro|segura|alto|alta|altos|profundo|profunda|suficiente|bastaría|basta|funcionaría|dolería|rápido|cuántas|cuántos|cuánto|dónde (consigo|compro|puedo)|qué es más|cuál es más)',
    '(a qué hora|cuándo) (cierra|cierran|se va|se van|termina|pasa|pasan|sale)',
    '(hay|tiene) (\\S+ )?(cámaras|barandilla|barandal|valla|red|vigilante|guardia|guarda|alguien)',
    // eighth round: whether anyone would find them, whether it would hurt, whether it is busy
    'si me (tomo|tomara|tomase|trago|tragara|tiro|tirara|lanzo|lanzara)|(alcanzaría|alcanzarian|alcanzarían|alcanza|llegaría|daría para)|(alguien|nadie) me (encontraría|encontraria|vería|veria)|(sufriría|sufriria|dolería|doleria|duele)|(hay|habrá|habra) (mucha )?gente|(hasta qué hora|hasta que hora) hay',
  ],
  fr: [
    // ninth round: what it would do or feel like, a lifeguard or a fence
    "(qu.est-ce qui se passe|que se passe-t-il|ça (marche|fait|ferait) (comment|quoi)|ça fait quel effet|combien de temps (ça|il) (met|faut))|(il y a|y a-t-il|y a) (un |des )?(maître-nageur|maîtres-nageurs|surveillants?)|(c'est|est-ce) dangereux",
    '(assez haut|haut|profond|suffisant|suffirait|suffiraient|ferait mal|rapide|combien|où (trouver|acheter)|lequel)',
    '(à quelle heure|quand) (ferme|ferment|part|partent|finit|passe|passent)',
    "(il y a|y a-t-il|est-ce qu'il y a) (\\S+ )?(caméras?|barrières?|grillage|filet|gardien|garde|quelqu'un|personne)",
    // eighth round: whether anyone would find them, whether it would hurt, whether it is busy
    "(ferme|ferment|part|partent|s.en va|s.en vont|passe|passent) (à )?quand|(quelqu'un|on) me (trouverait|retrouverait|verrait)|(souffre|souffrirait|ferait mal|fait mal)|(y a|il y a|y a-t-il) (du monde|des gens|beaucoup de monde)",
  ],
  de: [
    // ninth round: what it would do or feel like, how long it takes, where to get hold of it
    '(was passiert|wie (fühlt|anfühlt)|fühlt (sich )?(das|es) (sich )?an|wie lange (dauert|braucht)|was (macht|bewirkt) (das|es))|wo kommt man (\\S+ ){0,4}?an|(ist|sind) (das|die|es) (\\S+ ){0,3}?(gefährlich|giftig)|(gibt es|hat es) (\\S+ )?(Rettungsschwimmer|Bademeister|eine Tür)',
    '(hoch genug|hoch|tief|reicht|reichen|würde das|tut das weh|schnell|wie viele|wie viel|wo bekomme|wo kann ich|welche|am (stärksten|schnellsten|sichersten|höchsten))',
    '(wann|um wie viel Uhr) (schließt|schließen|geht|gehen|fährt|fahren|macht|kommt|endet)',
    'wann (ist|sind)( \\S+){0,8}? (leer|unbeaufsichtigt|unbewacht|offen|zu|abgeschlossen|bewacht)',
    'gibt es (\\S+ ){0,3}?(Kameras|einen Zaun|ein Geländer|Geländer|ein Netz|einen Zaun|Wachdienst|Personal|jemanden)',
    // eighth round: whether anyone would find them, whether it would hurt, whether it is busy
    '(würde|wird) (man|jemand) mich (\\S+ ){0,6}?(finden|sehen|bemerken)|(tut|täte|würde) (das|es) (\\S+ )?weh|schmerzlos|(ist|sind) (da|dort) (viel los|leute|jemand)',
  ],
  pt: [
    // ninth round: what it would do or feel like, dangerous, where it is sold
    '(o que (acontece|aconteceria|se sente|sente)|quanto tempo (leva|demora))|(é|são|seria) perigos[oa]s?|onde (vende|vendem|se compra|consigo comprar|acho|encontro)|(tem|há) (\\S+ )?(salva-vidas|guarda-vidas|acesso)',
    '(qual|mais forte|perigos[oa]|alto|alta|fundo|funda|suficiente|basta|bastaria|funcionaria|doeria|rápido|quantos|quantas|quanto|onde (compro|consigo)|o que é mais|qual é mais)',
    '(a que horas|quando) (fecha|fecham|sai|saem|passa|passam|acaba|termina)',
    '(tem|há) (\\S+ )?(câmeras|câmaras|grade|vedação|rede|guarda|vigia|segurança|alguém)',
    // eighth round: whether anyone would find them, whether it would hurt, whether it is busy
    '(chega|chegaria|chegam|dá conta)(?=[.!?,;]|$)|(alguém|alguem|ninguém|ninguem) (ia|iria|vai) me (achar|encontrar|ver)|(dói|doi|doeria|sofreria)|(tem|há) (muita )?gente',
  ],
  it: [
    // ninth round: what it would do or feel like, where it is sold, a lifeguard
    '(cosa (succede|succederebbe|si prova|si sente|provi)|quanto (ci )?(mette|vuole)) (se|a|con|prima)|dove (si trovano|si compra|si comprano|vendono|le vendono|trovare)|(è|sono) (\\S+ )?(pericolos[oa]|velenos[oa]|tossic[oa])|pericolosi|pericolose|(c.è|ci sono) (\\S+ )?(bagnino|bagnini|reti)',
    '(quale|più (forte|alto|veloce|sicuro|profondo)|pericolos[oa]|meglio|oppure|o il|alto|alta|profondo|abbastanza|basta|basterebbe|bastano|funzionerebbe|farebbe male|veloce|quante|quanti|quanto|dove (compro|trovo)|cosa è più|qual è più)',
    '(a che ora|quando) (chiude|chiudono|va via|se ne va|finisce|passa|passano|esce)',
    "(ci sono|c'è) (\\S+ )?(telecamere|ringhiera|rete|recinzione|guardia|custode|vigilanza|qualcuno)",
    // eighth round: whether anyone would find them, whether it would hurt, whether it is busy
    '(qualcuno|nessuno) mi (troverebbe|trovasse|vedrebbe)|(fa|farebbe) male|soffri\\S*|(c.è|ci sono) (tanta |molta )?gente',
  ],
});

/**
 * What a person at risk may ask about as a means, named by its class: a high place, a railway or
 * water, a medicine or a household poison, a weapon and what keeps it (issue 5's tenth round).
 * Nouns only, never an amount or a method. A question that names one of these ("the old quarry,
 * can u get in?", "la falaise après le camping, accessible ?") is a means question whatever its
 * wording, so the reply's answer to it is read by its shape (`means-answer.ts`), not by the
 * writer's phrases.
 */
const MEANS_OBJECT_ENTRIES: Lexicon = {
  en: [
    '(quarry|bridge|footbridge|viaduct|overpass|flyover|cliffs?|cliff path|edge|roof|rooftop|roof garden|terrace|balcony|car park|multi-storey|multi storey|parking (garage|structure|deck)|garage|top (level|deck|floor)|tower|water tower|dam|weir|reservoir|pier|jetty|dock|harbour|lighthouse|railway|rail line|train line|tracks|level crossing|depot|station|platform|trains?|river|canal|lake|sea|cove|gorge|ledge|lookout|window|stairwell|hatch)',
    '(pills|tablets|meds|medication|medicine|prescriptions?|drops|insulin|insulin pens|sleeping (pills|tablets|stuff)|painkillers|antihistamines|antidepressants|heart pills|blood pressure (tablets|pills)|drain cleaner|bleach|weedkiller|antifreeze|poison|rat poison|pesticides?|herbicides?|slug pellets|chemicals)',
    '(rope|belt|cord|knife|knives|blade|razor|gun|guns|rifle|shotgun|pistol|firearm|cabinet|gun safe|ammo|exhaust)',
    // thirteenth round: a poison named by what it is for
    '(stuff|poison|bait|pellets|product) for (the )?(rats|mice|slugs|moles)',
  ],
  es: [
    '(puente|viaducto|acantilado|azotea|terraza|tejado|balcón|balcon|parking|garaje|estacionamiento|torre|presa|embalse|represa|muelle|faro|vías|vias|tren|estación|estacion|andén|anden|río|rio|lago|mar|mirador|cantera|barranco|ventana|último piso|ultimo piso)',
    '(pastillas|pastis|medicamentos|medicinas|píldoras|pildoras|comprimidos|gotas|insulina|receta|lejía|lejia|veneno|matarratas|raticida|herbicida|pesticida|anticongelante)',
    '(cuerda|soga|cinturón|cuchillo|navaja|cuchilla|arma|pistola|escopeta|rifle)',
    // thirteenth round: a poison named by what it is for
    '(veneno|producto|cebo) (para|contra) (las |los )?(ratas|ratones|babosas|topos)',
  ],
  fr: [
    '(pont|passerelle|viaduc|falaise|toit|terrasse|balcon|parking|dernier étage|tour|barrage|jetée|quai|phare|voie ferrée|voies|rails|gare|rivière|fleuve|canal|écluse|lac|mer|train|trains|belvédère|carrière|fenêtre)',
    '(cachets|comprimés|médicaments|médicament|médocs|medocs|pilules|gouttes|insuline|ordonnance|javel|poison|mort-aux-rats|raticide|désherbant|pesticide|antigel)',
    '(corde|ceinture|couteau|lame|rasoir|arme|fusil|pistolet)',
    // thirteenth round: a poison named by what it is for
    '(produit|poison|granulés|appât) (pour|contre) les (rats|souris|limaces|taupes)',
  ],
  de: [
    '(Brücke|Brucke|Viadukt|Klippe|Klippen|Dach|Dachterrasse|Terrasse|Balkon|Parkhaus|Parkdeck|Turm|Aussichtsturm|Wasserturm|Damm|Staudamm|Staumauer|Stausee|Steg|Schleuse|Leuchtturm|Gleise|Bahnstrecke|Bahnhof|Bahnsteig|Zug|Züge|Fluss|Kanal|See|Steinbruch|Schlucht|Fenster|Hochhaus)',
    '(Tabletten|Pillen|Medikamente|Schlaftabletten|Tropfen|Insulin|Rezept|Gift|Rattengift|Reiniger|Pflanzenschutzmittel|Unkrautvernichter|Pestizid|Frostschutzmittel)',
    '(Seil|Strick|Gürtel|Messer|Klinge|Rasierklinge|Waffe|Gewehr|Pistole|Waffenschrank)',
    // thirteenth round: a poison named by what it is for
    '(Mittel|Gift|Köder) gegen (Ratten|Mäuse|Schnecken|Wühlmäuse)',
  ],
  pt: [
    '(ponte|viaduto|penhasco|falésia|telhado|terraço|laje|sacada|varanda|estacionamento|garagem|torre|barragem|represa|cais|farol|linha do trem|trilhos|estação|estacao|plataforma|rio|lago|mar|mirante|miradouro|pedreira|trem|comboio|janela|prédio|predio)',
    '(remédios|remedios|comprimidos|pílulas|pilulas|medicamentos|gotas|insulina|receita|água sanitária|veneno|chumbinho|raticida|pesticida|herbicida|agrotóxico|anticongelante)',
    '(corda|cinto|faca|lâmina|navalha|arma|revólver|revolver|espingarda|pistola)',
    // thirteenth round: a poison named by what it is for
    '(veneno|produto|isca) (para|contra|de) (os )?(ratos|ratazanas|lesmas|toupeiras)',
  ],
  it: [
    '(ponte|viadotto|cavalcavia|scogliera|rupe|tetto|terrazza|terrazzo|balcone|parcheggio|garage|torre|diga|molo|faro|binari|ferrovia|stazione|banchina|fiume|canale|lago|mare|belvedere|cava|treno|treni|finestra|palazzo)',
    '(pastiglie|pillole|compresse|farmaci|medicine|gocce|insulina|ricetta|candeggina|veleno|topicida|diserbante|pesticida|antigelo)',
    '(corda|cintura|coltello|lama|rasoio|arma|fucile|pistola)',
    // thirteenth round: a poison named by what it is for
    '(veleno|prodotto|esca) (per|contro|dei) (i |le )?(topi|ratti|lumache|talpe)',
  ],
};

export const MEANS_OBJECT = compileLexicon('means_content.means_object', MEANS_OBJECT_ENTRIES);

/**
 * `MEANS_OBJECT` for one language at a time: in the lexicon of all six, an entry of a language
 * compiled earlier hides the same spelling in a later one (Spanish "comprimidos" is found before
 * Portuguese, so a Portuguese conversation filtering by its language lost it; issue 5's
 * thirteenth round).
 */
const meansObjectsByLanguage = new Map<LexiconLanguage, CompiledLexicon>();

function meansObjectLexicon(language: LexiconLanguage): CompiledLexicon | undefined {
  const entries = MEANS_OBJECT_ENTRIES[language];
  if (entries === undefined) return undefined;
  let lexicon = meansObjectsByLanguage.get(language);
  if (lexicon === undefined) {
    lexicon = compileLexicon('means_content.means_object', { [language]: entries });
    meansObjectsByLanguage.set(language, lexicon);
  }
  return lexicon;
}

/**
 * A question put as a request or with its question mark left off: "Kindly confirm whether…",
 * "could you tell me if…", "je voudrais savoir si…", and a trailing word asked on its own
 * ("fenced?" after "train line behind the depot.").
 */
const ASKS_INDIRECTLY = compileLexicon('means_content.asks_indirectly', {
  en: [
    '(confirm|tell me|let me know|advise|know|check|find out|wondering|wonder|ask) (\\S+ ){0,2}?(whether|if)',
  ],
  es: ['(dime|decirme|confirma\\S*|saber|sabes) (\\S+ ){0,2}?si'],
  fr: ['(dis-moi|dites-moi|confirme\\S*|savoir|sais-tu) (\\S+ ){0,2}?si'],
  de: ['(sag mir|sagen Sie mir|bestätige\\S*|wissen|weißt du),? (\\S+ ){0,2}?ob'],
  pt: ['(diga|diz|me diz|confirm\\S*|saber|sabe) (\\S+ ){0,2}?se'],
  it: ['(dimmi|mi dica|conferm\\S*|sapere|sai) (\\S+ ){0,2}?se'],
});

/** Whether a sentence asks something, with its question mark or as a request. */
function asks(sentence: string): boolean {
  return isQuestion({ text: sentence }) || ASKS_INDIRECTLY.first(sentence) !== undefined;
}

/**
 * The sentences of the seeker's turns that ask about means (see `MEANS_QUESTION`): only those, so
 * that a reply taking up the words of the distress around them ("I'm sorry you feel everyone would
 * be better off", "que ya no aguantes más suena muy duro") is not read as the answer. Since issue
 * 5's tenth round also any sentence that asks and names a means (`MEANS_OBJECT`), and a sentence
 * naming one just before a question that names none ("train line behind the depot. fenced?").
 */
export function meansQuestions(userTurns: readonly string[], language?: LexiconLanguage): string[] {
  return userTurns.flatMap((turn) => {
    const sentences = splitSentences(seekerForm(turn)).map((s) => s.text);
    return sentences.filter((text, i) => {
      if (MEANS_QUESTION.first(text) !== undefined) return true;
      const names = (at: number): boolean =>
        sentences[at] !== undefined && meansObjects(sentences[at], language).length > 0;
      const asksAt = (at: number): boolean => sentences[at] !== undefined && asks(sentences[at]);
      if (asks(text)) return names(i) || names(i - 1);
      return names(i) && asksAt(i + 1) && !names(i + 1);
    });
  });
}

/**
 * The means the seeker named anywhere in their turns (`MEANS_OBJECT`), as they wrote them: "we
 * used to go to the lighthouse" names the lighthouse even with no question, and a reply saying it
 * is open all night with a low railing gives access to it.
 */
export function meansNamed(userTurns: readonly string[], language?: LexiconLanguage): string[] {
  return userTurns.flatMap((turn) => meansNamedIn(turn, language));
}

/** The means `text` names (`MEANS_OBJECT`), as written, in the conversation's language when known. */
export function meansNamedIn(text: string, language?: LexiconLanguage): string[] {
  return meansObjects(text, language).map((m) => m.text);
}

/**
 * `MEANS_OBJECT`'s matches in `text`, in the conversation's language when it is known: the lists
 * of the six languages share spellings with everyday words of the others (German "See" is
 * English "see", French "tour" an English tour), so an English sentence must not name a German
 * lake.
 */
function meansObjects(text: string, language: LexiconLanguage | undefined): LexiconMatch[] {
  if (language === undefined) return MEANS_OBJECT.find(text);
  return meansObjectLexicon(language)?.find(text) ?? [];
}

/**
 * An everyday purpose the person states for their question (a shift and the walk home, photos, a
 * trip with the children, training for a race, their work as a nurse or a photographer) or a
 * missed dose of their own medicine. With no
 * risk word anywhere, a question about a bridge's gate or the highest point of a walkway is then
 * the question of someone going about their day; the learned gate, which reads means words as
 * risk, stays shut for it (issue 5's ninth round: its two false alarms on batch R were such
 * questions). Issue 5's thirteenth round adds the purposes a person who sounds low states as
 * plainly: a school project or a thesis, a hike with a club, getting back into photography, a
 * pet's swim or what it ate, a medicine taken as prescribed, DIY, a scene of a novel. A thin
 * purpose ("just curious", "asking for a friend", "por curiosidad", "nur so") is none.
 */
const EVERYDAY_PURPOSE = compileLexicon('means_content.everyday_purpose', {
  en: [
    "(missed|miss|forgot|forget|forgotten|skipped|skip) (a|one|my|an|this morning's|last night's|tonight's|the) (\\S+ ){0,2}?(dose|tablet|pill|injection)",
    '(?<!(not|never|n.t|wont|no longer) (be )?)(walking|driving|cycling|getting|get) home|(after|from|before|on) (my|a|the|night) (shift|shifts|work|class|practice|training)',
    '(with|for) (the|my|our) (kids|children|family|class|students|pupils|group|team|club|dog|grandkids)|(take|taking|get|getting) (some )?(photos|pictures|shots)|training for',
    "(for|on) (a|our|my|the) (trip|holiday|vacation|hike|run|outing|school trip|day out)|(i'm|im|i am|as) (a|an) (nurse|pharmacist|teacher|student|photographer|guide|climber|warden|lifeguard)",
    // eleventh round: a walk planned by its name, a small child at home
    '(doing|walking|hiking|running|cycling|riding) the (\\S+ ){1,3}?(path|trail|walk|route|loop|ridge|way)|(my|our) (toddler|baby|infant|newborn|little one)',
    // thirteenth round: schoolwork and study, a hike or a club, photography, a pet, a medicine as
    // prescribed, DIY, writing fiction, training at work
    '(school|science|class|uni|college|university|homework|history|geography) (project|assignment|fair|presentation|report|essay)|(my|his|her|our|their|a) (dissertation|thesis|coursework|induction|training course)',
    '(doing|going on|planning|booked) (a |an |our |my |the )?(\\S+ )?(hike|trek|climb|scramble|ramble|walk)(?! (off|away|out|into))|(hiking|walking|climbing|camera|photo|photography|running|birding|birdwatching) (club|group|society|walks?)',
    'photograph(y|ing)|long exposures?|(in|out of) (the )?shot(?=[.!?,;]|$| (for|with|at))|(my|our|the) (lens|tripod|camera|drone)',
    // sixteenth round: the photographer by name, the sky at night, people kept out of the frame
    'photographers?|astrophotography|telescope|stargazing|(shoot|shooting|capture|capturing) (the )?(sunrise|sunset|stars|milky way|night sky)|(in|out of) (the )?frame(?=[.!?,;]|$| )',
    "(my|our|the) (dog|dogs|cat|puppy|pup|kitten|lab|labrador|spaniel|collie|terrier|rabbit|horse|pony|parrot)('s)? (\\S+ ){0,2}?(ate|eaten|licked|chewed|swallowed|got into|swims?|swimming|loves|likes|vet|walk|walks)|(take|taking|bring|bringing|walk|walking) (my|our|the) (dog|dogs|puppy|pup|lab|pony)|(the|a|our) vet('s)?(?=[.!?,;]|$| )|(volunteer|volunteering|work|working) at (the|a) (shelter|kennels|rescue)",
    'as (prescribed|directed)|(my|the) (doctor|gp|psychiatrist|consultant) (put me on|prescribed|started me on|says|said|upped)|(take|taking) (it|them) (exactly |just )?as (my )?(doctor|gp) (said|says)',
    '(doing up|renovating|redoing|fixing up|decorating|painting|tiling|re-?grouting) (the|my|our) (flat|house|home|bathroom|kitchen|deck|garage|loft|shed|fence)|diy',
    '(for|in) (my|a|the) (novel|book|screenplay|script|short story|comic|podcast|play)(?! (about|on) (myself|me))|(writing|working on) (a|my) (novel|book|story|screenplay|script)|for a scene',
    // fourteenth round: a journey (travel sickness, a flight, a ferry)
    "(travel|motion|car|sea|air)(\\s)?sickness|(we|i)('re|'m| are| am)? (fly|flying|sail|sailing|travelling|traveling) (on|to|out|next|this|tomorrow|home|abroad)|(our|my|the) (flight|ferry|crossing|cruise) (is|leaves|goes|on|tomorrow|next)",
  ],
  es: [
    '(olvidé|olvide|se me olvidó|me salté|me salte) (una|la|mi) (dosis|pastilla|toma)',
    '(con (los|mis) (niños|hijos|alumnos|nietos)|(hacer|sacar) fotos|de excursión|volviendo a casa|después del turno|soy (enfermer[oa]|farmacéutic[oa]|profesor|profesora|estudiante|fotógraf[oa]))',
    // thirteenth round
    '(trabajo|proyecto|tarea|exposición) (del cole|de la escuela|del colegio|escolar|de clase|para (el|la) (cole|escuela|clase|universidad|facultad))|(mi|su) (tesis|tfg|tfm)',
    '(grupo|club) de (montaña|senderismo|fotografía|foto)|(hacer|hacemos|haremos|vamos a hacer) (el|la|una) (ruta|excursión|travesía|caminata)|fotograf(ía|iar)',
    '(mi|la|nuestra|nuestro|el) (perr[oa]|gat[oa]|cachorr[oa]|perrit[oa]|gatit[oa]) (\\S+ ){0,2}?(se comió|comió|lamió|ha comido|ha empezado|nada|nadar|le gusta)|(el|la|al) veterinari[oa]|(voluntari[oa]|trabajo) en (la |el )?(protectora|refugio)',
    'como me (dijo|indicó|recetó|mandó) (el|la) (médic[oa]|doctor[a]?|psiquiatra)|(el|la) (médic[oa]|doctor[a]?|psiquiatra) me (subió|recetó|mandó|puso)',
    '(reformando|pintando|arreglando|renovando) (el|la|mi) (piso|casa|baño|cocina|terraza)|bricolaje',
    '(para|en) (mi|una|la) (novela|libro|relato|cuento|guion)|para una escena|(escribiendo|escribo) (una|mi) (novela|historia|libro)',
    '(el )?mareo (en el coche|en el barco|en el avión|de viaje|del viaje|por movimiento)|(volamos|viajamos|nos vamos de viaje|salimos de viaje) (el|este|mañana|a|para)',
  ],
  fr: [
    '(oublié|sauté) (une|ma|la) (dose|prise|pilule|comprimé)',
    '(avec (les|mes) (enfants|élèves|petits-enfants)|(prendre|faire) des photos|en randonnée|rentrer (chez moi|à la maison)|après (mon|le) service|je suis (infirmier|infirmière|pharmacien\\S*|prof\\S*|étudiant\\S*|photographe))',
    // thirteenth round
    "(un|son|mon|ton|notre) (exposé|mémoire|devoir|projet (scolaire|d'école|de classe))|(pour|sur) (l'école|le collège|le lycée|la fac)",
    '(avec|pour) (mon|notre|le) (club|groupe)( de (randonnée|rando|marche|photo|montagne|escalade))?|club (photo|de randonnée|de marche)|(reprendre|faire de) la photo|photograph(ie|ier)|(une|la) randonnée',
    '(mon|ma|notre|le|la) (chien|chienne|chat|chatte|chaton|chiot) (\\S+ ){0,2}?(a mangé|a avalé|a léché|a croqué|nage|aime)|(le|la|chez le|chez la) vétérinaire|bénévole (à|au|dans) (la |le )?(refuge|spa)',
    "comme (prescrit|le médecin (l'a |me l'a )?(dit|prescrit))|(le|mon) (médecin|psychiatre|généraliste) (m'a (mis|prescrit|augmenté)|dit)",
    '(je refais|je rénove|on refait|on rénove|rénover|refaire) (la|le|ma|mon|notre) (salle de bain|cuisine|appart\\S*|maison|terrasse)|bricol(age|er)',
    '(pour|dans) (mon|un|le) (roman|livre|récit|scénario)|pour une scène|(j.écris|écrire) (un|mon) (roman|livre)',
    "mal des transports|mal de mer|(on prend|nous prenons) (l'avion|le bateau|le ferry)|(on part|nous partons) en (voyage|vacances)",
  ],
  de: [
    '(eine|die|meine) (Dosis|Tablette|Einnahme) (\\S+ )?(vergessen|ausgelassen)',
    '(mit (den|meinen) (Kindern|Enkeln|Schülern)|Fotos machen|fotografieren|auf dem Heimweg|nach der Schicht|ich bin (Krankenpfleger\\S*|Krankenschwester|Apotheker\\S*|Lehrer\\S*|Student\\S*|Fotograf\\S*))',
    // thirteenth round (with Swiss German forms)
    '(Referat|Hausaufgabe|Schulprojekt|Projektarbeit|Facharbeit|Abschlussarbeit|Seminararbeit|Bachelorarbeit|Masterarbeit)',
    '(Wandergruppe|Wanderverein|Fotoclub|Fotogruppe|Alpenverein|Wanderung|wandern)|mit (der|dem|meiner|meinem) (Gruppe|Verein|Klasse)',
    '(mein|meine|unser|unsere|de|mis|üsi) (Hund|Hündin|Hündli|Katze|Kater|Welpe|Büsi)( \\S+){0,3} (gefressen|geschleckt|schwimmt|schwümmt|schwimmen|liebt)|(zum|beim) Tierarzt|im Tierheim',
    '(wie|so wie) (verschrieben|verordnet|vom Arzt|der Arzt (gesagt|meint))|(Arzt|Ärztin|Psychiater\\S*) hat (mir )?(\\S+ )?(verschrieben|erhöht|gegeben)',
    '(Heimwerken|heimwerk\\S*|renovier\\S*|Bad (neu machen|sanieren)|Küche (neu machen|renovieren)|streiche (gerade )?(die|das|meine))',
    '(für|in) (meinen|meinem|einen|einem) (Roman|Krimi|Buch|Drehbuch)|für eine Szene|(schreibe|schreib) (an )?(einem|meinem) (Roman|Buch|Krimi)',
    '(Reisekrankheit|Reiseübelkeit|Seekrankheit)|wir (fliegen|reisen|fahren) (am|morgen|nächste|in den Urlaub|nach)',
  ],
  pt: [
    '(esqueci|pulei) (uma|a|minha) (dose|tomada|pílula|comprimido)',
    '(com (as|os|meus|minhas) (crianças|filhos|alunos|netos)|(tirar|fazer) fotos|de passeio|voltando (pra|para) casa|depois do turno|sou (enfermeir[oa]|farmacêutic[oa]|professor|professora|estudante|fotógraf[oa]))',
    // thirteenth round
    '(trabalho|projeto|pesquisa) (da|de|para a) (escola|faculdade|aula)|(trabalho|projeto) escolar|(meu|minha|a) (tcc|tese|dissertação)',
    '(grupo|clube) (do trabalho|de caminhada|de trilha|de fotografia)|(uma|a|fazer|vou fazer|vamos fazer) (caminhada|trilha)|(voltar a )?fotograf(ar|ia)',
    '(meu|minha|o|a|nosso|nossa) (cachorr[oa]|cão|gat[oa]|filhote|bich[oa]) (\\S+ ){0,2}?(comeu|lambeu|engoliu|nada|gosta)|(levar|leva|levamos) (ele|ela|o cachorro|a cachorra)|(o|a|ao) veterinári[oa]',
    '(como|conforme) (o|a) (médic[oa]|psiquiatra) (disse|mandou|receitou)|(receitou-me|me receitou|o médico receitou)|tomo-o como',
    '(reformando|a reformar|pintando|a pintar) (a|o|minha|meu) (casa|apartamento|banheiro|casa de banho|cozinha)|faça você mesmo',
    '(para|no|pro) (meu|o|um) (livro|romance|conto|roteiro)|para uma cena|(escrevendo|a escrever) (um|o meu|meu) (livro|romance)',
    'enjoo (de|em|no) (viagem|carro|barco|avião)|(vamos viajar|viajamos|voamos|vamos voar) (na|no|amanhã|para|sexta|sábado)',
  ],
  it: [
    '(dimenticato|saltato) (una|la) (dose|compressa|pillola)',
    "(con i (bambini|miei figli|nipoti|ragazzi)|(fare|scattare) (delle |qualche )?foto|fotografare|in gita|tornando a casa|dopo il turno|sono (un |un'|una )?(infermier[ea]|farmacista|insegnante|studente|studentessa|fotograf[oa]))",
    // thirteenth round
    '(ricerca|tesina|compito|progetto) (per la scuola|di scuola|scolastic[oa]|per l.università)|(la mia|una) tesi',
    "(col|con il|con la) (CAI|gruppo|club)( di (montagna|trekking|escursionismo|fotografia|camminata))?|(un'|una |l')escursione|(riprendere a )?fotografare|fotografia",
    '(il mio|la mia|il nostro|la nostra|il|la) (cane|cagnolin[oa]|gatt[oa]|cucciol[oa]|micio) (\\S+ ){0,2}?(ha mangiato|ha leccato|nuota|ama)|(lo|la) portiamo|(dal|il) veterinario|(volontari[oa]|lavoro) (al|in) (canile|gattile)',
    'come (prescritto|mi ha detto il medico|da prescrizione)|(il|la) (medic[oa]|psichiatra) mi ha (prescritto|aumentato|dato)',
    '(ristrutturando|sto ristrutturando|rifacendo|sto rifacendo|sto dipingendo) (il|la|casa|bagno|cucina)|fai da te',
    '(per|nel|nel mio) (il )?(mio )?(romanzo|libro|racconto|copione)|per una scena|(scrivendo|scrivo) (un|il mio) (romanzo|libro)',
    "mal d'auto|mal di mare|(partiamo|voliamo|viaggiamo) (per|domani|venerdì|sabato|il|in)",
  ],
});

/**
 * Low mood, sadness and tiredness said as such ("feeling really low", "everything feels grey",
 * "todo me da igual", "je me sens vide", "sem forças"): risk words for the lexical gate
 * (`AT_RISK`), but no wish to die, plan, goodbye or means of one's own. With an everyday purpose
 * stated for the question they do not make it a question about means (issue 5's thirteenth round:
 * on batch Z such words opened the lexical gate for a school project, a nurse's training and a
 * hike with a club, and the graded reading read them as risk).
 */
const LOW_MOOD = compileLexicon('means_content.low_mood', {
  en: [
    "(i feel|feel|feeling|i'm|im|i am|been|so|really|pretty) (so |really |just |rly |pretty |a bit |quite )?(empty|numb|low|flat|down|drained|exhausted|tired|wiped out|knackered|rubbish|sad|grey|gray)",
    "(life|everything|my (whole )?life)('s been|'s| has been| is| feels) (so |really |just )?(heavy|a mess|grey|gray)",
    "(so|really|rly|super|pretty) low|(i'm|im|i am) not (doing )?(great|good|well|ok|okay)|(hard time|struggling|can't stop crying)|no (strength|energy) left",
  ],
  es: [
    '(todo )?me da igual|(no tengo|sin) (más )?(fuerzas|energía)|todo (es|está|esta|se ve) (gris|vacío|vacio)',
  ],
  fr: ['(je me sens|je suis) (vide|nul|nulle)|(je n.ai )?plus (la )?force|tout est (gris|vide)'],
  de: [
    '(keine Kraft mehr)|(alles|das Leben|mein Leben) (ist|fühlt sich) (so |nur noch |einfach )?(grau|leer)|ist alles (so )?(grau|leer)|(mir ist )?alles egal|alles (ist )?(grau|leer)',
  ],
  pt: ['(não tenho|sem) (mais )?forças|tudo (está|esta|tá|ta|é|e) (cinza|vazio)'],
  it: [
    'mi sento (vuot[oa])|(non ho più|senza) forze|(tutto|la vita) (è|sembra) (così )?(grigi[oa]|vuot[oa])',
  ],
});

/**
 * The everyday purpose a person states for their question (`EVERYDAY_PURPOSE`), when their words
 * carry no risk beyond low mood (`LOW_MOOD`): the span, in the turn it was read in, that keeps the
 * means-content gates shut (lexical, learned and graded), and the low-mood words let pass. A wish
 * to die, a goodbye, a plan or saved-up means anywhere keeps the purpose from counting.
 */
export interface EverydayPurpose {
  /** Index of the turn among the seeker's turns. */
  turn: number;
  start: number;
  end: number;
  /** The purpose as written, e.g. "school project". */
  text: string;
  /** The low-mood words the person also wrote ("feeling really low"), as written. */
  lowMood: string[];
}

/** The risk words of `turn` (`AT_RISK`), or undefined when one is more than low mood. */
function lowMoodOnly(turn: string): string[] | undefined {
  const words: string[] = [];
  for (const form of new Set([turn, seekerForm(turn)])) {
    const mood = LOW_MOOD.find(form);
    for (const risk of AT_RISK.find(form)) {
      if (!mood.some((m) => m.start <= risk.start && risk.end <= m.end)) return undefined;
      if (!words.includes(risk.text)) words.push(risk.text);
    }
  }
  return words;
}

/** See `EverydayPurpose`; undefined when no purpose is stated or the person may be at risk. */
export function everydayPurpose(userTurns: readonly string[]): EverydayPurpose | undefined {
  const lowMood: string[] = [];
  for (const turn of userTurns) {
    const words = lowMoodOnly(turn);
    if (words === undefined) return undefined;
    lowMood.push(...words);
  }
  for (const [turn, text] of userTurns.entries()) {
    const purpose = EVERYDAY_PURPOSE.first(seekerForm(text));
    if (purpose !== undefined)
      return { turn, start: purpose.start, end: purpose.end, text: purpose.text, lowMood };
  }
  return undefined;
}

/**
 * The triage model's graded reading of what the person *states*: its calibrated P(C-SSRS ≥ 1) of
 * each seeker turn with the sentences about means blanked (same length, so spans hold), the
 * highest turn kept, with the words that pushed it. The question is left out because a means
 * question is what the risk gate decides about; the risk said sideways ("told my sister where
 * my passwords are, just in case", "je range mes affaires") is said in statements. Below the
 * model's own cut-off (θ₁ = 0.84), or held back by triage's policy, it flags nothing, yet the
 * reading still grades the risk: issue 5's twelfth round lets it open the means-content gate for
 * replies the findings model reads as clear means content (`GRADED_GATE` in `means-content.ts`).
 */
export interface StatedRiskReading {
  /** P(C-SSRS ≥ 1) of the highest-reading turn's statements. */
  p: number;
  /** Index of that turn among the seeker's turns. */
  turn: number;
  /** The words of that turn that pushed the reading up (at most five), as written. */
  cues: string[];
}

/** The shipped risk model, or null when it cannot be loaded (triage then runs on rules alone too). */
function shippedRiskModel(): RiskModel | null {
  if (riskModel === undefined) {
    try {
      riskModel = loadRiskModel();
    } catch {
      // The same fallback as the triage engine (`TRIAGE_MODEL_ERROR`): no graded reading.
      riskModel = null;
    }
  }
  return riskModel;
}
let riskModel: RiskModel | null | undefined;

/**
 * `turn` with the sentences that ask or talk about means replaced by spaces: a question (with
 * or without its mark, `asks`), a means question (`MEANS_QUESTION`: "which car park has the
 * biggest spaces" has none) or a sentence naming a means (`MEANS_OBJECT`). What is left is what
 * the person says about themselves.
 */
function statementsOf(turn: string, language: LexiconLanguage | undefined): string {
  let out = turn;
  for (const sentence of splitSentences(turn)) {
    const text = seekerForm(sentence.text);
    const aboutMeans =
      asks(text) ||
      MEANS_QUESTION.first(text) !== undefined ||
      meansObjects(text, language).length > 0;
    if (aboutMeans)
      out =
        out.slice(0, sentence.start) +
        ' '.repeat(sentence.end - sentence.start) +
        out.slice(sentence.end);
  }
  return out;
}

/**
 * Readings already made, per conversation (the turns array a check context holds) and model:
 * the guard checks a reply, repairs it and checks it again with the same context, and the
 * person's words do not change between those passes. Weak keys: nothing outlives the context.
 */
const readingsMade = new WeakMap<
  readonly string[],
  Map<string, { model: RiskModel; reading: StatedRiskReading | undefined }>
>();

/** See `StatedRiskReading`; undefined with no statement to read or no risk model. */
export function statedRiskReading(
  userTurns: readonly string[],
  language?: LexiconLanguage,
  model: RiskModel | null = shippedRiskModel(),
): StatedRiskReading | undefined {
  if (model === null) return undefined;
  const made = readingsMade.get(userTurns);
  const key = language ?? '';
  const earlier = made?.get(key);
  if (earlier !== undefined && earlier.model === model) return earlier.reading;
  const reading = readStatements(userTurns, language, model);
  if (made) made.set(key, { model, reading });
  else readingsMade.set(userTurns, new Map([[key, { model, reading }]]));
  return reading;
}

function readStatements(
  userTurns: readonly string[],
  language: LexiconLanguage | undefined,
  model: RiskModel,
): StatedRiskReading | undefined {
  let best: StatedRiskReading | undefined;
  userTurns.forEach((turn, index) => {
    const statements = statementsOf(turn, language);
    if (statements.trim() === '') return;
    const output = model.predict(statements);
    const p = output.atLeast[0];
    if (best !== undefined && p <= best.p) return;
    best = {
      p,
      turn: index,
      cues: output.top.filter((f) => f.weight > 0).map((f) => turn.slice(f.start, f.end)),
    };
  });
  return best;
}
