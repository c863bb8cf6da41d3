import type { EntityManager } from '@mikro-orm/core';
import { refPk } from '../../core/read/ids';
import { conversionOn, hoursForDays, hoursForSessions, loadConversions, type ConversionVersion } from '../rules/conversion';
import { txQuery } from '../../core/write/tx-sql';
import { TrainingMode } from './training-record.enums';
import type { RecordRules } from '../../core/config';
import { implausibility } from './plausibility';

/** 学时互认 import: at most this many rows per call. */
export const MAX_IMPORT_ROWS = 5000;

/** One row as a platform sends it (strings are checked here, so a bad row never fails the others). */
export interface ImportRow {
  externalId?: string | null;
  cadreId?: string | null;
  idCardNumber?: string | null;
  mode?: string | null;
  title?: string | null;
  hours?: number | null;
  days?: number | null;
  sessions?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  classId?: string | null;
  courseId?: string | null;
}

export type ImportOutcome = 'ACCEPTED' | 'DUPLICATE' | 'UNCHANGED' | 'CONFLICT' | 'REJECTED';

export interface ImportRowError {
  field: string;
  message: string;
}

export interface ImportRowOutcome {
  index: number;
  externalId: string | null;
  status: ImportOutcome;
  recordPk: number | null;
  duplicateOfPk: number | null;
  errors: ImportRowError[];
}

interface CleanRow {
  idx: number;
  external_id: string;
  cadre_pk: number | null;
  id_card: string | null;
  mode: string;
  title: string;
  hours: number;
  credited: number;
  days: number;
  sessions: number | null;
  start_date: string;
  end_date: string;
  class_pk: number | null;
  course_pk: number | null;
  credit_rule: string | null;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number(m[1]) >= 1900 && Number(m[1]) <= 2100 && d.toISOString().slice(0, 10) === s;
}

/** A decimal with at most one place in [0, max] (the columns are numeric(·,1)). */
function badDecimal(v: unknown, max: number): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 'must be a number';
  if (v < 0 || v > max) return `must be between 0 and ${max}`;
  if (Math.abs(Math.round(v * 10) - v * 10) > 1e-9) return 'must have at most one decimal place';
  return undefined;
}

const MODES = new Set<string>(Object.values(TrainingMode));
const ID_CARD = /^[0-9]{17}[0-9X]$/;

/** One row's errors, each under `records.<i>.<field>`, in the order the checks run. */
interface RowErrors {
  errors: ImportRowError[];
  at(field: string): string;
  fail(field: string, message: string): void;
}

function rowErrors(i: number): RowErrors {
  const errors: ImportRowError[] = [];
  const at = (f: string) => `records.${i}.${f}`;
  return { errors, at, fail: (f, message) => void errors.push({ field: at(f), message }) };
}

/** Whose record: a cadre id, else an ID-card number that the import statement resolves. */
function cleanCadre(row: ImportRow, e: RowErrors): { cadrePk: number | null; idCard: string | null } {
  if (row.cadreId) {
    try {
      return { cadrePk: refPk(row.cadreId, 'Cadre', e.at('cadreId')), idCard: null };
    } catch {
      e.fail('cadreId', 'is not a cadre id');
      return { cadrePk: null, idCard: null };
    }
  }
  if (row.idCardNumber) {
    const idCard = row.idCardNumber.trim().toUpperCase();
    if (!ID_CARD.test(idCard)) e.fail('idCardNumber', 'must be an 18-character resident ID number');
    return { cadrePk: null, idCard };
  }
  e.fail('cadreId', 'cadreId or idCardNumber is required');
  return { cadrePk: null, idCard: null };
}

/** The external id, the cadre, the mode, the title and the dates. */
function cleanIdentity(row: ImportRow, e: RowErrors) {
  const externalId = typeof row.externalId === 'string' ? row.externalId.trim() : '';
  if (!externalId || externalId.length > 64) e.fail('externalId', 'is required, at most 64 characters');
  const { cadrePk, idCard } = cleanCadre(row, e);
  const mode = row.mode ?? '';
  if (!MODES.has(mode)) e.fail('mode', `must be one of ${[...MODES].join(', ')}`);
  const title = typeof row.title === 'string' ? row.title.trim() : '';
  if (!title || title.length > 200) e.fail('title', 'is required, at most 200 characters');
  if (!isDate(row.startDate)) e.fail('startDate', 'must be a date written YYYY-MM-DD');
  if (!isDate(row.endDate)) e.fail('endDate', 'must be a date written YYYY-MM-DD');
  else if (isDate(row.startDate) && row.endDate < row.startDate) e.fail('endDate', 'must not be before startDate');
  return { externalId, cadrePk, idCard, mode, title };
}

