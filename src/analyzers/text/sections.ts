/**
 * The sections of a structured reply: markdown headings ("## Getting there", "### 🌉 About the
 * bridges"), a line that is bold and nothing else ("**Where to eat**") or a line that opens with a
 * bold label ("**Day 1:** …"). Assistants answer a
 * message that asks several things in one section per thing, so a check can ask which section a
 * sentence belongs to. A reply without headings is one section.
 */
export interface TextSection {
  /** Offset of the section's first character (its heading line, when it has one). */
  start: number;
  /** Offset just past its last character (the next heading's start, or the text's end). */
  end: number;
  /** Offset just past its heading line; `start` when the section has no heading. */
  bodyStart: number;
}

/**
 * A markdown heading line, a line that is wholly bold (with an optional colon), or a line that
 * opens with a bold label and a colon ("**Day 1:** Drive…", "4. **The bridge:** I won't…",
 * "🏢 **Terraço:** …"), after a list marker or an emoji: the label titles what follows on its line
 * and below, up to the next heading. Only the label is the heading.
 */
const HEADING =
  /^[ \t]*(?:#{1,6}[ \t]+\S[^\n]*$|(?:\*\*[^*\n]+\*\*|__[^_\n]+__):?[ \t]*$|(?:(?:[-*+•]|\d{1,2}[.)]|\p{Extended_Pictographic}\uFE0F?)[ \t]*)?(?:\*\*[^*\n]{1,80}?:\*\*|\*\*[^*\n]{1,80}?\*\*:|__[^_\n]{1,80}?:__|__[^_\n]{1,80}?__:))/gmu;

export function textSections(text: string): TextSection[] {
  const headings = [...text.matchAll(HEADING)];
  const sections: TextSection[] = [];
  const first = headings[0]?.index ?? text.length;
  if (text.slice(0, first).trim() !== '') sections.push({ start: 0, end: first, bodyStart: 0 });
  headings.forEach((heading, i) => {
    const start = heading.index;
    sections.push({
      start,
      end: headings[i + 1]?.index ?? text.length,
      bodyStart: start + heading[0].length,
    });
  });
  if (sections.length === 0) sections.push({ start: 0, end: text.length, bodyStart: 0 });
  return sections;
}

/** The section holding offset `at`. */
export function sectionAt(sections: readonly TextSection[], at: number): TextSection | undefined {
  return sections.find((s) => at >= s.start && at < s.end);
}
