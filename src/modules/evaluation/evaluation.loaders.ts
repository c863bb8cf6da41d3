import { BadInputError } from '../../core/errors';
import { defineModel } from '../../core/read/model';
import { EvaluationEntity } from './evaluation.entity';
import { FilterBuilder } from '../../core/read/filters';
import type { EvaluationFilter } from './evaluation.inputs';

export const EvaluationModel = defineModel({
  type: 'Evaluation',
  entity: EvaluationEntity,
  orderings: {
    SCORE_ASC: { column: 'score', direction: 'ASC' },
    SCORE_DESC: { column: 'score', direction: 'DESC' },
    PERIOD_ASC: { column: 'period', direction: 'ASC' },
    PERIOD_DESC: { column: 'period', direction: 'DESC' },
  },
});

export function evaluationFilter(filter: EvaluationFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.scoreMin != null && filter.scoreMax != null && filter.scoreMax < filter.scoreMin) {
    throw new BadInputError('filter.scoreMax must not be below filter.scoreMin.', 'filter.scoreMax');
  }
  return f
    .anyOf('target_kind', filter.targetKind)
    .anyOf('kind', filter.kind)
    .ref('course_id', filter.courseId, 'Course', 'filter.courseId')
    .ref('teacher_id', filter.teacherId, 'Teacher', 'filter.teacherId')
    .ref('class_id', filter.classId, 'TrainingClass', 'filter.classId')
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId')
    .ref('site_id', filter.siteId, 'OnsiteTeachingSite', 'filter.siteId')
    .anyOf('period', filter.period)
    .range('score', filter.scoreMin, filter.scoreMax);
}
