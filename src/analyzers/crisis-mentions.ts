import { crisisEntryFor, loadCrisisDirectory } from '../nlp/crisis-directory.js';
import type { CrisisDirectory, CrisisEntry } from '../nlp/crisis-directory.js';
import type { Span } from '../core/index.js';
import { execAll } from './text/exec-all.js';
import { lowerLiterals, matchingForm } from './text/lexicon.js';

/**
 * Where a reply names a resource of the crisis directory: a service name, a phone or text
 * number, an emergency number or a web address, each tagged with the countries it belongs to.
 * Numbers are compared as digits only ("116 123" = "116123" = "116-123"), and a run of digit
 * groups is tried in every contiguous sub-run, so "call 116 123 24 hours a day" still finds
 * "116 123". Used by `crisis_resources`, `locale_resources` and `mismatched_resources`.
 */

export type ResourceKind = 'service' | 'phone' | 'text' | 'emergency' | 'url';

export interface ResourceMention {
  span: Span;
  kind: ResourceKind;
  /** Countries (ISO alpha-2, or INTL) whose entries list it. */
  countries: string[];
  /** What it matched, e.g. `Samaritans (GB, IE)`. */
  label: string;
}

interface Needle {
  kind: ResourceKind;
  label: string;
  countries: Set<string>;
}

interface NamePattern {
  /** The name's first run of letters or digits: where it can start is found with `indexOf`. */
  anchor: string;
  /** Matches the whole name at a given position (sticky). */
  sticky: RegExp;
  /** The name as listed has capitals ("Find A Helpline"). */
  hasCapitals: boolean;
  needle: Needle;
}

/**
 * Names looked up by their first word with `indexOf`, then confirmed with a small sticky regex:
 * one big alternation of every name is slow in V8 until it is tiered up to native code. Names
 * matched in any case run on lower-cased text.
 */
interface NameSet {
  lowerCase: boolean;
  names: NamePattern[];
}

interface CompiledDirectory {
  /** digits → what they are */
  numbers: Map<string, Needle>;
  /** Case-insensitive names first: "Lifeline Aotearoa" must win over "Lifeline". */
  nameSets: NameSet[];
  urls: Array<{ host: string; needle: Needle }>;
}

const compiled = new WeakMap<CrisisDirectory, CompiledDirectory>();

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** Digit groups in free text such as "112 or 999" or "911 (107 emergencias médicas)". */
function numbersIn(text: string): string[] {
  // Groups joined by a space, dot or hyphen are one number ("0477 13 11 14"); anything else separates.
  return [...text.matchAll(/\d+(?:[ .-]\d+)*/g)]
    .map((m) => digitsOf(m[0]))
    .filter((d) => d.length >= 2);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Name variants worth matching: the full name, the name without parentheses, each side of
 * " – " or " / ", and an acronym in parentheses ("Samaritans of Singapore (SOS)" → "SOS").
 * Purely numeric parts are left to the number matcher.
 */
function nameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
  out.add(bare);
  for (const part of bare.split(/\s+[–—/-]\s+/)) out.add(part.trim());
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    const inner = (m[1] ?? '').trim();
    if (/^[A-Z]{2,}$/.test(inner)) out.add(inner);
  }
  return [...out].filter((v) => v.length >= 3 && /\p{L}{3}/u.test(v));
}

function nameSource(variant: string): string {
  const source = variant
    .split(/\s+/)
    .map((word) =>
      word === '&' ? '(?:&|and|y|e|et|und)' : escape(word).replace(/[–—-]/g, '[–—-]'),
    )
    .join('[\\s-]+');
  return `${source}(?![\\p{L}\\p{N}])`;
}

// Factored out of the alternation: positions inside words then fail before any name is tried.
const NAME_START = '(?<![\\p{L}\\p{N}])';

/**
 * A short one-word name like "Shout" or "Lifeline" is also an ordinary word: only its capitalised
 * form counts. Longer names match in any case, but not all in lower case (see `resourceMentions`).
 */
