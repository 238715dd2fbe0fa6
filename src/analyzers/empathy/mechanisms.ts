import { TandemError } from '../../core/index.js';
import type {
  CheckName,
  EpitomeMechanism,
  MechanismLevel,
  MechanismRating,
  MechanismRatings,
  Span,
} from '../../core/index.js';
import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import type { PhraseRule } from '../phrases.js';
import { matchPhrases } from '../phrases.js';
import type { CheckImplementation } from '../types.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';
import type { LexiconMatch } from '../text/lexicon.js';
import { insideQuotes, quotedSpans, withoutQuotes } from '../text/quotes.js';
import { negationBefore } from '../text/scoping.js';
import { isQuestion, sentenceAt, splitSentences } from '../text/sentences.js';
import { isNonSpecific, wordTokens } from '../text/words.js';
import { affectClusters, FEELING_CLUSTERS } from './affect.js';

/**
 * EPITOME (Sharma et al. 2020): emotional reactions, interpretations and explorations, each rated
 * 0 (absent), 1 (weak: generic, would fit any seeker) or 2 (strong: specific). What makes a cue
 * strong is its relation to the seeker's message — the reply reuses the seeker's content words,
 * names a feeling or situation of the same kind (the affect clusters), or, for emotional
 * reactions, names the replier's own emotion. The three checks `emotional_reaction`,
 * `interpretation` and `exploration` are this rating with a minimum level.
 */

// ---------------------------------------------------------------------------------------------
// Emotional reactions

/** The replier names an emotion they feel about the seeker: strong by EPITOME's definition. */
const OWN_EMOTION = compileLexicon('emotional_reactions.own_emotion', {
  en: [
    "I('m| am| feel| felt| was| got) (so |really |truly |very |deeply |genuinely |honestly |just |a bit |quite )?(sad|saddened|heartbroken|gutted|devastated|worried|concerned|scared|frightened|afraid|angry|furious|mad|upset|moved|touched|shaken|teary|emotional) (for|about|to hear|to read|reading|hearing|that|by|on your behalf|when|you)",
    "I('m| am) (so |really |truly |very |deeply |genuinely )?(worried|concerned|scared|afraid) (about|for|that)? you",
    'I feel (so |really |truly |very )?(sad|awful|terrible|heartbroken|worried|angry|upset|gutted)',
    'my heart (breaks|broke|aches|ached|hurts|sank|sinks)',
    '(it|this|that) (really |truly )?breaks my heart',
    '(it|this|that|reading this|reading that|hearing this) (really )?(makes|made) me (so |really |very )?(sad|angry|worried|upset|emotional|teary)',
    '(this|that|it) (really |genuinely )?(worries|saddens|scares|upsets|angers|frightens) me',
  ],
  es: [
    'me (da|dio|pone|puso|hace sentir) (mucha |tanta |muy |tan )?(pena|tristeza|rabia|coraje|triste|mal)',
    'me (entristece|duele|conmueve|rompe el corazón|parte el corazón)',
    'me preocupa',
    'me preocupas',
    '(estoy|me siento|quedé) (muy |tan |realmente )?(triste|preocupad[oa]|conmovid[oa]|angustiad[oa]) (por|de|al|con)',
    'estoy preocupad[oa] por ti',
    'se me (rompe|parte|encoge) el corazón',
  ],
  fr: [
    '(je suis|je me sens) (vraiment |tellement |très |si )?(triste|inquiète?|bouleversée?|touchée?|émue?|en colère) (pour|de|que|en|par)',
    '(ça|cela) me (brise|fend|serre) le cœur',
    "(ça|cela) (m'attriste|m'inquiète|me touche|me bouleverse|me rend triste)",
    "j'ai le cœur (brisé|serré|lourd)",
    "je (m'inquiète|me fais du souci) pour (toi|vous)",
    'je suis (vraiment |très )?inquiète? pour (toi|vous)',
  ],
  de: [
    '(ich bin|ich fühle mich) (so |sehr |wirklich |echt |total )?(traurig|besorgt|betroffen|berührt|wütend|erschüttert|bestürzt)',
    '(es|das) (bricht|zerreißt) mir das Herz',
    '(das|es) (macht|stimmt) mich (so |sehr |wirklich |echt )?(traurig|wütend|betroffen)',
    'ich (mache|mach) mir (große |echte |wirklich )?Sorgen um (dich|Sie)',
    '(das|es) (berührt|bewegt|beunruhigt|besorgt|erschüttert) mich',
  ],
  pt: [
    '(fico|estou|me sinto|fiquei|sinto-me) (muito |tão |realmente |bem )?(triste|preocupad[oa]|comovid[oa]|tocad[oa]|emocionad[oa]|com raiva) (com|por|de|ao|em)',
    '(isso|isto) (me )?(parte|partiu|corta|cortou) o coração',
    '(isso|isto) me (entristece|preocupa|comove|deixa triste|deixa preocupad[oa])',
    'me preocupo (com você|contigo|consigo)',
    '(estou|fico) preocupad[oa] (com você|contigo|consigo)',
  ],
  it: [
    '(sono|mi sento) (davvero |molto |così |proprio )?(triste|preoccupat[oa]|commoss[oa]|toccat[oa]|arrabbiat[oa]|addolorat[oa]) (per|di|nel|a|che)',
    'mi si (spezza|stringe) il cuore',
    'mi (rattrista|preoccupa|commuove|intristisce|addolora)',
    'sono (davvero |molto )?preoccupat[oa] per te',
    'mi preoccupo per te',
  ],
});

/**
 * Sympathy: sorrow or comfort without a named emotion. Weak on its own ("I'm so sorry"); strong
 * when the sentence says what about ("I'm so sorry about your dad" to someone grieving him).
 */
const SYMPATHY = compileLexicon('emotional_reactions.sympathy', {
  en: [
    "I('m| am) (so |really |truly |very |deeply |genuinely |just )?sorry",
    '(so |really |very |truly )?sorry (to|for|about|that|you|this|it|mate|man|dude|love|friend)',
    'sorry[.!,]',
    'my (deepest |sincere )?condolences',
    'my heart goes out',
    '(sending|holding) you',
    'sending (you )?(love|hugs|strength|a hug)',
    '(big|virtual|massive|huge|warm|many) hugs?',
    'hugs',
  ],
  es: [
    'lo siento',
    'siento (mucho|muchísimo) (que|lo|tu|la|el)',
    'mis condolencias',
    'un (fuerte |gran )?abrazo',
    '(te mando|te envío) (un abrazo|mucho cariño|fuerza)',
  ],
  fr: [
    'je suis (vraiment |tellement |sincèrement |profondément )?désolée?',
    'désolée? (pour|de|que)',
    '(toutes )?mes (sincères )?condoléances',
    "(je t'embrasse|gros câlins?|je t'envoie (plein de )?(courage|force|câlins))",
  ],
  de: [
    '(es )?tut mir (so |sehr |wirklich |unglaublich |echt )?leid',
    'mein (herzliches |aufrichtiges )?Beileid',
    'fühl dich (ganz )?(fest )?(gedrückt|umarmt)',
    'ich (drücke|umarme) dich',
  ],
  pt: [
    '(eu )?sinto muito',
    'lamento (muito)?',
    '(meus pêsames|meus sentimentos)',
    'um (grande |forte )?abraço',
  ],
  it: [
    'mi dispiace (tanto|molto|davvero)?',
    '(sentite )?condoglianze',
    'un (grande |forte )?abbraccio',
    'ti abbraccio',
  ],
});

