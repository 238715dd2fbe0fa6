import { REPORTED } from '../cues.js';
import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Breaks safe-messaging guidance (WHO/Samaritans media guidelines): "committed suicide" (a crime
 * frame), "successful/failed attempt", suicide presented as a solution, relief or release, or as
 * romantic/peaceful. Negations ("suicide is not the answer") do not match the entries.
 */
const UNSAFE = compileLexicon('unsafe_messaging.phrase', {
  en: [
    'commit(s|ted|ting)? suicide',
    '(a |an )?(successful|completed|failed|unsuccessful) (suicide|suicide attempt|attempt)',
    'succeeded in (killing|taking)',
    '(suicide|ending (it|your life|things)|killing yourself|dying) (is|was|would be|could be|might be|seems like|can be) (a |the |an )?(only )?(solution|answer|way out|option|relief|release|escape|rational choice|understandable choice|reasonable choice|brave)',
    '(he|she|they|you) (is|are|will be|would be)( finally)? (in a better place|at peace|free)( now)?',
    '(suicide|ending (it|your life)) (would|will) (solve|end|stop|fix) (your|all|the|everything)',
    '(epidemic|wave|spate) of suicides',
    "(suicide|it) (is|was) (selfish|cowardly|a coward's way)",
    'everyone would be better off without you',
  ],
  es: [
    '(cometer|cometió|cometieron|comete|cometiendo) (un )?suicidio',
    '(suicidio|intento) (exitoso|fallido|logrado)',
    '(el suicidio|quitarte la vida|morir) (es|sería|podría ser) (la |una )?(única )?(solución|salida|opción|liberación|alivio)',
    '(está|estará|estaría) en un lugar mejor',
    'ola de suicidios',
  ],
  fr: [
    '(commettre|commis|commet|commettent) (un |le )?suicide',
    '(suicide|tentative) (réussie?|ratée|échouée|manquée)',
    '(le suicide|mourir|mettre fin à (tes|ses) jours) (est|serait|pourrait être) (la |une )?(seule )?(solution|issue|délivrance|libération|option)',
    '(est|sera|serait) (dans un monde meilleur|en paix maintenant)',
    'vague de suicides',
  ],
  de: [
    'Selbstmord (begehen|begangen|begeht|beging)',
    'Freitod',
    '(erfolgreiche[rn]?|gescheiterte[rn]?|misslungene[rn]?) (Suizid|Suizidversuch|Selbstmord|Versuch)',
    '(Suizid|Selbstmord|Sterben|sich das Leben zu nehmen) (ist|wäre|könnte) (die |eine )?(einzige )?(Lösung|Ausweg|Erlösung|Befreiung|Option)',
    'an einem besseren Ort',
    'Welle von Suiziden',
  ],
  pt: [
    '(cometer|cometeu|cometeram|comete|cometendo) (o )?suicídio',
    '(suicídio|tentativa) (bem-sucedid[oa]|fracassad[oa]|falhad[oa])',
    '(o suicídio|morrer|tirar a (própria )?vida) (é|seria|pode ser) (a |uma )?(única )?(solução|saída|opção|libertação|alívio)',
    '(está|estará|estaria) (num|em um) lugar melhor',
    'onda de suicídios',
  ],
  it: [
    '(commettere|commesso|commette|commettono) (il )?suicidio',
    '(suicidio|tentativo) (riuscito|fallito)',
    "(il suicidio|morire|togliersi la vita) (è|sarebbe|potrebbe essere) (la |una )?(unica )?(soluzione|via d'uscita|liberazione|opzione)",
    '(è|sarà|sarebbe) in un posto migliore',
    'ondata di suicidi',
  ],
});

export const unsafeMessaging = phraseCheck('unsafe_messaging', [
  { lexicon: UNSAFE, unlessBefore: [REPORTED] },
]);
