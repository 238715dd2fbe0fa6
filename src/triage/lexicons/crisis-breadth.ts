/**
 * Breadth for oblique suicide crises (issue 3), written by class of sign like
 * `categories-breadth.ts`: a loss said in everyday words and distress said as the person's worth,
 * days or people (the distress that makes a means question count), a place asked about for when
 * nobody is there, how deep or high it is or whether anything stops a fall, whether a way of dying
 * hurts or is quick, medicine without a prescription, means laid out and looked at, walking into
 * water and not stopping, "there will be no more me", pills taken for a reason that names the
 * wish, things not needed any more, an interrupted attempt, a means that looks inviting, no wish to
 * be alive as posts say it, a search for how much it takes, the last time anyone will hear from
 * the writer, and something taken in order to die. Each class gives its everyday wording in the
 * six languages; `index.ts` appends them.
 *
 * Patterns follow the lexicon rule (types.ts): a means is named only by its class, never an
 * amount, a dose or an instruction. Cues with an everyday reading need distress (`needs`).
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, type RuleClass } from './categories-breadth.js';
import { PILLS } from './pills.js';
import type { RuleSpec } from './types.js';

/** High places, railways and water, as a place someone could go to. */
const PLACE: Record<ScopeLanguage, string> = {
  en: '(quarry|bridge|viaduct|overpass|flyover|cliff|cliffs|roof|rooftop|car park|multi storey|multistorey|parking garage|tower|dam|reservoir|pier|railway|railway bridge|tracks|level crossing|crossing|ferry|viewpoint|lookout|ledge|gorge|lake|river|estuary|harbour|jetty)',
  es: '(puente|viaducto|mirador|acantilado|acantilados|azotea|terraza|tejado|presa|embalse|muelle|vias|via del tren|paso a nivel|torre|parking|barranco|cantera|ferry|lago|rio|pantano)',
  fr: '(pont|viaduc|falaise|falaises|toit|toits|parking|tour|barrage|jetee|quai|voies|voie ferree|passage a niveau|belvedere|carriere|ferry|gorges|lac|riviere|fleuve)',
  de: '(brucke|viadukt|klippe|klippen|dach|parkhaus|parkhausdach|turm|staudamm|stausee|damm|steg|gleise|bahnstrecke|bahnubergang|aussichtspunkt|steinbruch|hochhaus|fahre|schlucht|see|fluss)',
  pt: '(ponte|viaduto|penhasco|penhascos|falesia|falesias|telhado|terraco|laje|predio|torre|barragem|represa|cais|linha do trem|linha do comboio|trilhos|passagem de nivel|mirante|pedreira|balsa|lago|rio)',
  it: '(ponte|viadotto|cavalcavia|scogliera|rupe|tetto|terrazzo|parcheggio|torre|diga|molo|binari|ferrovia|passaggio a livello|belvedere|cava|traghetto|gola|lago|fiume)',
};

/**
 * Asked of a place: at night, with nobody about, fenced or open, how high or deep, whether a
 * railing or a net still stops a fall, whether it can be reached at all.
 */
