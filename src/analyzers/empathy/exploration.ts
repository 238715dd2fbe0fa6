import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { matchPhrases } from '../phrases.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';
import { isQuestion, splitSentences } from '../text/sentences.js';

/**
 * EPITOME's "explorations": an open question that invites the person to say more. A question
 * counts when it *opens* with an open interrogative or an invitation ("what has it been like",
 * "¿quieres contarme...?"); closed or service questions ("how can I help?", "how about a walk?")
 * do not. Imperative invitations ("tell me more") count without a question mark.
 */
const OPENER = compileLexicon('exploration.open_question', {
  en: [
    "(what|what's|how|how's|when|where|who|which|why)",
    '(can|could|would|will) you (tell|say|share|describe|help me understand|walk me through)',
    '(would|do) you (like|want|feel like|be willing|feel comfortable|feel able|be open) to (talk|tell|share|say|describe)',
    "is there (anything|something|more) (more |else )?(you'd like|you want|on your mind|that|you feel)",
  ],
  es: [
    '(qué|que|cómo|como|cuándo|cuando|dónde|quién|por qué|cuál|cuáles|desde cuándo)',
    '(me )?(puedes|podrías|quieres|te gustaría|te apetece) (contarme|hablarme|decirme|compartir|contar)',
    'hay algo (más )?que (quieras|te gustaría)',
  ],
  fr: [
    "(qu'est-ce qui|qu'est-ce que|que|quoi|comment|quand|où|pourquoi|quel|quelle|quels|quelles|depuis quand)",
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
    '(o que|que|como|quando|onde|quem|por que|porque|qual|quais|desde quando)',
    '(você )?(pode|poderia|quer|gostaria de|consegue|queres|podes) (me )?(contar|falar|dizer|compartilhar|partilhar|descrever)',
    'há algo (mais )?que',
  ],
  it: [
    '(cosa|che cosa|che|come|quando|dove|chi|perché|quale|quali|da quando)',
    '(puoi|potresti|vuoi|ti va di|ti andrebbe di|ti senti di) (raccontarmi|dirmi|parlarmi|parlarne|condividere|descrivermi|raccontare)',
    "c'è (qualcosa|altro)",
  ],
});

/** Questions that look open but offer a suggestion or a service instead of inviting experience. */
const NOT_EXPLORATION = compileLexicon('exploration.not_open', {
  en: [
    'how about',
    'what about (trying|doing|if)',
    'how can I (help|assist|support)',
    'what can I (do|help)',
    'what would you like me to',
    'why not',
    "why don't you",
  ],
  es: ['qué tal si', 'por qué no', 'en qué (te )?puedo ayudar', 'cómo (te )?puedo ayudar'],
  fr: ['et si', 'pourquoi ne pas', "comment (puis-je|je peux) (t'aider|vous aider|aider)"],
  de: ['wie wäre es', 'warum nicht', 'wie kann ich (dir|Ihnen) helfen'],
  pt: ['que tal', 'por que não', 'como (posso|eu posso) (te )?ajudar'],
  it: ['che ne dici', 'perché non', 'come posso aiutarti'],
});

/** Invitations without a question mark. */
const INVITATION = compileLexicon('exploration.invitation', {
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

export const exploration = defineCheck('exploration', () => (reply): ReplyFinding[] => {
  const out: ReplyFinding[] = [];
  for (const sentence of splitSentences(reply)) {
    if (!isQuestion(sentence)) continue;
    if (NOT_EXPLORATION.first(sentence.text) !== undefined) continue;
    // The first opener that starts the question (after a lead-in) decides.
    const opener = OPENER.find(sentence.text).find((m) =>
      LEAD_IN.test(sentence.text.slice(0, m.start)),
    );
    if (!opener) continue;
    out.push({
      span: spanOf(reply, sentence.start, sentence.end),
      reason: `open question: ${describeMatch(opener)}`,
    });
  }
  for (const m of matchPhrases(reply, [{ lexicon: INVITATION }])) {
    if (out.some((f) => f.span.start <= m.start && m.start < f.span.end)) continue;
    out.push({ span: spanOf(reply, m.start, m.end), reason: `invitation: ${m.reason}` });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
});
