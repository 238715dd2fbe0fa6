/**
 * Reading a YAML or JSON file's text into a plain value while keeping the YAML document, so every
 * problem found later can be traced back to the line and column of the node that caused it. Used
 * for suites and policies; the caller reads the file (core does no I/O).
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, Range, YAMLError } from 'yaml';
import { formatPath, type PathSegment, type ProblemDraft, type SourceProblem } from './problems.js';

export interface SourceDocument {
  file: string;
  /** The plain value the document describes (not yet validated). */
  value: unknown;
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): { line: number; col: number };
}

export type SourceReading =
  { ok: true; source: SourceDocument } | { ok: false; problems: SourceProblem[] };

/**
 * How often one anchor may be expanded (times its own alias depth): a guard against "billion
 * laughs" documents, far above what a hand-written file needs for shared entries.
 */
const MAX_ALIAS_COUNT = 1000;

/** Reads YAML, or JSON when `file` ends in `.json`; a leading byte-order mark is dropped. */
export function readSource(rawText: string, file: string): SourceReading {
  // A byte-order mark is an encoding artefact, not content; editors on Windows add it.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  return /\.json$/i.test(file) ? readJson(text, file) : readYaml(text, file);
}

function parseYaml(text: string): Document.Parsed {
  // YAML 1.2 core schema: `no`, `on` and `yes` stay strings, so a turn saying "no" is never
  // silently turned into a boolean.
  return parseDocument(text, {
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
    version: '1.2',
  });
}

function readYaml(text: string, file: string): SourceReading {
  const lines = lineIndex(text);
  const document = parseYaml(text);
  const problem = syntaxProblem(file, lines, 'YAML');
  // Warnings (an unknown `!tag`, a bad directive) would silently change values, so they count.
  const parseIssues = [...document.errors, ...document.warnings];
  if (parseIssues.length > 0) {
    return {
      ok: false,
      problems: parseIssues.map((e) => problem(e.pos[0], describeYamlError(text, e))),
    };
  }
  const keyOffsets = collectionKeyOffsets(document.contents as Node | null);
  if (keyOffsets.length > 0) {
    const detail = 'a mapping key must be a plain value, not a mapping or a list';
    return { ok: false, problems: keyOffsets.map((offset) => problem(offset, detail)) };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, problems: [problem(firstAliasOffset(document), errorText(error))] };
  }
  return { ok: true, source: makeSource(file, value, () => document, lines) };
}

/**
 * JSON is judged by `JSON.parse`, so a `.json` file must be real JSON, and read fast: the YAML
 * document (JSON is YAML 1.2) is only built when a problem needs a line and column.
 */
function readJson(text: string, file: string): SourceReading {
  const lines = lineIndex(text);
  const problem = syntaxProblem(file, lines, 'JSON');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = errorText(error);
    // The position is given as line and column; V8's character offset would only repeat it.
    const readable = detail.replace(/ in JSON at position \d+.*$/, '');
    return { ok: false, problems: [problem(jsonErrorOffset(detail, text), readable)] };
  }
  // JSON.parse keeps the last of two equal keys without a word; a file here must not.
  const duplicates = duplicateJsonKeys(text);
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((d) =>
        problem(d.offset, `Map keys must be unique: ${JSON.stringify(d.key)} appears twice`),
      ),
    };
  }
  let document: Document.Parsed | undefined;
  return { ok: true, source: makeSource(file, value, () => (document ??= parseYaml(text)), lines) };
}

function syntaxProblem(file: string, lines: LineIndex, kind: 'YAML' | 'JSON') {
  return (offset: number, detail: string): SourceProblem => ({
    file,
    ...lines.position(offset),
    path: '',
    expected: `valid ${kind}`,
    found: detail,
    message: `${kind} syntax error: ${detail}`,
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeYamlError(text: string, error: YAMLError): string {
  return error.code === 'DUPLICATE_KEY'
    ? `${error.message}: ${keyAt(text, error.pos[0])} appears twice`
    : error.message;
}

/** The mapping key written at `offset`, quoted as in the file, for duplicate-key messages. */
function keyAt(text: string, offset: number): string {
  const match = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n]*[^:\s])/.exec(
    text.slice(offset, offset + 200),
  );
  const key = match?.[0] ?? '';
  return key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key);
}