const ACCESS: Record<ScopeLanguage, string> = {
  en: '(at night|after dark|overnight|all night|still open|unlocked|still unlocked|fenced|fenced off|fence it off|gated off|locked up at night|locked after|guarded|where (no one|nobody|noone) (goes|is|walks|checks|comes|would come)|anyone checks|how high it (actually|really)? is|how (high|deep|tall) (is|s) (it|that|the drop)|in the middle|deepest part|how deep|those nets|the nets|a net|gap in the (railing|fence)|walk (right)? up to the edge|(no|without a|without any|theres no|there s no) (fence|railing|barrier|barriers|rail))',
  es: '(de noche|por la noche|en la noche|verja|valla|vallado|cierran|abierto|abierta|donde no (hay|pasa|va) nadie|nadie vigila|que tan alto|lo alto que es|que tan profundo|que tan hondo|en el medio|la parte mas honda|baranda|barandilla|red de proteccion|llegar al borde|(sin|no hay|no tiene) (valla|verja|barandilla|baranda|barrera))',
  fr: '(la nuit|de nuit|grillage|cloture|ferme le soir|ouvert|ouverte|ou (il)? (n)? y a personne|personne ne (passe|surveille|vient)|c est haut comment|haut comment|profond comment|quelle profondeur|au milieu|filet|filets|garde corps|rambarde|barriere|barrieres|jusqu au bord|n importe qui (peut|peux) y aller)',
  de: '(nachts|in der nacht|zaun|eingezaunt|abgesperrt|offen|wo (niemand|keiner) (ist|hinkommt|kommt|aufpasst)|wie hoch (es|sie|der|die|das)? (eigentlich|genau)? ist|wie (hoch|tief) ist (sie|er|es|die|der|das)|wie tief|in der mitte|am einsamsten|gelander|netz|netze|bis an die kante|in da nacht|wie hoch (is|isch)|(oberste|obersten|oberstes) (deck|parkdeck)|kommt man (da|dort)? (einfach)? (rein|hoch|rauf))',
  pt: '(a noite|de noite|de madrugada|grade|cercado|cerca|portao|fechado|aberto|aberta|onde (nao (passa|tem|vai) ninguem|ninguem (passa|vai|ve))|hora do ultimo|qual a altura|qual a profundidade|e fundo|e funda|no meio|protecao|ate a beirada|ate a borda|ate a beira|vedacao|cancela)',
  it: '(di notte|la notte|recinzione|recintato|cancello|chiuso|aperto|aperta|dove non (passa|c e|va) nessuno|nessuno controlla|bello alto|quanto e alto|quanto e profondo|quanto e profonda|al centro|ringhiera|parapetto|rete di protezione|fino al bordo)',
};

