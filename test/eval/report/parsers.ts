/**
 * Small strict parsers the tests read the reports back with. They reject what real consumers
 * reject (unbalanced tags, bad entities, stray quotes) instead of guessing.
 */

/** RFC 4180: CRLF between records, `"` around fields holding `,`, `"` or line breaks, `""` inside. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  if (text === '') return records;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += c;
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (i >= text.length) {
      records.push(record);
      return records;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      records.push(record);
      record = [];
      if (i >= text.length) return records;
      continue;
    }
    throw new Error(`CSV: unexpected ${JSON.stringify(text[i])} at ${i} (records end with CRLF)`);
  }
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const LEGAL_XML_CHARS = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function decodeEntities(raw: string, at: number): string {
  return raw.replace(/&([^;]*);|&/g, (whole, body: string | undefined) => {
    if (body === undefined) throw new Error(`XML: bare "&" near ${at}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body] as string;
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (numeric === null) throw new Error(`XML: unknown entity ${whole} near ${at}`);
    const code =
      numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] as string, 10);
    const char = String.fromCodePoint(code);
    if (!LEGAL_XML_CHARS.test(char))
      throw new Error(`XML: reference to an illegal character ${whole}`);
    return char;
  });
}

/** Parses a well-formed XML document (no DTD, no CDATA needed here) or throws saying why not. */
export function parseXml(xml: string): XmlElement {
  if (!LEGAL_XML_CHARS.test(xml))
    throw new Error('XML: document contains characters XML 1.0 forbids');
  let i = 0;
  const skipSpace = (): void => {
    while (i < xml.length && /\s/.test(xml[i] as string)) i++;
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('XML: unterminated declaration');
    i = end + 2;
  }
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  while (i < xml.length) {
    const top = stack[stack.length - 1] as XmlElement;
    if (xml[i] !== '<') {
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      if (raw.includes('>') && raw.includes(']]>')) throw new Error('XML: "]]>" in text');
      if (stack.length === 1 && raw.trim() !== '')
        throw new Error('XML: text outside the root element');
      if (stack.length > 1) top.children.push(decodeEntities(raw, i));
      i = next < 0 ? xml.length : next;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error('XML: unterminated comment');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0];
      if (name === undefined) throw new Error(`XML: bad closing tag at ${i}`);
      i += name.length;
      skipSpace();
      if (xml[i] !== '>') throw new Error(`XML: expected ">" at ${i}`);
      i++;
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (name === undefined) throw new Error(`XML: bad tag at ${i}`);
    i += name.length;
    const element: XmlElement = { name, attributes: {}, children: [] };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        top.children.push(element);
        break;
      }
      if (xml[i] === '>') {
        i++;
        top.children.push(element);
        stack.push(element);
        break;
      }
      if (i === before) throw new Error(`XML: expected whitespace before an attribute at ${i}`);
      const attribute = NAME.exec(xml.slice(i))?.[0];
      if (attribute === undefined) throw new Error(`XML: bad attribute at ${i}`);
      i += attribute.length;
      if (xml[i] !== '=' || (xml[i + 1] !== '"' && xml[i + 1] !== "'"))
        throw new Error(`XML: attribute ${attribute} needs a quoted value`);
      const quote = xml[i + 1] as string;
      const end = xml.indexOf(quote, i + 2);
      if (end < 0) throw new Error(`XML: unterminated attribute ${attribute}`);
      const raw = xml.slice(i + 2, end);
      if (raw.includes('<')) throw new Error(`XML: "<" in attribute ${attribute}`);
      if (attribute in element.attributes) throw new Error(`XML: duplicate attribute ${attribute}`);
      element.attributes[attribute] = decodeEntities(raw, i);
      i = end + 1;
    }
    if (stack.length === 1 && root.children.filter((c) => typeof c !== 'string').length > 1) {
      throw new Error('XML: more than one root element');
    }
  }
  if (stack.length !== 1)
    throw new Error(`XML: <${(stack[stack.length - 1] as XmlElement).name}> is never closed`);
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error('XML: a document needs exactly one root element');
  return elements[0] as XmlElement;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