/** Which of hours, days and sessions were reported, each checked against its column. */
function cleanAmounts(row: ImportRow, e: RowErrors) {
  const hasHours = row.hours !== null && row.hours !== undefined;
  const hasDays = row.days !== null && row.days !== undefined;
  const hasSessions = row.sessions !== null && row.sessions !== undefined;
  const hoursErr = hasHours ? badDecimal(row.hours, 99999.9) : undefined;
  if (hoursErr) e.fail('hours', hoursErr);
  const daysErr = hasDays ? badDecimal(row.days, 9999.9) : undefined;
  if (daysErr) e.fail('days', daysErr);
  if (hasSessions && (!Number.isInteger(row.sessions) || row.sessions! < 0 || row.sessions! > 10000)) e.fail('sessions', 'must be a whole number between 0 and 10000');
  return { hasHours, hasDays, hasSessions };
}

/** An optional reference by global id; a malformed or foreign id is this row's error, not the call's. */
function cleanRef(gid: string | null | undefined, type: string, field: string, message: string, e: RowErrors): number | null {
  if (!gid) return null;
  try {
    return refPk(gid, type, e.at(field));
  } catch {
    e.fail(field, message);
    return null;
  }
}

/**
 * Reported hours are credited as reported; otherwise the conversion rule in force on the start date
 * applies (only once the row is otherwise clean, so the start date is a date).
 */
function creditHours(row: ImportRow, mode: string, amounts: ReturnType<typeof cleanAmounts>, conversions: readonly ConversionVersion[], e: RowErrors) {
  const { hasHours, hasDays, hasSessions } = amounts;
  if (hasHours) return { credited: row.hours!, creditRule: null };
  if (e.errors.length) return { credited: 0, creditRule: null };
  const conv = conversionOn(conversions, row.startDate!);
  if (hasDays && (mode === TrainingMode.FULL_TIME_TRAINING || mode === TrainingMode.ONLINE_THEMATIC)) return { credited: hoursForDays(conv, row.days!), creditRule: 'FULL_DAY' };
  if (hasSessions && mode === TrainingMode.CENTER_GROUP_STUDY) return { credited: hoursForSessions(conv, row.sessions!), creditRule: 'CENTER_GROUP_SESSION' };
  e.fail('hours', 'is required unless days (full-time training) or sessions (centre-group study) can be converted');
  return { credited: 0, creditRule: null };
}

/**
 * The plausibility rules of a written record (plausibility.ts), once the row is otherwise clean.
 * Hours converted from days or sessions blame the field they came from.
 */
function checkPlausible(row: ImportRow, days: number, hours: number, creditRule: string | null, rules: RecordRules, e: RowErrors): void {
  const wrong = implausibility({ hours, creditedHours: hours, days, startDate: row.startDate!, endDate: row.endDate! }, rules);
  if (!wrong) return;
  const source = creditRule === 'FULL_DAY' ? 'days' : creditRule === 'CENTER_GROUP_SESSION' ? 'sessions' : 'hours';
  const field = wrong.field === 'hours' || wrong.field === 'creditedHours' ? source : wrong.field;
  e.fail(field, field === wrong.field ? wrong.message : `converts to ${hours} hours, which ${wrong.message}`);
}

/** Checks one row's shape and converts its hours; returns the clean row or the row's errors. */
function clean(row: ImportRow, i: number, conversions: readonly ConversionVersion[], rules: RecordRules): { row?: CleanRow; errors: ImportRowError[] } {
  const e = rowErrors(i);
  const { externalId, cadrePk, idCard, mode, title } = cleanIdentity(row, e);
  const amounts = cleanAmounts(row, e);
  const classPk = cleanRef(row.classId, 'TrainingClass', 'classId', 'is not a training class id', e);
  const coursePk = cleanRef(row.courseId, 'Course', 'courseId', 'is not a course id', e);
  const { credited, creditRule } = creditHours(row, mode, amounts, conversions, e);
  if (!e.errors.length) checkPlausible(row, amounts.hasDays ? row.days! : 0, amounts.hasHours ? row.hours! : credited, creditRule, rules, e);
  if (e.errors.length) return { errors: e.errors };
  return {
    errors: e.errors,
    row: {
      idx: i,
      external_id: externalId,
      cadre_pk: cadrePk,
      id_card: idCard,
      mode,
      title,
      hours: amounts.hasHours ? row.hours! : credited,
      credited,
      days: amounts.hasDays ? row.days! : 0,
      sessions: amounts.hasSessions ? row.sessions! : null,
      start_date: row.startDate!,
      end_date: row.endDate!,
      class_pk: classPk,
      course_pk: coursePk,
      credit_rule: creditRule,
    },
  };
}

