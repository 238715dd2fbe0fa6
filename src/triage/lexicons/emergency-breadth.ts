/**
 * Breadth for overdoses and attempts told plainly (issue 3), by class of sign like
 * `crisis-breadth.ts`: medication overdone with the body reacting (sick, ears ringing), a person's
 * whole store of medicine swallowed, "took everything" or "the lot" with danger signs, the same
 * after distress as an attempt, asking that nobody be called or wanting it all to stop (distress
 * that makes such a cue an attempt), bleeding that will not stop, and someone else collapsed after
 * taking something. Each class gives its everyday wording in the six languages; `index.ts`
 * appends them.
 *
 * Patterns follow the lexicon rule (types.ts): a medicine is named only by its class, never an
 * amount, a dose or an instruction. Wording with an everyday reading ("took the lot") needs
 * distress (`needs`).
 */
import type { ScopeLanguage } from '../../nlp/scope.js';
import { classesByLanguage, DANGER, type RuleClass } from './categories-breadth.js';
import type { RuleSpec } from './types.js';

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
  en: '(took|taken|swallowed|necked|downed) (the lot|it all|everything|all of them|all of it) !(would|will|at once|in|from|out|off|to|and see|if|when|with|back|home|apart|into|on|for|i|you)',
  es: '(me tome|me he tomado|me trague|me he tragado|tome) (todo|todas|la caja entera|toda la caja|el bote entero)',
  fr: '(j ai|jai) (tout (pris|avale)|pris toute la boite|avale toute la boite)',
  // "alles geschluckt" counts on its own (`medical.took_all_stored`).
  de: '(hab|habe) (alles|die ganze packung) (genommen|eingeworfen)',
  pt: '(tomei|engoli) (tudo|a caixa inteira|a cartela inteira|todos)',
  it: '(ho preso|ho ingoiato|mi sono preso|mi sono presa) (tutto|tutta la scatola|la scatola intera|tutte)',
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
  // --- asking that nobody be called, or wanting it all to stop: distress (context only) that
  //     makes "took everything" an attempt.
  {
    id: 'distress.nobody_called',
    kind: 'distress',
    reason: 'distress (asks that nobody be called, or wants it all to stop)',
    patterns: {
      en: [
        '(dont|don t|do not) (call|ring|phone) (anyone|anybody|an ambulance|my (mum|mom|dad|parents))',
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