const caseSensitive = (variant: string): boolean => !/\s/.test(variant) && variant.length < 10;

function compile(directory: CrisisDirectory): CompiledDirectory {
  const numbers = new Map<string, Needle>();
  const names = new Map<string, Needle>();
  const urls = new Map<string, Needle>();
  const add = (
    map: Map<string, Needle>,
    key: string,
    kind: ResourceKind,
    label: string,
    country: string,
  ): void => {
    const needle = map.get(key) ?? { kind, label, countries: new Set<string>() };
    needle.countries.add(country);
    map.set(key, needle);
  };
  for (const entry of [...directory.entries, directory.international]) {
    for (const n of numbersIn(entry.emergency))
      add(numbers, n, 'emergency', `emergency number ${n}`, entry.country);
    for (const service of entry.services) {
      if (service.phone)
        add(
          numbers,
          digitsOf(service.phone),
          'phone',
          `${service.name} ${service.phone}`,
          entry.country,
        );
      if (service.text)
        for (const n of numbersIn(service.text))
          add(numbers, n, 'text', `${service.name} text ${n}`, entry.country);
      for (const variant of nameVariants(service.name))
        add(names, variant, 'service', service.name, entry.country);
      if (service.url) {
        const host = new URL(service.url).host.replace(/^www\./, '').toLowerCase();
        add(urls, host, 'url', host, entry.country);
      }
    }
  }
  // Longest first, so "Samaritans Ireland" wins over "Samaritans" where both match.
  const variants = [...names].sort((a, b) => b[0].length - a[0].length);
  const nameSets: NameSet[] = [];
  for (const lowerCase of [true, false]) {
    const chosen = variants.filter(([v]) => caseSensitive(v) !== lowerCase);
    if (chosen.length === 0) continue;
    const source = (v: string): string =>
      lowerCase ? lowerLiterals(nameSource(v)) : nameSource(v);
    nameSets.push({
      lowerCase,
      names: chosen.map(([v, needle]) => ({
        anchor: (/[\p{L}\p{N}]+/u.exec(lowerCase ? v.toLowerCase() : v)?.[0] ?? v).slice(0, 8),
        sticky: new RegExp(`${NAME_START}${source(v)}`, 'uy'),
        hasCapitals: /\p{Lu}/u.test(v),
        needle,
      })),
    });
  }
  return {
    numbers,
    nameSets,
    urls: [...urls].map(([host, needle]) => ({ host, needle })),
  };
}

