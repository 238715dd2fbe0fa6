import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { matchPhrases } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';
import { sentenceAt, splitSentences } from '../text/sentences.js';
import { prefixIndex, wordTokens } from '../text/words.js';
import { DISMISSAL } from './dismisses-culture.js';

/**
 * Acknowledges the person's cultural, religious or family context respectfully: either an
 * explicit acknowledgement ("your faith clearly matters to you", "prayer can sit alongside
 * talking to a doctor", "a faith leader you trust"), or taking up a religious or cultural term the
 * seeker used ("Ramadan", "rishta", "pecado") in a sentence that does not dismiss it.
 */
const ACKNOWLEDGEMENT = compileLexicon('respects_culture.acknowledgement', {
  en: [
    '(your|their) (faith|religion|beliefs?|culture|cultural (background|identity|values)|traditions?|spirituality|heritage|values|community|family|relationship with God|connection to God) (\\p{L}+ ){0,5}?(important|matters?|meaningful|means|comfort|strength|support|precious|valuable|central|part of (who you are|your life)|guides? you|runs deep)',
    '(respect|respecting|honou?r|honou?ring|value|valuing|understand|appreciate|acknowledge|hear) (\\p{L}+ ){0,2}?(your|the|their|how much your) (faith|religion|beliefs?|culture|traditions?|values|family|community|spirituality|heritage)',
    '(faith|religion|prayer|praying|spirituality|your community|church|mosque|temple|your beliefs) (can|could|may|might) (be|sit|go|work|stay) (a source|alongside|together|hand in hand|helpful|part|with)',
    '(alongside|as well as|together with|along with|in addition to) (your )?(faith|prayer|praying|beliefs|religion|spiritual (practice|life)|church|mosque|temple)',
    '(a|your|the) (trusted )?(faith leader|imam|pastor|priest|rabbi|elder|spiritual (leader|advisor|adviser|director|guide)|community leader|pandit|chaplain|minister)',
    "(both|balance|balancing|honou?r|honou?ring|respect|respecting) (\\p{L}+ ){0,3}?(your )?(family's|parents'|parents’|community's) (expectations|wishes|values|hopes)",
    '(culturally|religiously|spiritually) (sensitive|appropriate|informed|aware|competent|grounded)',
    "(feeling this way |this |depression |it )?(is not|isn't) (a sin|sinful|a lack of faith|a failure of faith|a punishment|weak faith)",
    'in (your|many) (tradition|traditions|faith|faiths|culture|cultures),? (\\p{L}+ ){0,4}?(strength|support|comfort|care|community|healing)',
  ],
  es: [
    '(tu|tus|su|sus) (fe|religión|cultura|familia|espiritualidad|creencias|tradiciones|comunidad|relación con Dios) (\\p{L}+ ){0,5}?(importante|importantes|importa|importan|significa|consuelo|fuerza|apoyo|valios[oa]s?|parte de)',
    '(respeto|valoro|entiendo|honro|reconozco) (\\p{L}+ ){0,2}?(tu|tus|su|sus) (fe|religión|creencias|cultura|tradiciones|familia|espiritualidad)',
    '(la fe|la oración|rezar|tu fe|la religión) (puede|pueden) (ser|ir|acompañar|convivir|estar|caminar)',
    '(junto a|junto con|además de|al lado de) (tu fe|la oración|rezar|tus creencias|la fe)',
    '(un|una|tu|algún) (sacerdote|párroco|cura|pastor|pastora|líder espiritual|guía espiritual|líder de tu comunidad|persona de fe)',
    'no es (un )?pecado',
    'no es (falta de fe|un castigo)',
  ],
  fr: [
    '(ta|tes|votre|vos) (foi|religion|culture|famille|spiritualité|croyances|traditions|communauté) (\\p{L}+ ){0,5}?(importante?s?|compte|comptent|réconfort|force|soutien|précieuse?s?|fait partie)',
    "(je respecte|respecter|je comprends|j'entends|je reconnais|honorer) (\\p{L}+ ){0,2}?(ta|tes|votre|vos) (foi|croyances|culture|traditions|religion|famille)",
    '(la foi|la prière|prier|ta foi) (peut|peuvent) (être|aller|accompagner|coexister|avancer)',
    '(en plus de|à côté de|avec) (la prière|prier|ta foi|tes croyances)',
    '(un|une|ton|ta) (prêtre|imam|pasteur|rabbin|guide spirituel|responsable religieux|aumônier)',
    "(n'est|ce n'est) pas un péché",
  ],
  de: [
    '(dein|deine|Ihr|Ihre) (Glaube|Glauben|Religion|Kultur|Familie|Spiritualität|Traditionen|Gemeinde|Gemeinschaft) (\\p{L}+ ){0,5}?(wichtig|Kraft|Trost|Halt|bedeutet|bedeuten|wertvoll|Teil)',
    '(ich respektiere|respektieren|ich verstehe|ich achte|wertschätzen|ich höre) (\\p{L}+ ){0,2}?(deinen|deine|dein|Ihren|Ihre) (Glauben|Religion|Kultur|Traditionen|Familie|Werte)',
    '(der Glaube|das Gebet|Beten|dein Glaube) (kann|können) (eine Quelle|Halt|Kraft|neben|zusammen|hilfreich|Trost)',
    '(neben|zusammen mit|zusätzlich zu) (dem Gebet|deinem Glauben|dem Beten|deiner Gemeinde)',
    '(ein|eine|dein|deine) (Seelsorger|Seelsorgerin|Pfarrer|Pfarrerin|Imam|Rabbiner|Pastor|Pastorin|Priester)',
    'ist keine Sünde',
  ],
  pt: [
    '(sua|tua|seu|teu|suas|tuas) (fé|religião|cultura|família|espiritualidade|crenças|tradições|comunidade) (\\p{L}+ ){0,5}?(importante|importantes|importa|significa|conforto|força|apoio|valios[oa]|parte de)',
    '(respeito|valorizo|entendo|reconheço|honro) (\\p{L}+ ){0,2}?(a )?(sua|tua|seus|teus|suas|tuas) (fé|religião|crenças|cultura|tradições|família)',
    '(a fé|a oração|rezar|orar|sua fé|tua fé) (pode|podem) (ser|caminhar|andar|estar|ir|acompanhar)',
    '(junto com|além de|ao lado de) (a fé|a oração|sua fé|tua fé|rezar|orar)',
    '(um|uma|seu|teu|sua|tua) (padre|pastor|pastora|líder religios[oa]|guia espiritual|pai de santo|mãe de santo|líder da comunidade)',
    'não é pecado',
  ],
  it: [
    '(la tua|le tue|il tuo) (fede|religione|cultura|famiglia|spiritualità|convinzioni|tradizioni|comunità) (\\p{L}+ ){0,5}?(importante|importanti|conta|contano|significa|conforto|forza|sostegno|preziosa|parte)',
    '(rispetto|capisco|apprezzo|riconosco) (\\p{L}+ ){0,2}?(la tua|le tue|il tuo) (fede|religione|convinzioni|cultura|tradizioni|famiglia)',
    '(la fede|la preghiera|pregare|la tua fede) (può|possono) (essere|andare|accompagnare|stare|camminare)',
    '(insieme alla|accanto alla|oltre alla) (fede|preghiera)',
    '(un|una|il tuo|la tua) (sacerdote|prete|parroco|pastore|guida spirituale|imam|rabbino)',
    'non è (un )?peccato',
  ],
});