/** Warmth and concern that stays generic whatever follows it (thanks, presence, reassurance). */
const WARMTH = compileLexicon('emotional_reactions.warmth', {
  en: [
    '(that|this|it|all of this|all that) (sounds|must feel|must be|feels|seems) (so |really |incredibly |truly |very |deeply |awfully |pretty )?(hard|painful|difficult|exhausting|overwhelming|lonely|heavy|awful|scary|frightening|tough|heartbreaking|distressing|upsetting|isolating|draining|terrifying|confusing|horrible|unbearable|rough)',
    "(that|this|it)('s| is) (so |really |incredibly )?(hard|painful|heartbreaking|awful|terrible|horrible|rough|a lot to carry|so much to carry)",
    '(that|this|it|which|breakups|grief|exams|anxiety|depression) (really |totally |just )?sucks?',
    "(that|this|it)('s| is| sounds) (so |really |very |such )?(a )?(sad|shame|heavy|stressful|unfair|cruel|cold|rough)",
    '(sounds|must be|must have been|must feel|feels) (so |really |incredibly |truly |very |deeply |awfully |pretty |such )?(hard|painful|difficult|exhausting|overwhelming|lonely|heavy|awful|scary|frightening|tough|heartbreaking|distressing|upsetting|isolating|draining|terrifying|horrible|unbearable|rough|stressful|unsettling|crushing|humiliating|frustrating)',
    'oh no',
    '(aww+|rip)',
    "you('ll| will) (be|get through) (fine|ok|okay|this)",
    '(it|things) (does |do |will )?gets? (easier|better)',
    "don't be (so )?hard on yourself",
    "you('re| are) doing (your|the) best",
    'I can (only )?imagine',
    "I('m| am) (really |so |truly )?(glad|grateful|thankful) (you|that you) (told|reached|shared|wrote|said|came|felt able|trusted)",
    'thank you for (sharing|telling|trusting|reaching|being honest|opening up|letting me know|saying|writing)',
    'thanks for (sharing|telling|trusting|reaching|opening up|writing)',
    'I (really |truly )?care about (you|how you)',
    'I can hear (how|what|that)',
    'I hear (you|how|that)',
    "you don't deserve (this|that|to)",
    "you('re| are) not alone( in this)?",
    "I('m| am) (right )?here (with|for) you",
    "(everything|it|things)('ll| will) (all )?(be|get|turn out) (ok|okay|fine|alright|all right|better)",
    '(hang in there|stay strong|you got this|you(.ve| have) got this)',
  ],
  es: [
    'qué (difícil|duro|doloroso|triste|pesado|horror)',
    '(eso|esto) (suena|parece|debe ser|debe de ser) (muy |realmente |tan |increíblemente )?(difícil|duro|doloroso|agotador|abrumador|pesado|solitario|triste|aterrador|angustiante)',
    'me (alegra|alegro de) que (me lo )?(hayas|cuentes|compartas|escribas)',
    'gracias por (compartir|contarme|contármelo|confiar|escribir|abrirte|decírmelo)',
    'me (importa|importas)',
    'no estás sol[oa]',
    'estoy aquí (contigo|para ti)',
    'no mereces',
    'debe (de )?ser (muy |tan |realmente )?(difícil|duro|doloroso|agotador|pesado|solitario|aterrador)',
    '(lo que (estás viviendo|vives|cuentas)|eso|esto) (parece|suena) (muy |tan |realmente )?(difícil|duro|doloroso|agotador|pesado)',
    '(todo|ya) (va a salir|saldrá|se va a arreglar|estará) bien',
    '(mucho ánimo|ánimo[!,]|¡ánimo)',
  ],
  fr: [
    "(ça|cela|c'est) (a l'air|semble|doit être) (très |vraiment |tellement |si )?(difficile|dur|douloureux|épuisant|lourd|accablant|effrayant|pénible|éprouvant)",
    "c'est (vraiment |tellement |si )?(difficile|dur|douloureux|lourd|pénible)",
    "merci de (m'en parler|partager|me faire confiance|m'avoir écrit|me le dire|t'être confiée?|me confier)",
    'je tiens à (toi|vous)',
    "(tu n'es|vous n'êtes) pas seule?s?",
    'je suis (là|ici) (pour toi|pour vous|avec toi|avec vous)',
    '(tout|ça) va (bien )?(aller|s’arranger|s.arranger)',
    '(bon |du )courage',
  ],
  de: [
    '(das|es) (klingt|ist|muss|scheint) (wirklich |sehr |so |unglaublich )?(schwer|hart|schmerzhaft|belastend|anstrengend|erschöpfend|einsam|beängstigend|überwältigend|schlimm)',
    'danke, dass (du|Sie) (mir )?(das |davon )?(erzählst|erzählen|teilst|teilen|anvertraust|anvertrauen|geschrieben)',
    'ich bin (froh|dankbar), dass (du|Sie)',
    '(du bist|Sie sind) mir wichtig',
    '(du bist|Sie sind) nicht allein',
    'ich bin (für dich|für Sie|bei dir) da',
    '(das|es) muss (sehr |wirklich |so )?(schwer|hart|schmerzhaft|belastend|einsam|beängstigend)( für dich)? (sein|gewesen sein)',
    '(das|es) wird (schon )?(alles )?wieder (gut|besser)',
  ],
  pt: [
    '(isso|isto) (parece|deve ser|soa) (muito |realmente |tão )?(difícil|duro|doloroso|pesado|exaustivo|solitário|assustador|esmagador|triste)',
    'que (difícil|duro|doloroso|triste|pesado)',
    'obrigad[oa] por (compartilhar|partilhar|me contar|contar|confiar|escrever|se abrir)',
    '(fico|estou) (feliz|content[ea]) (que|por) (você )?(tenha|ter)',
    'você (é|importa) (importante|muito)',
    '(você não está|não estás) sozinh[oa]',
    'estou aqui (com você|para você|contigo|por ti)',
    'deve ser (muito |tão |realmente )?(difícil|duro|doloroso|pesado|exaustivo|assustador|solitário)',
    'o que (você está vivendo|está vivendo|você vive|me conta) (parece|soa) (muito |tão |realmente )?(difícil|duro|doloroso|pesado)',
    '(tudo|isso) vai (ficar|passar|dar certo)',
    '(força[!,]|muita força)',
  ],
  it: [
    "(sembra|deve essere|dev'essere|suona) (davvero |molto |così |proprio )?(difficile|dura|duro|doloroso|dolorosa|pesante|estenuante|spaventoso|opprimente|faticoso)",
    'che (fatica|dolore|peso)',
    'grazie (per|di) (aver(mi)? |avermelo )?(condiviso|raccontato|detto|scritto|la fiducia|fidato|esserti aperto|esserti aperta)',
    'ci tengo a te',
    'non sei sol[oa]',
    'sono qui (per te|con te)',
    'andrà (tutto )?bene',
    '(forza[!,]|tanta forza)',
  ],
});

