import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * A suggestion to get professional or trusted support. A bare mention is not a referral ("I'm
 * not a therapist"), so entries pair a verb of reaching out with who to reach, or name the help
 * itself ("professional help", "a helpline").
 */
const PROFESSIONALS_EN =
  '(doctor|GP|physician|therapist|counsell?or|psychologist|psychiatrist|mental health (professional|team|service|services|worker|nurse)|professional|nurse|social worker|school counsell?or|helpline|crisis line|hotline|support line|someone you trust|a trusted (adult|friend|person)|teacher|pastor|priest|imam|rabbi|faith leader|NHS 111|care team|key worker)';

const REFERRAL = compileLexicon('professional_referral.referral', {
  en: [
    `(talk|talking|speak|speaking|reach out|reaching out|turn|turning|go|going|get in touch|getting in touch|connect|connecting|open up|check in|see|seeing|contact|contacting|call|calling|visit|book|booking|make an appointment|ask|asking|consult|consulting|tell|telling|lean on|confide in) (\\p{L}+ ){0,4}?(to |with |in )?(a |an |your |the |my |one )?(local |trusted |own )?${PROFESSIONALS_EN}`,
    '(professional|specialist|clinical|medical|expert) (help|support|care|advice|treatment)',
    '(therapy|counsell?ing|a (doctor|GP|therapist|counsell?or)) (could|can|might|would|may) (help|be helpful|support|make a difference)',
    '(a|your) (doctor|GP|therapist|counsell?or|psychologist) (can|could|would|will) (help|listen|support|talk)',
    '(mental health|counsell?ing|crisis) (services?|support|team)',
  ],
  es: [
    '(habla|hablar|hables|acude|acudir|acudas|consulta|consultar|consultes|busca|buscar|busques|contacta|contactar|llama|llamar|pide|pedir|ve a|ir a|visita|visitar|pedir cita|cuéntale|contarle|apóyate en|apoyarte en) (\\p{L}+ ){0,4}?(a |con |en )?(un |una |tu |el |la |algún |alguna )?(médic[oa]|doctor[a]?|terapeuta|psicólog[oa]|psiquiatra|consejer[oa]|orientador[a]?|profesional|especialista|línea de ayuda|línea de crisis|alguien de confianza|persona de confianza|sacerdote|párroco|centro de salud)',
    '(ayuda|apoyo|atención) (profesional|psicológic[oa]|médic[oa]|especializad[oa])',
    'un (profesional|psicólogo|terapeuta) (puede|podría) ayudar',
  ],
  fr: [
    "(parle|parler|parlez|consulte|consulter|consultez|contacte|contacter|contactez|voir|vois|voyez|appelle|appeler|appelez|prendre rendez-vous|prends rendez-vous|rapproche-toi|adresse-toi|adressez-vous|tourne-toi|confie-toi) (\\p{L}+ ){0,4}?(à |avec |de |d'|chez )?(un |une |ton |ta |votre |le |la |ton propre )?(médecin|généraliste|thérapeute|psychologue|psychiatre|professionnel|professionnelle|conseiller|conseillère|infirmier|infirmière|quelqu'un de confiance|une personne de confiance|ligne d'écoute|prêtre|imam)",
    '(aide|soutien|accompagnement) (professionnel|psychologique|médical|spécialisé)',
    "(un|une) (professionnel|psychologue|thérapeute) (peut|pourrait) (t'aider|vous aider|aider)",
  ],
  de: [
    '(sprich|sprechen|sprichst|wende dich|wenden Sie sich|wende|such|suche|suchen Sie|kontaktiere|kontaktieren|ruf|rufen|geh|gehen Sie|vereinbare|vereinbaren|lass dich|vertrau dich) (\\p{L}+ ){0,4}?(mit |an |zu |bei |einem |einer |deinem |deiner |Ihrem |Ihrer )*(Arzt|Ärztin|Hausarzt|Hausärztin|Therapeut|Therapeutin|Psychologe|Psychologin|Psychiater|Psychiaterin|Fachperson|Fachleute|Beratungsstelle|Vertrauensperson|Seelsorger|Seelsorgerin|Fachärztin|Facharzt|jemandem, dem du vertraust)',
    '(professionelle|ärztliche|psychologische|therapeutische|fachliche) (Hilfe|Unterstützung|Beratung|Begleitung)',
    '(ein|eine) (Therapeut|Therapeutin|Psychologe|Psychologin|Arzt|Ärztin|Fachperson) (kann|könnte) (dir |Ihnen )?helfen',
    '(eine )?Therapie (kann|könnte) helfen',
  ],
  pt: [
    '(fale|falar|procure|procurar|consulte|consultar|contate|contatar|ligue|ligar|busque|buscar|marque|marcar|vá a|vá ao|ir a|ir ao|converse|conversar|conte|contar|peça|pedir|recorra|recorrer) (\\p{L}+ ){0,4}?(com |a |ao |à |para |um |uma |seu |sua |teu |tua |o |a )*(médic[oa]|terapeuta|psicólog[oa]|psiquiatra|profissional|conselheir[oa]|alguém de confiança|alguém em quem (você )?confia|pessoa de confiança|padre|pastor|CAPS|posto de saúde|centro de saúde)',
    '(ajuda|apoio|acompanhamento|atendimento) (profissional|psicológic[oa]|médic[oa]|especializad[oa])',
    '(um|uma) (profissional|psicólog[oa]|terapeuta) (pode|poderia) (te )?ajudar',
  ],
  it: [
    "(parla|parlare|parlarne|parlane|rivolgiti|rivolgerti|rivolgersi|contatta|contattare|consulta|consultare|chiama|chiamare|cerca|cercare|vai da|andare da|prenota|prendi appuntamento|confidati|confidarti) (\\p{L}+ ){0,4}?(con |a |al |alla |allo |ad |da |dal |dalla |dallo |un |una |uno |un'|il |la |lo |l'|tuo |tua |il tuo |la tua )*(medico|medica|terapeuta|psicolog[oa]|psichiatra|professionista|consulente|persona di fiducia|qualcuno di cui ti fidi|sacerdote|consultorio|centro di salute mentale)",
    '(aiuto|supporto|sostegno) (professionale|psicologico|medico|specialistico)',
    '(un|una) (professionista|psicolog[oa]|terapeuta) (può|potrebbe) (aiutarti|aiutare)',
  ],
});

export const professionalReferral = phraseCheck('professional_referral', [
  { lexicon: REFERRAL, negationWindow: 2 },
]);
