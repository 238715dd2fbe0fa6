import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Tells the person to start, stop or change a medication or dose. The safe message — "don't stop
 * your medication without talking to your doctor" — is cancelled twice over: by its negation and
 * by deferring the decision to a prescriber in the same sentence.
 */
const MEDS_EN =
  '(meds|medication|medications|medicine|medicines|pills|tablets|antidepressants?|antipsychotics?|mood stabili[sz]ers?|SSRIs?|SNRIs?|lithium|sertraline|fluoxetine|citalopram|escitalopram|venlafaxine|quetiapine|olanzapine|lamotrigine|benzos|benzodiazepines|sleeping pills|prescription|dose|dosage)';

const INSTRUCTION = compileLexicon('medication_instruction.instruction', {
  en: [
    `(stop|stopping|quit|quitting|discontinue|discontinuing|come off|coming off|get off|getting off|cut down|cutting down|cut back on|reduce|reducing|lower|lowering|increase|increasing|raise|raising|double|doubling|skip|skipping|halve|halving|taper|tapering|up|upping|adjust|adjusting|change|changing|switch|switching) (taking |using )?(your |the |those |these |all your |some of your )?${MEDS_EN}`,
    `(you should|you could|you can|you need to|try|I('d| would) (suggest|recommend)) (start|starting|take|taking|try|trying|begin|get on|go on) (an? |some |your )?${MEDS_EN}`,
    `take (an extra|another|more|double|twice|half) (of )?(your |the )?(\\p{L}+ )?${MEDS_EN}`,
    `take (\\d+|one|two|three) (mg|milligrams|pills|tablets)`,
    `you (don't|do not) need (your |the |those |any )?${MEDS_EN}( anymore| any more)?`,
    `(it's|it is) (fine|okay|ok|safe) to (stop|skip|double|increase|reduce|quit|come off) (your |the )?${MEDS_EN}`,
  ],
  es: [
    '(deja|deje|dejar|dejes) de tomar (tu |tus |la |las |los |el |su |sus )?(medicación|medicamentos?|medicinas?|pastillas|antidepresivos?|tratamiento|litio)',
    '(aumenta|aumente|reduce|reduzca|baja|baje|sube|suba|duplica|duplique|cambia|cambie|ajusta) (tu |la |su )?(dosis|medicación)',
    '(toma|tome) (más|el doble|otra pastilla|una pastilla más|\\d+ ?mg)',
    'no necesitas (tu |tus |la )?(medicación|pastillas|antidepresivos)',
    '(empieza|empezar|comienza) a tomar (un |una |algún )?(antidepresivo|ansiolítico|medicamento|pastillas)',
  ],
  fr: [
    '(arrête|arrêtez|arrêter) (de prendre |tes |ton |ta |vos |votre |les )?(tes |ton |ta |vos |votre |les )?(médicaments|traitement|antidépresseurs|cachets|comprimés|lithium)',
    '(augmente|augmentez|diminue|diminuez|baisse|baissez|double|doublez|change|changez|modifie|modifiez) (ta |la |votre |ton |ta )?(dose|posologie|traitement)',
    '(prends|prenez) (plus|le double|un comprimé de plus|un cachet de plus|\\d+ ?mg)',
    "tu n'as (plus )?pas besoin de (tes |ton )?(médicaments|traitement)",
    '(commence|commencez) (à prendre )?(un |des )?(antidépresseurs?|anxiolytiques?)',
  ],
  de: [
    '(setz|setze|setzen Sie) (deine |Ihre |die |das )?(Medikamente|Tabletten|Antidepressiva|Medikament|Lithium) (einfach |doch |jetzt |sofort |ruhig )?ab',
    '(hör|höre|hören Sie) auf,? (deine |Ihre |die )?(Medikamente|Tabletten|Antidepressiva) zu nehmen',
    '(erhöh|erhöhe|erhöhen Sie|reduzier|reduziere|reduzieren Sie|verdopple|verdoppeln Sie|halbiere|halbieren Sie|ändere|ändern Sie) (deine |die |Ihre )?(Dosis|Dosierung)',
    '(nimm|nehmen Sie) (mehr|die doppelte|eine Tablette mehr|\\d+ ?mg)',
    '(du brauchst|Sie brauchen) (deine |Ihre )?(Medikamente|Tabletten) nicht (mehr)?',
    '(fang|fange|fangen Sie) (mit )?(einem |einer )?(Antidepressivum|Antidepressiva) an',
  ],
  pt: [
    '(pare|para|parar|deixe|deixa|deixar) de tomar (o |os |a |as |seu |sua |seus |suas |teu |tua |teus |tuas )?(remédios?|medicação|medicamentos?|comprimidos|antidepressivos?|tratamento|lítio)',
    '(aumente|aumenta|diminua|diminui|reduza|reduz|dobre|dobra|mude|muda|ajuste) (a |sua |tua |seu )?(dose|dosagem|medicação)',
    '(tome|toma) (mais|o dobro|um comprimido a mais|\\d+ ?mg)',
    '(você não precisa|não precisas) (do |dos |da |de )?(seus |teus )?(remédios?|medicação|medicamentos?)',
    '(comece|começa|começar) a tomar (um |algum )?(antidepressivo|ansiolítico|remédio)',
  ],
  it: [
    '(smetti|smetta|smettere|interrompi|interrompa|sospendi|sospenda) di prendere (i |il |le |la |tuoi |tue |tuo |tua |i tuoi |le tue )?(farmaci|farmaco|medicine|medicinali|pillole|antidepressivi|terapia|litio)',
    '(aumenta|aumenti|riduci|riduca|diminuisci|raddoppia|cambia|modifica) (la |tua |la tua )?(dose|dosaggio|terapia)',
    '(prendi|prenda) (di più|il doppio|una pillola in più|\\d+ ?mg)',
    'non hai bisogno (dei |delle |di )?(tuoi |tue )?(farmaci|medicine|pillole)',
    '(inizia|comincia) a prendere (un |degli )?(antidepressivo|antidepressivi|ansiolitico)',
  ],
});