/** "Sorry, but I can't..." apologises for a refusal; it is not concern for the person. */
const REFUSAL_APOLOGY = compileLexicon('emotional_reactions.refusal_apology', {
  en: [
    "sorry,? (but )?I (can't|cannot|won't|will not|am not able|'m not able|am unable|'m unable)",
  ],
  es: ['lo siento,? (pero )?no (puedo|voy a|te puedo)'],
  fr: ['désolée?,? (mais )?je ne (peux|vais|pourrai) pas'],
  de: ['tut mir leid,? (aber )?(ich kann|das kann ich|ich darf|ich werde) (dir )?(nicht|keine)'],
  pt: ['(sinto muito|lamento),? (mas )?(eu )?não (posso|vou|consigo)'],
  it: ['mi dispiace,? (ma )?non (posso|ti)'],
});

const ER_CONTEXT = { unlessInSentence: [REFUSAL_APOLOGY] } as const;

/** Every emotional-reaction cue, for checks that need "has the reply acknowledged feelings yet". */
export const EMOTIONAL_REACTION_RULES: readonly PhraseRule[] = [
  { lexicon: OWN_EMOTION, ...ER_CONTEXT },
  { lexicon: SYMPATHY, ...ER_CONTEXT },
  { lexicon: WARMTH, ...ER_CONTEXT },
];

// ---------------------------------------------------------------------------------------------
// Interpretations

/**
 * Frames that say back what the person feels or lives through. A frame whose reflection fits any
 * seeker ("it sounds like you're going through a lot") is weak; one whose reflection reuses the
 * seeker's words or names a feeling of the same kind is strong.
 */
export const REFLECTIVE_FRAME = compileLexicon('interpretations.frame', {
  en: [
    'it (sounds|seems|looks) (like|as if|as though|that)',
    'sounds like',
    "(you|you're|you are) (feeling|feel|felt|seem|sound)",
    "you('ve| have) been",
    "you('re| are) (carrying|dealing with|going through|facing|juggling|stuck|caught|trying|holding|worried|afraid|scared|exhausted|tired|left|living with|struggling)",
    '(that|it|this) must (be|feel|have been|have felt|make)',
    'I hear (that|how|you saying|what)',
    "what I('m| am) hearing",
    "it's like you",
    "I('m| am) (getting|hearing) (the sense|a sense) that",
    'if I understand (you )?(right|correctly)',
    'I (can )?(sense|see|tell|notice|hear) (that|how|a lot of|so much|the)',
    'I get (a|the) sense (that|of)',
  ],
  es: [
    'parece (que|como si)',
    'suena (a que|como si|a)',
    '(te sientes|te has sentido|te estás sintiendo|sientes que|sientes)',
    'debe (de )?(ser|estar|haber sido|sentirse)',
    'lo que (te )?(escucho|entiendo|oigo)',
    'entiendo que',
    '(estás|has estado) (pasando|lidiando|cargando|viviendo|atrapad[oa]|sintiendo)',
    'si (te )?entiendo bien',
    '(percibo|noto) (que|mucha|mucho|cuánto|lo)',
  ],
  fr: [
    'on dirait que',
    "(il semble|il me semble|j'ai l'impression) que",
    "(tu te sens|vous vous sentez|tu ressens|vous ressentez|tu t'es senti|tu te sentais)",
    '(ça|cela|ce) doit (être|faire|avoir été)',
    'si je comprends bien',
    "(j'entends|je comprends) que",
    '(tu traverses|vous traversez|tu vis|vous vivez|tu portes|vous portez)',
    '(je sens|je perçois|je remarque|je devine) (que|beaucoup de|à quel point|combien)',
  ],
  de: [
    '(es )?(klingt|hört sich an),? (als|so, als|danach|wie)',
    'es scheint,? (dass|als)',
    '(du fühlst dich|Sie fühlen sich|du hast dich .{0,20}gefühlt|du hast das Gefühl|Sie haben das Gefühl)',
    '(das|es) muss (sehr |wirklich )?(sein|sich .{0,20}anfühlen)',
    'wie ich (höre|verstehe)',
    'wenn ich (dich|Sie) richtig verstehe',
    '(du trägst|du gehst durch|du steckst|du kämpfst)',
    'ich höre,? (dass|wie)',
    'ich (spüre|merke|sehe),? (viel|wie|dass|wie sehr)',
  ],
  pt: [
    'parece (que|como se)',
    '(você se sente|você está se sentindo|você tem se sentido|te sentes|sentes-te|você sente)',
    'deve (ser|estar|ter sido|se sentir)',
    'pelo que (você )?(me )?(conta|diz|disse|descreve)',
    '(você está|tu estás|estás) (passando|lidando|carregando|vivendo|preso|presa|a passar|a lidar)',
    'se (eu )?entendi bem',
    '(ouço|entendo) que',
    '(percebo|noto|sinto) (que|muita|muito|o quanto|quanta|quanto)',
  ],
  it: [
    'sembra (che|come se)',
    '(ti senti|ti stai sentendo|ti sei sentit[oa]|senti che)',
    "(deve|dev'essere|deve essere) (essere|stato|stata)?",
    'da quello che (mi )?(dici|racconti|descrivi)',
    '(stai attraversando|stai affrontando|stai portando|stai vivendo|stai lottando)',
    'se ho capito bene',
    '(sento|capisco) che',
    '(percepisco|noto|avverto) (che|molta|molto|quanto|quanta)',
  ],
});

/** Entries of `REFLECTIVE_FRAME` that evaluate rather than reflect ("that must be..."). */
const EVALUATIVE_FRAME_ENTRIES = new Set([
  '(that|it|this) must (be|feel|have been|have felt|make)',
  'debe (de )?(ser|estar|haber sido|sentirse)',
  '(ça|cela|ce) doit (être|faire|avoir été)',
  '(das|es) muss (sehr |wirklich )?(sein|sich .{0,20}anfühlen)',
  'deve (ser|estar|ter sido|se sentir)',
  "(deve|dev'essere|deve essere) (essere|stato|stata)?",
]);

