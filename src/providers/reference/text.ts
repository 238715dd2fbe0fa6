/**
 * Small text tools for the reference responder: folding for matching, seeded choice and
 * template filling. Everything here is deterministic so that a seed reproduces a reply.
 */

/**
 * Lower case without diacritics, one UTF-16 unit per unit of input so offsets stay valid; curly
 * apostrophes become straight ones.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      continue;
    }
    const ch = text[i] as string;
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') {
      out += "'";
      continue;
    }
    const base = ch.toLowerCase().normalize('NFD')[0] ?? ch;
    out += base.length === 1 ? base : ch;
  }
  return out;
}

/** FNV-1a, 32 bit. */
export function hashText(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast, well-mixed PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const signatures = new Map<string, string>();

/**
 * The longest literal stretch of a template: if an earlier reply contains it, that template
 * (or idea) was used there, whatever filled its placeholders.
 */
export function signatureOf(template: string): string {
  let signature = signatures.get(template);
  if (signature === undefined) {
    signature = template
      .split(/\{\w+\}/)
      .reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), '');
    signatures.set(template, signature);
  }
  return signature;
}

/**
 * Picks one option at random, preferring options no earlier reply used, then options the
 * previous reply did not use, so consecutive turns never repeat an opener, question or idea.
 */
export function pickFresh<T>(
  options: readonly T[],
  random: () => number,
  earlierReplies: readonly string[],
  textOf: (option: T) => string,
): T {
  const usedIn = (option: T, replies: readonly string[]) => {
    const signature = signatureOf(textOf(option));
    return signature.length > 0 && replies.some((reply) => reply.includes(signature));
  };
  const previous = earlierReplies.slice(-1);
  let pool = options.filter((o) => !usedIn(o, earlierReplies));
  if (pool.length === 0) pool = options.filter((o) => !usedIn(o, previous));
  if (pool.length === 0) pool = [...options];
  const choice = pool[Math.floor(random() * pool.length)];
  if (choice === undefined) throw new RangeError('pickFresh needs at least one option');
  return choice;
}
