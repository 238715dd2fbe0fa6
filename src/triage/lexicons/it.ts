/**
 * Italian triage rules. Folded text without accents or apostrophes; elisions are split
 * ("m'ammazzo" → "m ammazzo", "un'altra" → "un altra").
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

const PERSON = `(mio|mia|miei|mie|il mio|la mia|i miei|le mie|un|una) ${group(RELATIONS.it)}`;
const THEY = `(lui|lei|loro|${PERSON})`;
const PILLS =
  '(pillole|pastiglie|pasticche|compresse|medicine|farmaci|sonniferi|antidepressivi|calmanti|gocce)';
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "tipo 20 delle mie", "venti".
 */
const COUNTED =
  '(tipo|circa|quasi|piu di)? (<many>|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|una decina di|una ventina di) (delle mie|dei miei|di quelle)?';
/** After a counted amount: a daily regimen, not an overdose ("6 tablets a day"). */
const NOT_REGIMEN =
  '!(al giorno|ogni giorno|a settimana|alla settimana|ogni mattina|ogni sera|come prescritto|in totale|durante la settimana)';
const LOTS =
  '(tutte le|tutti i|tutte le mie|tutti i miei|troppe|troppi|una scatola (intera)? di|un flacone di|un sacco di|tantissime|una confezione di)';
const KILL_ME =
  '(uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|farmi fuori|mi ammazzo|mi uccido|m ammazzo)';
const HEIGHTS = '(ponte|palazzo|edificio|tetto|balcone|finestra|scogliera|torre|viadotto)';
const VEHICLES = '(treno|metro|camion|macchina|auto|autobus|tram)';

/** What makes fainting an emergency now: no response, or something taken. */
const FAINTED_AND =
  '(non risponde|non reagisce|non si sveglia|preso|ingoiato|blister|pastiglie|pillole|farmaci)';

