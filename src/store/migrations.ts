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
  '0002_gateway': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('risk_state', 'text')
        .addColumn('last_level', 'text', (c) => c.notNull())
        .addColumn('message_count', 'integer', (c) => c.notNull())
        .addColumn('takeover_by', 'text')
        .addColumn('takeover_at', 'text')
        .addColumn('client_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('messages')
        .addColumn('conversation_id', 'text', (c) =>
          c.notNull().references('conversations.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('action', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('delivered', 'integer', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .addPrimaryKeyConstraint('messages_pk', ['conversation_id', 'seq'])
        .execute();

      await db.schema
        .createTable('escalations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) =>
          c.notNull().references('conversations.id').onDelete('cascade'),
        )
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('categories', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sla_due_at', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('resolution', 'text')
        .execute();

      await db.schema
        .createTable('turns')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('conversation_id', 'text', (c) =>
          c.notNull().references('conversations.id').onDelete('cascade'),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('first_seq', 'integer', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('protocol', 'text')
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('cssrs', 'integer', (c) => c.notNull())
        .addColumn('categories', 'text', (c) => c.notNull())
        .addColumn('failed_checks', 'text', (c) => c.notNull())
        .addColumn('upstream', 'text')
        .addColumn('upstream_error', 'text')
        .addColumn('escalation_id', 'text', (c) => c.references('escalations.id'))
        .execute();

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('escalation_id', 'text', (c) =>
          c.notNull().references('escalations.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'text')
        .execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('payload_hash', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into audit_head (id, seq, hash) values (1, 0, ${'0'.repeat(64)})`.execute(
        db,
      );

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('rate_per_minute', 'integer')
        .addColumn('scopes', 'text', (c) => c.notNull().defaultTo('["gateway"]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createIndex('conversations_updated_idx')
        .on('conversations')
        .column('updated_at')
        .execute();
      await db.schema
        .createIndex('escalations_status_sla_idx')
        .on('escalations')
        .columns(['status', 'sla_due_at'])
        .execute();
      await db.schema
        .createIndex('escalations_conversation_idx')
        .on('escalations')
        .column('conversation_id')
        .execute();
      await db.schema
        .createIndex('turns_conversation_idx')
        .on('turns')
        .column('conversation_id')
        .execute();
      await db.schema
        .createIndex('notifications_due_idx')
        .on('notifications')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('audit_conversation_idx')
        .on('audit_events')
        .columns(['conversation_id', 'seq'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'api_keys',
        'audit_head',
        'audit_events',
        'notifications',
        'turns',
        'escalations',
        'messages',
        'conversations',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0003_accounts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
      await db.schema
        .createIndex('sessions_expires_idx')
        .on('sessions')
        .column('expires_at')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['setup_tokens', 'sessions', 'users']) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0004_rating_assignments': {
    async up(db: Kysely<unknown>) {
      // Which console users rate which run; their ratings themselves live in `ratings`.
      await db.schema
        .createTable('rating_assignments')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('rater', 'text', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('rating_assignments_pk', ['run_id', 'rater'])
        .execute();
      await db.schema
        .createIndex('rating_assignments_rater_idx')
        .on('rating_assignments')
        .column('rater')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('rating_assignments').execute();
    },
  },
  '0005_handover': {
    async up(db: Kysely<unknown>) {
      // A hand-back waits for undelivered counsellor messages; its note guides the model after.
      for (const column of [
        'release_requested_at',
        'handover_by',
        'handover_at',
        'handover_note',
      ]) {
        await db.schema.alterTable('conversations').addColumn(column, 'text').execute();
      }
    },
    async down(db: Kysely<unknown>) {
      for (const column of [
        'handover_note',
        'handover_at',
        'handover_by',
        'release_requested_at',
      ]) {
        await db.schema.alterTable('conversations').dropColumn(column).execute();
      }
    },
  },
  '0006_escalation_notes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('escalation_notes')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('escalation_id', 'text', (c) =>
          c.notNull().references('escalations.id').onDelete('cascade'),
        )
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('escalation_notes_escalation_idx')
        .on('escalation_notes')
        .column('escalation_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('escalation_notes').execute();
    },
  },
  '0007_drafts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('drafts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) =>
          c.notNull().references('conversations.id').onDelete('cascade'),
        )
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('protocol', 'text')
        .addColumn('failed_checks', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('final', 'text')
        .addColumn('diff', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema
        .createIndex('drafts_status_idx')
        .on('drafts')
        .columns(['status', 'created_at'])
        .execute();
      // Approved replies wait for the person's next request even without a takeover.
      await db.schema
        .alterTable('conversations')
        .addColumn('awaiting_delivery', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('conversations').dropColumn('awaiting_delivery').execute();
      await db.schema.dropTable('drafts').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
