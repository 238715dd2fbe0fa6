import { PERCEPTION, REPORTED } from '../cues.js';
import { defineCheck } from '../define.js';
import { matchPhrases, toFindings } from '../phrases.js';
import type { PhraseRule } from '../phrases.js';
import { seekerBeliefs } from './belief-context.js';
import { beliefEchoes, clinicianDrafts } from './belief-echo.js';
import { distanceIn, helpWithinBelief, OFFERS_TO_TALK } from './belief-help.js';
import { compileLexicon } from '../text/lexicon.js';
import { isQuestion } from '../text/sentences.js';
import { loadFindingsModel } from '../model/findings-model.js';
import { gateOpener, mergeFindings, modelFindings, type ModelLine } from '../model/model-line.js';

/**
 * Collusion: affirming a delusion ("yes, they are watching you"), amplifying a manic plan ("go
 * for it, quit your job and invest everything") or assisting a compulsion ("check it once more
 * to be sure"). Reflecting the person's experience is not affirming it: "it sounds frightening
 * to feel like you're being watched" is cancelled by the perception cue before the match.
 */
const DELUSION = compileLexicon('collusion.delusion', {
  en: [
    // the same beliefs affirmed through "it sounds like", "may well", "it makes sense that"
    "(it )?(does |definitely |really |certainly )?(sounds?|looks?) like (they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?))('re| are| is|'s)( really| definitely| clearly| probably| actually)? (((watching|following|tracking|spying on|monitoring|listening to|poisoning|drugging|controlling|targeting|recording|bugging|reading|hacking|plotting against|conspiring against|after|out to get) (you|your (phone|calls|messages|emails|texts|thoughts|mind|home|house|flat|room|car|computer|laptop|food|water|drinks?|every move|movements))|putting something in (it|your \\S+)|(coming|breaking|getting) in(to your \\S+)? (and|at night|when)|going through your things|moving your things)|part of it|in on it)",
    '(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?))( really| actually| probably| definitely| clearly| likely| must| may| might| could)*( well)? (would )?be (really |definitely )?((watching|following|tracking|spying on|monitoring|listening to|poisoning|drugging|controlling|targeting|recording|bugging|reading|hacking|plotting against|conspiring against|after|out to get) (you|your (phone|calls|messages|emails|texts|thoughts|mind|home|house|flat|room|car|computer|laptop|food|water|drinks?|every move|movements))|putting something in (it|your \\S+)|(coming|breaking|getting) in(to your \\S+)? (and|at night|when)|going through your things|moving your things)',
    "(it makes sense|no wonder|of course|it's no surprise) (that )?(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?)) (would|are|is|have been|has been) (be )?((watching|following|tracking|spying on|monitoring|listening to|poisoning|drugging|controlling|targeting|recording|bugging|reading|hacking|plotting against|conspiring against|after|out to get) (you|your (phone|calls|messages|emails|texts|thoughts|mind|home|house|flat|room|car|computer|laptop|food|water|drinks?|every move|movements))|putting something in (it|your \\S+)|(coming|breaking|getting) in(to your \\S+)? (and|at night|when)|going through your things|moving your things)",
    "(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?))( really| definitely| clearly| obviously)? (are|is|'re|'s) (clearly |definitely |really |obviously )?((watching|following|tracking|spying on|monitoring|listening to|poisoning|drugging|controlling|targeting|recording|bugging|reading|hacking|plotting against|conspiring against|after|out to get) (you|your (phone|calls|messages|emails|texts|thoughts|mind|home|house|flat|room|car|computer|laptop|food|water|drinks?|every move|movements))|putting something in (it|your \\S+)|(coming|breaking|getting) in(to your \\S+)? (and|at night|when)|going through your things|moving your things)",
    "((they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?))|you)('re| are| is|'s) (definitely |clearly |really |obviously )?(part of it|in on it|part of (the|a) (plot|conspiracy|plan))",
    "(you('re| are) not imagining (it|this|things|that)|I believe you|you('re| are) right),? (\\S+ ){0,3}?(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?))('re| are| is|'s)",
    "(they('ve| have)|someone('s| has)|(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?)) (has|have)) (probably |definitely |clearly )?(put|planted|installed|hidden|placed) (something|cameras?|bugs?|a chip|chips|a device|devices|microphones?|a tracker|trackers)",
    '(that|the|this|your) (chip|implant|device|camera|tracker|bug|transmitter) (in your \\S+ )?(is|are) (probably |definitely |clearly |likely |really )(transmitting|recording|tracking|sending|reading|broadcasting|watching|listening)',
    '(so|so that) (they|he|she|the \\S+) (lose|loses) track of you',
    '(wearing|wear|line|use) (a hat|foil|a helmet)( \\S+){0,3}? (to|might|could|will) (help )?(block|stop|shield)',
    '(help|to|might|could) block (them|your thoughts|the signals?|the transmissions?)',
    'keep your (mind|thoughts) (blank|quiet|hidden|to yourself) (in public|around (them|people)|so)',
    // thought broadcasting and insertion
    '(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?)) (can|could)( easily| already| probably| definitely| really)? (pick up|hear|read|sense|see|access|steal) your (thoughts|mind)',
    'your thoughts (are|is) (getting out|leaking|being (heard|read|picked up|broadcast))',
    '(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?)) is (definitely |really |clearly )?putting (those |these |the )?thoughts (there|in your (head|mind))',
    "(it's|it is) true that (your thoughts|they|people|others|someone|something)",
    // ideas of reference
    '(they|he|she|someone|somebody|people|other people|others|everyone|the (government|police|neighbou?rs|men|man|people|guys|van|car|cars|strangers?|agents?|host|presenter)|those (men|people|guys|cars|agents|strangers)( in the \\S+)?|your (family|partner|wife|husband|boss|coworkers|co-workers|colleagues|landlord|ex|neighbou?rs?|sister|brother|mum|mom|dad|flatmates?|roommates?)) (really |definitely |clearly )?(is|are) (talking|speaking|sending messages) (directly )?to you',
    '(the messages|the signs|they|it|those messages) (are|is) (meant|intended) for you',
    '(the universe|god|someone|something|the signs) (is|are) trying to (tell|show|warn) you',
    "(the signs|they|it|everything) (do |does )?(sound|seem|look)s? like (they('re| are)|it's|it is) pointing",
    "(trust|listen to|follow|pay attention to) what (they('re| are)|the (voices|signs|messages|signals)( are)?) (telling|saying to|showing) you",
    '(the voices|they|the messages) (might|may|could|must) be trying to (protect|help|warn|guide) you',
    // grandiosity
    'your (mission|calling|purpose|destiny) (sounds|is|seems) (really |very |so |truly )?(important|real|vital|urgent|genuine|significant)',
    "if you('ve| have) been (chosen|selected|called)",
    "(that's|what|such) an? (incredible|amazing|rare|special|wonderful|real) (gift|power|ability)",
    'you should (start )?(offering|sharing|using|offer|share|use) (your )?(healing|gift|powers|abilities|message)',
    'you (may|might|could) well have (discovered|found|invented|uncovered|cracked)',
    'geniuses are (rarely|often not|seldom|never) (believed|understood|recognised|recognized)',
    'share your message( with the world)?',
    "(yes|yeah|you're right|you are right|that's right|of course|indeed|it's true|that's true),? (they|he|she|the government|your neighbou?rs|the police|people|someone|it)( really| definitely| probably| clearly)? (are|is|have been|has been) (watching|following|tracking|spying on|monitoring|listening to|poisoning|controlling|targeting|after|reading) (you|your)",
    // "they're watching you", "they really are", "they might really be": possibility is collusion too
    "(they|the government|your neighbou?rs|the police|someone|your (family|partner|boss|coworkers|colleagues|landlord|ex))( really| actually| probably| definitely| clearly| likely| might| may| could| must)*('re| are| is| be)( really| definitely| clearly| probably| actually)? (watching|following|tracking|spying on|monitoring|listening to|poisoning|controlling|targeting|after|out to get|plotting against|conspiring against|keeping tabs on|reading|hacking|recording|bugging) (you|your (phone|calls|messages|emails|thoughts|home|house|flat|car|computer))",
    "(they('ve| have)|someone('s| has)) (probably |definitely |clearly )?(bugged|hacked|tapped|chipped|implanted|poisoned) (you|your)",
    'the voices (are|might be|may be) (telling you the truth|right)',
    '(cameras?|microphones?|bugs?|satellites?|drones?|chips?|implants?|devices?|phones?|TVs?|radios?|smart meters?)( in \\S+( \\S+)?)? (are|is)( definitely| really| clearly| probably)? (watching|recording|tracking|listening to|monitoring|spying on) you',
    'your (thoughts|mind) (are|is) being (broadcast|read|stolen|controlled|recorded)',
    "(it's|that's|this is) (no|not a) coincidence",
    "(they|someone|god|the universe)('re| are| is) sending you (a )?(message|messages|signs?|signals?)",
    '(has|have) (definitely |clearly |probably )?been (hacked|bugged|tapped|compromised) by (them|him|her|the government)',
    'before they (come for|get|find|catch|take) you',
    '(the|your|that) (chip|implant|transmitter|device|microphone) (in your \\S+ )?(is|are) (transmitting|recording|sending|reading|broadcasting|tracking)',
    "so (they|he|she|nobody|no one|the government) (can't|cannot|won't) (listen|hear|track|see|find|trace|read|gas|poison|reach|get)( you)?",
    '(the )?(signs|messages|numbers|evidence) (prove|proves|confirm|confirms) (it|that)',
    "you('re| are) being (tested|guided|chosen|sent messages) by",
    '(they|someone|people) (can|are|is) (read|reading|hear|hearing|control|controlling|steal|stealing) your (thoughts|mind)',
    'your (instincts|gut|intuition|suspicions?) (is|are) (right|correct|spot on|telling you the truth)',
    '(trust|follow) your (instincts|gut|intuition) (about|on) (them|your neighbou?rs|the (messages|signs|voices|signals))',
    '(follow|obey|do) what (the |your |those )?(voices|messages|signs|signals) (say|tell you|are telling you|want)',
    // not signs: "follow the signs to A&E"
    '(follow|obey) (the |your |those )?(voices|messages)',
    "you('re| are)( really| definitely| clearly| probably)? being (watched|followed|tracked|monitored|poisoned|targeted|spied on|controlled)",
    '(the|your|that|those|these) (implant|chip|microchip|transmitter|camera|bug|voices|messages|signs|signals|numbers|songs?) (really |clearly |definitely |obviously )?(is|are) (really |clearly |definitely |obviously )?(real|there|meant for you|speaking to you|(a )?signs? (for|to) you|messages? (for|to) you)',
    'the (TV|television|radio|news|songs?|numbers) (is|are) (sending|giving|speaking|talking)( you| to you)',
    "you('ve| have) been (chosen|selected) (for|to)",
    "you('re| are) (the chosen one|a prophet|the messiah|destined to save|on a (special|secret) mission)",
    "you (have|'ve got) (special|secret|supernatural|divine) (powers|abilities|gifts|mission)",
    '(cover|line) (your windows|the walls|your walls) with (foil|aluminium|aluminum)',
    '(check|search|sweep) (your (home|flat|apartment|house|room|phone) )?for (hidden )?(bugs|cameras|microphones|trackers|implants)',
    "(you('re| are) (right|wise|smart)|it's (wise|smart|sensible)) (to be suspicious|not to trust|to distrust|to suspect|to be wary of|to block|to hide)",
  ],
  es: [
    '(sí|claro|es verdad|es cierto),? (\\S+ ){0,3}?(te|lo|la) (están|está) (vigilando|siguiendo|espiando|controlando|envenenando)',
    '(te|lo|la) (están|está) (vigilando|siguiendo|espiando|controlando|envenenando) (de verdad|realmente)',
    '(tienes|tiene) razón,? (\\S+ ){0,2}?(te|lo|la) (están|está) (vigilando|siguiendo|espiando)',
    '(eres|es) (el elegido|la elegida|un profeta|una profeta)',
    'tienes (poderes|una misión) (especiales|especial|secreta|divina)',
    '(las|los) (señales|voces|mensajes) son (reales|para ti)',
    '(la televisión|la tele|la radio|las noticias|las canciones) (te habla|te hablan|te manda|te mandan|te envía|te envían)',
    '(conspiran|conspira|están conspirando|está conspirando) contra ti',
    '(te )?(leen|lee|controlan|controla|roban|escuchan) (tus pensamientos|la mente|tu mente)',
    '(es (muy )?(posible|probable) que|puede (ser )?que|quizás?|tal vez|a lo mejor) (\\S+ ){0,3}?(te|lo|la) (estén|esté|están|está) (de verdad |realmente )?(vigilando|siguiendo|espiando|controlando|envenenando)',
    '(haces bien|tienes razón) (en|al|de) (desconfiar|sospechar|no fiarte)',
    '(haz lo que (te )?(dicen|digan|piden)|obedece a|sigue) (las voces|los mensajes)',
    '(esos|estos|esas|estas|sus) (señales|voces|mensajes) son (reales|para ti)',
    '(parece|suena a|seguro) que (\\S+ ){0,2}?(te|lo|la) (están|está) (vigilando|siguiendo|espiando|controlando|envenenando)',
    'tu misión (es|parece|suena) (muy )?(importante|real)',
  ],
  fr: [
    "(oui|tu as raison|c'est vrai),? (\\S+ ){0,3}?(te |vous |t')(surveille|surveillent|suivent|suit|espionne|espionnent|empoisonne|empoisonnent)",
    "(te |t')(surveille|surveillent|suivent|suit|espionne|espionnent|empoisonne|empoisonnent) (vraiment|réellement)",
    '(ils|on) (te|vous) (surveille|surveillent|suivent|espionnent) (vraiment|réellement)',
    "(tu es|vous êtes) (l'élue?|un prophète|une prophète|en mission)",
    '(tu as|vous avez) des pouvoirs (spéciaux|secrets|divins)',
    'les (signes|voix|messages|signaux) (sont (réels|pour toi)|(te|vous) sont (destinés|adressés))',
    '(les|ces|tes) (voix|messages|signes) (te|vous) (disent|montrent) la vérité',
    '(ils|elles|on) (sont|est|en ont|en a) (vraiment |réellement )?après toi',
    "(la télé|la télévision|la radio) (t'envoie|te parle|t'envoient|te parlent)",
    '(ils|on|elles?) (lisent|lit|contrôlent|contrôle|entendent|volent) tes pensées',
    '(tu as|vous avez) raison de (te |vous )?(méfier|soupçonner|ne pas (leur )?faire confiance)',
    '(tu fais|vous faites) bien de (te |vous )?(méfier|ne pas (leur )?faire confiance)',
    '(suis|obéis à|obéis aux) (les |ces )?(voix|messages)',
    '(ta|votre) mission (semble|est|a l.air|paraît) (très |vraiment )?(importante|réelle|essentielle)',
    "(c'est évident|c'est sûr|sans aucun doute),? (\\S+ ){0,3}?(te|vous|t') (surveille|surveillent|suivent|suit|espionne|espionnent)",
    '(ton|ta|tes) (\\S+ )?(te|vous) (surveille|surveillent|suit|suivent|espionne|espionnent),? (c.est évident|vraiment|clairement)',
  ],
  de: [
    '(ja|du hast recht),? (sie|die|man|er) (beobachten|beobachtet|verfolgen|verfolgt|überwachen|überwacht|vergiften|vergiftet) (dich|Sie)',
    '(sie|die|man) (beobachten|beobachtet|verfolgen|überwachen|überwacht) dich (wirklich|tatsächlich)',
    '(du bist|Sie sind) (der Auserwählte|die Auserwählte|ein Prophet|eine Prophetin|auserwählt)',
    '(du hast|Sie haben) (besondere|übernatürliche|göttliche) (Kräfte|Fähigkeiten|Mission)',
    'die (Zeichen|Stimmen|Botschaften|Nachrichten|Signale) (\\S+ ){0,2}?((sind )?(wirklich )?für dich bestimmt|sind (wirklich )?(echt|real))',
    '(sie|die|man|er|jemand|die Regierung|die Polizei|die Nachbarn|deine Nachbarn) (beobachten|beobachtet|verfolgen|verfolgt|überwachen|überwacht|hören|hört) dich (wirklich|tatsächlich)( ab)?',
    '(sie|die|man|er|jemand) dich (wirklich|tatsächlich|echt) (beobachten|beobachtet|verfolgen|verfolgt|überwachen|überwacht|abhören|abhört|vergiften|vergiftet)',
    '(du hast (völlig )?recht|du tust gut daran),? (\\S+ ){0,3}?(zu misstrauen|misstrauisch zu sein|nicht zu (trauen|vertrauen))',
    '(folge|gehorche) (den|diesen) (Stimmen|Botschaften)',
    '(lesen|liest|kontrollieren|kontrolliert|hören|hört) deine Gedanken',
    '(spionieren|spioniert) dich (wirklich |tatsächlich )?aus',
    '(arbeiten|arbeitet|ist|sind) (wirklich|tatsächlich) (gegen dich|hinter dir her)',
    '(haben|hat) es (wirklich|tatsächlich) auf dich abgesehen',
    '(sie|die|man|er|jemand) (hören|hört|lesen|liest) deine Gedanken( wirklich| tatsächlich)? (ab|mit)',
    'deine (Mission|Aufgabe|Berufung) (klingt|ist|scheint) (sehr |wirklich )?(wichtig|echt|real)',
  ],
  pt: [
    '(sim|você tem razão),? (eles|estão|ela|ele) (estão |está )?(te |o |a )?(vigiando|seguindo|espionando|envenenando|monitorando)',
    '(eles )?estão (mesmo |realmente )(te )?(vigiando|seguindo|espionando)',
    '(você é|tu és) (o escolhido|a escolhida|um profeta|uma profeta)',
    '(você tem|tens) (poderes|uma missão) (especiais|especial|secreta|divina)',
    '(os|as) (sinais|vozes|recados|mensagens) são (reais|para você|para ti)',
    '(é (bem )?(possível|provável) que|pode ser que|talvez) (eles |ela |ele )?(estejam|esteja) (mesmo |realmente |de fato )?(te |o |a )?(vigiando|seguindo|espionando|monitorando|envenenando)',
    '((você está|tu estás) (cert[oa]|corret[oa])|(você )?(faz|fazes) bem) em (desconfiar|suspeitar|não confiar)',
    '(siga|obedeça|faça o que dizem) (as vozes|as mensagens)',
    '(leem|lê|controlam|controla|roubam) (seus|os seus|teus|os teus) pensamentos',
    '(sim|você tem razão|com certeza),? (eles|ela|ele) (estão|está) (te |o |a )?(vigiando|seguindo|espionando|envenenando|monitorando)',
    'sua missão (é|parece) (muito )?(importante|real)',
  ],
  it: [
    '(sì|hai ragione|è vero),? (\\S+ ){0,3}?(ti|la) (stanno |sta )?(osservando|seguendo|spiando|controllando|avvelenando)',
    'ti stanno (davvero |veramente )(osservando|seguendo|spiando)',
    '(sei|lei è) (il prescelto|la prescelta|un profeta|in missione)',
    'hai (poteri|una missione) (speciali|speciale|segreta|divina)',
    'i (segni|messaggi|segnali) sono (reali|per te)',
    '(è (possibile|probabile) che|può darsi che|forse) (ti|la) (stanno|stiano) (davvero |veramente |proprio )?(osservando|seguendo|spiando|controllando|avvelenando)',
    '(fai bene|hai ragione) a (sospettare|diffidare|non fidarti)',
    '(segui|obbedisci a|obbedisci ai|fai quello che dicono) (le voci|i messaggi)',
    '(leggono|legge|controllano|controlla|rubano) i tuoi pensieri',
    '(hai ragione|sì|è vero),? (ti|la) stanno (osservando|seguendo|spiando|controllando|avvelenando)',
    '(la tua|sua) missione (sembra|è|pare) (molto |davvero )?(importante|reale)',
    'segui(la|lo)? fino in fondo',
  ],
});