/**
 * Keys that are mappings or lists: the parser accepts them, but a plain value cannot hold them
 * (they would be flattened to strings like "[ a ]"). A direct walk: this runs on every load.
 */
function collectionKeyOffsets(root: Node | null): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isMap(key) || isSeq(key)) offsets.push(key.range?.[0] ?? 0);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return offsets.sort((a, b) => a - b);
}

function firstAliasOffset(document: Document.Parsed): number {
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** V8 names the offending offset in most JSON errors; the others are at the end or the start. */
function jsonErrorOffset(detail: string, text: string): number {
  const match = /at position (\d+)/.exec(detail);
  if (match?.[1] !== undefined) return Number(match[1]);
  if (/end of JSON input/.test(detail)) return text.length;
  // "Unexpected token 'x', "…" is not valid JSON": the YAML parser usually finds the same spot.
  return parseYaml(text).errors[0]?.pos[0] ?? 0;
}

/**
 * Keys repeated within one object of a text `JSON.parse` has accepted. A linear scan over
 * strings and brackets: the text is known to be valid JSON, so no other syntax matters.
 */
export function duplicateJsonKeys(text: string): Array<{ key: string; offset: number }> {
  const found: Array<{ key: string; offset: number }> = [];
  const objects: Array<Set<string> | null> = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') objects.push(new Set());
    else if (char === '[') objects.push(null);
    else if (char === '}' || char === ']') objects.pop();
    else if (char === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      let next = i + 1;
      while (
        text[next] === ' ' ||
        text[next] === '\t' ||
        text[next] === '\n' ||
        text[next] === '\r'
      )
        next++;
      const keys = objects[objects.length - 1];
      if (text[next] === ':' && keys !== null && keys !== undefined) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) found.push({ key, offset: start });
        else keys.add(key);
      }
    }
  }
  return found;
}

interface LineIndex {
  position(offset: number): { line: number; col: number };
}

/** 1-based line and column of an offset; lines end at "\n" as in YAML 1.2 and JSON. */
function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(rawOffset) {
      const offset = Math.max(0, Math.min(rawOffset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] as number) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - (starts[low] as number) + 1 };
    },
  };
}

function makeSource(
  file: string,
  value: unknown,
  document: () => Document.Parsed,
  lines: LineIndex,
): SourceDocument {
  return {
    file,
    value,
    locate(path, at = 'value') {
      return lines.position(locateOffset(document(), path, at));
    },
  };
}

/**
 * Walks the document along a field path and returns the offset of the node it names. When the
 * path goes further than the file does (a missing field), the deepest node reached is the
 * answer: the mapping that lacks the field.
 */
function locateOffset(
  document: Document.Parsed,
  path: readonly PathSegment[],
  at: 'key' | 'value',
): number {
  let node: Node | null = document.contents as Node | null;
  let range: Range | null | undefined = node?.range;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PathSegment;
    // Descend through an alias into its anchor; the error is in the anchored content.
    const container: Node | null =
      node !== null && isAlias(node)
        ? ((node.resolve(document) as Node | undefined) ?? null)
        : node;
    const last = i === path.length - 1;
    if (isMap(container)) {
      const pair = container.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair === undefined) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      if (last && at === 'key') return key.range?.[0] ?? range?.[0] ?? 0;
      node = value;
      range = value?.range ?? key.range ?? range;
      // `points:` with nothing after it has no value, or an empty one: the key is where to look.
      if (value === null || (isScalar(value) && value.range?.[0] === value.range?.[1])) {
        range = key.range ?? range;
        break;
      }
    } else if (isSeq(container) && typeof segment === 'number') {
      const item = container.items[segment] as Node | null | undefined;
      if (item === undefined || item === null) break;
      node = item;
      range = item.range ?? range;
    } else {
      break;
    }
  }
  return range?.[0] ?? 0;
}

export function locateDrafts(
  source: SourceDocument,
  drafts: readonly ProblemDraft[],
): SourceProblem[] {
  return drafts.map((draft) => ({
    file: source.file,
    ...source.locate(draft.path, draft.at),
    path: formatPath(draft.path),
    expected: draft.expected,
    found: draft.found,
    message: `expected ${draft.expected}, got ${draft.found}`,
  }));
}
