import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Guides a worried third party: how to talk with and support the other person, keep them safe
 * and get them help ("ask her directly", "encourage him to see his GP", "stay with them").
 */
const THEM_EN =
  '(him|her|them|your (friend|son|daughter|partner|brother|sister|mum|mom|dad|father|mother|child|kid|colleague|flatmate|roommate|husband|wife|boyfriend|girlfriend|parent|grandparent|teen|teenager|student))';

const GUIDANCE = compileLexicon('helper_guidance.guidance', {
  en: [
    `(ask|asking|gently ask|check in with|checking in with|talk to|talking to|talk with|listen to|listening to|stay with|staying with|sit with|encourage|encouraging|support|supporting|reassure|help|helping|remind|offer|go with|accompany|call|text) ${THEM_EN}`,
    `ask ${THEM_EN}( directly| openly| calmly| gently)? (about|if|whether|how)`,
    `(encourage|help|support|offer to help) ${THEM_EN} (to )?(see|talk|contact|call|reach out|get|find|book|make|speak)`,
    `(don't|do not|try not to) leave ${THEM_EN} alone`,
    '(listen|listening) without (judg(e)?ment|judging|interrupting)',
    "(let|letting) (him|her|them) know (you('re| are) there|you care|they're not alone|you love)",
    '(look after|take care of) yourself too',
    'you (can|could|might) (ask|say to|tell|offer) (him|her|them)',
    '(you could|you can|try) (say|saying) (something like)?',
  ],
  es: [
    '(pregúntale|pregúntales|anímale|anímala|anímalo|anímales|acompáñale|acompáñala|acompáñalo|escúchale|escúchala|escúchalo|apóyale|apóyala|apóyalo)',
    'quédate con (él|ella|ellos)',
    '(habla|hablar|hables) con (él|ella|tu (amig[oa]|hij[oa]|pareja|herman[oa]|madre|padre|mamá|papá))',
    '(ayúdale|ayúdala|ayúdalo) a (buscar|contactar|llamar|pedir|encontrar)',
    'no (le|la|lo) dejes sol[oa]',
    'escuchar sin juzgar',
    'cuídate tú también',
  ],
  fr: [
    '(demande-lui|encourage-le|encourage-la|écoute-le|écoute-la|parle-lui|accompagne-le|accompagne-la|soutiens-le|soutiens-la)',
    'reste (avec|auprès de) (lui|elle)',
    '(aide-le|aide-la) à',
    'ne (le|la) laisse pas seule?',
    'écouter sans juger',
    'prends soin de toi aussi',
  ],
  de: [
    '(frag ihn|frag sie|frage ihn|frage sie|ermutige ihn|ermutige sie|hör ihm zu|hör ihr zu|unterstütze ihn|unterstütze sie|begleite ihn|begleite sie)',
    '(bleib|bleibe) bei (ihm|ihr)',
    '(sprich|rede) mit (ihm|ihr|deinem (Sohn|Freund|Bruder|Vater|Partner)|deiner (Tochter|Freundin|Schwester|Mutter|Partnerin))',
    'lass (ihn|sie) nicht allein',
    'hilf (ihm|ihr),? (Hilfe|einen Termin|jemanden)',
    'zuhören,? ohne zu (urteilen|bewerten)',
    'achte auch auf dich',
  ],
  pt: [
    '(pergunte-lhe|pergunta-lhe|pergunte a (ele|ela)|pergunte para (ele|ela))',
    '(incentive-o|incentive-a|encoraje-o|encoraje-a|anime-o|anime-a|incentive (ele|ela)|apoie-o|apoie-a|apoie (ele|ela))',
    '(fique|fica) (com|perto de|junto de) (ele|ela)',
    '(converse|fale|conversa|fala) com (ele|ela|seu (filho|amigo|irmão|pai|marido)|sua (filha|amiga|irmã|mãe|esposa))',
    '(ouça-o|ouça-a|escute (ele|ela)|escute-o|escute-a)',
    '(ajude-o|ajude-a|ajude (ele|ela)) a',
    'não (o|a) deixe sozinh[oa]',
    'ouvir sem julgar',
    'cuide de você também',
  ],
  it: [
    '(chiedigli|chiedile|incoraggialo|incoraggiala|ascoltalo|ascoltala|parlagli|parlale|sostienilo|sostienila|accompagnalo|accompagnala)',
    'stai (con|vicino a) (lui|lei)',
    '(aiutalo|aiutala) a',
    'non (lasciarlo|lasciarla) sol[oa]',
    'ascoltare senza giudicare',
    'prenditi cura anche di te',
  ],
});

export const helperGuidance = phraseCheck('helper_guidance', [
  { lexicon: GUIDANCE, negationWindow: 2 },
]);