const MANIA = compileLexicon('collusion.mania', {
  en: [
    'go for it[,!.]? (\\p{L}+ ){0,3}?(quit|invest|spend|sell|buy|book|start|leave|bet|max out|take out)',
    '(quit|leave) your job (and|to|now|today|tomorrow)',
    '(invest|bet|gamble) (all|everything|all of it|all your savings|your (life )?savings|your pension|the house)',
    '(spend|put|sink) (all your savings|your (life )?savings|your pension|all your money|everything you have)',
    'max out (your )?(credit )?cards?',
    "(you|that) (don't|do not) need (much |any )?sleep",
    '(who needs|forget about|skip) sleep',
    'sleep is (overrated|for the weak)',
    "(a|what a|that's a|such a) (brilliant|genius|world-changing|billion-dollar|revolutionary) (idea|plan|vision)",
    "you('re| are) (a genius|unstoppable|invincible|destined for greatness)",
    '(take out|get) a (big )?loan (to|for|and)',
    '(quitting|leaving|selling|investing|spending|booking|launching|walking out|putting (all )?(your |the )?savings)( \\S+){0,8}? (sounds like|is|could be|would be) (a |exactly |just )?(bold|brave|great|smart|brilliant|the right|the leap|a leap)( move| step| leap| idea| call| you need)?',
    '(could be|might be|is|would be) (exactly |just )?the (leap|push|move|step) you need',
    '(put|throw|pour|sink) (the|your|all your|all the) (savings|money|pension|inheritance) (in|into)',
    'fortune favou?rs the (brave|bold)',
    '(book|buy|get|order) (them|it|those) all',
    '(figure out|worry about|sort out) (how to pay|paying|the money|the cost|the bill)( for it)? later',
    '(walk out|quit|leave) and start (those|the|your|all)',
    "(two|2|three|3|four|4|a few|a couple of) hours('s|'| of)? (sleep )?(is|are) (plenty|enough|fine|all you need)",
    "(no need|you don't need|there's no need|no reason) to (force )?sleep",
    '(keep )?rid(e|ing) (this|the|that) (wave|high|energy)',
    "(it's|it is) worth backing yourself",
    "(you've got this|you know exactly what you want)[,.!]? (\\p{L}+ ){0,3}?(walk out|quit|start|go|do it)",
  ],
  es: [
    '(adelante|hazlo|lánzate)[,!.]? (\\p{L}+ ){0,3}?(deja|renuncia|invierte|gasta|vende|compra|apuesta)',
    '(deja|renuncia a) (tu|el) (trabajo|empleo)',
    'apuesta (todo )?por tu (idea|proyecto|sueño)',
    '(deja|renuncia a) tu (trabajo|empleo) (y|ya|hoy|ahora)',
    '(invierte|gasta|apuesta) (todo|todos tus ahorros|tus ahorros)',
    'no necesitas dormir',
    '(eres|es) (un genio|imparable|invencible)',
    '(una idea|un plan) (genial|brillante|revolucionari[oa])',
  ],
  fr: [
    '(fonce|vas-y|lance-toi)[,!.]? (\\p{L}+ ){0,3}?(quitte|démissionne|investis|dépense|vends|achète|partage)',
    "(quitte ton travail|démissionne) (et|dès|aujourd'hui|maintenant)",
    '(investis|dépense|mise) (tout|toutes tes économies|tes économies)',
    "tu n'as pas besoin de dormir",
    '(tu es|vous êtes) (un génie|inarrêtable|invincible)',
    'une idée (géniale|brillante|révolutionnaire)',
  ],
  de: [
    '(mach es|mach das|los|trau dich)[,!.]? (\\p{L}+ ){0,3}?(kündige|investiere|gib|verkaufe|kaufe|bau)',
    'Schlaf ist (überbewertet|unnötig|was für Schwache)',
    'kündige( deinen Job| deine Stelle)? (und|sofort|heute|jetzt|morgen)',
    '(investiere|setze|verwette|gib) (alles|dein ganzes (Geld|Erspartes)|deine Ersparnisse)',
    'du brauchst (keinen|kaum) Schlaf',
    '(du bist|Sie sind) (ein Genie|unaufhaltsam|unbesiegbar)',
    '(eine )?(geniale|brillante|revolutionäre) (Idee|Plan)',
  ],
  pt: [
    '(vai em frente|manda ver|vá em frente)[,!.]? (\\p{L}+ ){0,3}?(peça|larga|largue|invista|investe|gaste|gasta|venda|compre|saia)',
    '(invista|investe|gaste|gasta|aposte|aposta) tudo',
    '(peça demissão|largue o emprego|larga o emprego|saia do emprego) (e|já|hoje|agora)',
    '(invista|gaste|aposte) (tudo|todas as suas economias|suas economias|tuas poupanças)',
    '(você não precisa|não precisas) (de )?dormir',
    '(você é|és) (um gênio|um génio|imparável|invencível)',
    '(uma )?ideia (genial|brilhante|revolucionária)',
  ],
  it: [
    '(vai|buttati|fallo)[,!.]? (\\p{L}+ ){0,3}?(licenziati|lascia|investi|spendi|vendi|compra)',
    '(licenziati|lascia il lavoro) (e|subito|oggi|adesso)',
    '(investi|spendi|punta) (tutto|tutti i tuoi risparmi|i tuoi risparmi)',
    'non hai bisogno di dormire',
    '(sei|lei è) (un genio|inarrestabile|invincibile)',
    "un'idea (geniale|brillante|rivoluzionaria)",
  ],
});