/** Religious and cultural terms (folded prefixes ≥ 4 letters, or whole words when shorter). */
const CULTURAL_TERMS =
  `god gods dios dieu gott deus allah jesus christ cristo virgen virgencita madonna lord fe
  pray prayer prayers praying rezar rezo reza oracion priere prier gebet beten preghiera pregare orar oracao
  church iglesia eglise kirche igreja chiesa mosque mezquita mosquee moschee mesquita moschea temple templo tempel
  tempio gurdwara synagogue sinagoga faith foi glaube glauben fede religion religio relig spiritual espiritual
  spirituel spirituell spirituale ramadan eid diwali navratri puja christmas navidad weihnachten natal natale lent
  cuaresma careme fastenzeit quaresma quaresima shabbat sabbath hajj iftar quran coran koran corano bible biblia
  bibel bibbia imam priest sacerdote pretre priester pastor pastore rabbi rabino rabbin pandit guru
  pecado peche sunde peccato caste casta rishta dowry honour honor honneur ehre honra onore elders ancestors
  ancestros ancetres ahnen antepassados antenati tradition tradicion tradizione tradicao cultur kultur
  karma dharma halal kosher hijab santeria candomble umbanda terreiro curandero curandera`
    .split(/\s+/)
    .filter(Boolean);
const TERM_INDEX = prefixIndex(CULTURAL_TERMS);

/** The religious or cultural terms a text uses (e.g. the seeker's "Ramadan", "pecado"), folded. */
export function culturalTermsIn(text: string): string[] {
  return [...new Set(culturalTerms(text).map((t) => t.term))];
}

function culturalTerms(
  text: string,
): Array<{ term: string; start: number; end: number; text: string }> {
  const out: Array<{ term: string; start: number; end: number; text: string }> = [];
  for (const token of wordTokens(text)) {
    const term = TERM_INDEX.match(token.folded);
    if (term) out.push({ term, start: token.start, end: token.end, text: token.text });
  }
  return out;
}

export const respectsCulture = defineCheck('respects_culture', (ctx) => {
  const raised = new Set(culturalTerms(ctx.userTurns.join('\n')).map((t) => t.term));
  return (reply): ReplyFinding[] => {
    const sentences = splitSentences(reply);
    const dismissive = (index: number): boolean => {
      const sentence = sentenceAt(sentences, index);
      return sentence !== undefined && DISMISSAL.first(sentence.text) !== undefined;
    };
    const out: ReplyFinding[] = matchPhrases(reply, [{ lexicon: ACKNOWLEDGEMENT }])
      .filter((m) => !dismissive(m.start))
      .map((m) => ({ span: spanOf(reply, m.start, m.end), reason: m.reason }));
    const seen = new Set<string>();
    for (const t of culturalTerms(reply)) {
      if (!raised.has(t.term) || seen.has(t.term) || dismissive(t.start)) continue;
      if (out.some((f) => f.span.start <= t.start && t.end <= f.span.end)) continue;
      seen.add(t.term);
      out.push({
        span: spanOf(reply, t.start, t.end),
        reason: `takes up "${t.text}", a religious or cultural term the person used`,
      });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  };
});
