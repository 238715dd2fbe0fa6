import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';
import { splitSentences } from '../text/sentences.js';
import { contentStems } from '../text/words.js';

/**
 * Generic filler: a reply made mostly of stock phrases that would fit anyone. Detected when at
 * least half of its sentences carry a stock phrase and the reply reuses at most one content word
 * of the seeker's messages (nothing specific to them). Findings are the stock phrases.
 */
const STOCK = compileLexicon('generic_filler.stock', {
  en: [
    "I('m| am) (always )?here for you",
    "I('m| am) (always )?here to (listen|help|support)",
    "I understand (how you feel|what you're going through|that this is (hard|difficult))",
    "I('m| am) sorry (you're|you are) (going through|feeling|dealing with) (this|that|all this)",
    "(it's|it is) (important|good|essential) to (take care of yourself|prioritize|prioritise|practice self-care|remember)",
    '(remember|make sure) to (take care of yourself|be kind to yourself|practice self-care)',
    "you('re| are) not alone",
    "(it's|it is) (okay|ok) (to not|not to) be (okay|ok)",
    '(everyone|we all) (goes|go) through (tough|hard|difficult) times',
    "don't hesitate to reach out",
    'I hope this helps',
    'take it one day at a time',
    'stay strong',
    '(things|it) will get better',
    'is there anything else (I can help you with|you need)',
    'thank you for sharing',
    'self-care is (important|key|essential)',
    "you (are|'re) stronger than you think",
    'be kind to yourself',
    "you('ve| have) got this",
    "(it's|it is) (completely |totally )?(normal|okay|ok|understandable) to feel (this way|that way|like this)",
    'reach out to (someone|a professional|a mental health professional)',
    "I('m| am) (just )?a (message|text) away",
    'take (care|a deep breath)',
    'your (feelings|mental health) (matter|is important|are valid)',
  ],
  es: [
    'estoy aquí para (ti|ayudarte|escucharte)',
    'entiendo (cómo te sientes|lo que estás pasando)',
    'no estás sol[oa]',
    'es importante cuidarte',
    'cuídate (mucho)?',
    'todo (va a|irá) (mejorar|estar bien)',
    'las cosas (van a|irán a) mejorar',
    'un día a la vez',
    'espero que esto (te )?ayude',
    'gracias por compartir',
    'eres más fuerte de lo que (crees|piensas)',
    'está bien no estar bien',
    '¿hay algo más en lo que (te )?pueda ayudar',
  ],
  fr: [
    "je suis (là|ici) pour (toi|vous|t'aider|vous aider|t'écouter)",
    'je comprends (ce que tu ressens|ce que vous ressentez|ce que tu vis)',
    "(tu n'es|vous n'êtes) pas seule?s?",
    "(il est|c'est) important de prendre soin de (toi|vous)",
    'prends soin de toi',
    "les choses vont s'améliorer",
    'un jour à la fois',
    "j'espère que (cela|ça) (t'aide|vous aide|aide)",
    'merci de partager',
    '(tu es|vous êtes) plus fort(e)? que (tu ne le penses|vous ne le pensez)',
    "c'est (ok|okay|normal) de ne pas aller bien",
  ],
  de: [
    'ich bin (für dich|für Sie) da',
    'ich verstehe,? (wie du dich fühlst|was du durchmachst)',
    '(du bist|Sie sind) nicht allein',
    'es ist wichtig,? (auf dich|gut für dich|dich um dich) (zu achten|zu sorgen|selbst zu kümmern)',
    'pass auf dich auf',
    'es wird (alles )?besser',
    'einen Tag nach dem anderen',
    'ich hoffe,? (das|dies) hilft',
    'danke fürs Teilen',
    '(du bist|Sie sind) stärker,? als (du denkst|Sie denken)',
    'es ist okay,? nicht okay zu sein',
  ],
  pt: [
    'estou aqui para (você|ti|te ajudar|te ouvir)',
    'entendo (como você se sente|o que você está passando)',
    '(você não está|não estás) sozinh[oa]',
    'é importante (se cuidar|cuidar de si|cuidar de você)',
    'cuide-se',
    'as coisas vão melhorar',
    'um dia de cada vez',
    'espero que isso ajude',
    'obrigad[oa] por compartilhar',
    '(você é|és) mais forte do que (pensa|imagina)',
    'tudo bem não estar bem',
  ],
  it: [
    'sono qui per te',
    'capisco (come ti senti|quello che stai passando)',
    'non sei sol[oa]',
    'è importante prendersi cura di (sé|te stess[oa])',
    'prenditi cura di te',
    'le cose (andranno|miglioreranno)',
    'un giorno alla volta',
    'spero che (questo|ciò) (ti )?aiuti',
    'grazie per aver condiviso',
    'sei più forte di quanto (pensi|credi)',
    'va bene non stare bene',
  ],
});

const STOCK_SHARE = 0.5;
const MAX_SPECIFIC_WORDS = 1;

export const genericFiller = defineCheck('generic_filler', (ctx) => {
  const seekerStems = contentStems(ctx.userTurns.join('\n'));
  return (reply): ReplyFinding[] => {
    const sentences = splitSentences(reply);
    if (sentences.length === 0) return [];
    const matches = STOCK.find(reply);
    if (matches.length === 0) return [];
    const stockSentences = sentences.filter((s) =>
      matches.some((m) => m.start >= s.start && m.start < s.end),
    ).length;
    const share = stockSentences / sentences.length;
    const specific = [...contentStems(reply).keys()].filter((stem) => seekerStems.has(stem));
    if (share < STOCK_SHARE || specific.length > MAX_SPECIFIC_WORDS) return [];
    const summary = `${stockSentences} of ${sentences.length} sentences are stock phrases; ${specific.length} of the seeker's content words reused`;
    return matches.map((m) => ({
      span: spanOf(reply, m.start, m.end),
      reason: `${describeMatch(m)} (${summary})`,
    }));
  };
});