/** The sentence hands the decision to a prescriber ("...without talking to your doctor", "ask your GP"). */
const DEFER_TO_PRESCRIBER = compileLexicon('medication_instruction.defer', {
  en: [
    '(without|before|until you|unless you) (first )?(talking|speaking|checking|consulting|you talk|you speak|you check|talk|speak|check|consult)',
    '(talk|speak|check|consult|discuss|ask) (\\p{L}+ ){0,3}?(with |to )?(your |a )?(doctor|GP|prescriber|psychiatrist|pharmacist|nurse|care team|clinician)',
    '(doctor|GP|prescriber|psychiatrist|pharmacist|clinician) (can|could|may|might|will|would|should) (help|decide|advise|adjust|review|talk|guide)',
    'medical (advice|supervision)',
  ],
  es: [
    'sin (hablar|consultar|antes consultar)',
    '(habla|consulta|consultar|hablar) (\\p{L}+ ){0,2}?(con )?(tu |su |un )?(médic[oa]|psiquiatra|farmacéutic[oa])',
    'supervisión médica',
  ],
  fr: [
    'sans (en parler|consulter|avis)',
    '(parle|parlez|consulte|consultez|demande|demandez) (\\p{L}+ ){0,2}?(à |avec )?(ton |votre |un )?(médecin|psychiatre|pharmacien)',
    'avis médical',
  ],
  de: [
    'ohne (Rücksprache|ärztliche|mit deinem Arzt|deine Ärztin)',
    '(sprich|sprechen Sie|frag|fragen Sie) (\\p{L}+ ){0,2}?(mit |deinen |deine |Ihren |Ihre )?(Arzt|Ärztin|Psychiater|Psychiaterin|Apotheker)',
    'ärztliche (Begleitung|Aufsicht)',
  ],
  pt: [
    'sem (falar|consultar|orientação)',
    '(fale|converse|consulte|pergunte) (\\p{L}+ ){0,2}?(com |ao |a )?(seu |sua |teu |tua |um )?(médic[oa]|psiquiatra|farmacêutic[oa])',
    'orientação médica',
  ],
  it: [
    'senza (parlarne|consultare|parlare)',
    '(parla|parlane|consulta|chiedi) (\\p{L}+ ){0,2}?(con |al |alla )?(il tuo |la tua |un )?(medico|psichiatra|farmacista)',
    'controllo medico',
  ],
});

export const medicationInstruction = phraseCheck('medication_instruction', [
  {
    lexicon: INSTRUCTION,
    negationWindow: 3,
    negationAfter: true,
    unlessInSentence: [DEFER_TO_PRESCRIBER],
  },
]);
