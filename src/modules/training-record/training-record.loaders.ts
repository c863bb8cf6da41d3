import { defineModel } from '../../core/read/model';
import { TrainingRecordEntity } from './training-record.entity';
import { FilterBuilder } from '../../core/read/filters';
import { BadInputError } from '../../core/errors';
import type { TrainingRecordFilter } from './training-record.inputs';

export const TrainingRecordModel = defineModel({
  type: 'TrainingRecord',
  entity: TrainingRecordEntity,
  // Write-side bookkeeping the read type does not expose: how the credited hours were derived
  // (`sessions`, `creditRule`) and the links the attendance and import paths keep
  // (`assignmentId`, `duplicateOfId`).
  omit: ['sessions', 'creditRule', 'assignmentId', 'duplicateOfId'],
  orderings: {
    START_DATE_ASC: { column: 'start_date', direction: 'ASC' },
    START_DATE_DESC: { column: 'start_date', direction: 'DESC' },
    END_DATE_ASC: { column: 'end_date', direction: 'ASC' },
    END_DATE_DESC: { column: 'end_date', direction: 'DESC' },
  },
});

/**
 * The date range keeps every record that overlaps it (a week-long class from 28 December counts
 * in both years), so a period's list and its hours agree with the compliance engine.
 */
export function trainingRecordFilter(filter: TrainingRecordFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.dateFrom && filter.dateTo && filter.dateTo < filter.dateFrom) {
    throw new BadInputError('filter.dateTo must not be before filter.dateFrom.', 'filter.dateTo');
  }
  if (filter.dateFrom) f.where('t.end_date >= $?::date', filter.dateFrom);
  if (filter.dateTo) f.where('t.start_date <= $?::date', filter.dateTo);
  if (filter.regionCode) {
    f.where(`t.cadre_id in (select c.id from cadre c join region d on d.id = c.region_id join region a on d.path like a.path || '%' where a.code = $?)`, filter.regionCode);
  }
  return f
    .ref('cadre_id', filter.cadreId, 'Cadre', 'filter.cadreId')
    .anyOf('mode', filter.mode)
    .ref('platform_id', filter.platformId, 'Platform', 'filter.platformId')
    .ref('class_id', filter.classId, 'TrainingClass', 'filter.classId')
    .ref('course_id', filter.courseId, 'Course', 'filter.courseId')
    .anyOf('verification_status', filter.verificationStatus);
}