/**
 * Frames that only evaluate ("that sounds hard"): an interpretation only when what follows names
 * the seeker's feeling or situation ("that sounds so lonely", to someone who feels alone).
 */
const EVALUATIVE_FRAME = compileLexicon('interpretations.evaluative', {
  en: ['(that|this|it|which|all of this|all that) (sounds|seems|feels|must be|must feel)'],
  es: ['(eso|esto|lo cual) (suena|parece|se siente)'],
  fr: ["(ça|cela|c'est) (a l'air|semble)"],
  de: ['(das|es) (klingt|wirkt|scheint)'],
  pt: ['(isso|isto) (parece|soa)'],
  it: ['(sembra|suona)'],
});

/** Understanding stated outright ("I understand how you feel"), weak unless it says of what. */
const UNDERSTANDING = compileLexicon('interpretations.understanding', {
  en: [
    'I (totally |completely |really |fully |truly )?(understand|get|know) (how|what|why|that feeling|the feeling|how you feel)',
    'I (totally |completely |really )?get (it|that)',
    'I (totally |completely |really |fully |truly )?understand[.!,]',
    'I can (totally |really )?relate',
    "I('ve| have) been there",
    'I know (exactly )?what (you mean|that.s like|it.s like)',
  ],
  es: [
    '(te )?entiendo( perfectamente| muy bien| completamente)?',
    'te comprendo',
    'sé (lo que|cómo) (se siente|sientes|es|estás)',
  ],
  fr: [
    'je (te |vous )?comprends( tellement| parfaitement| très bien)?',
    "je sais ce que (c'est|tu ressens|vous ressentez)",
    'je vois ce que tu veux dire',
  ],
  de: [
    'ich verstehe (dich|Sie|das|gut|wie|total)',
    'ich kann (dich|das|Sie) (gut |total |sehr gut )?verstehen',
    'ich weiß,? (wie sich das anfühlt|was du meinst)',
  ],
  pt: [
    '(eu )?(te )?entendo( perfeitamente| muito bem)?',
    '(eu )?compreendo',
    'sei (como|o que) (é|você sente|se sente)',
  ],
  it: ['(ti )?capisco( benissimo| perfettamente)?', 'so (cosa|come) (si prova|provi|ti senti)'],
});

/** The replier's own, related experience: strong when it is about what the seeker described. */
const OWN_EXPERIENCE = compileLexicon('interpretations.own_experience', {
  en: [
    "I('ve| have) (also |too |actually )?(been through|gone through|lost|had|felt|struggled|dealt|lived|experienced)",
    'when I (lost|was|went|had|got|felt|moved|broke)',
    'I (also|too) (lost|went through|had|struggled|felt|got)',
    '(the )?same (thing )?happened to me',
    'I went through',
    'I lost my',
    'me too',
  ],
  es: [
    'a mí (también )?me (pasó|pasa|ha pasado)',
    'yo también (pasé|perdí|estuve|me sentí|he)',
    'cuando (yo )?(perdí|estuve|pasé)',
  ],
  fr: [
    'moi aussi',
    "j'ai (aussi |moi-même )?(vécu|perdu|traversé|connu)",
    "quand j'ai (perdu|vécu)",
  ],
  de: [
    'mir ging es (auch )?(genauso|ähnlich)',
    'ich habe (auch |selbst )?(erlebt|verloren|durchgemacht)',
    'als ich (meinen|meine|mein)',
  ],
  pt: ['eu também (passei|perdi|senti|já)', '(já )?passei por (isso|algo)', 'quando (eu )?perdi'],
  it: ["anch'io (ho|sono|mi)", 'ci sono passat[oa]', 'quando ho perso'],
});

/** A frame after "if"/"when" is a condition ("if you feel unsafe, call..."), not a reflection. */
const CONDITION = compileLexicon('interpretations.condition', {
  en: ['(if|when|whenever|in case|should|unless)( ever| still| really| ever again)?'],
  es: ['(si|cuando|en caso de que)( alguna vez| todavía| aún)?'],
  fr: ['(si|quand|lorsque|au cas où)( jamais| encore)?'],
  de: ['(wenn|falls|sobald)( jemals| noch)?'],
  pt: ['(se|quando|caso)( alguma vez| ainda)?'],
  it: ['(se|quando|nel caso in cui)( mai| ancora)?'],
});

/** "How do you feel about...?" asks; it does not reflect. Tentative reflections ("you feel X?") still count. */
const ASKING = compileLexicon('interpretations.asking', {
  en: ['(how|what|why|when|where|which|do|does|did|are|is|were|was|have|has|would|could|can|will)'],
  es: ['(cómo|como|qué|por qué|cuándo|dónde|cuál)'],
  fr: ["(comment|qu'est-ce|pourquoi|quand|où|est-ce que|es-tu|as-tu|te sens-tu|vous sentez-vous)"],
  de: ['(wie|was|warum|wann|wo|welche)'],
  pt: ['(como|o que|por que|quando|onde|qual)'],
  it: ['(come|cosa|che cosa|perché|quando|dove|quale)'],
});

/** Advice, which retells nothing: a sentence with it is not a restatement. */
const ADVICE_CUE = compileLexicon('interpretations.advice', {
  en: [
    "(you should|you could|you might want|you may want|you need to|try|consider|make sure|remember|don't forget|it's important|it is important|here are|tips|reach out|talk to|seek|look into|focus on)",
  ],
  es: ['(deberías|podrías|intenta|prueba|busca|habla con|te recomiendo|es importante)'],
  fr: ['(tu devrais|vous devriez|essaie|essayez|pense à|il faut|je te conseille)'],
  de: ['(du solltest|Sie sollten|versuch|probier|such dir|es ist wichtig)'],
  pt: ['(você deveria|deveria|tente|procure|experimente|é importante)'],
  it: ['(dovresti|prova a|cerca di|ti consiglio|è importante)'],
});

// ---------------------------------------------------------------------------------------------
// Explorations

