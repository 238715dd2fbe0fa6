/**
 * Reading a suite file's text into a plain value with source positions. The reader is shared
 * with every other hand-written file and lives in `src/core/source`.
 */
import { readSource, type SourceDocument, type SourceReading } from '../core/source/index.js';

export { duplicateJsonKeys, locateDrafts, type SourceReading } from '../core/source/index.js';

export type SuiteSource = SourceDocument;

export function readSuiteSource(rawText: string, file: string): SourceReading {
  return readSource(rawText, file);
}
