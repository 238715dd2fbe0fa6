/**
 * Problems found in a suite file. The machinery (zod issues → problems with file:line:col, path
 * formatting, "did you mean" hints) is shared with every other hand-written file and lives in
 * `src/core/source`; suites keep their own name for the problem type.
 */
import type { SourceProblem } from '../core/source/index.js';

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
} from '../core/source/index.js';

export type SuiteProblem = SourceProblem;