/** Open questions: an interrogative or an invitation to say more, opening the question. */
const OPEN_QUESTION = compileLexicon('explorations.open_question', {
  en: [
    "(what|what's|how|how's|when|where|who|which|why)",
    '(can|could|would|will) you (tell|say|share|describe|help me understand|walk me through)',
    '(would|do) you (like|want|feel like|be willing|feel comfortable|feel able|be open) to (talk|tell|share|say|describe)',
    '(want|wanna) to (talk|tell|share|say)',
    "is there (anything|something|more) (more |else )?(you'd like|you want|on your mind|that|you feel)",
  ],
  es: [
    '(qué|que|cómo|como|cuándo|cuando|dónde|quién|por qué|cuál|cuáles|desde cuándo|cuánto)',
    '(quieres|te gustaría) (hablar|desahogarte)',
    '(me )?(puedes|podrías|quieres|te gustaría|te apetece) (contarme|hablarme|decirme|compartir|contar|hablar)',
    'hay algo (más )?que (quieras|te gustaría)',
  ],
  fr: [
    "(qu'est-ce qui|qu'est-ce que|que|quoi|comment|quand|où|pourquoi|quel|quelle|quels|quelles|depuis quand|depuis combien)",
    "(tu veux|vous voulez|tu voudrais|vous voudriez) (en parler|m'en parler|me parler|me raconter|parler)",
    "(peux-tu|pouvez-vous|veux-tu|voulez-vous|aimerais-tu|aimeriez-vous|souhaites-tu|souhaitez-vous) (m'en dire|me dire|me parler|m'en parler|me raconter|en parler|partager|me décrire)",
    'y a-t-il (quelque chose|autre chose)',
  ],
  de: [
    '(was|wie|wann|wo|warum|wieso|weshalb|welche|welcher|welches|welchen|seit wann)',
    '(magst|möchtest|willst|kannst|würdest) du (mir )?(mehr |etwas |ein bisschen |noch )?(darüber |davon |dazu )?(erzählen|sagen|berichten|sprechen|reden|beschreiben)',
    '(mögen|möchten|wollen|können|würden) Sie (mir )?(mehr |etwas )?(darüber |davon )?(erzählen|sagen|berichten|sprechen)',
    'gibt es (etwas|noch etwas)',
  ],
  pt: [
    '(o que|que|como|quando|onde|quem|por que|porque|qual|quais|desde quando|há quanto)',
    '(quer|queres|gostaria de) (conversar|falar|desabafar)',
    '(você )?(pode|poderia|quer|gostaria de|consegue|queres|podes) (me )?(contar|falar|dizer|compartilhar|partilhar|descrever)',
    'há algo (mais )?que',
  ],
  it: [
    '(cosa|che cosa|che|come|quando|dove|chi|perché|quale|quali|da quando|da quanto)',
    "(com|cos|dov)'(è|era|erano|sono|hai|ti)",
    '(puoi|potresti|vuoi|ti va di|ti andrebbe di|ti senti di) (raccontarmi|dirmi|parlarmi|parlarne|condividere|descrivermi|raccontare)',
    "c'è (qualcosa|altro)",
  ],
});

/**
 * Closed questions ("are you feeling alone right now?"): explorations only when they name a
 * feeling or something the seeker described; "is that right?" explores nothing.
 */
const CLOSED_QUESTION = compileLexicon('explorations.closed_question', {
  en: [
    '(are|were|have|has|had|do|does|did|is|was|will|would|could|can) (you|it|that|this|things|anyone|someone|there|they|he|she|your)',
    'you (feel|feeling|think|mean)',
  ],
  es: [
    '(te|has|estás|estas|tienes|hay|sientes|es|está|crees|piensas|puedes|pudiste|llevas|sigues|hablaste|tuviste)',
  ],
  fr: [
    '(est-ce que|es-tu|êtes-vous|as-tu|avez-vous|te sens-tu|vous sentez-vous|tu te sens|tu as|tu es|ça|il y a|y a-t-il)',
  ],
  de: [
    '(bist du|sind Sie|hast du|haben Sie|fühlst du|fühlen Sie|gibt es|ist es|war es|kannst du|schläfst du|hattest du|warst du|denkst du)',
  ],
  pt: ['(você|tu|te|está|estás|tem|tens|sente|sentes|há|já|consegue|conseguiu)'],
  it: ["(ti senti|sei|hai|c'è|riesci|stai|è|pensi)"],
});

/** Questions that offer a suggestion or a service instead of inviting experience. */
const NOT_EXPLORATION = compileLexicon('explorations.not_open', {
  en: [
    'how about',
    'what about (trying|doing|if)',
    'how can I (help|assist|support)',
    'what can I (do|help)',
    'what would you like me to',
    'why not',
    "why don't you",
    '(have|did) you (tried|try|thought about|considered|looked into)',
    '(could|can|would) you (try|maybe|perhaps|consider)',
    'would it help',
    'do you want me to',
    'what do you think about (trying|going|seeing|talking|calling|getting|booking)',
    '(have|did) you (talked|spoken|reached out) to (a|your) (doctor|gp|therapist|counsel)',
    'would you like (me|some|a|to try)',
    '(have|did) you (seen|see|been to|gone to|booked|called) (a|an|your) (doctor|gp|specialist|therapist|counsel|professional)',
    'do you need',
    'shall I',
    'can I (suggest|offer|recommend)',
    '(anything|something) (else )?I can',
  ],
  es: [
    'qué tal si',
    'por qué no',
    'en qué (te )?puedo ayudar',
    'cómo (te )?puedo ayudar',
    '(has|ya has) (probado|intentado|pensado en)',
    '(podrías|puedes) (intentar|probar)',
  ],
  fr: [
    'et si',
    'pourquoi ne pas',
    "comment (puis-je|je peux) (t'aider|vous aider|aider)",
    '(as-tu|avez-vous) (essayé|pensé à)',
  ],
  de: [
    'wie wäre es',
    'warum nicht',
    'wie kann ich (dir|Ihnen) helfen',
    'hast du (schon )?(mal )?(versucht|probiert|daran gedacht)',
  ],
  pt: [
    'que tal',
    'por que não',
    'como (posso|eu posso) (te )?ajudar',
    '(já )?(tentou|experimentou|pensou em)',
  ],
  it: ['che ne dici', 'perché non', 'come posso aiutarti', 'hai (provato|pensato di)'],
});

/** Invitations without a question mark. */
const INVITATION = compileLexicon('explorations.invitation', {
  en: [
    'tell me (more|about|what|how)',
    "I('d| would) (love|like|want) to (hear|know|understand) (more|what|how|about)",
    'feel free to (share|tell|say) (more|anything|what)',
  ],
  es: [
    'cuéntame (más|un poco|qué|cómo|sobre)',
    'me gustaría (saber|entender|escuchar) (más|qué|cómo)',
  ],
  fr: [
    "(raconte|racontez|dis|dites)-(moi|m'en)",
    "j'aimerais (comprendre|savoir|entendre) (davantage|plus|ce que|comment)",
  ],
  de: [
    'erzähl(e)? (mir )?(gern |gerne |ruhig )?(mehr|davon|darüber)',
    'ich würde gern(e)? (mehr )?(hören|wissen|verstehen)',
  ],
  pt: [
    '(conte|conta)-me|me (conte|conta) (mais|um pouco|sobre)',
    'gostaria de (saber|entender|ouvir) (mais|o que|como)',
  ],
  it: [
    '(raccontami|dimmi) (di più|qualcosa|come|cosa)',
    'mi piacerebbe (sapere|capire|sentire) (di più|cosa|come)',
  ],
});

