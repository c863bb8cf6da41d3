import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../access/request-context';
import { ConflictError, ErrorCode } from '../../core/errors';
import { auditWrite } from '../kit/mutation';
import { conversionOn, hoursForDays, loadConversions } from '../rules/conversion';
import { txQuery } from '../../core/write/tx-sql';
import { CadreEntity } from '../cadre/cadre.entity';
import { TrainingClassEntity } from '../training-class/training-class.entity';
import { ClassKind } from '../training-class/training-class.enums';
import { TrainingRecordEntity } from '../training-record/training-record.entity';
import { TrainingMode, VerificationStatus } from '../training-record/training-record.enums';
import { lockRecordDeduplication } from '../training-record/import.service';
import type { TrainingAssignmentEntity } from './assignment.entity';
import { AssignmentStatus } from './assignment.enums';
import { SEAT_HOLDING } from './assignment-workflow';

/**
 * Class capacity (计划人数): the class row is locked, so two nominations racing for the last seat
 * are decided one after the other; CONFLICT at `path` when every seat is held. `for no key
 * update` serialises seat takers without blocking inserts that merely reference the class
 * (records of it, imported meanwhile).
 */
export async function assertSeatFree(em: EntityManager, classPk: number, capacity: number, path: string): Promise<void> {
  await txQuery(em, 'select id from training_class where id = ? for no key update', [classPk]);
  const [{ n }] = await txQuery<{ n: number }>(
    em,
    'select count(*)::int as n from training_assignment where class_id = ? and archived_at is null and status = any(?::text[])',
    [classPk, SEAT_HOLDING],
  );
  if (n >= capacity) {
    throw new ConflictError(`The class is full: all ${capacity} seats are taken.`, ErrorCode.CONFLICT, { field: path, capacity });
  }
}

/**
 * Attendance records follow the assignment's final status, whatever action led there: an
 * ATTENDED assignment has its record (created once), any other status has none. Called after the
 * status is decided, in the same transaction, with the assignment row locked. Returns the
 * record's key when there is one.
 */
export async function syncAttendanceRecord(em: EntityManager, ctx: Context, assignment: TrainingAssignmentEntity, cls: TrainingClassEntity): Promise<number | null> {
  if (assignment.status === AssignmentStatus.ATTENDED) return recordAttendance(em, ctx, assignment, cls);
  await removeAttendanceRecord(em, assignment.id);
  return null;
}

/**
 * The training record of an attended assignment, created once: the class timetable's hours when
 * it has one, else its days converted (学时折算). A second call returns the same record. A record
 * of the same class already reported for the cadre (e.g. by a platform) makes this one a flagged
 * duplicate, so the hours never count twice.
 */
export async function recordAttendance(em: EntityManager, ctx: Context, assignment: TrainingAssignmentEntity, cls: TrainingClassEntity): Promise<number> {
  const existing = await em.findOne(TrainingRecordEntity, { assignmentId: assignment.id });
  if (existing) return existing.id;
  await lockRecordDeduplication(em);
  const [{ hours }] = await txQuery<{ hours: string }>(em, 'select coalesce(sum(hours), 0) as hours from class_session where class_id = ? and archived_at is null', [cls.id]);
  const timetable = Number(hours);
  const days = Number(cls.days);
  const credited = timetable > 0 ? timetable : hoursForDays(conversionOn(await loadConversions(em), cls.startDate), days);
  const [original] = await txQuery<{ id: number }>(
    em,
    `select id from training_record where cadre_id = ? and class_id = ? and archived_at is null and verification_status = 'VERIFIED' order by id limit 1`,
    [assignment.cadre.id, cls.id],
  );
  const record = em.create(TrainingRecordEntity, {
    cadre: em.getReference(CadreEntity, assignment.cadre.id),
    trainingClass: em.getReference(TrainingClassEntity, cls.id),
    mode: cls.kind === ClassKind.ONLINE_THEMATIC ? TrainingMode.ONLINE_THEMATIC : TrainingMode.FULL_TIME_TRAINING,
    title: cls.name,
    hours: String(credited),
    creditedHours: String(credited),
    days: String(days),
    startDate: cls.startDate,
    endDate: cls.endDate,
    creditRule: timetable > 0 ? 'TIMETABLE' : 'FULL_DAY',
    assignmentId: assignment.id,
    recordedBy: ctx.viewer.agency ?? null,
    verificationStatus: original ? VerificationStatus.DUPLICATE : VerificationStatus.VERIFIED,
    duplicateOfId: original?.id ?? null,
  });
  await em.flush();
  // Declared after the record's own flush: its entry goes out with the transition's, in one insert.
  auditWrite(em, record, { action: 'CREATE', fields: ['assignment'] });
  return record.id;
}

/**
 * Undoing attendance deletes the record it created. A duplicate that pointed at it (another
 * platform's report of the same class) becomes the counted record instead.
 */
export async function removeAttendanceRecord(em: EntityManager, assignmentPk: number): Promise<void> {
  const record = await em.findOne(TrainingRecordEntity, { assignmentId: assignmentPk });
  if (!record) return;
  await lockRecordDeduplication(em);
  const removedPk = record.id;
  await em.remove(record).flush();
  await txQuery(
    em,
    `with heir as (select min(id) as id from training_record where duplicate_of_id is null and verification_status = 'DUPLICATE' and id in
        (select id from training_record where cadre_id = ? and class_id = ? and archived_at is null))
     update training_record set verification_status = 'VERIFIED' where id = (select id from heir)`,
    [record.cadre.id, record.trainingClass?.id ?? null],
  );
  auditWrite(em, 'TrainingRecord', { action: 'DELETE', records: [removedPk], fields: ['assignment'] });
}