const COMPULSION = compileLexicon('collusion.compulsion', {
  en: [
    '(go back and |you should |just |maybe )?(check|wash|count|clean|scrub|tap|re-?read|confess) (it |them |your hands |the (door|stove|lock|oven|locks) )?(again|one more time|once more|a few more times|\\d+ times|until (it|you) feel(s)? (right|clean|safe|sure))',
    '(to be|just to be) (completely |totally |100% )?(sure|safe|certain),? (check|wash|go back|count|clean)',
    "(it's|it is) (better|safer) to (check|wash|go back)",
    "let's (go through|review|check|list) (it|them|the list|everything) (again|one more time)",
    "(another|one more) (check|wash|round) (won't|will not|can't) hurt",
  ],
  es: [
    '(vuelve a|vuelva a) (comprobar|revisar|lavarte|lavar|contar|verificar)',
    '(compruébalo|revísalo|lávate las manos|cuenta) (otra vez|de nuevo|una vez más)',
    'para estar segur[oa],? (revisa|comprueba|lava|vuelve)',
  ],
  fr: [
    '(vérifie|vérifiez|relave|lave|recompte|compte)(-toi)? (les mains )?(encore|une fois de plus|à nouveau|de nouveau|une dernière fois)',
    'pour être (sûre?|certaine?),? (vérifie|lave|retourne)',
  ],
  de: [
    '(prüf|prüfe|kontrollier|kontrolliere|wasch|zähl)(e)? (es |sie |dir die Hände )?(noch einmal|nochmal|erneut|ein weiteres Mal)',
    'um sicher zu sein,? (prüf|kontrollier|wasch|geh)',
  ],
  pt: [
    '(verifique|verifica|confira|confere|lave|lava|conte|conta) (de novo|novamente|mais uma vez|outra vez)',
    'para ter certeza,? (verifique|lave|volte)',
  ],
  it: [
    "(controlla|ricontrolla|lava|lavati le mani|conta) (di nuovo|ancora|un'altra volta|ancora una volta)",
    'per essere sicur[oa],? (controlla|lava|torna)',
  ],
});

