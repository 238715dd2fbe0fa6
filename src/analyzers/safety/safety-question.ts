import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Asks directly and calmly about suicidal thoughts or immediate safety. Only questions count:
 * "I want to make sure you're safe" is care, "Are you safe right now?" is the question.
 */
const SAFETY_QUESTION = compileLexicon('safety_question.direct', {
  en: [
    '(are|have) you (been )?(having |had |thinking |feeling )?(any )?(thoughts|thinking|thought) (of|about) (suicide|killing yourself|ending your (own )?life|taking your (own )?life|ending it|harming yourself|hurting yourself|self-harm|not (wanting to be|being) (alive|here|around)|dying|death)',
    '(are|were) you (thinking|considering|planning) (of|about|on) (suicide|killing yourself|ending your (own )?life|taking your (own )?life|ending it|harming yourself|hurting yourself)',
    '(do|did) you (have|feel|mean|want) (thoughts of |like )?(suicide|killing yourself|ending your (own )?life|to die|to end your life|to kill yourself|to hurt yourself|to harm yourself)',
    '(are|do) you (feel(ing)? )?(safe|suicidal|in (immediate )?danger|at risk)',
    'do you feel safe',
    'are you (somewhere )?safe',
    'do you have a (plan|way)',
    'have you (hurt|harmed|done something to) yourself',
    'have you (taken|done) anything',
    'thoughts of (suicide|ending your life|killing yourself|taking your (own )?life|not wanting to live)',
    'suicidal (thoughts|feelings)',
    "(mean|saying|mean that) (you're|you are|you might be) (thinking|having thoughts) (of|about) (suicide|ending|killing|taking)",
    'is anyone (else )?in danger',
    'are you (going to|planning to) (hurt|harm|kill)',
  ],
  es: [
    '(estás|está|te encuentras|se encuentra) (a salvo|segur[oa]|en peligro|en un lugar seguro)',
    '(has|ha) (tenido|pensado|estado pensando) (en |pensamientos |ideas )?(de |sobre |en )?(suicidarte|suicidio|quitarte la vida|hacerte daño|morir|acabar con tu vida|el suicidio)',
    '(estás|está) pensando en (suicidarte|quitarte la vida|hacerte daño|el suicidio|morir|acabar con tu vida)',
    'piensas en (suicidarte|quitarte la vida|hacerte daño|el suicidio|morir)',
    '(pensamientos|ideas) (de|sobre) (suicidio|quitarte la vida|hacerte daño|morir)',
    'te sientes segur[oa]',
    'tienes (un plan|pensado cómo)',
    'te has hecho daño',
  ],
  fr: [
    "(es-tu|êtes-vous|tu es|vous êtes) (en sécurité|en danger|à l'abri)",
    '(penses-tu|pensez-vous|as-tu pensé|avez-vous pensé|tu penses|vous pensez) (au suicide|à te suicider|à vous suicider|à mettre fin à (tes|vos) jours|à te faire du mal|à vous faire du mal|à mourir)',
    '(as-tu|avez-vous|tu as|vous avez) des (idées|pensées) (suicidaires|de suicide|de mort|noires)',
    '(te sens-tu|vous sentez-vous|tu te sens|vous vous sentez) en sécurité',
    '(as-tu|avez-vous) un plan',
    "(t'es-tu|vous êtes-vous) fait du mal",
  ],
  de: [
    '(bist du|sind Sie) (gerade |jetzt |im Moment |gerade jetzt )?(in Sicherheit|sicher|in Gefahr)',
    '(denkst du|denken Sie|hast du (schon )?(daran )?gedacht|haben Sie (daran )?gedacht) (daran,? )?(dir|sich) (das Leben zu nehmen|etwas anzutun|wehzutun)',
    '(denkst du|denken Sie) an (Suizid|Selbstmord|den Tod|Sterben)',
    '(hast du|haben Sie) (Suizidgedanken|Selbstmordgedanken|Gedanken,? (dir|sich) das Leben zu nehmen|Gedanken an (Suizid|Selbstmord|den Tod))',
    '(fühlst du dich|fühlen Sie sich) (gerade )?sicher',
    '(hast du|haben Sie) einen Plan',
    '(hast du|haben Sie) (dir|sich) (etwas angetan|wehgetan|verletzt)',
  ],
  pt: [
    '(você está|tu estás|estás|está) (em )?(segur[oa]|em segurança|em perigo)',
    '(você )?(está|tem|estás) (pensando|a pensar) em (suicídio|se matar|te matar|tirar a (sua |tua )?(própria )?vida|se machucar|te magoar|morrer)',
    '(tem|tens|você tem) (tido )?pensamentos (de|sobre|em) (suicídio|se matar|tirar a (própria )?vida|morrer|se machucar)',
    'pensa(s)? em (suicídio|se matar|te matar|tirar a (sua |tua )?(própria )?vida|morrer)',
    '(você se sente|te sentes|sente-se) segur[oa]',
    '(você tem|tens) um plano',
    '(você se machucou|te magoaste|se feriu)',
  ],
  it: [
    '(sei|è|ti trovi) (al sicuro|in pericolo|in un posto sicuro)',
    '(stai pensando|hai pensato|pensi|hai mai pensato) (al suicidio|di toglierti la vita|di farti del male|di ucciderti|di morire|di farla finita)',
    '(hai|ha) (pensieri|idee) (di suicidio|suicidari|di morte|di farti del male)',
    'ti senti al sicuro',
    'hai un piano',
    'ti sei fatt[oa] del male',
  ],
});

export const safetyQuestion = phraseCheck('safety_question', [
  { lexicon: SAFETY_QUESTION, mood: 'question' },
]);
