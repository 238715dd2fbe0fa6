/**
 * The version each doc names at its top is the one the code reports: a stored triage or score
 * records its version, and a reader of the docs must be able to tell which one they describe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/eval/scoring.js';
import { packagePath } from '../../src/nlp/package-root.js';
import { TRIAGE_VERSION } from '../../src/triage/index.js';

function versionLine(doc: string): string {
  const text = readFileSync(packagePath(doc), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('**Version: `'));
  if (line === undefined) throw new Error(`${doc}: no "**Version: \`…\`**" line`);
  return line;
}

describe('docs name the versions the code reports', () => {
  it('docs/triage.md names TRIAGE_VERSION', () => {
    expect(TRIAGE_VERSION).not.toMatch(/model@none$/);
    expect(versionLine('docs/triage.md')).toContain(`\`${TRIAGE_VERSION}\``);
  });

  it('docs/metrics.md names SCORING_VERSION', () => {
    expect(versionLine('docs/metrics.md')).toContain(`\`${SCORING_VERSION}\``);
  });
});
