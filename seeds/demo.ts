/**
 * Deterministic demo data for Fujian (see seeds/README.md): regions, units, institutions, platforms,
 * onsite sites, ~2,100 cadres, the faculty pool, courses, textbooks, cases, classes with timetables,
 * quotas and assignments, ~30k training records spread over 2021–2026, and evaluations.
 *
 * `seedDemo` runs in one transaction it opens and commits itself, inserts with explicit ids through
 * batched `unnest` statements, then moves every id sequence past the seeded ids.
 */
import type { ClientBase } from 'pg';
import { buildDemoData, type DemoData } from './build';
import {
  ASSIGNMENT_COLUMNS,
  CADRE_COLUMNS,
  CASE_AWARD_COLUMNS,
  CASE_COLLECTION_COLUMNS,
  CASE_COLLECTION_ITEM_COLUMNS,
  CASE_COLUMNS,
  CLASS_QUOTA_COLUMNS,
  CLASS_SESSION_COLUMNS,
  COURSE_AWARD_COLUMNS,
  COURSE_CASE_COLUMNS,
  COURSE_COLUMNS,
  COURSE_TEACHER_COLUMNS,
  EVALUATION_COLUMNS,
  INSTITUTION_COLUMNS,
  PLATFORM_COLUMNS,
  POOL_MEMBERSHIP_COLUMNS,
  REGION_COLUMNS,
  SITE_COLUMNS,
  TEACHER_COLUMNS,
  TEXTBOOK_AWARD_COLUMNS,
  TEXTBOOK_COLUMNS,
  TRAINING_CLASS_COLUMNS,
  TRAINING_RECORD_COLUMNS,
  UNIT_COLUMNS,
} from './rows';
import { bulkInsert, type Column } from './sql';

export type SeedSummary = Record<string, number>;

export { buildDemoData };
export type { DemoData };

interface Step<K extends keyof DemoData> {
  table: K;
  columns: readonly Column<DemoData[K][number]>[];
  /** False for pivot tables without a serial id. */
  serial: boolean;
}

function step<K extends keyof DemoData>(table: K, columns: readonly Column<DemoData[K][number]>[], serial = true): Step<K> {
  return { table, columns, serial };
}

/** Insert order respects foreign keys (teacher.cadre_id → cadre, sessions → courses/teachers/sites, …). */
const STEPS = [
  step('region', REGION_COLUMNS),
  step('unit', UNIT_COLUMNS),
  step('institution', INSTITUTION_COLUMNS),
  step('platform', PLATFORM_COLUMNS),
  step('onsite_teaching_site', SITE_COLUMNS),
  step('cadre', CADRE_COLUMNS),
  step('teacher', TEACHER_COLUMNS),
  step('teacher_pool_membership', POOL_MEMBERSHIP_COLUMNS),
  step('course', COURSE_COLUMNS),
  step('course_teacher', COURSE_TEACHER_COLUMNS, false),
  step('course_award', COURSE_AWARD_COLUMNS),
  step('textbook', TEXTBOOK_COLUMNS),
  step('textbook_award', TEXTBOOK_AWARD_COLUMNS),
  step('teaching_case', CASE_COLUMNS),
  step('course_case', COURSE_CASE_COLUMNS, false),
  step('case_collection', CASE_COLLECTION_COLUMNS),
  step('case_collection_item', CASE_COLLECTION_ITEM_COLUMNS, false),
  step('case_award', CASE_AWARD_COLUMNS),
  step('training_class', TRAINING_CLASS_COLUMNS),
  step('class_session', CLASS_SESSION_COLUMNS),
  step('class_quota', CLASS_QUOTA_COLUMNS),
  step('training_assignment', ASSIGNMENT_COLUMNS),
  step('training_record', TRAINING_RECORD_COLUMNS),
  step('evaluation', EVALUATION_COLUMNS),
] as const;

/** True when the database holds no demo data yet (the region table is empty). */
export async function isEmpty(client: ClientBase): Promise<boolean> {
  const res = await client.query<{ empty: boolean }>('select not exists (select 1 from "region") as empty');
  return res.rows[0]?.empty === true;
}

/** Seeds the demo data in one transaction and returns the row count per table. */
export async function seedDemo(client: ClientBase): Promise<SeedSummary> {
  const data = buildDemoData();
  const summary: SeedSummary = {};
  await client.query('begin');
  try {
    if (!(await isEmpty(client))) throw new Error('seedDemo: the database already holds data (region is not empty)');
    for (const s of STEPS) {
      const rows = data[s.table] as readonly object[];
      await bulkInsert(client, s.table, s.columns as readonly Column<object>[], rows);
      summary[s.table] = rows.length;
    }
    for (const s of STEPS) {
      if (!s.serial) continue;
      await client.query(`select setval(pg_get_serial_sequence('"${s.table}"', 'id'), max(id)) from "${s.table}"`);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
  // Fresh statistics, so the planner sees real row counts from the first query on.
  await client.query('analyze');
  return summary;
}
