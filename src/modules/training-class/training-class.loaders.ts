import { defineModel } from '../../core/read/model';
import { FilterBuilder } from '../../core/read/filters';
import { checkDateRange } from '../kit/mutation';
import type { TrainingClassFilter } from './training-class.inputs';

export const TrainingClassModel = defineModel({
  type: 'TrainingClass',
  table: 'training_class',
  columns: {
    institutionId: 'institution_id',
    name: 'name',
    kind: 'kind',
    semester: 'semester',
    startDate: 'start_date',
    endDate: 'end_date',
    days: 'days',
    capacity: 'capacity',
  },
  orderings: {
    START_DATE_ASC: { column: 'start_date', direction: 'ASC' },
    START_DATE_DESC: { column: 'start_date', direction: 'DESC' },
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export const ClassSessionModel = defineModel({
  type: 'ClassSession',
  table: 'class_session',
  columns: {
    classId: 'class_id',
    courseId: 'course_id',
    teacherId: 'teacher_id',
    siteId: 'site_id',
    title: 'title',
    date: 'date',
    hours: 'hours',
    method: 'method',
    isLeaderLecture: 'is_leader_lecture',
    venue: 'venue',
  },
});

/** A timetable reads in date order; entry order breaks ties. */
export const SESSION_ORDER = 't.date, t.id';

export const ClassQuotaModel = defineModel({
  type: 'ClassQuota',
  table: 'class_quota',
  columns: { classId: 'class_id', unitId: 'unit_id', seats: 'seats' },
});

export function trainingClassFilter(filter: TrainingClassFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  f.ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId').anyOf('semester', filter.semester).anyOf('kind', filter.kind);
  // A class matches a date range when it runs on at least one day of it.
  checkDateRange(filter.dateFrom, filter.dateTo, 'filter.dateTo');
  if (filter.dateFrom) f.where('t.end_date >= $?::date', filter.dateFrom);
  if (filter.dateTo) f.where('t.start_date <= $?::date', filter.dateTo);
  return f.contains('t.name', filter.keyword);
}
