/**
 * Escaping for the three text formats the reports emit. Every piece of user, model or judge text
 * passes through one of these before it reaches a report, so a reply cannot inject markup.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Serialises a value for a `<script type="application/json">` block. `<`, `>` and `&` become JSON
 * unicode escapes so data such as `</script>` cannot close the block; `JSON.parse` restores them.
 */
export function jsonForHtmlScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Characters XML 1.0 forbids even as references: C0 controls other than tab, LF and CR, lone
 * surrogates (the `u` flag matches them as code points), U+FFFE and U+FFFF. Model output can hold
 * any of these, and one of them makes the whole JUnit file unreadable for a CI server.
 */
const XML_ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** Escapes XML element content. */
export function escapeXmlText(text: string): string {
  return stripXmlIllegal(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes a double-quoted XML attribute value. Tab, LF and CR become character references because
 * a parser would otherwise normalise them to spaces and multi-line messages would collapse.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
