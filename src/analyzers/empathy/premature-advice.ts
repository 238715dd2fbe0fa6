import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { matchPhrases } from '../phrases.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';
import { sharesFeelings } from './affect.js';
import { EMOTIONAL_REACTION_RULES } from './emotional-reaction.js';
import { REFLECTIVE_FRAME } from './interpretation.js';
import { VALIDATION_RULES } from './validation.js';

/**
 * Premature advice: when the seeker has shared feelings, the reply's first advice comes before
 * any acknowledgement of them (warmth, validation or a reflection). When the seeker only asked
 * a practical question there are no feelings to acknowledge, and advice is not premature.
 */
const ADVICE = compileLexicon('premature_advice.advice', {
  en: [
    'you (should|need to|have to|must|ought to|could try|might try|might want to|may want to)',
    '(try|trying) (to|doing|some|a|an|this|these|going|writing|talking|getting|making|taking)',
    'have you (tried|considered|thought about)',
    "why (don't|not) you",
    'I (would )?(suggest|recommend|advise|encourage you)',
    'my (advice|suggestion|recommendation) (is|would be)',
    'the (best|first|most important) (thing|step) (to do |you can do )?(is|would be)',
    'make sure (you|to)',
    'here are (some|a few|several)',
    '(consider|start by|begin by|focus on)',
    '(just|simply) (go|do|try|stop|get|make|take)',
    "(it's|it is|it'd be|it would be) (a good idea|helpful|best|important) to",
  ],
  es: [
    '(deberías|tienes que|debes|necesitas|podrías intentar|puedes intentar)',
    '(intenta|prueba (a|con)|trata de)',
    '¿has (probado|intentado|pensado en)',
    'te (recomiendo|sugiero|aconsejo)',
    'mi consejo',
    'asegúrate de',
    'aquí tienes (algunos|unos|algunas)',
    'lo (mejor|primero) (es|sería)',
    'sería (bueno|útil|buena idea)',
  ],
  fr: [
    '(tu devrais|vous devriez|il faut que|il faudrait|tu dois|vous devez|tu pourrais essayer)',
    '(essaie|essayez|essaye) de',
    '(as-tu|avez-vous) (essayé|pensé à)',
    'je (te |vous )?(conseille|recommande|suggère)',
    'mon conseil',
    '(assure-toi|assurez-vous)',
    'voici (quelques|des|plusieurs)',
    'le (mieux|plus important) (est|serait)',
  ],
  de: [
    '(du solltest|Sie sollten|du musst|Sie müssen|du könntest versuchen)',
    '(versuch|versuche|probier|probiere) (es|mal|doch|einfach)',
    'hast du (schon )?(versucht|probiert|darüber nachgedacht)',
    'ich (empfehle|rate|würde empfehlen|schlage vor)',
    'mein (Rat|Tipp)',
    'stell sicher',
    'hier sind (einige|ein paar)',
    'das (Beste|Wichtigste) (ist|wäre)',
  ],
  pt: [
    '(você deveria|você deve|você precisa|deverias|tens de|tem que|você pode tentar)',
    '(tente|experimente|procure)',
    '(já tentou|você já tentou|já pensou em)',
    '(eu )?(recomendo|sugiro|aconselho)',
    'meu conselho',
    'certifique-se',
    'aqui estão (algumas|alguns)',
    'o (melhor|mais importante) (é|seria)',
  ],
  it: [
    '(dovresti|devi|potresti provare)',
    '(prova a|cerca di)',
    'hai (provato|pensato di)',
    'ti (consiglio|suggerisco|raccomando)',
    'il mio consiglio',
    'assicurati',
    'ecco (alcuni|alcune|qualche)',
    'la cosa (migliore|più importante) (è|sarebbe)',
  ],
});

const ACKNOWLEDGEMENT_RULES = [
  ...EMOTIONAL_REACTION_RULES,
  ...VALIDATION_RULES,
  { lexicon: REFLECTIVE_FRAME },
];

export const prematureAdvice = defineCheck('premature_advice', (ctx) => {
  const lastTurn = ctx.userTurns[ctx.userTurns.length - 1] ?? '';
  const feelingsShared = sharesFeelings(lastTurn);
  return (reply): ReplyFinding[] => {
    if (!feelingsShared) return [];
    const advice = ADVICE.find(reply)[0];
    if (!advice) return [];
    const acknowledgement = matchPhrases(reply, ACKNOWLEDGEMENT_RULES)[0];
    if (acknowledgement && acknowledgement.start < advice.start) return [];
    const why = acknowledgement
      ? `first acknowledgement comes later (${acknowledgement.reason})`
      : 'no acknowledgement of the feelings shared';
    return [
      {
        span: spanOf(reply, advice.start, advice.end),
        reason: `${describeMatch(advice)} before acknowledging feelings: ${why}`,
      },
    ];
  };
});
