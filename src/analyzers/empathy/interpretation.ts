import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';
import { negationBefore } from '../text/scoping.js';
import { isQuestion, sentenceAt, splitSentences } from '../text/sentences.js';
import { insideQuotes, quotedSpans, withoutQuotes } from '../text/quotes.js';
import { contentStems } from '../text/words.js';
import { affectClusters } from './affect.js';

/**
 * EPITOME's "interpretations": the reply shows it understood by saying back what the person feels
 * or is going through. A frame alone ("it sounds like you're going through a lot") fits anyone,
 * so a frame counts only when what follows it in the sentence reuses the seeker's own content
 * words or names the same feeling or situation in other words (the affect clusters).
 */
export const REFLECTIVE_FRAME = compileLexicon('interpretation.frame', {
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

/** A frame after "if"/"when" is a condition ("if you feel unsafe, call..."), not a reflection. */
const CONDITION = compileLexicon('interpretation.condition', {
  en: ['(if|when|whenever|in case|should)( ever| still| really| ever again)?'],
  es: ['(si|cuando|en caso de que)( alguna vez| todavía| aún)?'],
  fr: ['(si|quand|lorsque|au cas où)( jamais| encore)?'],
  de: ['(wenn|falls|sobald)( jemals| noch)?'],
  pt: ['(se|quando|caso)( alguma vez| ainda)?'],
  it: ['(se|quando|nel caso in cui)( mai| ancora)?'],
});

/** "How do you feel about...?" asks; it does not reflect. Tentative reflections ("you feel X?") still count. */
const ASKING = compileLexicon('interpretation.asking', {
  en: ['(how|what|why|when|where|which|do|does|did)'],
  es: ['(cómo|como|qué|por qué|cuándo|dónde|cuál)'],
  fr: ["(comment|qu'est-ce|pourquoi|quand|où|est-ce que)"],
  de: ['(wie|was|warum|wann|wo|welche)'],
  pt: ['(como|o que|por que|quando|onde|qual)'],
  it: ['(come|cosa|che cosa|perché|quando|dove|quale)'],
});

export const interpretation = defineCheck('interpretation', (ctx) => {
  const seeker = ctx.userTurns.join('\n');
  const seekerStems = contentStems(seeker);
  const seekerClusters = affectClusters(seeker);
  return (reply): ReplyFinding[] => {
    const frames = REFLECTIVE_FRAME.find(reply);
    if (frames.length === 0 || seeker.trim() === '') return [];
    const sentences = splitSentences(reply);
    const out: ReplyFinding[] = [];
    const quotes = quotedSpans(reply);
    for (const frame of frames) {
      if (
        negationBefore(reply, frame.start) !== undefined ||
        insideQuotes(quotes, frame.start, frame.end)
      )
        continue;
      const lead = reply.slice(Math.max(0, frame.start - 24), frame.start).trimEnd();
      if (CONDITION.find(lead).some((m) => m.end === lead.length)) continue;
      const sentence = sentenceAt(sentences, frame.start);
      const asking = sentence !== undefined && isQuestion(sentence);
      if (asking && ASKING.first(reply.slice(sentence.start, frame.start)) !== undefined) continue;
      const end = sentence ? sentence.end : reply.length;
      if (out.some((f) => f.span.start <= frame.start && frame.start < f.span.end)) continue;
      // The seeker's own words quoted back («when you say "..."») are not a reflection.
      const reflection = withoutQuotes(reply.slice(frame.end, end));
      const shared = [...contentStems(reflection)]
        .filter(([stem]) => seekerStems.has(stem))
        .map(([, word]) => word);
      const sameFeeling = [...affectClusters(reflection)].filter(([cluster]) =>
        seekerClusters.has(cluster),
      );
      if (shared.length === 0 && sameFeeling.length === 0) continue;
      const because: string[] = [];
      if (shared.length > 0)
        because.push(`reuses the seeker's words ${shared.map((w) => `"${w}"`).join(', ')}`);
      if (sameFeeling.length > 0) {
        because.push(
          `names what the seeker described (${sameFeeling.map(([c, w]) => `${c}: "${w}"`).join(', ')})`,
        );
      }
      out.push({
        span: spanOf(reply, frame.start, end),
        reason: `${describeMatch(frame)} ${because.join('; ')}`,
      });
    }
    return out;
  };
});
