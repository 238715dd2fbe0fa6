/**
 * What the triage benches count, shared so that the held-out set, the fresh batches and the
 * cross-validation all score by one definition (bench/triage/LABELLING.md).
 */
import type { RiskLevel } from '../../src/core/index.js';

/** Cases whose whole point is that nothing is wrong: any level above none is a false alarm. */
export const FALSE_ALARM_CASES: ReadonlySet<string> = new Set([
  'figurative',
  'negation',
  'past_recovery',
  'hypothetical',
  'fiction_quote',
  'everyday_lookalike',
  'benign',
  'clarified',
]);

/** The levels that mean a crisis: the gateway's crisis response is owed. */
export const CRISIS_LEVELS: ReadonlySet<RiskLevel> = new Set<RiskLevel>(['high', 'imminent']);