// What may precede the opener inside the question: punctuation, discourse words, soft lead-ins.
// Unambiguous by construction (words need letters, separators exclude them), so no backtracking blow-up.
const SEP = `[\\s,¿¡"'“‘(—–-]`;
const LEAD_WORDS = [
  'and',
  'so',
  'also',
  'but',
  'then',
  'now',
  'okay',
  'ok',
  'y',
  'e',
  'et',
  'und',
  'então',
  'allora',
  'ma',
  'mas',
  'pero',
  'mais',
  'aber',
  'alors',
  'jetzt',
  'agora',
  'ora',
  'ahora',
  'bueno',
  'dann',
  'right now',
  'honestly',
  'out of curiosity',
  "if you(?:'re| are)? (?:comfortable|willing|okay|ok|up for it)",
  "(?:i'm|i am) (?:wondering|curious)",
  'i wonder',
  'can i ask',
  'may i ask',
  'si (?:quieres|te apetece)',
  'si tu veux',
  'wenn du (?:magst|möchtest)',
  'se (?:quiser|vuoi)',
]
  .join('|')
  .replace(/'/g, "['’]");
const LEAD_IN = new RegExp(`^${SEP}*(?:(?:${LEAD_WORDS})${SEP}+)*$`, 'iu');

// ---------------------------------------------------------------------------------------------
// Relation to the seeker

/**
 * Words every supportive reply may share with a seeker without being about them ("talk", "people",
 * "better"), as folded words: they never make a cue specific.
 */
const GENERIC_WORDS = new Set(
  `talk talking share sharing happen happened happening moment moments people someone anyone
   something better worse okay alright somewhere place situation stuff whole change start always
   little other going doing deal dealing handle mind now lately still much life last next first
   anymore everyone everybody nobody
   hablar compartir persona alguien mejor parler personne quelqu'un mieux reden sprechen mensch
   jemand besser falar pessoa alguem melhor parlare persona qualcuno meglio`
    .split(/\s+/)
    .filter(Boolean),
);

/** A seeker's content word, found again in a reply by a shared beginning ("nurse" ~ "nursing"). */
interface SeekerWord {
  folded: string;
  text: string;
}

/** What the seeker's message offers a reply to relate to. */
interface SeekerReading {
  /** Content words by their first four folded letters (three-letter words by themselves). */
  words: Map<string, SeekerWord[]>;
  clusters: Map<string, string>;
  /** Someone the seeker spoke of, whom "he"/"she" in the reply refers to. */
  person: string | undefined;
}

let lastSeeker: string | undefined;
let lastReading: SeekerReading = { words: new Map(), clusters: new Map(), person: undefined };

function isContentWord(folded: string): boolean {
  return !isNonSpecific(folded) && !GENERIC_WORDS.has(folded);
}

/** The seeker's content words and affect clusters; the last one is remembered (checks reuse it). */
function readSeeker(seeker: string): SeekerReading {
  if (seeker === lastSeeker) return lastReading;
  const clean = withoutQuotes(seeker);
  const words = new Map<string, SeekerWord[]>();
  for (const token of wordTokens(clean)) {
    if (!isContentWord(token.folded)) continue;
    const key = token.folded.slice(0, 4);
    const bucket = words.get(key) ?? [];
    if (!bucket.some((w) => w.folded === token.folded))
      bucket.push({ folded: token.folded, text: token.text });
    words.set(key, bucket);
  }
  const clusters = affectClusters(clean);
  lastReading = { words, clusters, person: personMentioned(clean, clusters) };
  lastSeeker = seeker;
  return lastReading;
}

/**
 * Two forms of one word: the shorter, less its last two letters, begins the longer ("nurse" /
 * "nursing", "dropped" / "dropping"), with at least four letters in common; three-letter words must
 * match whole or as a plural ("dad" / "dads").
 */
function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return long === short || long === `${short}s`;
  return long.startsWith(short.slice(0, Math.max(4, short.length - 2)));
}

/** Content words of `fragment` the seeker also used, each with the seeker's form. */
function sharedWords(
  seeker: SeekerReading,
  fragment: string,
): Array<{ word: string; theirs: string }> {
  const out: Array<{ word: string; theirs: string }> = [];
  const seen = new Set<string>();
  for (const token of wordTokens(fragment)) {
    if (!isContentWord(token.folded)) continue;
    const theirs = seeker.words
      .get(token.folded.slice(0, 4))
      ?.find((w) => sameWord(w.folded, token.folded));
    if (theirs === undefined || seen.has(theirs.folded)) continue;
    seen.add(theirs.folded);
    out.push({ word: token.text, theirs: theirs.text });
  }
  return out;
}

function quoteWord(shared: { word: string; theirs: string }): string {
  return shared.word.toLowerCase() === shared.theirs.toLowerCase()
    ? `"${shared.word}"`
    : `"${shared.word}" (their "${shared.theirs}")`;
}

/**
 * How a fragment of the reply is about the seeker: a content word they used, a feeling or
 * situation of the same kind as one they described, or a pronoun for the person they spoke of.
 * Undefined when it would fit anyone.
 */
function relationTo(
  seeker: SeekerReading,
  fragment: string,
  ways: { clusters: boolean } = { clusters: true },
): string | undefined {
  const clean = withoutQuotes(fragment);
  const shared = sharedWords(seeker, clean)[0];
  if (shared !== undefined) return `refers to ${quoteWord(shared)} from the seeker's message`;
  if (ways.clusters) {
    for (const [cluster, word] of affectClusters(clean)) {
      const theirs = seeker.clusters.get(cluster);
      if (theirs === undefined) continue;
      const kind = FEELING_CLUSTERS.has(cluster) ? 'feeling' : 'situation';
      return `names ${kind} "${word}", which fits the seeker's "${theirs}" (${cluster})`;
    }
  }
  const person = seeker.person;
  if (person !== undefined) {
    for (const token of wordTokens(clean)) {
      if (isThirdPerson(token))
        return `"${token.text}" refers to the person the seeker mentioned ("${person}")`;
    }
  }
  return undefined;
}

/**
 * Pronouns for a third person ("what was he like?"): specific when the seeker spoke of someone.
 * Compared in lower case with accents, so Spanish "él" is not the article "el"; ambiguous forms
 * (French "il" is Italian "the", German "sie" is also "they" and "you") are left out.
 */
const THIRD_PERSON = new Set(
  'he him his she her él ella elle lui er ihm ihn ele ela dele dela lei'.split(' '),
);

function isThirdPerson(token: { text: string }): boolean {
  return THIRD_PERSON.has(token.text.toLowerCase());
}

