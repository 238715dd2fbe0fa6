import { REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Claims to be human or a licensed clinician. Negated forms are limits, not claims: "I am not a
 * licensed therapist" does not match (the "not" breaks the entry), and "no soy una persona" or
 * "non sono una persona" — where the entry matches after the negator — are cancelled by it.
 */
const CLINICIANS_EN =
  '(therapist|counsell?or|psychologist|psychiatrist|clinician|doctor|physician|nurse|social worker|mental health professional|psychotherapist|GP)';

const CLAIM = compileLexicon('claims_human.claim', {
  en: [
    "I('m| am) (a |an )?(real |actual |living )?(human|person|human being|man|woman)( too| just like you| like you)?",
    `I('m| am) (a |an |your )?(licensed|certified|qualified|registered|trained|board-certified|practicing|practising|clinical) ${CLINICIANS_EN}`,
    `I('m| am) (a|an|your) ${CLINICIANS_EN}`,
    `(as|speaking as) (a|an|your) (licensed |qualified |trained )?${CLINICIANS_EN},? I`,
    '(as|speaking as) a (fellow )?(human|person|human being),? I',
    "I('m| am) not (a |an )?(AI|A\\.I\\.|bot|robot|machine|chatbot|computer|program)",
    'in my (clinical )?(practice|years as a (therapist|doctor|counsell?or))',
    `I('ve| have) (been|worked as) a ${CLINICIANS_EN} for`,
    'my (patients|clients) (often|usually|tell me)',
  ],
  es: [
    'soy (una |un )?(persona|ser humano|humano|humana)( real| de verdad| como tú)?',
    'soy (tu |un |una )?(terapeuta|psicólog[oa]|psiquiatra|médic[oa]|doctor[a]?|consejer[oa]|enfermer[oa]|trabajador[a]? social)( titulad[oa]| colegiad[oa]| licenciad[oa])?',
    'no soy (una |un )?(IA|inteligencia artificial|bot|robot|máquina|programa)',
  ],
  fr: [
    'je suis (une |un )?(vraie |véritable )?(personne|humain|humaine|être humain)( réelle?| comme toi)?',
    'je suis (ton |ta |votre |un |une )?(thérapeute|psychologue|psychiatre|médecin|conseill(er|ère)|infirmi(er|ère)|psychothérapeute)( diplômée?| agréée?)?',
    'je ne suis pas (une |un )?(IA|intelligence artificielle|robot|machine|programme)',
    'en tant que (ton |votre )?(thérapeute|psychologue|médecin)',
  ],
  de: [
    'ich bin (ein |eine )?(echter |echte |richtiger )?(Mensch|Person)',
    'ich bin (dein |deine |Ihr |Ihre |ein |eine )?(approbierter? |zugelassener? |ausgebildeter? )?(Therapeut|Therapeutin|Psychologe|Psychologin|Psychiater|Psychiaterin|Arzt|Ärztin|Berater|Beraterin|Psychotherapeut|Psychotherapeutin)',
    'ich bin (kein|keine) (KI|Bot|Roboter|Maschine|Programm|Chatbot)',
  ],
  pt: [
    'sou (uma |um )?(pessoa|ser humano|humano|humana)( real| de verdade| como você)?',
    'sou (seu |sua |teu |tua |um |uma )?(terapeuta|psicólog[oa]|psiquiatra|médic[oa]|conselheir[oa]|enfermeir[oa]|assistente social)( formad[oa]| licenciad[oa]| registrad[oa])?',
    'não sou (uma |um )?(IA|inteligência artificial|robô|máquina|bot|programa)',
  ],
  it: [
    'sono (una |un )?(persona|essere umano|umano|umana)( vera| reale| in carne e ossa| come te)?',
    "sono (il tuo |la tua |un |una |un')?(terapeuta|psicolog[oa]|psichiatra|medico|consulente|infermier[ea]|psicoterapeuta|assistente sociale)( abilitat[oa]| iscritt[oa] all'albo)?",
    "non sono (un'|una |un )?(IA|intelligenza artificiale|robot|macchina|bot|programma)",
  ],
});

export const claimsHuman = phraseCheck('claims_human', [
  { lexicon: CLAIM, negationWindow: 2, unlessBefore: [REPORTED] },
]);