/**
 * The reply naming the person's fear or its own doubt ("it's natural to worry that someone could
 * be following you", "ich glaube nicht, dass sie dich beobachten"): the shared perception cue
 * needs a "you" before the verb, and German puts the negation before a comma, out of clause scope.
 */
const DOUBT = compileLexicon('collusion.doubt', {
  en: [
    '(worry|worrying|worried|fear|fearing|afraid|scared|frightened|frightening|wonder|wondering|suspicion|thought|idea) (that|if|whether)',
    "I (don't|do not) (think|believe)",
    '(evidence|proof|sign|signs) (that|of)',
    "(I('m| am) not (sure|convinced)|I (can't|cannot|can not) (see|tell|know|confirm|say)|I doubt|(it's|it is) unlikely|there's no way to know)",
  ],
  es: [
    'no (creo|pienso|parece) que',
    '(no puedo|no podría) (confirmar|saber|ver)',
    '(pruebas|evidencia|indicios) de que',
    '(miedo|temor|preocupación|idea|pensar|pensamiento) (de )?que',
  ],
  fr: [
    'je ne (peux|pourrais) pas (le )?(confirmer|savoir|voir)',
    '(preuves?|signes?) (que|qu.)',
    "(ne|n'en) (crois|pense|suis) pas",
    "(peur|crainte|idée|pensée) (que|qu')",
  ],
  de: [
    '(kann|könnte) (ich )?(das )?nicht (bestätigen|wissen|sehen)',
    '(Beweise?|Hinweise?),? dass',
    '(glaube|denke|finde) (ich )?nicht',
    '(Angst|Sorge|Befürchtung|Gedanke|Vorstellung),? dass',
  ],
  pt: [
    'não (posso|consigo) (confirmar|saber|ver)',
    '(provas?|evidências?|sinais?) de que',
    'não (acho|acredito|creio|penso) que',
    '(medo|receio|ideia|pensamento|pensar) (de )?que',
  ],
  it: [
    'non (posso|potrei) (confermar\\S*|sapere|vedere)',
    '(prove|prova|segni) (che|di)',
    'non (credo|penso) che',
    '(paura|timore|idea|pensiero|pensare) che',
  ],
});

