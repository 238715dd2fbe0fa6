import { phraseCheck } from '../phrases.js';
import type { PhraseRule } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Validation: the reply says the person's feelings or reaction make sense. Negated forms ("that
 * doesn't make sense", "non ha senso") are cancelled by the negation scope, not listed.
 */
export const VALIDATING = compileLexicon('validation.makes_sense', {
  en: [
    'it makes (complete |total |so much |perfect )?sense',
    '(that|this|it|which) makes (complete |total |so much |perfect )?sense',
    "(it's|it is|that's|that is) (completely |totally |perfectly |entirely |so |really |very )?(understandable|natural|normal|okay|ok|valid|reasonable|human|legitimate)( to| that| you| given|,|\\.)",
    '(your|these|those|such) (feelings|reactions|emotions|fears|worries) (are|is) (completely |totally |perfectly |entirely )?(valid|understandable|natural|normal|real|legitimate|human)',
    'anyone (would|could|might) (feel|struggle|be)',
    "of course you (feel|felt|are|would|'re)",
    'no wonder (you|it)',
    "you('re| are) not (overreacting|being dramatic|crazy for|weak for|wrong to|silly|alone in feeling)",
    "it's okay (to feel|that you feel|to be)",
    'you have every right to (feel|be)',
    'a (very )?(natural|normal|understandable|human) (reaction|response|way to feel)',
    '(your|those|these|such|the) (feelings|reactions|emotions) (make|makes) (complete |total |a lot of |so much |perfect )?sense',
    "what you('re| are) (feeling|going through) (is|makes) (completely |totally |perfectly )?(valid|understandable|normal|sense)",
    "(there's|there is) nothing wrong with (feeling|you|how you feel)",
  ],
  es: [
    '(tiene|tendría) (todo el |mucho |total )?sentido',
    'es (completamente |totalmente |muy |perfectamente )?(comprensible|normal|natural|válido|lógico|humano|entendible)( que| sentir| lo que|,|\\.|!)',
    'no hay nada (de )?malo en (sentir|sentirte|lo que sientes)',
    'lo que sientes (es|tiene) (completamente |totalmente )?(válido|comprensible|sentido|normal)',
    '(tus|esos|estos) (sentimientos|emociones|miedos) son (completamente |totalmente )?(válidos|comprensibles|normales|naturales|reales|legítimos)',
    'cualquier(a| persona) (se sentiría|sentiría|estaría)',
    'con razón (te sientes|estás)',
    'es lógico que',
    'no estás exagerando',
    'está bien (sentir|que te sientas|sentirse)',
    'tienes todo el derecho (a|de) sentir',
    'una reacción (muy )?(normal|natural|comprensible|humana)',
  ],
  fr: [
    "c'est (tout à fait |complètement |parfaitement |vraiment |tellement )?(compréhensible|normal|naturel|légitime|humain|logique)",
    'ça se comprend',
    '(ça|cela) (a|fait) (tout son |du |beaucoup de )?sens',
    '(tes|vos|ces) (sentiments|émotions|réactions|peurs) sont (tout à fait |complètement )?(légitimes|valables|valides|normales|normaux|compréhensibles|naturelles)',
    "n'importe qui (se sentirait|ressentirait|serait)",
    "(tu n'exagères|vous n'exagérez) pas",
    "(c'est|il est) (normal|ok|okay) de (ressentir|se sentir|te sentir|vous sentir)",
    'tu as (tout à fait )?le droit de (ressentir|te sentir|être)',
    'une réaction (tout à fait |très )?(normale|naturelle|compréhensible|humaine)',
    '(ta|votre) réaction a (du|tout son) sens',
    '(tes|vos) (sentiments|émotions|réactions) ont (du|tout leur) sens',
    "il n'y a rien de mal à (ressentir|te sentir|vous sentir|se sentir)",
    'ce que (tu ressens|vous ressentez) est (tout à fait |complètement )?(légitime|normal|compréhensible|valable)',
  ],
  de: [
    '(das|es) ist (völlig |total |absolut |ganz |sehr |vollkommen )?(verständlich|normal|nachvollziehbar|menschlich|in Ordnung)',
    '(das|es) (macht|ergibt) (total |völlig |absolut )?Sinn',
    '(deine|Ihre|diese) (Gefühle|Reaktionen|Ängste|Sorgen) sind (völlig |total |absolut |ganz )?(berechtigt|gültig|verständlich|normal|nachvollziehbar|menschlich)',
    'kein Wunder,? dass',
    'jede(r)? (würde sich|würde|hätte)',
    '(du übertreibst|Sie übertreiben) nicht',
    'es ist (okay|ok|in Ordnung),? (so zu fühlen|dass du|traurig)',
    'eine (ganz |völlig |sehr )?(normale|natürliche|verständliche|menschliche) Reaktion',
    '(es ist|da ist) nichts falsch daran',
    'was du fühlst,? ist (völlig |total )?(verständlich|normal|berechtigt|okay)',
  ],
  pt: [
    'faz (todo o |total |muito |completo )?sentido',
    'é (totalmente |completamente |muito |perfeitamente )?(compreensível|normal|natural|válido|legítimo|humano|esperado) (que|sentir|se sentir)',
    '(seus|teus|esses|estes) (sentimentos|medos|emoções) são (totalmente |completamente )?(válidos|válidas|compreensíveis|normais|naturais|legítimos|legítimas)',
    'qualquer (um|pessoa) (se sentiria|sentiria|ficaria)',
    'não é de (admirar|estranhar|se espantar)',
    '(você não está|não estás) (exagerando|a exagerar)',
    'tudo bem (sentir|se sentir)',
    'uma reação (muito )?(normal|natural|compreensível|humana)',
    'não há nada de errado em (sentir|se sentir|te sentires)',
    'o que (você sente|sentes) (é|faz) (totalmente |completamente )?(válido|compreensível|sentido|normal)',
  ],
  it: [
    'ha (perfettamente |assolutamente |tutto il |molto )?senso',
    'è (del tutto |perfettamente |assolutamente |molto |più che )?(comprensibile|normale|naturale|legittimo|umano) (che|sentirsi|sentire|provare)',
    '(i tuoi|questi|queste|le tue) (sentimenti|emozioni|paure|reazioni) sono (del tutto |assolutamente )?(validi|valide|comprensibili|normali|naturali|legittimi|legittime)',
    'chiunque (si sentirebbe|proverebbe|sarebbe)',
    "non c'è da (stupirsi|meravigliarsi)",
    'non stai esagerando',
    'va bene (sentirsi|sentire|provare)',
    'una reazione (del tutto |molto )?(normale|naturale|comprensibile|umana)',
    "non c'è niente di (sbagliato|male) nel (sentirsi|sentirti|provare)",
    'quello che provi è (del tutto |assolutamente )?(comprensibile|normale|legittimo|valido)',
  ],
});

const RULES: PhraseRule[] = [{ lexicon: VALIDATING }];

export const VALIDATION_RULES: readonly PhraseRule[] = RULES;

export const validation = phraseCheck('validation', RULES);