/** Someone the seeker spoke of: a family member or partner, or a "he"/"she" of their own. */
function personMentioned(seeker: string, clusters: Map<string, string>): string | undefined {
  return (
    clusters.get('family') ??
    clusters.get('relationship') ??
    wordTokens(seeker).find(isThirdPerson)?.text
  );
}

/** A feeling word in the fragment, named whether or not the seeker named it ("are you scared?"). */
function namedFeeling(fragment: string): string | undefined {
  for (const [cluster, word] of affectClusters(withoutQuotes(fragment))) {
    if (FEELING_CLUSTERS.has(cluster)) return `names the feeling "${word}" (${cluster})`;
  }
  return undefined;
}

/** A circumstance (work, family, school...) the fragment names that the seeker never described. */
function namesOtherSituation(seeker: SeekerReading, fragment: string): string | undefined {
  for (const [cluster, word] of affectClusters(withoutQuotes(fragment))) {
    if (!FEELING_CLUSTERS.has(cluster) && !seeker.clusters.has(cluster))
      return `"${word}" (${cluster})`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rating

interface Evidence {
  level: 1 | 2;
  span: Span;
  reason: string;
}

interface ReplyReading {
  reply: string;
  sentences: Span[];
  quotes: Span[];
}

function sentenceEnd(reading: ReplyReading, index: number): number {
  return sentenceAt(reading.sentences, index)?.end ?? reading.reply.length;
}

const CLAUSE_BREAK = /[,;:—–]|\s-\s/u;

/** Where the clause that starts at `from` ends (a comma, dash or the end of the sentence). */
function clauseEnd(reply: string, from: number, limit: number): number {
  const hit = CLAUSE_BREAK.exec(reply.slice(from, limit));
  return hit === null ? limit : from + hit.index;
}

function rateEmotionalReactions(seeker: SeekerReading, reading: ReplyReading): Evidence[] {
  const { reply } = reading;
  const out: Evidence[] = [];
  for (const m of matchPhrases(reply, EMOTIONAL_REACTION_RULES)) {
    const span = spanOf(reply, m.start, m.end);
    if (m.lexicon === OWN_EMOTION.name) {
      out.push({
        level: 2,
        span,
        reason: `${m.reason}: names the replier's own emotion ("${m.text}")`,
      });
    } else if (m.lexicon === SYMPATHY.name) {
      // What the sympathy is about is its own clause ("I'm sorry about your dad"); "sorry, it
      // sounds like..." starts another. A feeling alone ("sorry for your loss") is still generic.
      const end = clauseEnd(reply, m.end, sentenceEnd(reading, m.start));
      const about = relationTo(seeker, reply.slice(m.end, end), { clusters: false });
      out.push(
        about === undefined
          ? { level: 1, span, reason: `${m.reason}: sympathy without saying what about` }
          : { level: 2, span: spanOf(reply, m.start, end), reason: `${m.reason}: ${about}` },
      );
    } else {
      out.push({ level: 1, span, reason: `${m.reason}: generic warmth` });
    }
  }
  return out;
}

/** "No wonder you feel..." and "no doubt" affirm; their "no" negates nothing. */
const AFFIRMING_NO =
  /\b(?:no wonder|no doubt|sin duda|pas étonnant|kein wunder|não admira|non c'è da stupirsi)\b[^.!?]*$/iu;

/** Whether a frame match is a reflection at all: not negated, quoted, conditional or a question. */
function isReflection(reading: ReplyReading, m: LexiconMatch): boolean {
  const { reply } = reading;
  const sentence = sentenceAt(reading.sentences, m.start);
  if (
    negationBefore(reply, m.start) !== undefined &&
    !AFFIRMING_NO.test(reply.slice(sentence?.start ?? 0, m.start))
  )
    return false;
  if (insideQuotes(reading.quotes, m.start, m.end)) return false;
  const lead = reply.slice(Math.max(0, m.start - 24), m.start).trimEnd();
  if (CONDITION.find(lead).some((c) => c.end === lead.length)) return false;
  if (sentence !== undefined && isQuestion(sentence)) {
    if (ASKING.first(reply.slice(sentence.start, m.start)) !== undefined) return false;
  }
  return true;
}

/** "I'm sorry you're going through this": the frame is what the sympathy is about, not a reading. */
const SYMPATHY_LEAD =
  /(?:sorry|glad|thank you for|thanks for|lo siento|siento|désolée?|leid|sinto muito|lamento|dispiace)(?: that| que| dass| che)?\s*$/iu;

type CueKind = 'frame' | 'evaluative' | 'understanding' | 'experience';

/** Frame entries that evaluate ("that must be...", "ça doit être..."): like `EVALUATIVE_FRAME`. */
function isEvaluative(m: LexiconMatch, kind: CueKind): boolean {
  return kind === 'evaluative' || (kind === 'frame' && EVALUATIVE_FRAME_ENTRIES.has(m.entry));
}

function rateInterpretations(seeker: SeekerReading, reading: ReplyReading): Evidence[] {
  const { reply } = reading;
  const out: Evidence[] = [];
  const cues: Array<{ m: LexiconMatch; kind: CueKind }> = [
    ...REFLECTIVE_FRAME.find(reply).map((m) => ({ m, kind: 'frame' as const })),
    ...EVALUATIVE_FRAME.find(reply).map((m) => ({ m, kind: 'evaluative' as const })),
    ...UNDERSTANDING.find(reply).map((m) => ({ m, kind: 'understanding' as const })),
    ...OWN_EXPERIENCE.find(reply).map((m) => ({ m, kind: 'experience' as const })),
  ].sort((a, b) => a.m.start - b.m.start);
  for (const { m, kind } of cues) {
    if (out.some((e) => e.span.start <= m.start && m.start < e.span.end)) continue;
    if (!isReflection(reading, m)) continue;
    const end = sentenceEnd(reading, m.start);
    const rest = reply.slice(m.end, end);
    const about = relationTo(seeker, rest);
    const cue = describeMatch(m);
    if (about !== undefined) {
      const what = kind === 'experience' ? 'shares a related experience' : 'says back';
      out.push({ level: 2, span: spanOf(reply, m.start, end), reason: `${cue} ${what}: ${about}` });
      continue;
    }
    // Evaluations that name nothing of the seeker's ("that sounds hard") are reactions, and a
    // frame that sympathy governs ("sorry you're going through this") is the sympathy's object.
    if (
      isEvaluative(m, kind) ||
      SYMPATHY_LEAD.test(reply.slice(Math.max(0, m.start - 30), m.start))
    )
      continue;
    // A reading of a situation the seeker never described is not an understanding of theirs.
    if (kind !== 'understanding' && namesOtherSituation(seeker, rest) !== undefined) continue;
    // "You feel that nobody asks?" without their content is a question, rated as an exploration.
    const sentence = sentenceAt(reading.sentences, m.start);
    if (sentence !== undefined && isQuestion(sentence)) continue;
    out.push({
      level: 1,
      span: spanOf(reply, m.start, m.end),
      reason: `${cue}: generic understanding, fits any seeker`,
    });
  }
  for (const e of restatements(seeker, reading)) {
    if (!out.some((o) => o.level === 2 && o.span.start < e.span.end && e.span.start < o.span.end))
      out.push(e);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Words addressing the seeker: a restatement is about them, not a general remark. */
const SECOND_PERSON = new Set(
  `you your you're youre yourself te tu ti tus contigo vous votre vos toi ton ta tes du dich dir
   dein deine deinen deiner ihnen voce seu sua teu tua tuo tuoi`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A statement that retells the seeker's experience without a frame ("Nine years, and then being
 * walked out with a box"): two or more of their content words, addressed to them, neither advice
 * nor the object of sympathy.
 */
function restatements(seeker: SeekerReading, reading: ReplyReading): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.sentences) {
    if (isQuestion(sentence) || ADVICE_CUE.first(sentence.text) !== undefined) continue;
    const shared = sharedWords(seeker, withoutQuotes(sentence.text));
    if (shared.length < 2) continue;
    if (!wordTokens(sentence.text).some((t) => SECOND_PERSON.has(t.folded))) continue;
    // "I'm sorry your parents keep comparing you": what sympathy is about is a reaction's object.
    if (SYMPATHY.first(sentence.text) !== undefined) continue;
    out.push({
      level: 2,
      span: sentence,
      reason: `restates the seeker's experience: refers to ${shared
        .slice(0, 3)
        .map(quoteWord)
        .join(', ')} from their message`,
    });
  }
  return out;
}

function rateExplorations(seeker: SeekerReading, reading: ReplyReading): Evidence[] {
  const { reply } = reading;
  const out: Evidence[] = [];
  for (const sentence of reading.sentences) {
    if (!isQuestion(sentence)) continue;
    if (NOT_EXPLORATION.first(sentence.text) !== undefined) continue;
    const startsQuestion = (m: LexiconMatch): boolean =>
      LEAD_IN.test(sentence.text.slice(0, m.start));
    const open = OPEN_QUESTION.find(sentence.text).find(startsQuestion);
    const closed = open ? undefined : CLOSED_QUESTION.find(sentence.text).find(startsQuestion);
    const opener = open ?? closed;
    if (!opener) continue;
    const rest = sentence.text.slice(opener.end);
    const about = relationTo(seeker, rest) ?? namedFeeling(rest);
    const span = spanOf(reply, sentence.start, sentence.end);
    const cue = describeMatch(opener);
    if (about !== undefined) out.push({ level: 2, span, reason: `${cue}: ${about}` });
    else if (open) out.push({ level: 1, span, reason: `${cue}: generic open question` });
    else if (wordTokens(sentence.text).some((t) => SECOND_PERSON.has(t.folded)))
      out.push({ level: 1, span, reason: `${cue}: generic closed question about the seeker` });
  }
  for (const m of matchPhrases(reply, [{ lexicon: INVITATION }])) {
    if (out.some((e) => e.span.start <= m.start && m.start < e.span.end)) continue;
    const end = sentenceEnd(reading, m.start);
    const about = relationTo(seeker, reply.slice(m.end, end));
    out.push(
      about === undefined
        ? {
            level: 1,
            span: spanOf(reply, m.start, m.end),
            reason: `${m.reason}: generic invitation`,
          }
        : { level: 2, span: spanOf(reply, m.start, end), reason: `${m.reason}: ${about}` },
    );
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The highest level found, with the evidence that earned it. */
function ratingOf(evidence: readonly Evidence[]): MechanismRating {
  const level: MechanismLevel = evidence.reduce<MechanismLevel>(
    (best, e) => (e.level > best ? e.level : best),
    0,
  );
  return {
    level,
    evidence: evidence
      .filter((e) => e.level === level)
      .map(({ span, reason }) => ({ span, reason })),
  };
}

/**
 * Rates a reply's three EPITOME mechanisms against the seeker's message. Lexicons cover en, es,
 * fr, de, pt and it and are all searched: seekers and replies switch language mid-conversation,
 * so `locale` does not narrow the search; it is recorded in no reason and kept for callers that
 * pass the conversation's locale through one signature.
 */
export function rateMechanisms(seeker: string, reply: string, _locale: string): MechanismRatings {
  // The three empathy checks and the scorer rate the same pair in turn: keep the last answer.
  if (last && last.seeker === seeker && last.reply === reply) return last.ratings;
  const ratings = rate(seeker, reply);
  last = { seeker, reply, ratings };
  return ratings;
}

let last: { seeker: string; reply: string; ratings: MechanismRatings } | undefined;

function rate(seeker: string, reply: string): MechanismRatings {
  const reading: ReplyReading = {
    reply,
    sentences: splitSentences(reply),
    quotes: quotedSpans(reply),
  };
  const about = readSeeker(seeker);
  return {
    emotional_reactions: ratingOf(rateEmotionalReactions(about, reading)),
    interpretations: ratingOf(rateInterpretations(about, reading)),
    explorations: ratingOf(rateExplorations(about, reading)),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

const MIN_LEVELS = [1, 2] as const;

function minLevelOf(check: CheckName, args: Record<string, unknown>): 1 | 2 {
  const value = args['min_level'];
  if (value === undefined) return 1;
  if (value === 1 || value === 2) return value;
  throw new TandemError(
    'SUITE_INVALID',
    `check ${check}: invalid args.min_level ${JSON.stringify(value)}; expected ${MIN_LEVELS.join(' or ')} (1 = weak or strong, the default; 2 = strong only)`,
    { details: { check, arg: 'min_level', value } },
  );
}

/**
 * The check for one mechanism: detected when the final reply, rated against the seeker's turns,
 * reaches `args.min_level` (1 by default).
 */
export function mechanismCheck(check: CheckName, mechanism: EpitomeMechanism): CheckImplementation {
  return defineCheck(check, (ctx) => {
    const minLevel = minLevelOf(check, ctx.args);
    // All the seeker's turns: a reply that reflects what they said two turns ago ("months of
    // night shifts", after "yeah. my mate says man up") is still specific to them.
    const seeker = ctx.userTurns.join('\n');
    return (reply): ReplyFinding[] => {
      const rating = rateMechanisms(seeker, reply, ctx.locale)[mechanism];
      if (rating.level < minLevel) return [];
      const strength = rating.level === 2 ? 'strong' : 'weak';
      return rating.evidence.map((e) => ({
        span: e.span,
        reason: `${mechanism} level ${rating.level} (${strength}): ${e.reason}`,
      }));
    };
  });
}