function compiledFor(directory: CrisisDirectory): CompiledDirectory {
  let c = compiled.get(directory);
  if (!c) {
    c = compile(directory);
    compiled.set(directory, c);
  }
  return c;
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;

const label = (needle: Needle): string => `${needle.label} (${[...needle.countries].join(', ')})`;

// A run of digit groups: "116 123", "0800-111-0-111", "(011) 5275-1135", "+254 722 178 177".
// Not preceded by a letter, digit or a thousands separator ("10,000" is not "000").
const DIGIT_RUN =
  /(?<![\p{L}\p{N}$€£]|\d[.,])\+?\(?\d+\)?(?:[ \t.\-–]\(?\d+\)?)*(?![\p{L}\p{N}])/gu;
const GROUP = /\d+/g;

/**
 * Short numbers ("15", "112", "1737") are also minutes, steps and years: they count only with a
 * phone cue close by ("call 112", "Notruf 112", "112 (emergencias)").
 */
const SHORT_NUMBER = 4;
const PHONE_CUE =
  /call|dial|ring|phone|text|contact|reach|line|number|emergenc|helpline|hotline|sms|llam|marca|línea|linea|número|numero|teléfono|telefono|urgenc|appel|compos|numéro|ligne|ruf|wähl|nummer|notruf|ligue|ligar|liga para|liga pra|disque|linha|emergência|chiam|samu|rettung|sanität|ambulanc/iu;

function hasPhoneCue(reply: string, start: number, end: number): boolean {
  return (
    PHONE_CUE.test(reply.slice(Math.max(0, start - 40), start)) ||
    PHONE_CUE.test(reply.slice(end, end + 30))
  );
}

function numberMentions(reply: string, numbers: Map<string, Needle>): ResourceMention[] {
  const out: ResourceMention[] = [];
  for (const run of execAll(DIGIT_RUN, reply)) {
    const groups = execAll(GROUP, run[0]).map((g) => ({
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
      digits: g[0],
    }));
    // Longest sub-run first, left to right, without overlaps.
    let i = 0;
    while (i < groups.length) {
      let found = false;
      for (let j = groups.length; j > i; j--) {
        const digits = groups
          .slice(i, j)
          .map((g) => g.digits)
          .join('');
        const needle = numbers.get(digits);
        if (!needle) continue;
        const start = (groups[i] as { start: number }).start;
        const end = (groups[j - 1] as { end: number }).end;
        if (digits.length <= SHORT_NUMBER && !hasPhoneCue(reply, start, end)) continue;
        out.push({
          span: { start, end, text: reply.slice(start, end) },
          kind: needle.kind,
          countries: [...needle.countries],
          label: label(needle),
        });
        i = j;
        found = true;
        break;
      }
      if (!found) i++;
    }
  }
  return out;
}

/** Every directory resource the reply names, left to right. */
export function resourceMentions(
  reply: string,
  directory: CrisisDirectory = loadCrisisDirectory(),
): ResourceMention[] {
  const c = compiledFor(directory);
  const out = numberMentions(reply, c.numbers);
  // Addresses before names, so "samaritans.org" is one address, not the name inside it.
  const lowered = matchingForm(reply);
  for (const { host, needle } of c.urls) {
    let from = 0;
    let at: number;
    while ((at = lowered.indexOf(host, from)) !== -1) {
      from = at + host.length;
      const span = { start: at, end: at + host.length, text: reply.slice(at, at + host.length) };
      if (WORD_CHAR.test(reply[at - 1] ?? '')) continue;
      if (out.some((o) => o.span.start < span.end && span.start < o.span.end)) continue;
      out.push({ span, kind: 'url', countries: [...needle.countries], label: label(needle) });
    }
  }
  for (const set of c.nameSets) {
    const haystack = set.lowerCase ? lowered : reply;
    const candidates: Array<{ start: number; end: number; name: NamePattern }> = [];
    for (const name of set.names) {
      for (
        let at = haystack.indexOf(name.anchor);
        at !== -1;
        at = haystack.indexOf(name.anchor, at + 1)
      ) {
        name.sticky.lastIndex = at;
        const hit = name.sticky.exec(haystack);
        if (hit) candidates.push({ start: at, end: at + hit[0].length, name });
      }
    }
    // Left to right; at one position the longer name wins ("Samaritans Ireland" over "Samaritans").
    candidates.sort((x, y) => x.start - y.start || y.end - x.end);
    for (const { start, end, name } of candidates) {
      const span = { start, end, text: reply.slice(start, end) };
      // Written all in lower case, a name made of ordinary words is those words ("find a helpline").
      if (span.text === span.text.toLowerCase() && name.hasCapitals) continue;
      if (out.some((o) => o.span.start < span.end && span.start < o.span.end)) continue;
      out.push({
        span,
        kind: 'service',
        countries: [...name.needle.countries],
        label: label(name.needle),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The directory entry for the conversation's locale (the international entry when unknown). */
export function localEntry(
  locale: string,
  directory: CrisisDirectory = loadCrisisDirectory(),
): CrisisEntry {
  return crisisEntryFor(directory, locale);
}

const emergencyCache = new WeakMap<CrisisDirectory, Set<string>>();

/** Emergency numbers of every entry, as digits ("112", "911", "000"...). */
export function emergencyNumbers(directory: CrisisDirectory = loadCrisisDirectory()): Set<string> {
  let set = emergencyCache.get(directory);
  if (!set) {
    set = new Set(
      [...directory.entries, directory.international].flatMap((e) => numbersIn(e.emergency)),
    );
    emergencyCache.set(directory, set);
  }
  return set;
}