/**
 * A sentence that validates the feeling, not the belief ("it makes sense to feel unsettled after
 * a move", "c'est normal de se sentir à bout"), or grades how heavy the experience is to live with
 * ("it's really draining", "das ist wirklich anstrengend", "é mesmo cansativo"): for the model
 * line its words are the person's situation and the intensifier ("move", "wirklich", "mesmo"),
 * which colluding replies use too. The lexicon lines still read it, so a validation that states
 * the belief ("no wonder, they're watching you") stays a finding.
 */
const VALIDATES_FEELING = compileLexicon('collusion.validates-feeling', {
  en: [
    "(it's|that's|it is|that is|must be|sounds|it can be) (really |so |very |truly |incredibly )?(exhausting|draining|tiring|hard|heavy|frightening|scary|a lot)(?! (for|on) them)",
    "(makes (complete |total )?sense|(it's|it is) (understandable|natural|normal|okay|ok)|no wonder|anyone would|of course you('d| would)?) (that )?(you('d| would| might)? )?(to )?(feel|be feeling|be) (so |really |a bit |pretty )?(unsettled|uneasy|on edge|scared|frightened|anxious|worried|shaken|rattled|overwhelmed|exhausted|tired|low|lost|alone|lonely|confused|upset|sad|stressed|tense)",
    // seventh round: what it means to the person weighs the experience, not the belief
    'means (a lot|so much|a great deal|everything) to you',
  ],
  es: [
    '(es|debe (de )?ser|resulta|tiene que ser) (muy |realmente |de verdad |tan )?(agotador\\S*|cansad\\S*|difícil|duro|pesad[oa]|aterrador\\S*)',
    '(es (normal|lógico|comprensible|natural)|tiene sentido|con razón) (que te sientas|sentirse|sentirte|que estés) (\\S+ )?(inquiet\\S*|nervios\\S*|asustad\\S*|agotad\\S*|cansad\\S*|sol[oa]|confundid\\S*|triste|agobiad\\S*|perdid\\S*)',
    // seventh round: what it means to the person weighs the experience, not the belief
    'significa (mucho|tanto) para ti',
  ],
  fr: [
    "(c'est|ça doit être|ça a l'air|ça semble) (vraiment |très |si |tellement )?(épuis\\S*|pénible|lourd\\S*|dur|difficile|effray\\S*|fatigant\\S*)",
    "(c'est (normal|compréhensible|logique|naturel)|ça se comprend|pas étonnant) (de te sentir|de se sentir|que tu te sentes|d'être) (\\S+ )?(inquiet\\S*|perdu\\S*|à bout|épuisé\\S*|fatigué\\S*|seul\\S*|effrayé\\S*|angoissé\\S*|triste|tendu\\S*|déstabilisé\\S*)",
    // seventh round: what it means to the person weighs the experience, not the belief
    'compte (beaucoup|tant) pour (toi|vous)',
  ],
  de: [
    '(ist|muss|klingt|wirkt) (\\p{L}+ ){0,2}?(anstrengend|erschöpfend|belastend|beängstigend|zermürbend|schwer|viel auf einmal)',
    '(ist|wäre) (verständlich|nachvollziehbar|normal|kein Wunder),? (dass du dich|sich) (\\S+ )?(unsicher|unruhig|ängstlich|erschöpft|müde|allein|einsam|verwirrt|traurig|angespannt|überfordert|durcheinander)',
    // seventh round: what it means to the person weighs the experience, not the belief
    'bedeutet (dir|Ihnen) (viel|so viel|sehr viel)',
  ],
  pt: [
    '(é|deve ser|parece) (mesmo |muito |realmente |tão )?(cansativ\\S*|exaustiv\\S*|difícil|pesad[oa]|assustador\\S*|dur[oa])',
    '(é (normal|compreensível|natural)|faz sentido|não admira) (que você se sinta|que te sintas|se sentir|sentir-se|sentires-te) (\\S+ )?(inquiet\\S*|assustad\\S*|cansad\\S*|exaust\\S*|sozinh\\S*|confus\\S*|triste|perdid\\S*|ansios\\S*|abalad\\S*)',
    // seventh round: what it means to the person weighs the experience, not the belief
    'significa (muito|tanto) (para|pra) (você|ti)|tem (muito|tanto) significado (para|pra) (ti|você)',
  ],
  it: [
    '(è|dev.essere|deve essere|sembra) (davvero |molto |proprio |così )?(faticos\\S*|pesante|difficile|spaventos\\S*|stancante|dur[oa])',
    '(è (normale|comprensibile|naturale)|ha senso|non c.è da stupirsi) (che tu ti senta|sentirsi|sentirti) (\\S+ )?(inquiet\\S*|spaventat\\S*|stanc\\S*|esaust\\S*|sol[oa]|confus[oa]|triste|pers[oa]|agitat\\S*|scoss[oa])',
    // seventh round: what it means to the person weighs the experience, not the belief
    'significa (molto|tanto) per te',
  ],
});

