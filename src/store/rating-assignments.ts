/**
 * Which console users rate which evaluation run. An admin sets a run's raters; each rater then
 * rates the run's items in their own blinded order (src/eval/rating-queue.ts). Changes are audited.
 */
import type { Kysely } from 'kysely';
import type { RaterAssignment } from '../core/index.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import type { Database } from './schema.js';

/** Makes `raters` exactly the run's raters; ratings already given stay on record. */
export async function setRunRaters(
  db: Kysely<Database>,
  runId: string,
  raters: readonly string[],
  by: string,
  at: string,
): Promise<RaterAssignment[]> {
  return db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const current = await trx
      .selectFrom('rating_assignments')
      .select('rater')
      .where('run_id', '=', runId)
      .execute();
    const before = new Set(current.map((r) => r.rater));
    const wanted = new Set(raters);
    const added = [...wanted].filter((r) => !before.has(r));
    const removed = [...before].filter((r) => !wanted.has(r));
    if (removed.length > 0) {
      await trx
        .deleteFrom('rating_assignments')
        .where('run_id', '=', runId)
        .where('rater', 'in', removed)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('rating_assignments')
        .values(added.map((rater) => ({ run_id: runId, rater, assigned_by: by, assigned_at: at })))
        .execute();
    }
    if (added.length > 0 || removed.length > 0) {
      await appendAuditEvents(
        trx,
        [{ actor: `user:${by}`, type: 'rating.raters_set', payload: { runId, added, removed } }],
        at,
      );
    }
    const rows = await trx
      .selectFrom('rating_assignments')
      .selectAll()
      .where('run_id', '=', runId)
      .orderBy('rater')
      .execute();
    return rows.map(fromRow);
  });
}

export async function runRaters(db: Kysely<Database>, runId: string): Promise<RaterAssignment[]> {
  const rows = await db
    .selectFrom('rating_assignments')
    .selectAll()
    .where('run_id', '=', runId)
    .orderBy('rater')
    .execute();
  return rows.map(fromRow);
}

export async function assignmentsOf(
  db: Kysely<Database>,
  rater: string,
): Promise<RaterAssignment[]> {
  const rows = await db
    .selectFrom('rating_assignments')
    .selectAll()
    .where('rater', '=', rater)
    .orderBy('assigned_at', 'desc')
    .execute();
  return rows.map(fromRow);
}

function fromRow(row: {
  run_id: string;
  rater: string;
  assigned_by: string;
  assigned_at: string;
}): RaterAssignment {
  return {
    runId: row.run_id,
    rater: row.rater,
    assignedBy: row.assigned_by,
    assignedAt: row.assigned_at,
  };
}
