import { defineModel } from '../../core/read/model';
import { ClassQuotaEntity, ClassSessionEntity, TrainingClassEntity } from './training-class.entity';
import { FilterBuilder } from '../../core/read/filters';
import { checkDateRange } from '../kit/mutation';
import type { TrainingClassFilter } from './training-class.inputs';

export const TrainingClassModel = defineModel({
  type: 'TrainingClass',
  entity: TrainingClassEntity,
  orderings: {
    START_DATE_ASC: { column: 'start_date', direction: 'ASC' },
    START_DATE_DESC: { column: 'start_date', direction: 'DESC' },
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export const ClassSessionModel = defineModel({
  type: 'ClassSession',
  entity: ClassSessionEntity,
});

/** A timetable reads in date order; entry order breaks ties. */
export const SESSION_ORDER = 't.date, t.id';

export const ClassQuotaModel = defineModel({
  type: 'ClassQuota',
  entity: ClassQuotaEntity,
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