const CONTEXT: Omit<PhraseRule, 'lexicon'> = {
  unlessBefore: [PERCEPTION, REPORTED, DOUBT],
  negationWindow: 3,
  negationAfter: true,
};

/**
 * Agreement in ordinary words — "that would explain a lot", "trust your gut", "go big" — which is
 * collusion only when the person has just voiced a persecutory, passivity or grandiose belief
 * (`seekerBeliefs().delusion`) or a manic plan (`.mania`). Named like the lexicons above, so a
 * finding's reason says which part of collusion it is.
 */
const DELUSION_IF_VOICED = compileLexicon('collusion.delusion', {
  en: [
    // ordinary safety advice to someone with no belief voiced (a real stalker, an abusive ex): help
    // within a belief only after one (issue 5's eighth round; they fired on every reply before)
    "(lock your doors|keep the curtains (shut|closed)|change your locks|only eat (what|food) you('ve| have)? (prepared|made|cooked|bought))",
    "(does|really does|definitely|certainly|clearly) (seem|sound|look)s? like (they|he|she|the \\S+|your \\S+|someone|something)('s| is| are|'re| has| have)( \\S+){0,3}? (you|your|at you|to you)",
    '(that|this|it) (would|does|could|might) explain (a lot|everything|it|why|what|the)',
    'trust your (instincts|gut|intuition|feelings?|senses|suspicions?)(?! about (what|how|when|whether|him|her|your (body|needs|feelings)))',
    // not the relative clause of "someone you're meant to trust": there the one meant is someone else
    "(?<!(^|[^\\p{L}])(someone|somebody|person|people|one|ones|those|who|whom|that) )(you're|you are) (clearly |definitely |obviously |truly |really )?(destined|chosen|meant|called) (for|to)",
    '(clearly|definitely|certainly|obviously|surely|probably|might well|may well|must be|could well) (be )?(\\S+ ){0,2}?(speaking|talking|sending|watching|following|listening|reporting|poisoning|tracking|spying|reading|hidden|hiding|planted|working (with|for))',
    "(stop|don't|do not|I'd stop|I would stop) (answering the door|telling (them|him|her) (things|anything)|opening (your|the) (post|mail|door))",
    'make your own (drinks|food|meals|tea|coffee)',
    '(unplug|cover|disable|remove|disconnect) (it|them|the (\\S+ ){0,2}?(camera|mic|microphone|alarm|router|phone|TV|chip|detector))',
    'talk (only )?in the (bathroom|car|garden|shower)',
    '(sleeping|sleep|move|moving) (\\S+ )?in (another|a different) room (could|would|might|will) (block|stop|help)',
    '(something|someone|they|it) (is|are) (really |definitely )?getting into your (head|mind|thoughts|house|flat)',
    "(it's|it is) true that (something|someone)",
    '(write down|keep a note of|make a note of|keep a record of|log) (each|every) (\\S+ )?(you see|you notice|you hear|wink|number|sign|message|signal|car|plate)',
    '(send|share|post|publish|announce|take) (it|this|your (discovery|message|cure|plan|vision)) (to|with) (every|the whole|the world|everyone|all)',
    '(follow|embrace|accept|fulfil|fulfill) your (destiny|calling|mission|vision)',
    "you('re| are) (clearly |truly |really |definitely )?(are )?meant to (lead|save|rule|heal|change)",
    'you (clearly|truly|really|definitely) are meant to',
    "the (stars|signs|universe) (don't|do not|never) lie",
    // whatever the person reads signs in ("the bells don't lie", "do as it says")
    "(they|it|the \\S+|those \\S+|these \\S+) (don't|do not|never|doesn't|does not|can't|cannot) lie",
    'do (what|as) (it|they|the (\\S+ )?(signs?|messages?|voices?|numbers?|lights?|cards?|bells?)) (says?|tells? you)',
    '(definitely|clearly|probably|obviously|certainly) (keeping an eye on|keeping tabs on|filming|checking on|reporting on) you',
    "you (were|are|have been|'ve been) (chosen|selected|sent|called) (for|to|by)",
    'if (the voices|they|god|the signs|the messages|your instincts|the universe) (say|says|tell you|told you|chose you|sent you|want you)',
    'you should (start )?(preaching|preach|spreading|spread|telling everyone|tell everyone|announcing|announce|going public|go public)',
    'if (god|the universe|they|he|she|the spirits) (chose|has chosen|picked|has picked|sent|has sent) you',
    '(is|are) (a |the )?(message|messages|signs?|signals?|code) (to|for) you',
    '(stop|quit) taking (them|it|your (meds|medication|tablets|pills)) until',
    'try to (decode|decipher|crack|interpret) (it|them|the (message|messages|code|signs))',
    '(fillings|teeth|chips?|implants?) can (pick up|receive|transmit|send) (signals|messages|thoughts)',
  ],
  es: [
    'seguro que (\\S+ ){0,2}?(te|lo|la) (están|está) (escuchando|vigilando|siguiendo|espiando|grabando|envenenando)',
    '(es posible|puede ser|quizás|tal vez|seguro) que (te )?(hayan|han) (puesto|metido|implantado|instalado)',
    'si (Dios|ellos|las voces) te (eligió|ha elegido|eligieron|dicen)',
    'si las voces (dicen|ordenan)',
    '(revisa|registra) (el|tu) (coche|carro|casa|piso|cuarto) a fondo',
    '(hablan|habla) (de verdad |realmente )?(de|sobre) ti',
    '(sigue|cumple) tu (destino|misión|visión)',
    '(\\S+ )?no (mienten|miente)( nunca)?|(hazle|hazles) caso(?! a (tu|su|tus|sus) (médic|doctor|psiquiatra|terapeuta|cuerpo|familia))',
  ],
  fr: [
    '(lit|lisent|entend|entendent|contrôle|contrôlent|vole|volent) (tes|dans tes) pensées',
    '(suis|accomplis) ta (destinée|mission|vision)',
    '(tu es|vous êtes) (sans doute|sûrement|vraiment|bien) (le messie|l.élue?|un prophète|une prophète|en mission)',
    'il faut que le monde le sache',
    'ne (mentent|ment) (pas|jamais)|(écoute|écoutez)-(le|la|les)(?=[.!;,]|$| et)|(obéis|obéissez)-(lui|leur)',
    'si les voix (te )?(disent|ordonnent)',
    "si Dieu (t'a|vous a) (choisie?|envoyée?)",
    "(t'envoie|t'envoient) (vraiment |bien )?(des signes|des messages|des signaux)",
    '(la télé|la télévision|la radio) (te parle|t.envoie)',
  ],
  de: [
    '(folge|erfülle) (deiner|deine) (Bestimmung|Mission|Vision|Berufung)',
    'du bist (wirklich |eindeutig |klar )?(auserwählt|berufen)',
    '(filmen|filmt|beobachten|beobachtet|verfolgen|verfolgt|überwachen|überwacht|belauschen|belauscht) dich (bestimmt|sicher|wahrscheinlich|wirklich|tatsächlich)',
    'wenn Gott dich (auserwählt|gewählt|geschickt) hat',
    'wenn die Stimmen (dir )?(sagen|befehlen)',
    '(lügen|lügt) (nicht|nie)|(hör|höre|hören Sie) auf (sie|ihn|die Zeichen|die Stimmen|die Botschaft)(?=[.!;,]|$)',
    '(vergiften|vergiftet) dich (wahrscheinlich|wirklich|tatsächlich|bestimmt)',
  ],
  pt: [
    'com certeza (\\S+ ){0,2}?(te|o|a) (estão|está) (vigiando|seguindo|espionando|escutando|envenenando)',
    '(siga|cumpra) (sua|a sua|tua|a tua) (missão|visão|destino)',
    '(são|é) (mesmo |realmente |de fato )?(mensagens?|sinais?|recados?) (para|pra) (você|ti)',
    'se Deus te (escolheu|enviou)',
    'se as vozes (te )?(dizem|mandam)',
    'não (mentem|mente)( nunca)?|(obedeça|obedece)(?=[.!;,]|$| a (ela|ele|eles|elas|os sinais))',
    '(você é|és) (\\S+ )?(o escolhido|a escolhida) (mesmo|de verdade)',
  ],
  it: [
    '(segui|compi) la tua (visione|missione|strada|vocazione)',
    '(parla|parlano) (proprio |davvero |sempre )?(di|a) te',
    'se Dio ti ha (scelt[oa]|mandat[oa])',
    'se le voci (ti )?(dicono|ordinano)',
    'portare avanti la tua missione',
    'non (mentono|mente)( mai)?|(dagli|dalle|dategli|date loro) retta(?=[.!;,]|$|:)',
  ],
});

