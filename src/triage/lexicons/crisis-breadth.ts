/**
 * Breadth for oblique suicide crises (issue 3), written by class of sign like
 * `categories-breadth.ts`: a loss said in everyday words (the distress that makes a means
 * question count), a place asked about for when nobody is there or nothing stops a fall, means
 * laid out and looked at, walking into water and not stopping, "there will be no more me", pills
 * taken for a reason that names the wish, things not needed any more, an interrupted attempt, a
 * means that looks inviting, no wish to be alive as posts say it, a search for how much it takes,
 * the last time anyone will hear from the writer, and something taken in order to die. Each class gives its everyday wording in the six
 * languages; `index.ts` appends them.
 *
 * Patterns follow the lexicon rule (types.ts): a means is named only by its class, never an
 * amount, a dose or an instruction. Cues with an everyday reading need distress (`needs`).
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, type RuleClass } from './categories-breadth.js';
import type { RuleSpec } from './types.js';

/** High places, railways and water, as a place someone could go to. */
const PLACE: Record<ScopeLanguage, string> = {
  en: '(quarry|bridge|viaduct|overpass|flyover|cliff|cliffs|roof|rooftop|car park|multi storey|parking garage|tower|dam|reservoir|pier|railway|tracks|level crossing|crossing|ferry|viewpoint|lookout|ledge|gorge)',
  es: '(puente|viaducto|mirador|acantilado|acantilados|azotea|terraza|tejado|presa|embalse|muelle|vias|via del tren|paso a nivel|torre|parking|barranco|cantera|ferry)',
  fr: '(pont|viaduc|falaise|falaises|toit|toits|parking|tour|barrage|jetee|quai|voies|voie ferree|passage a niveau|belvedere|carriere|ferry|gorges)',
  de: '(brucke|viadukt|klippe|klippen|dach|parkhaus|turm|staudamm|stausee|damm|steg|gleise|bahnubergang|aussichtspunkt|steinbruch|hochhaus|fahre|schlucht)',
  pt: '(ponte|viaduto|penhasco|falesia|telhado|terraco|laje|predio|torre|barragem|represa|cais|linha do trem|linha do comboio|trilhos|passagem de nivel|mirante|pedreira|balsa)',
  it: '(ponte|viadotto|scogliera|rupe|tetto|terrazzo|parcheggio|torre|diga|molo|binari|ferrovia|passaggio a livello|belvedere|cava|traghetto|gola)',
};

/** Asked of a place: at night, with nobody about, fenced or open, how high. */
const ACCESS: Record<ScopeLanguage, string> = {
  en: '(at night|after dark|overnight|still open|fenced|fence it off|gated off|locked up at night|where (no one|nobody|noone) (goes|is|walks|checks|comes)|anyone checks|how high it (actually|really)? is)',
  es: '(de noche|por la noche|en la noche|verja|valla|vallado|cierran|abierto|donde no (hay|pasa|va) nadie|nadie vigila|que tan alto|lo alto que es)',
  fr: '(la nuit|de nuit|grillage|cloture|ferme le soir|ouvert|ou (il)? (n)? y a personne|personne ne (passe|surveille|vient)|c est haut comment|haut comment)',
  de: '(nachts|in der nacht|zaun|eingezaunt|abgesperrt|offen|wo (niemand|keiner) (ist|hinkommt|kommt|aufpasst)|wie hoch (es|sie|der|die|das)? (eigentlich|genau)? ist)',
  pt: '(a noite|de noite|de madrugada|grade|cercado|cerca|portao|fechado|aberto|onde (nao (passa|tem|vai) ninguem|ninguem (passa|vai|ve))|hora do ultimo|qual a altura)',
  it: '(di notte|la notte|recinzione|recintato|cancello|chiuso|aperto|dove non (passa|c e|va) nessuno|nessuno controlla|bello alto|quanto e alto)',
};

const PILLS: Record<ScopeLanguage, string> = {
  en: '(pills|tablets|meds|capsules|painkillers|sleeping pills)',
  es: '(pastillas|pastis|pildoras|medicamentos|calmantes)',
  fr: '(comprimes|cachets|pilules|medocs|medicaments)',
  de: '(tabletten|pillen|medikamente|schlaftabletten)',
  pt: '(comprimidos|remedios|pilulas|calmantes)',
  it: '(pastiglie|pillole|compresse|pasticche|medicine|farmaci)',
};

