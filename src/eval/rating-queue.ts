/**
 * Human rating in the console: each rater gets a run's items blinded (no model name, no system
 * prompt) and in their own random order, so that neither the model nor the order in which others
 * saw the items can sway them; a rating form must decide every rubric item of the item.
 */
import { createHash } from 'node:crypto';
import {
  TandemError,
  type BlindedRatingItem,
  type HumanRating,
  type RaterProgress,
  type Scenario,
  type ScenarioResponse,
} from '../core/index.js';

/** A rater's order of a run's items: a shuffle seeded by run and rater, stable across visits. */
export function raterOrder(runId: string, rater: string, keys: readonly string[]): string[] {
  const rank = (key: string) =>
    createHash('sha256').update(`${runId}\u0000${rater}\u0000${key}`).digest('hex');
  return [...keys]
    .map((key) => ({ key, rank: rank(key) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((entry) => entry.key);
}

/** The items a run can be rated on: scenarios whose response has replies and no error. */
export function ratableScenarios(
  scenarios: readonly Scenario[],
  responses: readonly ScenarioResponse[],
): Array<{ scenario: Scenario; response: ScenarioResponse }> {
  const byScenario = new Map(responses.map((r) => [r.scenarioId, r]));
  return scenarios.flatMap((scenario) => {
    const response = byScenario.get(scenario.id);
    return response && !response.error && response.replies.length > 0
      ? [{ scenario, response }]
      : [];
  });
}

/** Which items the rater has finished: every rubric item of the scenario rated by them. */
export function finishedKeys(
  items: ReadonlyArray<{ scenario: Scenario }>,
  ratings: readonly HumanRating[],
  rater: string,
): Set<string> {
  const rated = new Map<string, Set<string>>();
  for (const r of ratings) {
    if (r.raterId !== rater) continue;
    rated.set(r.scenarioId, (rated.get(r.scenarioId) ?? new Set()).add(r.itemId));
  }
  return new Set(
    items
      .filter(({ scenario }) => scenario.rubric.every((i) => rated.get(scenario.id)?.has(i.id)))
      .map(({ scenario }) => scenario.id),
  );
}

export function progressOf(
  runId: string,
  rater: string,
  items: ReadonlyArray<{ scenario: Scenario }>,
  ratings: readonly HumanRating[],
): RaterProgress {
  return { runId, rater, rated: finishedKeys(items, ratings, rater).size, total: items.length };
}

/** The item as the rater sees it: conversation and rubric, nothing about the model. */
export function blindItem(
  item: { scenario: Scenario; response: ScenarioResponse },
  position: number,
  total: number,
  earlier: readonly HumanRating[] = [],
): BlindedRatingItem {
  const { scenario, response } = item;
  const transcript = response.transcript.flatMap((m) =>
    m.role === 'user' || m.role === 'assistant' ? [{ role: m.role, content: m.content }] : [],
  );
  const mine = earlier.filter((r) => r.scenarioId === scenario.id);
  return {
    key: scenario.id,
    position,
    total,
    area: scenario.area,
    condition: scenario.condition,
    locale: scenario.locale,
    transcript,
    rubric: scenario.rubric.map((i) => ({
      id: i.id,
      metric: i.metric,
      text: i.text,
      points: i.points,
      ...(i.critical ? { critical: true } : {}),
    })),
    ...(mine.length > 0 ? { ratings: Object.fromEntries(mine.map((r) => [r.itemId, r.met])) } : {}),
  };
}

/**
 * Checks a rating form against the item's rubric: every item decided, no unknown item. Returns
 * the ratings to record, or throws `RATINGS_INVALID` naming each problem.
 */
export function formRatings(
  runId: string,
  scenario: Scenario,
  rater: string,
  decisions: Record<string, boolean>,
  at: string,
  note?: string,
): HumanRating[] {
  const known = new Set(scenario.rubric.map((i) => i.id));
  const problems = [
    ...Object.keys(decisions)
      .filter((id) => !known.has(id))
      .map((id) => `ratings.${id}: not a rubric item of this item`),
    ...scenario.rubric
      .filter((i) => decisions[i.id] === undefined)
      .map((i) => `ratings.${i.id}: not decided (met or not met)`),
  ];
  if (problems.length > 0) {
    throw new TandemError(
      'RATINGS_INVALID',
      `the rating form is incomplete: ${problems.join('; ')}`,
      {
        details: { problems },
      },
    );
  }
  return scenario.rubric.map((i) => ({
    runId,
    scenarioId: scenario.id,
    itemId: i.id,
    raterId: rater,
    met: decisions[i.id] as boolean,
    ...(note ? { note } : {}),
    ratedAt: at,
  }));
}