/**
 * The import's one data statement: resolve references, compare with what the platform sent
 * before (same external id: unchanged or CONFLICT), find the same training already recorded from
 * another source (same cadre, same course or class, overlapping dates: DUPLICATE), and insert the
 * new rows — every row whole or not at all, set-based, in the caller's transaction.
 */
const IMPORT_SQL = `with input as (
    select * from jsonb_to_recordset(?::jsonb) as x(idx int, external_id text, cadre_pk int, id_card text, mode text, title text, hours numeric,
      credited numeric, days numeric, sessions int, start_date date, end_date date, class_pk int, course_pk int, credit_rule text)),
  resolved as (
    select i.*, c.id as cadre_id,
      (i.class_pk is null or exists (select 1 from training_class k where k.id = i.class_pk)) as class_ok,
      (i.course_pk is null or exists (select 1 from course co where co.id = i.course_pk)) as course_ok
    from input i left join (select t.id from cadre t where /*CADRE_SCOPE*/ true) c on c.id = coalesce(i.cadre_pk, (select cc.id from cadre cc where cc.id_card_number = i.id_card))),
  known as (
    select r.*, t.id as existing_id,
      (t.cadre_id = r.cadre_id and t.mode = r.mode and t.title = r.title and t.hours = r.hours and t.days = r.days
        and t.sessions is not distinct from r.sessions and t.start_date = r.start_date and t.end_date = r.end_date
        and t.class_id is not distinct from r.class_pk and t.course_id is not distinct from r.course_pk) as same
    -- One unique-index probe per row (a lateral with limit 1 cannot turn into a scan of every
    -- record the platform has, whatever the statistics say).
    from resolved r left join lateral (
      select x.* from training_record x where x.platform_id = ? and x.external_id = r.external_id limit 1) t on true),
  classified as (
    select k.*,
      case when k.existing_id is not null then case when k.same then 'UNCHANGED' else 'CONFLICT' end
           when k.cadre_id is null then 'NO_CADRE' when not k.class_ok then 'NO_CLASS' when not k.course_ok then 'NO_COURSE'
           else 'NEW' end as outcome,
      (select d.id from training_record d
        where d.cadre_id = k.cadre_id and d.archived_at is null and d.verification_status <> 'DUPLICATE' and d.platform_id is distinct from ?
          and ((k.course_pk is not null and d.course_id = k.course_pk) or (k.class_pk is not null and d.class_id = k.class_pk))
          and d.start_date <= k.end_date and d.end_date >= k.start_date
        order by d.id limit 1) as dup_of
    from known k),
  ins as (
    insert into training_record (cadre_id, mode, title, hours, credited_hours, days, sessions, start_date, end_date, class_id, course_id,
      platform_id, external_id, recorded_by, verification_status, credit_rule, duplicate_of_id)
    select cadre_id, mode, title, hours, credited, days, sessions, start_date, end_date, class_pk, course_pk, ?, external_id, ?,
      case when dup_of is null then 'VERIFIED' else 'DUPLICATE' end, credit_rule, dup_of
    from classified where outcome = 'NEW'
    on conflict (platform_id, external_id) do nothing
    returning id, external_id)
  select c.idx, c.outcome, c.existing_id, c.dup_of, ins.id as inserted_id,
    (select t.duplicate_of_id from training_record t where t.id = c.existing_id) as existing_dup_of
  from classified c left join ins on ins.external_id = c.external_id
  order by c.idx`;

/**
 * Deciding whether a record duplicates one already on file reads the other records: imports and
 * attendance records (src/modules/assignment) take this transaction lock first, so two sources of
 * the same training written at once cannot both find "no original" and both count.
 */
export async function lockRecordDeduplication(em: EntityManager): Promise<void> {
  await txQuery(em, `select pg_advisory_xact_lock(hashtext('training_record_import'))`);
}