/** Asked before the place is named: "how deep is the reservoir", "wie tief ist der Stausee". */
const ASKED_FIRST: Record<ScopeLanguage, string> = {
  en: '(how deep|how cold|how high|how tall|how high up|deepest (part|bit|point) of|(whats|what is|where is|wheres) the (highest|tallest|steepest) (point|bit|part|spot|drop|section) (of|on|along)|is there (a|any) (fence|railing|net|barrier) (on|at)|can you (still)? get (onto|on to|up onto|up on|up to) (the)?)',
  es: '(que tan profundo|que tan profunda|cuanto cubre|que profundidad tiene|la parte mas honda de|que altura tiene|que tan alto es|que tan alta es)',
  fr: '(profond comment|quelle profondeur|l endroit le plus profond|quelle hauteur)',
  de: '(wie tief|tiefste stelle|wie hoch)',
  pt: '(qual a profundidade|parte mais funda|qual a altura)',
  it: '(quanto e profondo|quanto e profonda|punto piu profondo|quanto e alto|quanto e alta)',
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
        '(lost|losing) (custody|access to (my|the) (kids|children|son|daughter))',
        '(gf|girlfriend|bf|boyfriend|wife|husband|partner|fiance|fiancee) (cheated|left me|walked out|moved out)',
        '(she|he) left (me)? and took (the|our) (kids|children|dog|house)',
      ],
      es: [
        'me (echaron|despidieron|botaron|corrieron) (del|de mi|de la)? (curro|trabajo|chamba|laburo|empleo|pega)?',
        'me quede sin (la finca|el trabajo|trabajo|casa|la casa|el negocio|el curro|el bar|laburo|chamba|pega|curro|empleo)',
        '(perdi|he perdido) (el|mi|la) (trabajo|curro|empleo|casa|negocio|finca|bar|restaurante|piso)',
        '(cansado|cansada|harto|harta) de ser yo',
        '(perdi|he perdido|me quitaron) la custodia',
        'no levanto cabeza',
        '(mi|la) (novia|novio|mujer|esposa|marido|pareja) (me dejo|se fue|ya ni me habla|se llevo sus cosas)',
      ],
      fr: [
        '(j ai perdu|perdu) (mon|le|ma) (boulot|travail|job|poste|resto|restaurant|commerce|appart|logement|maison|bar)',
        '(je me suis fait|je me suis faite|j ai ete) (virer|vire|viree|licencie|licenciee)',
        '(fatigue|fatiguee|marre) d etre moi',
        '(j ai perdu|perdu|on m a retire) la garde',
        '(ma femme|mon mari|ma copine|mon copain|mon conjoint|ma conjointe) (est partie|est parti|m a quitte|m a quittee)',
      ],
      de: [
        '(nach|seit) (der|meiner) (kundigung|trennung|scheidung|pleite|insolvenz)',
        '(job|arbeit|wohnung|laden|firma|hof|kneipe) verloren',
        '(wurde|bin) (gekundigt|rausgeschmissen|rausgeworfen|entlassen)',
        '(nicht mehr aushalte|nicht mehr aushalten|nicht mehr ertrage) ich zu sein',
        'sorgerecht (verloren|entzogen)',
        '(mude|satt) ~2 ich zu sein',
        '(meine|mein) (frau|freundin|mann|freund|partner|partnerin) (hat mich verlassen|ist ausgezogen)',
      ],
      pt: [
        '(perdi|perdemos) (o|a|meu|minha) (emprego|trampo|trabalho|casa|negocio|loja|bar|restaurante)',
        '(fui|me) (demitido|demitida|mandado embora|mandada embora|mandaram embora)',
        '(cansei|cansado|cansada) de ser eu',
        '(perdi|me tiraram) a guarda',
        '(minha|meu|a|o) (mulher|namorada|namorado|marido|esposa) (me deixou|foi embora|saiu de casa)',
      ],
      it: [
        '(ho perso|perso) (il|la|mio|mia) (lavoro|bar|negozio|casa|posto|ristorante)',
        'mi hanno (licenziato|licenziata|cacciato|cacciata)',
        'cassa integrazione',
        '(stanco|stanca) di essere me',
        '(ho perso|perso|mi hanno tolto) (l)? affidamento',
        '(mi ha lasciato|mi ha lasciata|se n e andata|se n e andato)',
      ],
    },
  },
  // --- distress said as the person's worth, their days or their people rather than as a loss:
  //     worthless or failing at everything, empty or grey for weeks, nothing making sense,
  //     nobody writing or noticing, crying every day, not sleeping or eating, debts piling up.
  //     Context only (cssrs 0), like the loss class: it makes a means question count.
  {
    id: 'distress.worth_class',
    kind: 'distress',
    reason: 'distress (worth, days or people)',
    patterns: {
      en: [
        '(i|im|i m|i am) (so|just|such|completely)? (worthless|useless|pathetic|a loser|a fuck up|a screw up|a fuckup)',
        'i (ruin|wreck|destroy|mess up|screw up|fuck up) everything',
        'everything i (do|touch|try) (is wrong|goes wrong|falls apart|turns to)',
        'i (keep|always) (messing|screwing|fucking) (up|everything up|it all up)',
        '(cant|can t|cannot) fix any of it',
        'sorry for (being like this|existing|being me|being such a burden)',
        '(im|i m|i am) just so done',
        '(there s|theres|there is)? nothing left (in me|of me)',
        '(numb|empty|grey|gray|dead inside|nothing) (for|since) (weeks|months|ages|a long time|so long)',
        '(everything|life|it all) (is|has been|feels|s) (grey|gray|empty|dark|numb|so heavy) (for|since|and has been)',
        'nothing (makes sense|feels real) (anymore|any more)',
        '(no one|nobody|noone) (has)? (texted|called|messaged|rung|written to|spoken to|talked to) me (in|for|since)',
        '(no one|nobody|noone) (at school|at work|at uni|here)? (talks|speaks|texts|writes) to me',
        '(dumped|ghosted|left) me (in front of|for|over text|by text|after)',
        '(everyone|everybody|they|people) (has|have)? (given up on|abandoned|forgotten|written off) me',
        '(theyd|they d|they would|theyll|everyone would|everybody would|they will) (all)? be (fine|ok|okay|happier|better) without me',
        '(lonely|loneliness) (doesnt|does not) even (cover|describe) it',
        // Crying now and every day, not a day of crying over a sad event ("cried all day").
        '(crying|i cry) (in the car|myself to sleep|every (day|night|morning|lunch|lunch break)|all the time)',
        '(cant|can t|cannot) sleep (cant|can t|cannot|or) (eat|think)',
        '(behind on|cant pay|can t pay) (the|my)? (rent|bills|mortgage)',
        '(debt collectors|bailiffs) (ring|call|calling|keep)',
        // Not "drowning in debt": the scope reads drowning as an idiom there.
        '(buried|up to my neck|up to my eyeballs) in debt',
        '(the)? bills keep coming',
      ],
      es: [
        'no (valgo|sirvo) (nada|para nada|pa nada)',
        '(ya)? no le (encuentro|veo) (ningun)? sentido a (nada|la vida|mi vida)',
        '(soy|me siento) (un|una) (fracaso|fracasado|fracasada|inutil|estorbo|carga)',
        '(todo me sale mal|lo arruino todo|lo estropeo todo|lo jodo todo)',
        '(me siento|estoy|ando) (vacio|vacia) (hace|desde)',
        '(vacio|vacia) (hace|desde hace) (meses|semanas)',
        'nadie me (quiere|escribe|llama|habla|busca)',
        '(todos|todo el mundo) (me abandonaron|me dejaron|se olvidaron de mi|paso de mi)',
        '(lloro|llorando) (todos los dias|todas las noches|cada noche|en el coche)',
        'me han (echado|despedido|botado) (del|de la|de mi)',
        'no (puedo|duermo) (dormir)? ni (comer|pensar)',
        '(le)? debo (plata|dinero|pasta|lana) a todo el mundo',
        '(lleno|llena|hasta el cuello) de deudas',
      ],
      fr: [
        'je (sers|vaux) (a)? rien',
        'je suis (un echec|une merde|un boulet|nul|nulle|une rate|un rate)',
        'je (gache|rate|foire) tout',
        'j ai tout (rate|gache|foire)',
        '(je me sens|je suis) (vide|vidé|vidée) (depuis|tout le temps)',
        'personne (ne)? (me parle|m ecrit|m appelle|remarquerait|s en rendrait compte)',
        'tout le monde m a (abandonne|abandonnee|laisse tomber|oublie|oubliee)',
        'je pleure (tous les jours|toutes les nuits|tout le temps|dans la voiture)',
        '(des dettes partout|je m en sors plus|je m en sors pas|criblé de dettes|crible de dettes|criblee de dettes)',
      ],
      de: [
        '(bin|ich bin) (einfach|echt|halt)? (nichts|nix) wert',
        'ich bin (ein versager|eine versagerin|nutzlos|zu nichts zu gebrauchen|allen nur eine last)',
        'ich (mach|mache|versau|versaue) (eh)? alles kaputt',
        '(alles|innerlich) (ist|fuhlt sich)? (so)? (leer|grau) (seit|an)',
        '(nix|nichts) (hat|macht) (mehr)? (einen|irgendeinen)? sinn',
        '(alle|jeder) (haben|hat) mich (abgeschrieben|aufgegeben|vergessen|im stich gelassen)',
        '(wurde|wurd|merkt) (eh|doch)? (keiner|niemand) (merken|merkt|vermissen)',
        '(heule|weine|heul|wein) (jeden tag|jede nacht|nur noch|die ganze zeit|im auto)',
        'schulden (uberall|bis zum hals|ohne ende)',
      ],
      pt: [
        'nao (valho|sirvo) (nada|pra nada|para nada)',
        '(nada|nada mais) (faz|tem) (mais)? sentido',
        'sou um (fracasso|fracassado|inutil|peso)',
        '(estrago|estraguei|arruino|arruinei) tudo',
        '(me sinto|to|tou|estou) (vazio|vazia) (faz|ha|desde)',
        'ninguem (me)? (responde|liga|procura|ia notar|notaria|ia perceber|perceberia)',
        'todo mundo me (abandonou|esqueceu|largou)',
        '(ela|ele) me (largou|deixou|trocou)',
        '(choro|chorando) (todo dia|todos os dias|toda noite|o tempo todo|no carro)',
        '(cheio|cheia|afundado|afundada|afogado|afogada) (de|em) (divida|dividas)',
      ],
      it: [
        'non (valgo|servo) (a)? (niente|nulla)',
        '(sono|mi sento) (un|una) (fallito|fallita|fallimento|buono a nulla|peso)',
        '(rovino|ho rovinato) tutto',
        'non (vedo|trovo) piu (il|un|nessun)? senso',
        'ho deluso tutti',
        '(sono|mi sento) (a pezzi|distrutto|distrutta)',
        '(mi sento|sono) (vuoto|vuota) (da|ormai)',
        'nessuno (mi)? (scrive|chiama|cerca|se ne accorgerebbe|noterebbe)',
        'mi hanno (abbandonato|abbandonata|dimenticato|dimenticata) tutti',
        'piango (ogni giorno|ogni notte|tutto il giorno|sempre|in macchina)',
        '(pieno|piena|sommerso|sommersa) (di|dai) debiti',
      ],
    },
  },
  // --- how many of a medicine would be too many, asked of one's own medicine: a means question
  //     (after distress). "how many coffees is too many" names no medicine.
  {
    id: 'means.too_many_class',
    kind: 'means_seeking',
    reason: 'asking how many of a medicine would be too many (after distress)',
    lookalikes: ['care_dosing', 'info_seeking', 'routine_use'],
    patterns: {
      en: [
        `(how many|how much) ~5 ${PILLS.en} ~5 (too many|too much)`,
        `${PILLS.en} ~4 (how many|how much) (is|are|would be|counts as) (too many|too much)`,
      ],
      es: [
        `(cuantas|cuantos) ~5 ${PILLS.es} ~5 (son|serian|seria|es) (demasiadas|demasiados|demasiado)`,
        `${PILLS.es} ~5 (a partir de cuantas|a partir de cuantos|cuantas son demasiadas|cuantas serian demasiadas)`,
      ],
      fr: [
        `${PILLS.fr} ~5 (a partir de combien|combien c est trop|combien ce serait trop)`,
        `combien (de)? ~3 ${PILLS.fr} ~5 (c est trop|ce serait trop|ca fait trop)`,
      ],
      de: [
        `wie viele ~5 ${PILLS.de} ~5 (zu viel|zu viele)`,
        `${PILLS.de} ~5 wie viele (sind|waren|ware) (eigentlich)? (zu viel|zu viele)`,
      ],
      pt: [
        `(quantos|quantas) ~5 ${PILLS.pt} ~5 (e demais|sao demais|seria demais|seriam demais)`,
        `${PILLS.pt} ~5 (a partir de quantos|a partir de quantas|quantos sao demais|quantas sao demais)`,
      ],
      it: [
        `(quante|quanti) ~5 ${PILLS.it} ~6 (sono troppe|sono troppi|sarebbero troppe|sarebbero troppi|e troppo)`,
        `${PILLS.it} ~5 (quante|quanti) (sono|sarebbero) (troppe|troppi)`,
      ],
    },
  },
  // --- whether one's own (or a relative's) medicine is dangerous taken in quantity: a lethality
  //     question said as a worry about harm (after distress).
  {
    id: 'means.dangerous_in_quantity',
    kind: 'lethality_seeking',
    reason: 'asking whether a medicine is dangerous taken in quantity (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: {
      en: [
        `${PILLS.en} ~6 (dangerous|harmful|deadly) (if|when) ~3 (a lot|lots|loads|many|too many|too much|a bunch)`,
        `(a lot of|lots of|loads of|too many) ${PILLS.en} ~4 (dangerous|harmful|deadly)`,
      ],
      es: [
        `${PILLS.es} ~6 (son|es|serian|seran)? (peligrosas|peligrosos|peligroso|hacen dano) ~3 (si|cuando) ~4 (muchas|muchos|demasiadas|un monton)`,
        `(muchas|demasiadas) ${PILLS.es} ~4 (son peligrosas|es peligroso|hacen dano)`,
      ],
      fr: [
        `${PILLS.fr} ~6 (dangereux|dangereuses|dangereuse|toxiques) ~3 (si|quand|en) ~4 (beaucoup|trop|grande quantite)`,
        `(beaucoup de|trop de) ${PILLS.fr} ~4 (dangereux|dangereuses|c est dangereux)`,
      ],
      de: [
        `${PILLS.de} ~6 (gefahrlich|giftig) ~3 (wenn|bei) ~4 (viele|zu viele|viel|grossen mengen)`,
        `(viele|zu viele) ${PILLS.de} ~4 (gefahrlich|giftig)`,
      ],
      pt: [
        `${PILLS.pt} ~9 (em grande quantidade|em quantidade|muitos de uma vez|muitas de uma vez) ~3 (fazem mal|faz mal|e perigoso|sao perigosos|sao perigosas)`,
        `${PILLS.pt} ~6 (perigosos|perigosas|perigoso|fazem mal) ~3 (se|quando) ~4 (muitos|muitas|demais)`,
      ],
      it: [
        `${PILLS.it} ~8 (pericolose|pericolosi|pericoloso|tossiche) ~3 (se|quando) ~5 (tante|tanti|troppe|troppi|molte|molti)`,
        `(tante|troppe|molte) ${PILLS.it} ~4 (sono pericolose|fanno male)`,
      ],
    },
  },
  // --- distress said as the future or the strength left: nothing will ever get better, no
  //     strength left for anything, a burden to everyone, nobody would miss me. Context only
  //     (cssrs 0), like the classes above: it makes a means question count.
  {
    id: 'distress.future_class',
    kind: 'distress',
    reason: 'distress (no better future, no strength left)',
    patterns: {
      en: [
        'nothing (is|s|will|ll)? (ever)? (going to|gonna)? (ever)? get (better|any better)',
        'nothing (is|s|will|ll)? (ever)? (going to|gonna)? (ever)? (change|improve)',
        '(it|its|thats|things|this|life) (is|s|will|ll|are|re)? never (going to|gonna)? (get|gets) (better|any better)',
        '(it|its|thats|things|this|life) (is|s|will|ll|are|re)? never (going to|gonna)? (change|changes|improve|improves)',
        '(no|zero) (strength|energy) left (for anything|for any of it|to fight|to keep going)',
        '(tired|sick) of being a burden',
        '(nothing|nothings|life|lifes) (has|s)? (felt|feels|seemed|seems|been) worth (it|living|anything)',
        '(business|company|shop|restaurant|firm|farm) (went|has gone|had gone|is going) (under|bust|bankrupt)',
      ],
      es: [
        'nada (va a|vaa)? (cambiar|mejorar) (nunca|jamas)?',
        '(esto|todo|nada|la cosa) no (va a|vaa) (cambiar|mejorar) (nunca|jamas)',
        'nunca (va a|vaa) (cambiar|mejorar) (nada)?',
        'no (me)? (quedan|tengo) (mas)? fuerzas (para nada|pa nada)?',
        '(harto|harta|cansado|cansada) de ser una carga',
        'nadie me (echaria|extranaria|iba a echar|va a echar) (de menos|en falta)?',
        'nadie (notaria|lo notaria|se daria cuenta|se enteraria) (si)? ~3 (no estoy|me voy|desaparezco|me muero|ya no estuviera)',
      ],
      fr: [
        'rien (ne)? (va|vas) (s arranger|changer|s ameliorer)',
        'rien (ne)? (s arrangera|changera)',
        '(ca|les choses) (ne)? (va|vont|ira|iront) jamais (s arranger|changer|s ameliorer|aller mieux)',
        '(vois|voit|trouve) (plus|pas)? (aucune|d) issue',
        '(tanne|tannee|ecoeure|ecoeuree) de (tout|toute)',
        '(plus|pas) (la)? force de rien',
        'personne (ne)? (me)? regretterait',
      ],
      de: [
        '(es|das|nichts|alles) (wird|wirds) (eh|doch|sowieso|ja)? (nie|niemals|nimmer) (mehr)? (besser|anders)',
        'nichts (wird|andert sich) (sich)? (je|jemals|nie)? (besser|andern)',
        '(keine|keene) kraft mehr',
        '(i|ich) mag (nimmer|nimma)',
        '(hab|habe|i hab) (alles|ois) (verloren|verlorn)',
        '(mude|satt) ~2 (allen)? eine last zu sein',
      ],
      pt: [
        'nada (nunca)? (vai|vai nunca) (mudar|melhorar)',
        '(isso|as coisas) nunca (vai|vao) (mudar|melhorar)',
        '(isso|as coisas) (nao)? (vai|vao) (mudar|melhorar) nunca',
        '(sem|nao tenho) (mais)? (forca|forcas) (pra|para) nada',
        '(cansado|cansada) de ser um peso',
        '(sou|me sinto) (so|apenas)? um peso (pra|para) (todos|toda a gente|todo mundo)',
        'ninguem (ia|iria|vai) sentir (a)? (minha)? falta',
      ],
      it: [
        '(non|niente|nulla)? cambiera mai (niente|nulla)',
        '(niente|nulla) (cambiera|migliorera) mai',
        'non (cambiera|migliorera) mai',
        'non ho piu (la)? (forza|forze) (per niente|di fare niente)?',
        '(stanco|stanca) di essere un peso',
        'nessuno sentirebbe la mia mancanza',
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
    lookalikes: ['sightseeing', 'sport_heights', 'routine_use'],
    patterns: {
      en: [
        `${PLACE.en} ~9 ${ACCESS.en}`,
        `${ASKED_FIRST.en} ~8 ${PLACE.en}`,
        '(latest|last) (train|ferry|crossing) ~6 (at night|tonight)',
        // A train or traffic asked about for its speed or for not stopping, a spot for having
        // nobody near: the railway and the road as a place, not as transport.
        '(freight|goods|express|fast) (train|trains) ~8 (doesnt|does not|dont|wont|never) stop',
        'how fast (does|do|is|are) (the)? (express|freight train|train|trains|lorries|trucks|traffic) (go|going|pass|come)',
        '(fastest|heaviest) (lorries|trucks|traffic|trains)',
        '(most remote|most isolated|quietest|loneliest|most secluded) (spot|place|bit|part|stretch) ~8 (nobody|no one|noone|fewest|would come)',
        '(fewest|least|no) people (at night|after dark|around at night)',
      ],
      es: [
        `${PLACE.es} ~9 ${ACCESS.es}`,
        `${ASKED_FIRST.es} ~8 ${PLACE.es}`,
        'ultimo (tren|ferry) ~4 (de la noche|noche)',
        '(tren|trenes) ~8 (el|los) que no (para|paran|se detiene)',
        '(lugar|sitio|parte|tramo) (mas)? (aislado|aislada|solitario|solitaria) ~6 (nadie|de noche)',
      ],
      fr: [
        `${PLACE.fr} ~9 ${ACCESS.fr}`,
        `${ASKED_FIRST.fr} ~8 ${PLACE.fr}`,
        'dernier (train|ferry) ~4 (du soir|la nuit)',
        '(train|trains) ~8 (celui|ceux) qui (ne)? (s arrete|s arretent) pas',
        '(endroit|coin|partie) le plus (isole|desert|tranquille) ~6 (personne|la nuit)',
      ],
      de: [
        `${PLACE.de} ~9 ${ACCESS.de}`,
        `${ASKED_FIRST.de} ~8 ${PLACE.de}`,
        '(hochste|hochsten|hochstes) dach',
        '(guterzug|guterzuge|schnellzug|ice) ~6 (nachts|durch|vorbei)',
        '(welche|wo) (stelle|ecke|stuck) ~6 (am einsamsten|niemand|keiner)',
      ],
      pt: [
        `${PLACE.pt} ~9 ${ACCESS.pt}`,
        `${ASKED_FIRST.pt} ~8 ${PLACE.pt}`,
        '(trem|trens|comboio) ~8 (o|os) que nao (para|param)',
        '(lugar|canto|parte|trecho) (mais)? (isolado|deserto|vazio) ~6 (ninguem|de noite|a noite)',
      ],
      it: [
        `${PLACE.it} ~9 ${ACCESS.it}`,
        `${ASKED_FIRST.it} ~8 ${PLACE.it}`,
        'punto piu alto (del|della|dello)',
        '(treno|treni) ~8 (quello|quelli) che non si (ferma|fermano)',
        '(posto|punto|tratto) piu (isolato|deserto|solitario) ~6 (nessuno|di notte)',
      ],
    },
  },
  // --- whether a way of dying hurts or is quick, asked as a choice ("painful or quick", "duele o
  //     es rápido"), how long one would last in cold water or out in the cold, how long before
  //     someone would find you: lethality questions with an everyday reading (a tattoo, a swim),
  //     so they count only after distress, said anywhere in the message or the conversation.
  {
    id: 'lethality.pain_or_quick',
    kind: 'lethality_seeking',
    reason: 'asking whether it hurts or is quick, or how long before one is found (after distress)',
    needs: 'distress',
    lookalikes: ['info_seeking', 'sport_heights'],
    patterns: {
      en: [
        '(painful|hurt|hurts) ~6 or (is it|its|it s|is|would it be|it)? (quick|fast|peaceful|instant|over quickly)',
        'how long (would|will|does) (it take|it be) (for|before|till|until) (someone|anyone|they|somebody) (to)? (find|finds|found) (you|me|a person|someone)',
        'would (you|someone|a person) last (long)? (in it|in there|out there)',
      ],
      es: [
        '(duele|doloroso|dolorosa) ~5 o (es)? (rapido|rapida|rapidito|instantaneo)',
        'cuanto (tardarian|tardaria|tardan) en (encontrar|encontrarte|encontrarme)',
      ],
      fr: [
        '(ca fait mal|c est douloureux|douloureux) ~5 ou (c est)? (rapide|vite|instantane)',
        'ca fait mal de (se noyer|mourir|tomber de haut)',
        'combien de temps (avant qu on|avant que quelqu un|pour qu on) (me|te|vous)? (retrouve|trouve)',
      ],
      de: [
        '(tut|tuts) ~4 weh oder (geht|ist|gehts) (das|es)? (schnell|sofort|vorbei)',
        'wie lange (bis|dauert es bis) (einen|man|mich|jemand) (findet|gefunden)',
      ],
      pt: [
        '(doi|dolorido|doloroso|machuca) ~4 ou (e)? (rapido|rapida|na hora)',
        'quanto tempo (ate|pra) (alguem|acharem|encontrarem) (me|te)? (achar|encontrar)?',
      ],
      it: [
        '(fa male|doloroso|dolorosa) ~4 o (e)? (veloce|rapido|rapida|istantaneo)',
        'quanto (ci)? (metterebbero|mettono) a (trovarmi|trovarti|trovare)',
      ],
    },
  },
  // --- medicine asked for without a doctor, as a yes/no question ("can you buy sleeping pills
  //     online without a doctor", "kriegt man starke Tabletten ohne Rezept"): a means question,
  //     after distress (the language lexicons read it after "where" or "how").
  {
    id: 'means.without_prescription',
    kind: 'means_seeking',
    reason: 'asking for medicine without a doctor or a prescription (after distress)',
    // No care-dosing frame: its words ("prescription", "receta") are this question's own.
    patterns: {
      en: [
        `(buy|get|order|get hold of) ~4 ${PILLS.en} ~3 (without|with no|no) (a)? (doctor|prescription|script|questions)`,
      ],
      es: [`(comprar|conseguir|pillar) ~4 ${PILLS.es} ~3 (sin receta|sin medico|sin preguntas)`],
      fr: [`(acheter|avoir|trouver|choper) ~4 ${PILLS.fr} ~3 (sans ordonnance|sans medecin)`],
      de: [`(kaufen|bekommen|kriegen|kriegt|bekommt|kauft) ~4 ${PILLS.de} ~4 ohne rezept`],
      pt: [`(comprar|conseguir|arranjar) ~4 ${PILLS.pt} ~3 (sem receita|sem medico)`],
      it: [`(comprare|trovare|procurarsi|prendere) ~4 ${PILLS.it} ~3 (senza ricetta|senza medico)`],
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
