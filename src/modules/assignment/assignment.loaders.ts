import { defineModel } from '../../core/read/model';
import { FilterBuilder } from '../../core/read/filters';
import type { TrainingAssignmentFilter } from './assignment.inputs';

export const TrainingAssignmentModel = defineModel({
  type: 'TrainingAssignment',
  table: 'training_assignment',
  columns: {
    cadreId: 'cadre_id',
    classId: 'class_id',
    status: 'status',
    decidedBy: 'decided_by',
    decidedAt: 'decided_at',
    note: 'note',
  },
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
