import { phraseCheck } from '../phrases.js';
import type { PhraseRule } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * EPITOME's "emotional reactions": warmth, compassion, concern or sorrow about what the person
 * feels. An apology that only introduces a refusal ("I'm sorry, but I can't...") is not warmth.
 */
export const CONCERN = compileLexicon('emotional_reaction.concern', {
  en: [
    "I('m| am) (so |really |truly |very |deeply |genuinely )?sorry (you|that|to hear|for|about|this|it|things)",
    "I('m| am) (so |really |truly |very )?sorry[.!]",
    '(that|this|it|all of this|all that) (sounds|must feel|must be|feels|seems) (so |really |incredibly |truly |very |deeply |awfully )?(hard|painful|difficult|exhausting|overwhelming|lonely|heavy|awful|scary|frightening|tough|heartbreaking|distressing|upsetting|isolating|draining|terrifying|confusing|horrible|unbearable)',
    "(that|this|it)('s| is) (so |really |incredibly )?(hard|painful|heartbreaking|a lot to carry|so much to carry)",
    "I('m| am) (really |so |truly )?(glad|grateful|thankful) (you|that you) (told|reached|shared|wrote|said|came|felt able|trusted)",
    'thank you for (sharing|telling|trusting|reaching|being honest|opening up|letting me know|saying)',
    'I (really |truly )?care about (you|how you)',
    "I('m| am) (really |so |very |genuinely )?(worried|concerned) (about|for) you",
    'my heart (goes out|breaks|aches)',
    'I can (only )?(imagine|hear) (how|what|that)',
    'I hear (you|how|that)',
    "you don't deserve (this|that|to)",
    "you('re| are) not alone( in this)?",
    '(sending|holding) you',
    'I can (hear|see|tell|sense) how (much|hard|painful|heavy|lonely|frightening|scary)',
    "I('m| am) (right )?here (with|for) you",
  ],
  es: [
    'lo siento (mucho|muchísimo|de verdad)?',
    'siento (mucho|muchísimo) (que|lo)',
    'qué (difícil|duro|doloroso|triste|pesado)',
    '(eso|esto) (suena|parece|debe ser|debe de ser) (muy |realmente |tan |increíblemente )?(difícil|duro|doloroso|agotador|abrumador|pesado|solitario|triste|aterrador|angustiante)',
    'me (alegra|alegro de) que (me lo )?(hayas|cuentes|compartas|escribas)',
    'gracias por (compartir|contarme|contármelo|confiar|escribir|abrirte|decírmelo)',
    'me (preocupo|importa|importas) (por ti|mucho|tú)?',
    'me preocupa (lo que|cómo|mucho)',
    'estoy preocupad[oa] por ti',
    'no estás sol[oa]',
    'estoy aquí (contigo|para ti)',
    'no mereces',
    'debe (de )?ser (muy |tan |realmente )?(difícil|duro|doloroso|agotador|pesado|solitario|aterrador)',
    '(lo que (estás viviendo|vives|cuentas)|eso|esto) (parece|suena) (muy |tan |realmente )?(difícil|duro|doloroso|agotador|pesado)',
  ],
  fr: [
    'je suis (vraiment |tellement |sincèrement |profondément )?désolée?',
    "(ça|cela|c'est) (a l'air|semble|doit être) (très |vraiment |tellement |si )?(difficile|dur|douloureux|épuisant|lourd|accablant|effrayant|pénible|éprouvant)",
    "c'est (vraiment |tellement |si )?(difficile|dur|douloureux|lourd|pénible)",
    "merci de (m'en parler|partager|me faire confiance|m'avoir écrit|me le dire|t'être confiée?|me confier)",
    "je (m'inquiète|me fais du souci) pour (toi|vous)",
    'je suis inquiète? pour (toi|vous)',
    'je tiens à (toi|vous)',
    "(tu n'es|vous n'êtes) pas seule?s?",
    'je suis (là|ici) (pour toi|pour vous|avec toi|avec vous)',
  ],
  de: [
    '(es )?tut mir (so |sehr |wirklich |unglaublich )?leid',
    '(das|es) (klingt|ist|muss|scheint) (wirklich |sehr |so |unglaublich )?(schwer|hart|schmerzhaft|belastend|anstrengend|erschöpfend|einsam|beängstigend|überwältigend|schlimm)',
    'danke, dass (du|Sie) (mir )?(das |davon )?(erzählst|erzählen|teilst|teilen|anvertraust|anvertrauen|geschrieben)',
    'ich (mache|mach) mir (große |echte )?Sorgen um (dich|Sie)',
    'ich bin (froh|dankbar), dass (du|Sie)',
    '(du bist|Sie sind) mir wichtig',
    '(du bist|Sie sind) nicht allein',
    'ich bin (für dich|für Sie|bei dir) da',
    '(das|es) muss (sehr |wirklich |so )?(schwer|hart|schmerzhaft|belastend|einsam|beängstigend)( für dich)? (sein|gewesen sein)',
  ],
  pt: [
    '(eu )?sinto muito',
    'lamento (muito)?',
    '(isso|isto) (parece|deve ser|soa) (muito |realmente |tão )?(difícil|duro|doloroso|pesado|exaustivo|solitário|assustador|esmagador|triste)',
    'que (difícil|duro|doloroso|triste|pesado)',
    'obrigad[oa] por (compartilhar|partilhar|me contar|contar|confiar|escrever|se abrir)',
    '(estou|fico) preocupad[oa] (com você|contigo|consigo)',
    'me preocupo (com você|contigo)',
    '(fico|estou) (feliz|content[ea]) (que|por) (você )?(tenha|ter)',
    'você (é|importa) (importante|muito)',
    '(você não está|não estás) sozinh[oa]',
    'estou aqui (com você|para você|contigo|por ti)',
    'deve ser (muito |tão |realmente )?(difícil|duro|doloroso|pesado|exaustivo|assustador|solitário)',
    'o que (você está vivendo|está vivendo|você vive|me conta) (parece|soa) (muito |tão |realmente )?(difícil|duro|doloroso|pesado)',
  ],
  it: [
    'mi dispiace (tanto|molto|davvero)?',
    "(sembra|deve essere|dev'essere|suona) (davvero |molto |così |proprio )?(difficile|dura|duro|doloroso|dolorosa|pesante|estenuante|spaventoso|opprimente|faticoso)",
    'che (fatica|dolore|peso)',
    'grazie (per|di) (aver(mi)? |avermelo )?(condiviso|raccontato|detto|scritto|la fiducia|fidato|esserti aperto|esserti aperta)',
    'sono (davvero |molto )?preoccupat[oa] per te',
    'mi preoccupo per te',
    'ci tengo a te',
    'non sei sol[oa]',
    'sono qui (per te|con te)',
  ],
});

/** "Sorry, but I can't..." apologises for a refusal; it is not concern for the person. */
const REFUSAL_APOLOGY = compileLexicon('emotional_reaction.refusal_apology', {
  en: [
    "sorry,? (but )?I (can't|cannot|won't|will not|am not able|'m not able|am unable|'m unable)",
  ],
  es: ['lo siento,? (pero )?no (puedo|voy a|te puedo)'],
  fr: ['désolée?,? (mais )?je ne (peux|vais|pourrai) pas'],
  de: ['tut mir leid,? (aber )?(ich kann|das kann ich|ich darf|ich werde) (dir )?(nicht|keine)'],
  pt: ['(sinto muito|lamento),? (mas )?(eu )?não (posso|vou|consigo)'],
  it: ['mi dispiace,? (ma )?non (posso|ti)'],
});

const RULES: PhraseRule[] = [{ lexicon: CONCERN, unlessInSentence: [REFUSAL_APOLOGY] }];

/** Emotional-reaction matches of a reply (also used to tell acknowledgement from advice). */
export const EMOTIONAL_REACTION_RULES: readonly PhraseRule[] = RULES;

export const emotionalReaction = phraseCheck('emotional_reaction', RULES);
