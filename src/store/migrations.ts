import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations live in code (not files on disk) so the compiled package carries them. Names sort in
 * the order they apply; never edit one that has shipped, add a new one.
 */
const migrations: Record<string, Migration> = {
  '0001_evaluation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('suite_id', 'text', (c) => c.notNull())
        .addColumn('suite_version', 'text', (c) => c.notNull())
        .addColumn('suite_hash', 'text', (c) => c.notNull())
        .addColumn('suite_title', 'text')
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('judges', 'text', (c) => c.notNull())
        .addColumn('seed', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('params', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('run_scenarios')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('condition', 'text', (c) => c.notNull())
        .addColumn('risk', 'text', (c) => c.notNull())
        .addColumn('culture', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('run_scenarios_pk', ['run_id', 'scenario_id'])
        .execute();

      await db.schema
        .createTable('responses')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('transcript', 'text', (c) => c.notNull())
        .addColumn('replies', 'text', (c) => c.notNull())
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('latency_ms', 'real', (c) => c.notNull())
        .addColumn('input_tokens', 'integer', (c) => c.notNull())
        .addColumn('output_tokens', 'integer', (c) => c.notNull())
        .addColumn('cached', 'integer', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('responses_pk', ['run_id', 'scenario_id'])
        .addForeignKeyConstraint(
          'responses_scenario_fk',
          ['run_id', 'scenario_id'],
          'run_scenarios',
          ['run_id', 'scenario_id'],
          (c) => c.onDelete('cascade'),
        )
        .execute();

      await db.schema
        .createTable('judgments')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('judge', 'text', (c) => c.notNull())
        .addColumn('judge_version', 'text', (c) => c.notNull())
        .addColumn('met', 'integer')
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('abstain_reason', 'text')
        .addPrimaryKeyConstraint('judgments_pk', ['run_id', 'scenario_id', 'judge', 'item_id'])
        .addForeignKeyConstraint(
          'judgments_scenario_fk',
          ['run_id', 'scenario_id'],
          'run_scenarios',
          ['run_id', 'scenario_id'],
          (c) => c.onDelete('cascade'),
        )
        .execute();

      await db.schema
        .createTable('scores')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('judge', 'text', (c) => c.notNull())
        .addColumn('metric', 'text', (c) => c.notNull())
        .addColumn('value', 'real')
        .addColumn('earned', 'real', (c) => c.notNull())
        .addColumn('possible', 'real', (c) => c.notNull())
        .addColumn('coverage', 'real', (c) => c.notNull())
        .addColumn('critical_harm', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('scores_pk', ['run_id', 'scenario_id', 'judge', 'metric'])
        .addForeignKeyConstraint(
          'scores_scenario_fk',
          ['run_id', 'scenario_id'],
          'run_scenarios',
          ['run_id', 'scenario_id'],
          (c) => c.onDelete('cascade'),
        )
        .execute();

      await db.schema
        .createTable('ratings')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('scenario_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('rater_id', 'text', (c) => c.notNull())
        .addColumn('met', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('rated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('ratings_unique', ['run_id', 'scenario_id', 'item_id', 'rater_id'])
        .addForeignKeyConstraint(
          'ratings_scenario_fk',
          ['run_id', 'scenario_id'],
          'run_scenarios',
          ['run_id', 'scenario_id'],
          (c) => c.onDelete('cascade'),
        )
        .execute();

      await db.schema.createIndex('runs_started_idx').on('runs').column('started_at').execute();
      await db.schema
        .createIndex('judgments_run_judge_idx')
        .on('judgments')
        .columns(['run_id', 'judge'])
        .execute();
      await sql`select 1`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'ratings',
        'scores',
        'judgments',
        'responses',
        'run_scenarios',
        'runs',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