const rules: RuleSpec[] = [
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      'vorrei non (esserci|esistere|essere qui|essere vivo|essere viva) (piu)? !(a|al|alla|oggi|stasera|adesso|con|quando)',
      '(voglio|vorrei|desidero|ho voglia di) (solo|soltanto|solamente|tanto)? (morire|essere morto|essere morta|sparire per sempre|scomparire per sempre|non esistere|non svegliarmi|dormire per sempre|smettere di esistere)',
      'vorrei (non essere mai nato|non essere mai nata|non svegliarmi piu|morire nel sonno)',
      '(voglia|pensieri|desiderio) di (morire|sparire|scomparire|non svegliarmi)',
      '(non mi importa|me ne frego) (di morire|se muoio)',
      'sarebbe meglio (morire|essere morto|essere morta|non esistere)',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      'non ho (piu)? voglia di vivere',
      '(senza|ho perso la) voglia di vivere',
      'non voglio piu (vivere|esistere|stare qui|andare avanti)',
      '(stanco|stanca|stufo|stufa) di (vivere|esistere|questa vita)',
      '(nessun|non ho (nessun)?) (motivo|ragione) per (vivere|andare avanti)',
      'la vita non (vale|ha) (la pena|senso)',
    ],
  },
  {
    // Not waking up: a time or a duty in the sentence ("presto", "per il lavoro") is an ordinary
    // morning (as in English).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: ['(non|nn) (voglio|vorrei) (piu)? (svegliarmi|risvegliarmi)'],
  },
  {
    // Finality: done with life or with everything, and wanting it all to end.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      'basta (con)? (la vita|vivere|questa vita)',
      '(ho|ormai ho) (chiuso|finito) con (la vita|tutto|tutti e tutto) !(il|la|lo|i|le|gli|per|oggi|di|del|della|in|ahah)',
      '(voglio|vorrei) che (tutto)? (finisca|finisse|sia finito) (tutto)? !(la|il|presto la|questa|questo|ahah)',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    weight: 0.75,
    patterns: [
      '(starebbero|starebbe|stareste|tutti starebbero) meglio senza di me',
      '(starebbero|tutti starebbero|se la caverebbero) (benissimo|bene|tutti)? (bene)? senza di me !(questo|questa|per|oggi|domani|stasera|durante)',
      'nessuno (si accorgerebbe|sentirebbe la mia mancanza) se (morissi|sparissi)',
      // "preferirei non esserci più piuttosto che vedere la sua faccia".
      '(preferirei|preferisco|vorrei) non esserci piu',
      'sarebbe meglio se (io)? non ci (fossi|fossi piu|sarei) !(a|alla|al|in|stasera|domani|oggi)',
    ],
  },
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      KILL_ME,
      '(penso|pensando|pensato|pensieri|idea|idee) (di|al|a)? (uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|suicidio)',
      '(voglio|vorrei) (farla finita|uccidermi|ammazzarmi)',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: ['(suicida|suicidi)', 'pensieri (suicidi|suicidari|di suicidio)', 'tendenze suicide'],
  },
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      'sull orlo del suicidio',
      '(lasciare|andarmene da) questo mondo',
      // Leaving life as one leaves a service: "disiscrivermi dalla vita".
      '(disiscrivermi|scollegarmi|disconnettermi) (dalla vita|da questo mondo|per sempre)',
    ],
  },
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: [
      '(impiccarmi|avvelenarmi|annegarmi|tagliarmi le vene|spararmi|spararmi in testa)',
      '(tagliarmi|aprirmi|recidermi) (l|un|la) (arteria|femorale|giugulare|carotide)',
      `(buttarmi|gettarmi|lanciarmi|saltare) (da|dal|dalla|da un|da una|sotto|sotto un|sotto il|sotto al|davanti a un|davanti al) ~1 (${HEIGHTS}|${VEHICLES})`,
      `(prendere|ingoiare) ${LOTS} ${PILLS}`,
      '(fare|farmi) (una|un) overdose',
      '(farmi saltare|spappolarmi|farmi esplodere) (le cervella|il cervello|la testa)',
      '(piantarmi|spararmi|mettermi|infilarmi) (una pallottola|un colpo|un proiettile) (in testa|nella testa|in bocca|alla tempia)',
    ],
  },
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(ponti|ponte|palazzi|palazzo|edifici|edificio|scogliere|torri) piu (alti|alto|alte|alta)',
      '(quale|quali) (ponte|ponti|palazzo|palazzi) (e|sono) (il|i)? piu (alto|alti)',
    ],
  },
  {
    // A height named by its place ("the highest point of the gorge", "die höchste Stelle an der
    // Klamm") or a place asked about for what stops a fall ("a pas de filet"): like the named
    // bridges and towers above, it counts only after distress.
    id: 'means.heights_place',
    kind: 'means_seeking',
    reason: 'asking about heights or unguarded places',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(il punto|la parte|il piano|il posto|il tetto|la terrazza|il belvedere) piu (alto|alta) (di|del|della|in)',
      '(ponte|palazzo|tetto|terrazza|scogliera|viadotto|belvedere|balcone) ~5 (senza|non ha) (rete|reti|ringhiera|parapetto|recinzione|protezione)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [`(quante|quanti) ${PILLS}`],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['dove (compro|trovo|posso comprare) (una pistola|un arma|una corda|del veleno)'],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'dose (letale|mortale)',
      '(modi|modo|maniere|maniera|metodi|metodo) (meno dolorosi|meno doloroso|meno dolorose|piu veloci|piu veloce|piu rapidi|piu rapido|piu facili|piu facile|facili|facile|veloci|veloce|indolori|indolore|senza dolore|sicuri|sicuro) (per|di) (morire|uccidermi|ammazzarmi|suicidarmi|farla finita|suicidarsi|uccidersi|ammazzarsi|togliersi la vita)',
      'morire senza (soffrire|dolore)',
      'come (uccidermi|suicidarmi|togliermi la vita|farla finita|suicidarsi|uccidersi|togliersi la vita)',
      '(quante|quanti) ~3 per (morire|non svegliarmi|uccidermi)',
      // the amount as the subject: "quante pillole mi ucciderebbero"
      '(quante|quanti|quanto) ~4 (mi ucciderebbero|mi ucciderebbe|mi uccidono|mi uccide|sarebbero letali|sarebbe letale)',
      // the amount asked about by count: "bastano 20 pastiglie per morire?"
      `(${LOTS}|${COUNTED})? ${PILLS} (bastano|basterebbero|sono sufficienti|sarebbero sufficienti|sono abbastanza|sarebbero abbastanza) (per|a) (morire|uccidermi|ammazzarmi|non svegliarmi|farla finita)`,
      `(bastano|basterebbero) (${LOTS}|${COUNTED})? ${PILLS} (per|a) (morire|uccidermi|ammazzarmi|non svegliarmi|farla finita)`,
      `(${LOTS}|${COUNTED}) ${PILLS} (mi ucciderebbero|mi ammazzerebbero)`,
    ],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      `(sto per|adesso|ora|stasera|domani|vado a|sono pronto a|sono pronta a) ${KILL_ME}`,
      '(mi ammazzo|mi uccido|la faccio finita) (stasera|stanotte|oggi|domani|adesso)',
      '(ho intenzione di|intendo) (uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita)',
      'questa (volta|notte) (lo faccio|la faccio finita)',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(lo faccio|lo faro|nessuno mi fermera|sono pronto|sono pronta)'],
  },
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      '(ho deciso|e deciso) (di)? (uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|morire)',
      'ho un piano per (uccidermi|ammazzarmi|suicidarmi|farla finita)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      'ho (gia)? (pianificato|preparato|organizzato) tutto',
      'ho (un|gia un) piano',
      '(e tutto|tutto e) (deciso|pianificato)',
      'ho (gia)? scelto (il giorno|la data|il posto)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: ['lettera di suicidio'],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: ['(lettera|lettere|biglietto|messaggio|messaggi) (d|di) addio'],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(ho regalato|sto regalando|regalo|ho dato via|sto dando via) (tutte)? (le mie cose|tutto)',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "ho regalato le mie cose").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(lettera|lettere|biglietto|biglietti) ~6 per (quando|dopo che) (non ci saro piu|saro morto|saro morta|me ne saro andato|me ne saro andata|moriro)',
      '(sto regalando|ho regalato|regalo|sto dando via|ho dato via) (tutte)? (le mie cose|la mia roba) ~3 non (mi)? (serviranno|servira|servono) piu !(la|li|qui|quando|fino|in|a|nel|nella)',
    ],
  },
  {
    // A last message with a goodbye, said outright: counts without distress, and it is now.
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: ['(questo e|e) il mio ultimo messaggio ~4 (addio|ciao a tutti)'],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills or acquiring means',
    patterns: [
      `(sto conservando|ho conservato|metto da parte|ho messo da parte|accumulo|ho accumulato|nascondo) (le mie|i miei)? ${PILLS}`,
    ],
  },
  {
    // Pills kept aside: stored medicine has an everyday reading, so only after distress.
    id: 'prep.stashed',
    kind: 'preparation',
    reason: 'pills put away (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [`${PILLS} ~3 (nascoste|nascosti|messe da parte|messi da parte|messe via)`],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['ho comprato (una corda|una pistola|un arma|del veleno)'],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      '(questo e|e) (un addio|il mio addio|il mio ultimo messaggio)',
      'addio (a tutti|per sempre|mondo)',
      'quando (leggerete|leggerai) (questo|questo messaggio) (non ci saro piu|saro morto|saro morta)',
      'perdonatemi (per tutto)?',
    ],
  },
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      'tentativo (fallito|andato male)',
      `(ho provato a|ho tentato di|ho cercato di) ${KILL_ME}`,
      'tentato (il)? suicidio',
      'tentativo di suicidio',
    ],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(ho preso|ho ingoiato|ho appena preso|mi sono preso|mi sono presa) ${LOTS} ${PILLS}`,
      `(ho preso|ho ingoiato|ho appena preso|mi sono preso|mi sono presa) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(ho bevuto|ho ingoiato) (candeggina|veleno|varechina)',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      'sono (sul|sulla|sopra il|in cima al|sul bordo del) (ponte|tetto|cornicione|binari|scogliera)',
    ],
  },
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(stasera|stanotte|oggi|adesso|subito|questo fine settimana|questo weekend|domani)',
      'tra (un|qualche|due|<num>) (ora|ore|minuti)',
      'quando (tutti|i miei) (dormono|dormiranno|usciranno)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      '(la prossima settimana|il mese prossimo|il prossimo mese|l anno prossimo)',
      'il giorno del mio compleanno',
      'dopo (gli esami|natale|il matrimonio)',
    ],
  },
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(non ce la faccio piu|non ne posso piu|non reggo piu)',
      '(senza|nessuna) speranza',
      '(sono|mi sento) (un peso|inutile|un fallimento|vuoto|vuota|una nullita)',
      '(niente|nulla) ha (piu)? senso',
      '(ho perso|perso) il (lavoro|mio lavoro)',
      '(licenziato|licenziata|mi ha lasciato|mi ha lasciata)',
      '(mi odio|odio la mia vita)',
      '(a nessuno importa di me|nessuno mi vuole bene)',
      '(disperato|disperata|mi arrendo|solo al mondo|sola al mondo|cosi solo|cosi sola)',
    ],
  },
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['grooming', 'accident'],
    patterns: [
      '(tagliarmi|mi taglio|mi sono tagliato|mi sono tagliata|farmi del male|mi faccio del male|ferirmi|bruciarmi|mi brucio|colpirmi)',
      '(tagli|segni) (sulle|sui) (braccia|polsi|gambe|cosce)',
      '(voglia|bisogno|impulso) di (tagliarmi|farmi del male|ferirmi)',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: [
      '(autolesionismo|autolesioni|autolesione|autolesionista)',
      'ricaduta (nei tagli|nell autolesionismo)',
    ],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: ['(servono|ho bisogno di) (i)? punti', 'tagliato (troppo|molto) profondo'],
  },
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      '(voglio|vado a|sto per) (ucciderlo|ucciderla|ammazzarlo|ammazzarla|fargli del male|farle del male)',
      `(voglio|sto per|vado a) (uccidere|ammazzare|ferire|accoltellare|picchiare) (qualcuno|lui|lei|${PERSON})`,
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      '(pensieri|paura) di (fare del male|ferire|uccidere) (a)? (qualcuno|mio figlio|mia figlia|il mio bambino)',
    ],
  },
  {
    id: 'abuse.violence',
    kind: 'abuse',
    reason: 'being abused',
    patterns: [
      `(${PERSON}|lui|lei) mi (picchia|picchiava|colpisce|minaccia|violenta|strangola|chiude|prende a calci|spinge|tocca)`,
      'violenza (domestica|di genere|in famiglia)',
      'paura di tornare a casa',
      '(abuso sessuale|abusi sessuali|abusato di me|abusata|molestata|molestato)',
      '(maltrattamenti|maltrattata|maltrattato)',
      'mi (minaccia|ha minacciato) di (uccidermi|ammazzarmi)',
      'non mi lascia (vedere i miei amici|uscire|lavorare)',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(mi sta|sta) (picchiando|colpendo|strangolando)',
      'mi (nascondo|sono nascosta|sono nascosto) (da lui|da lei|in bagno)',
      '(ha|ha preso) (un coltello|una pistola|un arma)',
      'sta (cercando di entrare|sfondando la porta)',
    ],
  },
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices or delusional beliefs',
    patterns: [
      'sento (delle)? voci',
      'le voci (mi dicono|mi parlano|non smettono)',
      'mi (stanno)? (spiano|spiando|sorvegliano|sorvegliando|avvelenano|avvelenando|seguono|seguendo)',
      '(leggono|controllano|rubano) i miei pensieri',
      'un chip nella (mia)? (testa|cervello)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'le voci mi (dicono|ordinano|chiedono) di (uccidermi|uccidere|farmi del male|buttarmi|fare del male|ammazzare)',
    ],
  },
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'non dormo da (giorni|<num> giorni|una settimana)',
      'non ho bisogno di dormire',
      'non ho dormito per (giorni|<num> giorni)',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(sono|mi sento) (invincibile|un genio|dio|il prescelto|la prescelta|inarrestabile)',
      'dio mi ha scelto',
      'i (miei)? pensieri (corrono|vanno troppo veloci)',
      '(tantissima|troppa) energia',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      'ho speso tutti i (miei)? risparmi',
      'ho lasciato il lavoro per',
      'ho investito tutto',
    ],
  },
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      'conto (le)? calorie',
      'paura di (ingrassare|mangiare)',
      'odio il mio corpo',
      '(smettere di|ho smesso di) mangiare',
      '(anoressia|anoressica|anoressico|bulimia|bulimica|bulimico|abbuffata|abbuffate|disturbo alimentare)',
      'salto i pasti',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      '(mi faccio vomitare|farmi vomitare|mi sono fatta vomitare|mi sono fatto vomitare)',
      'vomito dopo (mangiato|i pasti|aver mangiato)',
      'non mangio da (giorni|<num> giorni|una settimana)',
      'lassativi per dimagrire',
      'meno di <num> calorie al giorno',
    ],
  },
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      'non riesco a smettere di (bere|drogarmi|usare)',
      '(ricaduta|ricaduto|ricaduta nel bere)',
      'bevo (ogni giorno|tutti i giorni|per dimenticare|fino a)',
      '(astinenza|crisi di astinenza)',
      '(pillole|farmaci) con (alcol|l alcol)',
    ],
  },
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `(ho preso|ha preso|ho ingoiato|ha ingoiato) ${LOTS} ${PILLS}`,
      `(ho preso|ha preso|ho ingoiato|ha ingoiato) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      // The bare word is English too: only an Italian frame of an overdose happening now counts.
      '(ho|ha|sto|sta) (avuto|avendo|facendo|fatto) (un|una)? (overdose|sovradosaggio)',
      '(sono|e) in (overdose|sovradosaggio)',
      '(ho bevuto|ha bevuto) (candeggina|veleno)',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      'non smette di sanguinare',
      '(e|è) (incosciente|privo di sensi|priva di sensi)',
      // Fainted alone (at a concert, in the heat, and fine now) is not an emergency now; with
      // something taken or no response it is.
      `(e|è) (svenuto|svenuta) ~9 ${FAINTED_AND}`,
      'non respira',
      'non riesco a respirare',
      'dolore al petto',
      'non si sveglia',
      '(respira a fatica|respira appena|quasi non respira)',
      '(vomita|vomito|sto vomitando|sputa|sputo) sangue',
      '(mi hanno|le hanno|gli hanno) (messo|drogato) (qualcosa)? (nel|il) (drink|bicchiere|cocktail)',
    ],
  },
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(sono preoccupato|sono preoccupata|ho paura) per ${PERSON}`,
      `come (posso)? aiutare ${PERSON}`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (vuole|dice che vuole|parla di|ha detto che vuole) (morire|uccidersi|ammazzarsi|suicidarsi|togliersi la vita|farla finita|sparire)`,
      '(vuole|sta per|ha tentato di) (uccidersi|ammazzarsi|suicidarsi|togliersi la vita)',
      `${THEY} (si taglia|si fa del male|si ferisce)`,
      `${THEY} (e|è) suicida`,
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (ha regalato|sta regalando|regala) (tutte)? le sue cose`,
      '(ha tentato|ha provato) (di|a) (uccidersi|suicidarsi|togliersi la vita)',
      '(mi ha mandato|ha lasciato|ha scritto) (una lettera|un messaggio) (d|di) addio',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} ha (preso|ingoiato) ${LOTS} ${PILLS}`,
      `${THEY} ha (preso|ingoiato) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `${THEY} (e sul ponte|e sul tetto|non respira|non si sveglia)`,
      `${THEY} (ha avuto|ha fatto|sta avendo) (un|una)? (overdose|od)`,
      // Fainting alone is not an attempt or an overdose (a concert, the heat): it counts with
      // something taken or no response.
      `${THEY} (e svenuto|e svenuta) ~9 ${FAINTED_AND}`,
    ],
  },
  // Breadth: everyday phrasing as people type it (no accents, "nn", "xke").
  {
    id: 'intent.make_it_end',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      '(la faccio|la faro|sto per farla|vado a farla) finita !(con|col|coi|di|per)',
      '(stasera|stanotte|oggi|domani|adesso) (mi ammazzo|mi uccido)',
      '(domani|stasera) non ci (saro|sarò) piu !(in|a|al|alla|allo|per)',
    ],
  },
  {
    id: 'plan.decided_colloquial',
    kind: 'plan',
    reason: 'decided to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(ho deciso|ho preso la mia decisione|e deciso|ormai e deciso)'],
  },
  {
    id: 'intent.it_will_be',
    kind: 'intent',
    reason: 'intent to act, with a time (after distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: ['(sara|succedera) (stasera|stanotte|oggi|domani|adesso)'],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'goodbye letters, giving things away or settling affairs (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(ho regalato|ho dato via|sto regalando|regalo) (tutte)? le mie cose',
      '(ho scritto|ho lasciato) (delle|le)? lettere (per|a) (la mia famiglia|i miei figli|i miei genitori|tutti)',
      '(ho sistemato|sto sistemando|ho messo in ordine) (tutto|le mie cose|i miei affari|le mie faccende)',
      '(ho salutato|saluto|sto salutando) tutti per sempre',
      '(prendetevi|prenditi) cura (del mio|della mia|dei miei) (gatto|cane|figli|figlio|figlia) per me',
    ],
  },
  {
    id: 'attempt.now_symptoms',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(l ho fatto|e fatta|ho preso tutto)',
      '(mi gira la testa|ho tanto sonno|mi sento intontito|mi sento intontita|sto per svenire)',
    ],
  },
  {
    id: 'medical.overdose_colloquial',
    kind: 'overdose',
    reason: 'overdose now',
    patterns: [
      `(ho preso|ho ingoiato|mi sono preso|mi sono presa) ${LOTS} (pastiglie|pillole|pasticche|compresse|farmaci|medicine|sonniferi|gocce)`,
    ],
  },
  {
    id: 'lethality.not_wake',
    kind: 'lethality_seeking',
    reason: 'asking what would stop one waking up',
    lookalikes: ['care_dosing'],
    patterns: [
      '(quante|quanti|quanto) ~4 per non (svegliarsi|svegliarmi|risvegliarsi|risvegliarmi) (piu)?',
    ],
  },
  {
    id: 'passive.everyday',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(addormentarmi|dormire) e non (svegliarmi|risvegliarmi) (piu)?',
      'non (svegliarmi|risvegliarmi) piu',
      '(starebbero|stareste|starebbe) (tutti)? meglio senza (di)? me',
      '(vorrei|voglio) (sparire|scomparire|non esistere|non essere mai nato|non essere mai nata)',
      'a che serve (vivere|andare avanti)',
    ],
  },
  {
    id: 'self_harm.medical_colloquial',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    // A cut while cooking or gardening that bleeds is an accident, like the plain self-injury rule.
    lookalikes: ['accident'],
    patterns: [
      '(mi sono tagliato|mi sono tagliata|mi sono bruciato|mi sono bruciata) ~8 (non smette di sanguinare|sanguina tanto|troppo profondo|punti)',
      '(ho tagliato|mi sono tagliato|mi sono tagliata) (troppo a fondo|troppo in profondita|piu a fondo del solito)',
    ],
  },
  {
    id: 'others.intent_colloquial',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      '(ammazzo|uccido|ammazzero|uccidero) (il mio|la mia|mio|mia|quel|quella|quello|lui|lei) !(tempo|tempi|noia)',
    ],
  },
  {
    id: 'eating.purge_colloquial',
    kind: 'eating_disorder_severe',
    reason: 'purging',
    patterns: [
      'vomito (dopo|appena) (ogni|i|aver|che ho) (pasto|pasti|mangiato)',
      'vomito ~2 apposta',
    ],
  },
  {
    id: 'abuse.minor',
    kind: 'abuse',
    reason: 'a minor being abused',
    patterns: [
      `ho <num> anni ~3 (${PERSON}|mio padre|mia madre|il mio patrigno|la mia matrigna) mi (picchia|tocca|maltratta|chiude)`,
    ],
  },
  {
    id: 'others.friend_goodbye',
    kind: 'third_party_plan',
    reason: 'someone else sent a goodbye message',
    patterns: [
      `${THEY} mi ha (mandato|scritto|lasciato) (un|una) (messaggio|lettera|biglietto|vocale) di addio`,
    ],
  },
  {
    id: 'active.mi_voglio_ammazzare',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      'mi (voglio|vorrei|volevo) (ammazzare|uccidere|suicidare|togliere la vita) !(di|dal|dalle|a|per|con|se)',
    ],
  },
  {
    id: 'passive.everyday_more',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      'nessuno (sentirebbe|sentira|noterebbe) la mia (mancanza|assenza)',
      '(vojo|vorrei solo|voglio solo) (mori|morire|sparire)',
    ],
  },
  {
    id: 'eating.restriction_colloquial',
    kind: 'eating_disorder_severe',
    reason: 'severe restriction',
    patterns: [
      'non (mangio|ho mangiato) (niente|nulla|quasi niente) da (<num>|due|tre|quattro|cinque|giorni|una settimana) (giorni)?',
    ],
  },
  // Plain first-person statements as people type them (no accents, chat spelling).
  {
    id: 'plan.said',
    kind: 'plan',
    reason: 'decided, said plainly',
    lookalikes: ['life_change'],
    patterns: [
      '(ho deciso|e deciso|ormai e deciso)',
      '(stasera|stanotte|domani) (e finita|la faccio finita|e la sera) !(con|per|di|a|al|alla)',
      'non (torno|tornero) (piu)?',
      'so (gia)? (come|dove) (e (quando|dove|come))?',
      '(e|ho) tutto (pianificato|pronto|organizzato) !(per (il|la|le|i|mio|mia|nostro))',
    ],
  },
  {
    id: 'intent.said',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(questa volta|stavolta) (lo faccio|la faccio) (davvero|sul serio)?',
      '(credo|penso) che (stavolta|questa volta)? (lo faro|lo faccio)',
      'non (ci saro|saro qui) (ancora)? (per molto|a lungo)',
    ],
  },
  {
    id: 'attempt.said',
    kind: 'attempt',
    reason: 'a recent attempt',
    patterns: ['(dal|dopo il) mio tentativo', 'ho (fatto|tentato) un tentativo'],
  },
  {
    id: 'attempt.now_said',
    kind: 'attempt_now',
    reason: 'took pills a short while ago or at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'sightseeing'],
    patterns: [
      'ho preso (le|tutte le|i|tutti i|mie) (pillole|pastiglie|farmaci|medicine) ~2 fa',
      'sono (sul|sopra il) (ponte|tetto|cornicione) (adesso|ora)?',
    ],
  },
  {
    id: 'distress.said',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      'non so (nemmeno|neanche)? (perche|xke|perké) (scrivo|lo scrivo|te lo dico)',
      '(volevo|voglio) (solo)? che qualcuno (lo)? (sapesse|sappia)',
      '(peggior settimana della mia vita|non ce la faccio piu)',
    ],
  },
  {
    id: 'plan.said_place',
    kind: 'plan',
    reason: 'going to a place to end it',
    patterns: ['(vado|andro) (sul|al|in cima al) (ponte|palazzo|tetto|cavalcavia) e basta'],
  },
  {
    id: 'method.dwelling',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      'non riesco a smettere di pensare (al|alla|ai|alle) (ponte|scogliera|binari|fucile|pastiglie|pillole|tetto)',
      '(guardo|fisso) i binari',
      'ci penso ogni volta',
      '(passo le notti a|sto) cercare modi',
      '(basterebbero|basterebbe|sarebbero abbastanza) per non (svegliarmi|svegliarsi)',
    ],
  },
  {
    id: 'prep.said',
    kind: 'preparation',
    reason: 'gave things away, wrote letters or a last message (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      'ho regalato (la mia|il mio|i miei|le mie) ~4 ~8 ho detto (che)?',
      '(questo e|e) il mio ultimo messaggio',
      'ho scritto (delle)? lettere per (mia|mio)',
      'ho sistemato il testamento',
    ],
  },
  {
    id: 'attempt.now_said2',
    kind: 'attempt_now',
    reason: 'took pills a short while ago (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: ['ho preso (le|i) (pastiglie|pillole|farmaci) (mezz ora|un ora|poco) fa'],
  },
  {
    id: 'abuse.said',
    kind: 'abuse',
    reason: 'being abused, threatened or exploited',
    patterns: ['dice che mi (ammazza|uccide)', 'manda le altre'],
  },
  {
    id: 'others.said',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: ['lo (ammazzo|uccido) ~4 (sul serio|davvero)', 'stavolta non se la cava'],
  },
  {
    id: 'medical.said',
    kind: 'medical',
    reason: 'a medical emergency now',
    patterns: [
      'troppa (coca|cocaina|roba) ~8 (cuore|petto)',
      '(compagno di mia madre|patrigno|zio|cugino) entra in camera mia',
      'il sangue non si ferma',
    ],
  },
  // --- Crisis breadth (issue 3): oblique means, lethality, preparation and farewell wording,
  // southern forms and chat spelling. Oblique cues need distress; two vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(sono|sn|so) (solo)? un peso per (tutti|tutto il mondo|la mia famiglia)',
      '(sono|sn) (stanco|stanca|stufo|stufa) (d|di) (tutto|vivere|questa vita)',
      '(nun|non) ce la (faccio|fo) (cchiu|chiu|piu)',
      '(sono|sn) al limite',
      '(non|nn) (reggo|sopporto) piu',
      '(non dormo|nn dormo) ~3 (non mangio|nn mangio)',
      '(volevo|voglio) (solo)? (dire addio|salutare tutti|che qualcuno sapesse)',
      '(ho perso|perso) (tutto|il lavoro|la casa)',
      '(non|nn) mi serve piu (niente|nulla)',
    ],
  },
  {
    id: 'lethality.hurt',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts (after distress)',
    needs: 'distress',
    lookalikes: ['sport_heights', 'info_seeking'],
    patterns: [
      '(fa male|si soffre|e veloce) ~2 (buttarsi|lanciarsi|gettarsi|annegare|impiccarsi|morire)',
      '(da|a partire da) (che|quale) (piano|altezza) ~6 (muore|sopravvive|non sopravvive)',
    ],
  },
  {
    id: 'lethality.how_long',
    kind: 'lethality_seeking',
    reason: 'asking how long dying takes',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'quanto (ci vuole|tempo ci vuole|ci mette) ~2 (a|per) morire',
      `(quale|quali) (${PILLS}|farmaco|farmaci) ~3 (piu pericoloso|piu pericolosi|e letale|sono letali) (se|quando) (ne)? (prendi|prendo|si prende) (troppo|troppi|tanti)`,
    ],
  },
  {
    id: 'means.no_questions',
    kind: 'means_seeking',
    reason: 'asking where to get means unnoticed (after distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      `(dove|come) (si comprano|compro|trovo|prendo|si trovano|posso comprare) ~3 (${PILLS}|sonniferi|veleno|una corda|una pistola) ~3 (senza ricetta|senza che ~3 (sappia|sappiano)|di nascosto)`,
      `(dove|come) (si comprano|compro|trovo|si trovano|posso comprare) ~2 (veleno|una corda|una pistola)`,
    ],
  },
  {
    id: 'prep.oblique',
    kind: 'preparation',
    reason: 'settling affairs or saying goodbye (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(ho dato via|dato via|ho regalato) (il cane|il gatto|la gatta|le mie cose|tutto)',
      '(ho lasciato|lascio) le chiavi',
      '(ho sistemato|sistemato) tutto (prima di)?',
      '(ho salutato|salutato) tutti',
      '(cancellato|eliminato|chiuso) (i profili|i miei profili|tutti i profili|i social|l account)',
      '(domani|stanotte|stasera) (non ci sono|non ci saro|nn ci sono) piu',
      '(non|nn) mi (servono|serve) piu (niente|nulla)?',
      '(mi sono procurato|mi sono procurata|ho comprato|ho preso) (una corda|il veleno|del veleno|una pistola) ~4 (non|nn) (e|è) per',
    ],
  },
  {
    id: 'prep.last_message_said',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(questo e|e|ecco) (il mio|l)? ultimo messaggio ~6 (grazie|abbiate cura|perdonatemi|scusate|vi voglio bene|addio)',
    ],
  },
  {
    id: 'prep.stockpile_breadth',
    kind: 'preparation',
    reason: 'stockpiling pills',
    patterns: [
      `(sto mettendo da parte|metto da parte|ho messo da parte|sto accumulando|accumulo|sto conservando) (le|i|delle|dei)? ${PILLS}`,
    ],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(voglio|vorrei|devo) togliermi di mezzo',
      '(mi ammazzo|mi uccido|la faccio finita) ~4 (sul serio|giuro|davvero|stavolta)',
      '(la faccio|faccio) finita (domani|stanotte|stasera|oggi) !(con)',
    ],
  },
  {
    // Leaving for good has a move abroad as its everyday reading ("me ne vado per sempre, vado a
    // vivere in Australia").
    id: 'intent.leaving_forever',
    kind: 'intent',
    reason: 'leaving for good, said as an intent',
    lookalikes: ['moving', 'life_change'],
    patterns: ['(me ne vado|me ne vo|andarmene) (pe|per) sempre'],
  },
  {
    id: 'attempt.now_breadth',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    patterns: [
      '(mi sono|me so) (tagliato|tagliata) le vene',
      `(ho preso|ho ingoiato|ho mandato giu) (tutta la scatola|tutto il flacone|tutte le|tutte) ~3 ${PILLS}? ~8 (fa|mi gira la testa|sonno|sto male)`,
    ],
  },
  {
    id: 'attempt.now_height',
    kind: 'attempt_now',
    reason: 'at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(sono|sto) (sul|sulla|in cima al|in cima alla) (tetto|ponte|cornicione|balcone|palazzo)',
    ],
  },
  {
    id: 'prep.farewell_words',
    kind: 'preparation',
    reason: 'farewell words (with distress, or with another sign)',
    needs: 'distress',
    near: true,
    weight: 0.75,
    patterns: [
      '(grazie|grazie mille) (di|per) tutto',
      'grazie (per avermi ascoltato|per avermi ascoltata|di avermi ascoltato|di esserci stato|di esserci stata|per esserci stato|per esserci stata)',
      '(abbiate|abbi) cura di (voi|te|mamma|papa|lei|lui|mia|mio)',
      '(perdonatemi|perdonami)',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(procurato|procurata|comprato) (una|la) (corda|pistola) ~3 (non e|e non e) per (arrampicare|il campeggio|la barca|il trasloco)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(mi sento|sono|sto) (stranamente)? (calmo|calma|in pace|tranquillo|tranquilla) (da quando ho (deciso|scelto)|con la decisione|con la mia decisione)',
    ],
  },
  {
    // "It's not for camping" said about means: with distress or another sign, acquired means.
    id: 'prep.denied_use',
    kind: 'preparation',
    reason: 'means, and not for the everyday use (with distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: ['(e)? non (e|è) per (arrampicare|il campeggio|la barca|il trasloco|il cane|i topi)'],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, "for when
  // I'm not here", half already taken, at an edge and not coming down.
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(non|nn) (sopporto|reggo) piu (niente|nulla|questa vita)?',
      '(non|nn) ce la faccio (proprio|davvero)? piu',
      'per me e finita',
      '(solo|sola) da quando ~3 (e morta|e morto|se n e andata|se n e andato)',
    ],
  },
  {
    id: 'prep.farewell_note',
    kind: 'preparation',
    reason: 'words of a farewell note (with distress or another sign)',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      'se (stai|state) leggendo (questo|questa|qui)',
      '(non|nn) (e|era) colpa (tua|vostra)',
      '(per quando|quando) (non|nn) ci saro piu',
      '(dite|di|dille|ditele) (a|alla|al) ~3 che sono (partito|partita) (per un viaggio)?',
      '(non|nn) tornero (piu)?',
      '(di|dite|dille|digli|ditelo) (a|alla|al) (mia|mio) ~2 che (le|gli)? (voglio bene|ho voluto bene|mi dispiace)',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(li|la|lì|là) nessuno mi (cerca|trova|cerchera|trovera)',
      'non (chiedete|chiedere) perche',
    ],
  },
  {
    id: 'prep.oblique_more',
    kind: 'preparation',
    reason: 'settling affairs (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(ho)? restituito tutto quello che mi (avevano|avevate) prestato',
      '(registrato|lasciato) un (vocale|video|messaggio) per (i miei|le mie|mio|mia)',
      'camera d albergo ~8 (pastiglie|pillole|farmaci)',
      '(intestato|lasciato) la casa a',
      '(chiusa|chiuso) in bagno (col|con il|con la) ~3 (flacone|scatola|pastiglie|pillole)',
      'cerco una corda (robusta|resistente|forte)',
    ],
  },
  {
    id: 'plan.day_named',
    kind: 'plan',
    reason: 'a day named for it (with distress or another sign)',
    needs: 'distress',
    near: true,
    lookalikes: ['life_change'],
    patterns: ['(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani) finisce tutto'],
  },
  {
    id: 'intent.jump_place',
    kind: 'intent',
    reason: 'going to jump, said plainly (with distress)',
    needs: 'distress',
    patterns: [
      'mi (butto|getto|lancio) (nel|dal|dalla|sotto il|sotto al) (fiume|ponte|lago|mare|treno|palazzo|viadotto)',
    ],
  },
  {
    id: 'means.measure',
    kind: 'means_seeking',
    reason: 'asking about heights (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: ['quanto (e|è) alto (il|la) ~2 (viadotto|ponte|palazzo|torre|diga)'],
  },
  {
    id: 'attempt.now_more',
    kind: 'attempt_now',
    reason: 'partway through taking them (with distress or another sign)',
    needs: 'distress',
    patterns: [
      'ne ho (gia)? (presa|prese|preso) meta',
      '(non|nn) voglio (nemmeno|neanche|piu)? scendere',
    ],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      'non (vi|ti) (daro|disturbero|disturbo) piu (fastidio)?',
      'non dovrete piu (preoccuparvi|sopportarmi)',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: ['(sono)? (pronta|pronto) ad (andarmene|andare via) !(a|al|in|da|con)'],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: ['smesso apposta di prendere ~4 (pillole|pastiglie|farmaci|medicine|insulina)'],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: ['nessuno (entra|entrera|viene) a (disturbarmi|fermarmi|trovarmi)'],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: ['so quali (farmaci|pillole|pastiglie) (basterebbero|funzionerebbero)'],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['(i binari|il ponte|il fiume|il mare|il treno) ~4 mi (chiamano|chiama)'],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(scusate|scusa|scusatemi) se sono un peso',
      '(non|nn) posso piu vivere (cosi|così)',
      'senza (famiglia|nessuno|amici) qui',
    ],
  },
  {
    id: 'prep.handing_over',
    kind: 'preparation',
    reason: 'handing things over, signing off (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'sport_shooting'],
    weight: 0.8,
    patterns: ['(puo|può) tenersi tutto', '(non|nn) (giochero|sarò|saro) piu', 'gg a tutti'],
  },
];

export const IT: Lexicon = { lang: 'it', rules };
