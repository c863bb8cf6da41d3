import { defineModel } from '../../core/read/model';
import { TrainingAssignmentEntity } from './assignment.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { TrainingAssignmentFilter } from './assignment.inputs';

export const TrainingAssignmentModel = defineModel({
  type: 'TrainingAssignment',
  entity: TrainingAssignmentEntity,
  // Id order is nomination order; timestamps are not offered as an ordering because their
  // microseconds do not survive a JavaScript cursor.
});

export function trainingAssignmentFilter(filter: TrainingAssignmentFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  return f
    .ref('cadre_id', filter.cadreId, 'Cadre', 'filter.cadreId')
    .ref('class_id', filter.classId, 'TrainingClass', 'filter.classId')
    .anyOf('status', filter.status);
}
