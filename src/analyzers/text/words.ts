/**
 * Word tokens with offsets, case/diacritic folding, and the "content words" of a text — what
 * checks compare between a seeker's message and a reply to tell a specific reply from a generic
 * one. Stems are crude prefixes (first five letters after folding): enough to pair "exhausted"
 * with "exhaustion" or "cansada" with "cansado" without a stemmer per language.
 */

import { execAll } from './exec-all.js';

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, without diacritics. */
  folded: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const NON_ASCII = /[^\p{ASCII}]/u;

export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Drop combining diacritical marks (U+0300–U+036F) without a regex: this runs for every token.
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += ch === '’' ? "'" : ch;
  }
  return out.toLowerCase();
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const hit of execAll(WORD, text)) {
    out.push({
      start: hit.index,
      end: hit.index + hit[0].length,
      text: hit[0],
      folded: fold(hit[0]),
    });
  }
  return out;
}

/**
 * Function words of the supported languages plus words every supportive reply uses ("feel",
 * "hard", "sorry"): sharing one of these with the seeker says nothing specific about them.
 */
const NON_SPECIFIC = new Set(
  fold(
    [
      // en
      `the and but are was were been being its it's you your you're you've yours yourself i'm i've my me mine myself
      they them their he she his her him we our us not have has had having do does did don't didn't can can't could
      cannot will won't would should must might may shall what how why who whom which when where there here this that
      these those with without from for into onto over under about after before again also just very really much many
      more most some any other only same such than then too so if or as at by of on in to up out off all each every
      one two feel feels feeling feelings felt sound sounds seem seems like lot lots thing things something anything
      everything nothing going through hard difficult tough heavy always never sometimes today time right well make makes
      made sense want wants need needs know think sure okay yeah maybe even still get got said say says tell told
      help sorry thank thanks please let let's it's that's what's dont cant im ive youre really able way ways day days
      bit kind else anyone anybody someone somebody everyone everybody nobody another`,
      // es
      `el la los las un una unos unas y o pero es son está estás estoy estar ser que de del en con por para al lo le
      les se te me mi mis tu tus su sus yo tú él ella ellos nosotros no sí muy más como qué cómo cuando donde porque
      esto eso esta este ese esa hay has he ha hemos puedo puedes puede también todo toda todos nada algo hacer sentir
      siento sientes sientas sentirte ahora aquí gracias bien mucho mucha parece suena difícil duro cosa cosas siempre
      nunca hoy creo saber quiero quieres estás vez alguien nadie otro otra otros`,
      // fr
      `le la les un une des et ou mais est sont être je tu il elle nous vous ils elles ne pas que qui de du en dans
      pour avec sur au aux ce cette ces c'est j'ai mon ma mes ton ta tes son sa ses se te me moi toi lui très plus
      comme quand parce si oui non avoir fait faire peux peut tout toute tous rien quelque aussi ici bien merci suis
      es as ai ça sens sentir semble difficile dur chose choses toujours jamais aujourd'hui quelqu'un autre autres`,
      // de
      `der die das den dem des ein eine einen einem einer und oder aber ist sind bin bist sein ich du er sie es wir
      ihr nicht kein keine zu von mit für auf im an am bei dass wenn weil wie was wer auch noch schon sehr so mir mich
      dir dich sich mein meine dein deine hast habe hat kann kannst wird gibt jetzt hier nur mal doch ja nein danke gut
      viel fühlst fühle fühlen gefühl klingt schwer sache sachen immer nie heute jemand niemand andere anderen`,
      // pt
      `o a os as um uma uns umas e ou mas é são está estou estar ser que de do da dos das em no na nos nas com por
      para pelo pela ao à se te me meu minha seu sua você vocês eu ele ela não sim muito muita mais como quando onde
      porque isso isto esse essa este esta tem tenho há também tudo nada algo fazer sentir agora aqui obrigado
      obrigada bem sinto sente pode posso parece difícil coisa coisas sempre nunca hoje alguém ninguém outro outra`,
      // it
      `il lo la i gli le un uno una e o ma è sono sei essere che di del della dei delle in nel nella con per su al
      alla da dal ci ti mi si mio mia tuo tua suo sua io tu lui lei noi voi loro non sì molto più come quando dove
      perché questo questa quello quella hai ho ha anche tutto niente qualcosa fare sentire senti sento ora adesso
      qui grazie bene posso puoi sembra difficile cosa cose sempre mai oggi qualcuno nessuno altro altra`,
    ].join(' '),
  )
    .split(/\s+/)
    .filter(Boolean),
);

const SMALL_NUMBER = /^\d{1,2}$/;

export function isNonSpecific(folded: string): boolean {
  return NON_SPECIFIC.has(folded) || folded.length < 3 || SMALL_NUMBER.test(folded);
}

export function stemOf(folded: string): string {
  return folded.slice(0, 5);
}

/** Content-word stems of a text, each with the first word that produced it. */
export function contentStems(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of wordTokens(text)) {
    if (isNonSpecific(token.folded)) continue;
    const stem = stemOf(token.folded);
    if (!out.has(stem)) out.set(stem, token.text);
  }
  return out;
}

/**
 * Looks folded words up in a list of word prefixes. Prefixes up to `wholeWordMax` letters must
 * match the whole word (or its plural in -s), so "low" does not match "lower"; longer ones are
 * stems ("exhaust" matches "exhausted"). Indexed by the first three letters, so a lookup costs a
 * handful of comparisons however long the list.
 */
export interface PrefixIndex {
  /** The first prefix (in list order) that matches the folded word, if any. */
  match(folded: string): string | undefined;
}

export function prefixIndex(prefixes: readonly string[], wholeWordMax = 4): PrefixIndex {
  const buckets = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const key = prefix.slice(0, 3);
    const bucket = buckets.get(key) ?? [];
    bucket.push(prefix);
    buckets.set(key, bucket);
  }
  return {
    match(folded) {
      for (const prefix of buckets.get(folded.slice(0, 3)) ?? []) {
        const hit =
          prefix.length <= wholeWordMax
            ? folded === prefix || folded === `${prefix}s`
            : folded.startsWith(prefix);
        if (hit) return prefix;
      }
      return undefined;
    },
  };
}
