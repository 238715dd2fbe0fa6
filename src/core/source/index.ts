/**
 * Reading YAML and JSON files with source positions, and problems that name file:line:col, the
 * field, what was expected and what was found. Shared by every loader of a hand-written file
 * (suites in `src/eval`, policies in `src/guard`) so their errors read the same.
 */
export {
  closest,
  describeSchema,
  describeValue,
  formatPath,
  formatProblem,
  isRecord,
  sortProblems,
  validateAgainst,
  valueAt,
  withHint,
  type PathSegment,
  type ProblemDraft,
  type SourceProblem,
} from './problems.js';
export {
  duplicateJsonKeys,
  locateDrafts,
  readSource,
  type SourceDocument,
  type SourceReading,
} from './yaml-source.js';