const CLASSES: readonly RuleClass[] = [
  // --- distress said as a loss in everyday words: losing a job, a home, a business, a partner;
  //     being tired of being oneself. Context only (cssrs 0): it makes a means question count.
  {
    id: 'distress.loss_class',
    kind: 'distress',
    reason: 'distress (a loss)',
    patterns: {
      en: [
        '(got|been|was|just got) let go',
        '(lost|losing) (the|my) (tenancy|lease|flat|business|shop|restaurant|bar|farm|licence|license|visa|pub)',
        'lost (the|my) (dog|kids|house|flat) to (my)? ex',
        '(gf|girlfriend|bf|boyfriend|wife|husband|partner) (moved|took) (her|his|their) (stuff|things) out',
        '(tired|sick) of being me',
      ],
      es: [
        'me (echaron|despidieron|botaron|corrieron) (del|de mi|de la)? (curro|trabajo|chamba|laburo|empleo|pega)?',
        'me quede sin (la finca|el trabajo|trabajo|casa|la casa|el negocio|el curro|el bar)',
        '(perdi|he perdido) (el|mi|la) (trabajo|curro|empleo|casa|negocio|finca|bar|restaurante|piso)',
        '(cansado|cansada|harto|harta) de ser yo',
        'no levanto cabeza',
        '(mi|la) (novia|novio|mujer|esposa|marido|pareja) (me dejo|se fue|ya ni me habla|se llevo sus cosas)',
      ],
      fr: [
        '(j ai perdu|perdu) (mon|le|ma) (boulot|travail|job|poste|resto|restaurant|commerce|appart|logement|maison|bar)',
        '(je me suis fait|je me suis faite|j ai ete) (virer|vire|viree|licencie|licenciee)',
        '(fatigue|fatiguee|marre) d etre moi',
        '(ma femme|mon mari|ma copine|mon copain|mon conjoint|ma conjointe) (est partie|est parti|m a quitte|m a quittee)',
      ],
      de: [
        '(nach|seit) (der|meiner) (kundigung|trennung|scheidung|pleite|insolvenz)',
        '(job|arbeit|wohnung|laden|firma|hof|kneipe) verloren',
        '(wurde|bin) (gekundigt|rausgeschmissen|rausgeworfen|entlassen)',
        '(nicht mehr aushalte|nicht mehr aushalten|nicht mehr ertrage) ich zu sein',
        '(mude|satt) ~2 ich zu sein',
        '(meine|mein) (frau|freundin|mann|freund|partner|partnerin) (hat mich verlassen|ist ausgezogen)',
      ],
      pt: [
        '(perdi|perdemos) (o|a|meu|minha) (emprego|trampo|trabalho|casa|negocio|loja|bar|restaurante)',
        '(fui|me) (demitido|demitida|mandado embora|mandada embora|mandaram embora)',
        '(cansei|cansado|cansada) de ser eu',
        '(minha|meu|a|o) (mulher|namorada|namorado|marido|esposa) (me deixou|foi embora|saiu de casa)',
      ],
      it: [
        '(ho perso|perso) (il|la|mio|mia) (lavoro|bar|negozio|casa|posto|ristorante)',
        'mi hanno (licenziato|licenziata|cacciato|cacciata)',
        'cassa integrazione',
        '(stanco|stanca) di essere me',
        '(mi ha lasciato|mi ha lasciata|se n e andata|se n e andato)',
      ],
    },
  },
  // --- a high place, a railway or water asked about for when nobody is there, whether it is
  //     open or fenced, or how high it is: a means question, so it counts only after distress.
  {
    id: 'means.place_access',
    kind: 'means_seeking',
    reason:
      'asking whether a high place, a railway or water can be reached unseen (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: {
      en: [
        `${PLACE.en} ~8 ${ACCESS.en}`,
        '(latest|last) (train|ferry|crossing) ~6 (at night|tonight)',
      ],
      es: [`${PLACE.es} ~8 ${ACCESS.es}`, 'ultimo (tren|ferry) ~4 (de la noche|noche)'],
      fr: [`${PLACE.fr} ~8 ${ACCESS.fr}`, 'dernier (train|ferry) ~4 (du soir|la nuit)'],
      de: [`${PLACE.de} ~8 ${ACCESS.de}`, '(hochste|hochsten|hochstes) dach'],
      pt: [`${PLACE.pt} ~8 ${ACCESS.pt}`],
      it: [`${PLACE.it} ~8 ${ACCESS.it}`, 'punto piu alto (del|della|dello)'],
    },
  },
  // --- the strongest product in the house asked for: a means question (after distress).
  {
    id: 'means.household',
    kind: 'means_seeking',
    reason: 'asking for the strongest product in the house (after distress)',
    lookalikes: ['info_seeking'],
    patterns: {
      en: [
        '(strongest|most toxic|most dangerous|worst) (stuff|thing|chemical|chemicals|product|cleaner) ~4 (under (the)? sink|in the (shed|garage|cupboard))',
      ],
      es: [
        '(lo mas fuerte|la cosa mas fuerte|el producto mas fuerte|lo mas toxico) ~4 (debajo del fregadero|bajo el fregadero|debajo de la pila|en el armario)',
      ],
      fr: [
        '(le truc le plus fort|le produit le plus fort|le plus toxique) ~4 (sous l evier|dans le placard)',
      ],
      de: [
        '(starkste|starksten|giftigste|giftigsten) (zeug|mittel|reiniger) ~4 (unter der spule|im schrank|im keller)',
      ],
      pt: [
        '(coisa mais forte|produto mais forte|mais toxico) ~5 (embaixo da pia|debaixo da pia|no armario)',
      ],
      it: [
        '(roba piu forte|prodotto piu forte|cosa piu forte|piu tossico) ~4 (sotto il lavandino|nel ripostiglio|nell armadietto)',
      ],
    },
  },
  // --- means laid out and looked at: pills lined up or counted out on a table. Sorting
  //     medicine is everyday, so it counts only after distress (or a second sign).
  {
    id: 'prep.means_laid_out',
    kind: 'preparation',
    reason: 'pills laid out and looked at (after distress)',
    needs: 'distress',
    near: true,
    weight: 0.8,
    lookalikes: ['care_dosing'],
    patterns: {
      en: [
        `${PILLS.en} ~3 (lined up|laid out|counted out|spread out|in a row)`,
        `(lined up|laid out|counted out) (all)? (the|my)? ${PILLS.en}`,
        '(staring|looking|sat staring) at (them|the pills|the tablets) (for|since) (an hour|hours|ages)',
        '(im|i m|just|sat|sitting) (just)? staring at (them|the pills|the tablets)',
      ],
      es: [
        `${PILLS.es} ~3 (contadas|en fila|alineadas|sobre la mesa|en la mesa|encima de la mesa)`,
        '(no paro de mirarlas|me quedo mirandolas|las miro desde hace)',
      ],
      fr: [
        `(j ai)? (aligne|etale|compte) (les|mes|tous les|toutes les)? ${PILLS.fr}`,
        '(je les fixe|je les regarde) depuis',
      ],
      de: [
        `${PILLS.de} ~4 (aufgereiht|nebeneinander|abgezahlt)`,
        '(starre|starr|schau|schaue) (sie|die) (seit|schon seit) (einer stunde|stunden)',
      ],
      pt: [
        `(enfileirei|alinhei|contei) (os|as|meus|minhas)? ${PILLS.pt}`,
        `${PILLS.pt} ~3 (enfileirados|em fila|na mesa|em cima da mesa)`,
        'olhando (pra|para) (eles|elas) (faz|ha) (uma hora|horas)',
      ],
      it: [
        `(messo|mettere|allineato|allineate) in fila (le|i|tutte le)? ${PILLS.it}`,
        `${PILLS.it} ~3 (in fila|sulla scrivania|sul tavolo|contate)`,
        '(le|li) fisso da',
      ],
    },
  },
  // --- walking into water and not stopping: a method said in everyday words.
  {
    id: 'method.into_water',
    kind: 'method',
    reason: 'walking into water and not stopping',
    patterns: {
      en: [
        '(walk|walking|go|going|wade|wading|head) (into|in to|out into) the (sea|ocean|lake|river|water|waves) ~6 (keep (walking|going)|not (stop|stopping|come back|coming back)|never come back|dont stop|don t stop|until i cant)',
      ],
      es: [
        '(me meto|meterme|entrar|entro|me voy) (al|en el) (mar|rio|lago|agua|embalse) ~6 (sigo caminando|seguir caminando|sigo andando|no (paro|parar|vuelvo|volver|salgo|salir)|hasta que no)',
      ],
      fr: [
        '(rentre|entre|rentrer|entrer|marcher|marche) dans (la mer|l eau|le lac|la riviere|l ocean) ~6 (m arrete pas|sans m arreter|continue de marcher|continuer a marcher|ne (reviens|revenir) pas|jusqu a ne plus)',
      ],
      de: [
        '(geh|gehe|lauf|laufe) (ich)? (ins|in den|in die) (meer|wasser|see|fluss) ~6 (weiter|nicht (zuruck|mehr raus|mehr zuruck))',
      ],
      pt: [
        '(entro|entrar|vou entrar) (no|na) (mar|rio|lago|agua|represa) ~6 (continuo (andando|caminhando)|nao (volto|paro|saio)|ate nao)',
      ],
      it: [
        '(entro|entrare|cammino) (in|nel|nella) (mare|acqua|lago|fiume) ~6 (continuo a camminare|continuare a camminare|non (torno|mi fermo|esco)|finche non)',
      ],
    },
  },
  // --- "there will be no more me": an intent to stop existing, with or without a time.
  {
    id: 'intent.no_more_me',
    kind: 'intent',
    reason: 'saying there will be no more of them',
    patterns: {
      en: [
        '(theres|there s|there is|there will be|there ll be|therell be) no (more)? me',
        'no more me (after|by|from)',
      ],
      es: ['(ya)? no (hay|habra|va a haber) mas yo'],
      fr: ['(il n y aura|y aura|il y aura) plus (de)? moi'],
      de: ['(gibts|gibt es|gibt s) mich (dann)? nicht mehr'],
      pt: ['(nao tem|nao vai ter|nao existe|nao vai existir) mais eu'],
      it: ['non (ci sara|esistero) piu (io)?', 'non ci saro piu (io)? (dopo|da)'],
    },
  },
  // --- pills taken for a reason that names the wish ("so I don't wake up", "porque no daba
  //     más", "para acabar com isto"): an attempt, not an accident.
  {
    id: 'attempt.taken_for_end',
    kind: 'attempt_now',
    reason: 'pills taken to end it',
    patterns: {
      en: [
        `(took|swallowed|taken) (all)? (the|my|mums|mom s|moms|dads)? ${PILLS.en} ~6 (to end it|so i (dont|don t|wont) wake up|because i (cant|can t) (do this|anymore)|to make it stop)`,
      ],
      es: [
        `(me tome|tome|me he tomado|me trague) (las|unas|todas las|mis)? ${PILLS.es} ~6 (porque no (daba|podia|aguantaba) mas|para (acabar|terminar) con (todo|esto)|para no despertar)`,
      ],
      fr: [
        `(j ai pris|j ai avale) (les|mes|tous les|toutes les)? ${PILLS.fr} ~6 (pour en finir|pour que (ca|tout) s arrete|pour pas me reveiller)`,
      ],
      de: [
        `(hab|habe) (die|meine|alle)? ${PILLS.de} (genommen|geschluckt) ~6 (um (es)? zu beenden|damit (es|alles) aufhort|um nicht mehr aufzuwachen)`,
      ],
      pt: [
        `(tomei|engoli) (os|as|uns|umas|meus|minhas)? ${PILLS.pt} ~6 (para|pra) (acabar com (isto|isso|tudo)|nao acordar)`,
      ],
      it: [
        `(ho preso|ho ingoiato) (le|i|tutte le|tutti i)? ${PILLS.it} ~6 (per farla finita|per non svegliarmi|per finirla)`,
      ],
    },
  },
  // --- things not needed any more ("ya no las voy a necesitar"): everyday alone, preparation
  //     with distress or another sign.
  {
    id: 'prep.unneeded',
    kind: 'preparation',
    reason: 'things no longer needed (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: {
      en: [
        '(wont|won t|will not|dont|do not) (need|be needing) (them|it|any of (it|this|them)|my (stuff|things|clothes)) (anymore|any more|where im going|where i m going)',
      ],
      es: ['ya no (las|los|la|lo) (voy a necesitar|necesito|necesitare|voy a usar)'],
      fr: ['(j en aurai|j en ai|j en aurais) (plus|pas) besoin'],
      de: ['(brauch|brauche) (ich|sie|die|das|es)? (eh|sowieso|dann)? (nicht mehr|nimmer|nimma)'],
      pt: ['(nao vou|n vou) (mais)? precisar (delas|deles|disso|dela|dele) (mais)?'],
      it: ['(non mi serviranno|non mi servono|non mi servira|non mi serve) piu'],
    },
  },
  // --- an interrupted or aborted attempt, told the same day, after distress ("almost did it
  //     today", "casi lo hago", "j'ai failli le faire", a pumped stomach): what C-SSRS asks as
  //     "started to do anything to end your life".
  {
    id: 'attempt.interrupted',
    kind: 'attempt',
    reason: 'an interrupted or aborted attempt (with distress)',
    needs: 'distress',
    lookalikes: ['accident'],
    patterns: {
      en: [
        '(almost|nearly|about) (did it|done it|went through with it|gone through with it|ended it|ended it all|ended things)',
        '(almost|nearly|about) committed !(to|a|an|the|my|myself|murder|crimes|fraud|suicide)',
        '(stomach|stomache) (pumped|pumping)',
        '(pumped|pumping) my stomach',
        'pumped stomach',
      ],
      es: [
        '(casi|por poco) (lo hago|lo hice|me mato|me tiro|salto)',
        'me (lavaron|hicieron un lavado de) estomago',
      ],
      fr: [
        '(j ai failli|j ai presque|j ai bien failli) (le faire|sauter|passer a l acte|me tuer|en finir)',
        '(lavage d estomac|lavage gastrique)',
      ],
      de: [
        '(hatte|hatt|hab|habe) es ~2 fast (getan|gemacht|durchgezogen)',
        'ware fast gesprungen',
        '(magen ausgepumpt|magen auspumpen)',
      ],
      pt: [
        '(quase|por pouco nao) (fiz isso|fiz|me matei|pulei|saltei|fui ate o fim)',
        '(lavagem (gastrica|ao estomago|estomacal))',
      ],
      it: [
        '(ci sono|ci stavo|l ho) quasi (riuscito|riuscita|fatto|fatta)',
        '(stavo per|c ero quasi a) (farlo|buttarmi|saltare|farla finita)',
        'lavanda gastrica',
      ],
    },
  },
  // --- a means described as drawing the person ("the cord looks comforting", "la cuerda se ve
  //     tentadora"), not asked about: a method in mind.
  {
    id: 'method.means_inviting',
    kind: 'method',
    reason: 'a means that looks inviting',
    lookalikes: ['sightseeing'],
    patterns: {
      en: [
        '(cord|curtain cord|rope|noose|belt|pills|tablets|blade|blades|razor|knife|gun|tracks|train tracks|ledge|bridge|railing) ~3 (looks|look|looked|seems|seem|seemed|feels|is looking|are looking|started looking|starts looking) (so|really|more and more|very|kind of|kinda)? (comforting|inviting|tempting|appealing|welcoming|like a way out|like an option|like the answer|like the only way out)',
        'the (thought|idea|image) of (actually)? (jumping|cutting|bleeding out|overdosing|hanging myself|drowning myself|the pills|the rope|the noose|the gun) ~8 (appealing|tempting|comforting|inviting|welcoming)',
      ],
      es: [
        '(cuerda|soga|pastillas|cuchilla|navaja|pistola|vias|puente|cornisa) ~3 (se ve|se ven|parece|parecen) (tan|muy|cada vez mas)? (tentadora|tentadoras|tentador|tentadores|reconfortante|reconfortantes|atractiva|atractivo|como una salida)',
      ],
      fr: [
        '(corde|cachets|medocs|lame|rasoir|couteau|pistolet|flingue|rails|pont|rebord) ~3 (a l air|ont l air|me semble|me semblent|parait|paraissent|devient|deviennent) (si|tellement|de plus en plus)? (tentante|tentant|tentants|tentantes|reconfortante|reconfortant|attirante|attirant|apaisante|apaisant)',
      ],
      de: [
        '(seil|strick|tabletten|klinge|rasierklinge|messer|pistole|gleise|brucke) ~3 (sieht|sehen|wirkt|wirken|erscheint|erscheinen) ~2 (so|immer)? (verlockend|einladend|trostlich|beruhigend|verfuhrerisch|wie ein ausweg)',
      ],
      pt: [
        '(corda|comprimidos|remedios|lamina|gilete|faca|arma|trilhos|ponte|beiral) ~3 (parece|parecem|esta|estao|fica|ficam) (tao|muito|cada vez mais)? (tentadora|tentador|tentadores|tentadoras|reconfortante|convidativa|convidativo|atraente|como uma saida)',
      ],
      it: [
        '(corda|pillole|pastiglie|lama|lametta|coltello|pistola|binari|ponte|cornicione) ~3 (sembra|sembrano|mi sembra|mi sembrano|appare|pare) (cosi|sempre piu|davvero)? (invitante|invitanti|confortante|confortanti|allettante|allettanti|rassicurante|una via d uscita)',
      ],
    },
  },
  // --- no wish to be alive, as posts say it: alive only for someone, never should have been
  //     born, hating being alive, "why am I still alive".
  {
    id: 'passive.still_alive_for',
    kind: 'passive_wish',
    reason: 'no wish to be alive, as people write it',
    patterns: {
      en: [
        '(never should have|should never have|shouldve never|should not have|shouldnt have|shouldnt of|should not of) (been born|existed)',
        '(only|one|main|last) reason (why|that)? (im|i am|i m) still (alive|breathing|living)',
        '(only|one|main|last) reason (i|why i) (stay|keep|am) (alive|living|breathing)',
        '(only|just) (stay|staying|stayed|keep|keeping|kept) (myself)? alive (for|because of)',
        '(stay|staying|keep|keeping) (myself)? alive (only|just) (for|because of)',
        '(hate|hating|hated) being alive',
        'i (shouldnt|should not|shouldn t) (be alive|still be alive|exist|be breathing)',
        'why am i still (alive|breathing)',
      ],
      es: [
        '(la)? (unica|sola) razon (por la que|por la cual|de que|para) (sigo|siga|estoy|este) (vivo|viva|con vida|aqui)',
        '(nunca|jamas) (debi|deberia|tendria que) haber nacido',
        '(ojala|quisiera que) (alguien|algo) me (matara|matase|mate)',
        '(odio|detesto) estar (vivo|viva)',
        'no (deberia|tendria que) (estar|seguir) (vivo|viva)',
        'por que (sigo|estoy|sigo estando) (vivo|viva|con vida)',
      ],
      fr: [
        '(la)? seule raison (pour laquelle|pour qui|qui fait que|de) (je suis encore|je reste|je suis toujours|rester) (en vie|la|vivant|vivante)',
        '(j aurais|j aurai) (jamais|pas) du naitre',
        '(je n aurais|je naurais) jamais du naitre',
        '(j aimerais|je voudrais|si seulement) (que)? (quelqu un|quelquun) (me tue|me tuait|m achevait|m acheve)',
        '(je deteste|je hais|j deteste) (etre|d etre) (en vie|vivant|vivante)',
        '(je devrais|j devrais) (pas|plus) (etre|etre encore) (en vie|vivant|vivante|la)',
        'pourquoi (je suis|j suis|suis je) (encore|toujours) (en vie|vivant|vivante)',
      ],
      de: [
        '(der)? einzige grund (warum|wieso|weshalb|dass) ich (noch lebe|noch da bin|noch am leben bin|am leben bleibe)',
        '(ware|hatte) (nie|niemals) geboren werden (sollen|durfen)',
        '(ich wunschte|ich wunsche mir|wenn doch nur) ~2 (jemand|einer) (wurde|wuerde)? mich (umbringen|toten|erschiessen|erlosen)',
        '(ich hasse es|hasse es) (noch)? (am leben zu sein|zu leben)',
        '(ich sollte|sollte ich) (nicht|nicht mehr|gar nicht) (am leben sein|leben|mehr leben)',
        'warum lebe ich (uberhaupt|eigentlich)? noch',
        'warum bin ich (uberhaupt|eigentlich)? noch am leben',
      ],
      pt: [
        '(o)? (unico|so) (motivo|razao) (de|para|pra|por que|porque|pelo qual|pela qual) (eu)? (ainda)? (estar|estou|continuar|continuo|seguir|sigo) (vivo|viva|aqui|respirando)',
        '(nunca|jamais) (devia|deveria|devia de) ter nascido',
        '(queria|quem me dera|tomara) (que)? (alguem|algo) me (matasse|mate|matar)',
        '(odeio|detesto) (estar|ser) (vivo|viva)',
        '(eu)? (nao devia|nao deveria) (estar|continuar) (vivo|viva)',
        'por que (eu)? (ainda)? (estou|to|sigo|continuo) (vivo|viva)',
      ],
      it: [
        '(l)? (unica|sola) ragione (per cui|per la quale|per) (sono ancora|resto|rimango|restare|sono) (vivo|viva|in vita|qui)',
        '(l)? (unico|solo) motivo (per cui|per il quale|per) (sono ancora|resto|rimango|restare|sono) (vivo|viva|in vita|qui)',
        '(non sarei|non avrei) mai (dovuto|dovuta) (nascere|essere nato|essere nata)',
        '(vorrei che|magari|se solo) (qualcuno|qualcosa) mi (uccidesse|ammazzasse|uccida|ammazzi)',
        '(odio|detesto) (essere|esser) (vivo|viva|in vita)',
        '(non dovrei|non dovevo) (essere|essere ancora|restare) (vivo|viva|in vita|qui)',
        'perche sono ancora (vivo|viva|in vita)',
      ],
    },
  },
  // --- having searched how much it takes or the easiest way ("googled how many pills",
  //     "busqué cuántas pastillas hacen falta").
  {
    id: 'lethality.searched',
    kind: 'lethality_seeking',
    reason: 'searched how much it takes',
    patterns: {
      en: [
        '(searched|googled|looked up|researched|researching|searching|googling|looking up) (up)? (how many|how much) ~3 (pills|tablets|meds|it takes|it would take|would it take|to die|to overdose)',
        '(searched|googled|looked up|researched|researching|searching|googling|looking up) (up)? (how to|ways to|the best way to|the easiest way to|the quickest way to) (die|kill myself|end it|end my life|tie a noose|hang myself|overdose|od)',
      ],
      es: [
        '(busque|buscaba|googlee|investigue|estuve buscando) (en google)? (cuantas|cuantos|cuanta|cuanto) ~3 (pastillas|pastis|pildoras|medicamentos|hacen falta|se necesitan|para morir)',
      ],
      fr: [
        '(j ai cherche|j ai google|j ai regarde|je cherche) ~2 (combien|quelle quantite) (de)? (cachets|comprimes|medocs|medicaments|pilules) ~3 (il faut|faut|pour)',
      ],
      de: [
        '(gegoogelt|gesucht|recherchiert|nachgeschaut|nachgelesen) ~3 wie viele (tabletten|pillen|schlaftabletten|medikamente) (man)? (braucht|brauche|notig sind|todlich sind)',
        '(google|googel|suche|recherchiere) ~2 wie viele (tabletten|pillen|schlaftabletten|medikamente) (man|ich) (braucht|brauche)',
      ],
      pt: [
        '(pesquisei|procurei|busquei|googlei|pesquisando) (no google)? (quantos|quantas) ~2 (comprimidos|remedios|pilulas|precisa|sao precisos)',
      ],
      it: [
        '(ho cercato|ho googlato|cercavo|ho guardato) (su google)? (quante|quanti) ~2 (pillole|pastiglie|compresse|farmaci) (servono|ci vogliono|bastano)',
      ],
    },
  },
  // --- the last time anyone will hear from the writer: a farewell.
  {
    id: 'prep.last_heard',
    kind: 'preparation',
    reason: 'the last time anyone will hear from the writer',
    near: true,
    weight: 0.8,
    patterns: {
      en: [
        '(the)? last time (anyone|you|you all|yall|everyone|any of you|you guys) (will)? (hears|hear|ever hears|ever hear) (from|of) me',
      ],
      es: [
        '(la)? (ultima|ultimita) vez que (sabran|sabreis|van a saber|saben|oiran|van a oir) (algo)? (de mi)',
      ],
      fr: [
        '(la)? derniere fois que (vous aurez|tu auras|vous entendrez|on aura) (de mes nouvelles|parler de moi)',
      ],
      de: [
        '(das)? letzte mal (dass|das) (ihr|du|jemand|ihr alle) (von mir|was von mir) (hort|hoert|horen werdet|hoeren werdet)',
      ],
      pt: [
        '(a)? ultima vez que (voces|vcs|voce|vc|alguem) (vao|vai|vão)? (ouvir falar|ouvem falar|terao noticias|vao ter noticias) (de mim)',
      ],
      it: [
        '(l)? ultima volta che (sentirete|sentirai|avrete|avrai) (parlare di me|mie notizie|notizie di me)',
      ],
    },
  },
  // --- something taken in order to die, told without saying it is happening now ("took a load
  //     of ibuprofen last night trying to kms", "tomei uns comprimidos pra morrer"): an attempt,
  //     recent unless the text puts it in the past. The class above is the one told as now.
  {
    id: 'attempt.taken_to_die',
    kind: 'attempt',
    reason: 'took something in order to die',
    lookalikes: ['recreational'],
    patterns: {
      en: [
        '(took|taken|swallowed|downed|drank|popped) ~6 (to|so i could|so i would|so id|in order to) (overdose|od|kill myself|kms|end my life|end it all|unalive myself)',
        '(took|taken|swallowed|downed|drank|popped) ~6 (trying to|tryna|in an attempt to|attempting to|hoping to) (overdose|od|die|kill myself|kms|end my life|end it|end it all|unalive myself)',
        `(took|swallowed|taken|had) (some|a bunch of|a load of|all my|my|a lot of)? ${PILLS.en} ~3 (and)? (ended up|woke up|landed|wound up) in (the|a)? (psych ward|hospital|er|icu|a e|emergency room|psych unit|mental hospital|intensive care)`,
      ],
      es: [
        '(me tome|me trague|tome|trague|me bebi) ~6 (para|pa) (matarme|morir|morirme|suicidarme|no despertar|acabar con todo|quitarme la vida)',
      ],
      fr: [
        '(j ai avale|j ai pris|j ai bu|avale|pris) ~6 pour (en finir|mourir|me tuer|me suicider|ne pas me reveiller|ne plus me reveiller)',
      ],
      de: [
        '(geschluckt|genommen|eingenommen|getrunken) ~4 um (zu sterben|mich umzubringen|nicht mehr aufzuwachen|es zu beenden|allem ein ende zu setzen)',
        '(geschluckt|genommen|eingenommen) ~3 (damit ich sterbe|damit ich nicht mehr aufwache)',
      ],
      pt: [
        '(tomei|engoli|bebi) ~6 (para|pra|pa) (morrer|me matar|nao acordar|nunca mais acordar|acabar com tudo|me suicidar)',
      ],
      it: [
        '(ho preso|ho ingoiato|ho bevuto|preso|ingoiato) ~6 per (morire|uccidermi|ammazzarmi|farla finita|non svegliarmi|non svegliarmi piu|suicidarmi)',
      ],
    },
  },
];

export const CRISIS_BREADTH: Record<ScopeLanguage, readonly RuleSpec[]> =
  classesByLanguage(CLASSES);