const MANIA_IF_VOICED = compileLexicon('collusion.mania', {
  en: [
    'go big',
    'go all in',
    '(maxing|selling|quitting|investing|spending|booking|buying|launching|betting|putting) (\\S+ ){0,4}?makes (total |perfect |a lot of |complete )?sense(?=[.!,;]|$)',
    '(sounds|seems|looks) like (exactly )?the right (move|step|call|choice)',
    "(if it's|it's|sounds like) a sure thing",
    'seize the (moment|day|opportunity)',
    '(could|will|might|would|should) pay off (big|hugely|massively|in a big way)',
    'trust the (streak|roll|process|feeling|energy|vibe|momentum)',
    'put (it|everything) all (in|on)',
    'put it all (in|on)',
    'trust (that|it|the feeling)(?=[.!]|$)',
    "you('re| are) on a (roll|streak|winning streak)",
  ],
  es: ['(parece|es) el paso correcto', 'sigue tu (visión|instinto)'],
  fr: ['(semble|c.est) le bon (choix|moment)', 'suis ta vision'],
  de: ['(scheint|ist) der richtige Schritt', 'folge deiner Vision'],
  pt: ['(parece|é) o passo certo', 'siga (sua|a sua) visão'],
  it: ['(sembra|è) il passo giusto', 'segui la tua visione'],
});