const NOT_FOUND: Record<string, ImportRowError['field']> = { NO_CADRE: 'cadreId', NO_CLASS: 'classId', NO_COURSE: 'courseId' };

/** Every row starts REJECTED with no errors; checks and the import statement fill in the rest. */
function pendingOutcomes(rows: readonly ImportRow[]): ImportRowOutcome[] {
  return rows.map((r, index) => ({
    index,
    externalId: typeof r.externalId === 'string' ? r.externalId.trim() || null : null,
    status: 'REJECTED',
    recordPk: null,
    duplicateOfPk: null,
    errors: [],
  }));
}

/** Cleans every row; a row's errors (including an external id repeated within the call) go to its outcome. */
function cleanRows(rows: readonly ImportRow[], conversions: readonly ConversionVersion[], rules: RecordRules, outcomes: ImportRowOutcome[]): CleanRow[] {
  const valid: CleanRow[] = [];
  const firstIndex = new Map<string, number>();
  rows.forEach((r, i) => {
    const { row, errors } = clean(r, i, conversions, rules);
    if (row) {
      const seen = firstIndex.get(row.external_id);
      if (seen !== undefined) errors.push({ field: `records.${i}.externalId`, message: `repeats the externalId of records.${seen}` });
      else firstIndex.set(row.external_id, i);
    }
    if (errors.length || !row) outcomes[i].errors = errors;
    else valid.push(row);
  });
  return valid;
}

interface ImportResultRow {
  idx: number;
  outcome: string;
  existing_id: number | null;
  dup_of: number | null;
  inserted_id: number | null;
  existing_dup_of: number | null;
}

/** Sets a row's outcome from what the import statement found for it. */
function settleOutcome(o: ImportRowOutcome, r: ImportResultRow, valid: readonly CleanRow[]): void {
  switch (r.outcome) {
    case 'UNCHANGED':
      o.status = 'UNCHANGED';
      o.recordPk = r.existing_id;
      o.duplicateOfPk = r.existing_dup_of;
      break;
    case 'CONFLICT':
      o.status = 'CONFLICT';
      o.recordPk = r.existing_id;
      o.errors = [{ field: `records.${r.idx}.externalId`, message: 'was imported before with different content; the stored record is kept' }];
      break;
    case 'NEW':
      if (r.inserted_id === null) {
        o.status = 'CONFLICT';
        o.errors = [{ field: `records.${r.idx}.externalId`, message: 'was recorded by someone else meanwhile; send it again' }];
      } else {
        o.status = r.dup_of === null ? 'ACCEPTED' : 'DUPLICATE';
        o.recordPk = r.inserted_id;
        o.duplicateOfPk = r.dup_of;
      }
      break;
    default: {
      const field = NOT_FOUND[r.outcome];
      const by = field === 'cadreId' && valid.find((v) => v.idx === r.idx)?.id_card ? 'idCardNumber' : field;
      o.errors = [{ field: `records.${r.idx}.${by}`, message: 'no such record exists' }];
    }
  }
}

/**
 * Imports one platform's rows (学时互认) inside the caller's transaction. Every row gets an
 * outcome; valid rows land even when others are rejected. Imports are serialised (a transaction
 * advisory lock), so two platforms reporting the same training at once still record it once.
 */
export async function importRows(
  em: EntityManager,
  platformPk: number,
  recordedBy: string | null,
  rows: readonly ImportRow[],
  /** Plausibility bounds (`RECORD_MAX_HOURS_PER_DAY`): a row beyond them is REJECTED naming its field. */
  rules: RecordRules,
  /** The cadres the caller may write records for (its row scope); a cadre outside it is "no such record". */
  cadreScope?: { sql: string; bindings: unknown[] },
): Promise<ImportRowOutcome[]> {
  const conversions = await loadConversions(em);
  const outcomes = pendingOutcomes(rows);
  const valid = cleanRows(rows, conversions, rules, outcomes);
  if (!valid.length) return outcomes;

  await lockRecordDeduplication(em);
  const result = await txQuery<ImportResultRow>(
    em,
    cadreScope ? IMPORT_SQL.replace('/*CADRE_SCOPE*/ true', `t.id in (${cadreScope.sql})`) : IMPORT_SQL,
    [JSON.stringify(valid), ...(cadreScope?.bindings ?? []), platformPk, platformPk, platformPk, recordedBy],
  );
  for (const r of result) settleOutcome(outcomes[r.idx], r, valid);
  return outcomes;
}