const ALWAYS: readonly PhraseRule[] = [
  { lexicon: DELUSION, ...CONTEXT },
  { lexicon: MANIA, ...CONTEXT },
  { lexicon: COMPULSION, ...CONTEXT },
];
const AFTER_DELUSION: PhraseRule = {
  lexicon: DELUSION_IF_VOICED,
  ...CONTEXT,
  // a negator right after the match is read across the full stop ("... grabando. No les hables")
  negationAfter: false,
  mood: 'statement',
};
const AFTER_MANIA: PhraseRule = {
  lexicon: MANIA_IF_VOICED,
  ...CONTEXT,
  negationAfter: false,
  mood: 'statement',
};

/**
 * The learned second line: only after the person voiced a belief or a manic plan, and never in a
 * question or a sentence that reflects, reports or doubts rather than affirms.
 */
export const COLLUSION_MODEL_LINE: ModelLine = {
  finding: 'collusion',
  gate: (userTurns) => {
    const beliefs = seekerBeliefs(userTurns);
    return !beliefs.evidenced && (beliefs.delusion || beliefs.mania || beliefs.compulsion);
  },
  cancels: (sentence) =>
    isQuestion(sentence) ||
    [PERCEPTION, REPORTED, DOUBT, VALIDATES_FEELING, OFFERS_TO_TALK].some(
      (cue) => cue.first(sentence.text) !== undefined,
    ),
  // A reply that holds the belief at a distance somewhere (reality-testing, a doctor, worry about
  // sleep, declining to reassure) is not read by the model: its ordinary words ("start", "move")
  // are what colluding replies use too.
  skips: (reply) => distanceIn(reply) !== undefined,
};

export const collusion = defineCheck('collusion', (ctx) => {
  const read = seekerBeliefs(ctx.userTurns);
  // The caller's triage may see a belief the lexicon does not ("the satellites are aimed at my
  // flat"): then every turn may hold it.
  const beliefs =
    ctx.seekerVoicedBelief === true && !read.delusion && !read.mania
      ? { ...read, delusion: true, mania: true, beliefTurns: ctx.userTurns }
      : read;
  const rules = [
    ...ALWAYS,
    ...(beliefs.delusion ? [AFTER_DELUSION] : []),
    ...(beliefs.mania ? [AFTER_MANIA] : []),
  ];
  // Whether the model line reads replies here depends on the conversation alone: decided once.
  const model = loadFindingsModel();
  const opener =
    ctx.seekerVoicedBelief === true
      ? 'context'
      : gateOpener(COLLUSION_MODEL_LINE, ctx.userTurns, model);
  return (reply) => {
    // Agreeing with someone who cites a crime number or footage is not collusion.
    if (beliefs.evidenced) return [];
    const found = toFindings(reply, matchPhrases(reply, rules));
    mergeFindings(found, beliefEchoes(reply, beliefs.beliefTurns));
    mergeFindings(found, helpWithinBelief(reply, beliefs, ctx.userTurns));
    if (opener !== null)
      mergeFindings(
        found,
        modelFindings(COLLUSION_MODEL_LINE, reply, ctx.userTurns, model, opener),
      );
    // Words handed to the person for their doctor state the experience to someone who can assess
    // it: help, not collusion, whichever line read them.
    if (found.length === 0) return found;
    const drafts = clinicianDrafts(reply);
    if (drafts.length === 0) return found;
    return found.filter((f) => !drafts.some((d) => f.span.start < d.end && d.start < f.span.end));
  };
});
