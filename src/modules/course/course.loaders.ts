import { defineModel } from '../../core/read/model';
import { CourseAwardEntity, CourseEntity } from './course.entity';
import { FilterBuilder } from '../../core/read/filters';
import { refPk } from '../../core/read/ids';
import { BadInputError } from '../../core/errors';
import type { AwardLevel } from './course.enums';
import type { CourseFilter } from './course.inputs';

export const CourseModel = defineModel({
  type: 'Course',
  entity: CourseEntity,
  orderings: {
    TITLE_ASC: { column: 'title', direction: 'ASC' },
    TITLE_DESC: { column: 'title', direction: 'DESC' },
    HOURS_ASC: { column: 'hours', direction: 'ASC' },
    HOURS_DESC: { column: 'hours', direction: 'DESC' },
  },
});

export const CourseAwardModel = defineModel({
  type: 'CourseAward',
  entity: CourseAwardEntity,
});

/** The course_teacher and course_case pivots, read from the course side. */
export const TEACHERS_OF_COURSE = { table: 'course_teacher', ownerColumn: 'course_id', targetColumn: 'teacher_id' };
export const CASES_OF_COURSE = { table: 'course_case', ownerColumn: 'course_id', targetColumn: 'case_id' };

/** The award filters of a list (courses, textbooks): level and year conditions hold for one and the same award. */
export interface AwardFilterFields {
  awardLevel?: AwardLevel[] | null;
  awardYear?: number | null;
  awardYearFrom?: number | null;
  awardYearTo?: number | null;
}

/** Adds `exists (award with the level and year conditions)`; `award` selects from the award table as `a`, already tied to `t`. */
export function awardConditions(f: FilterBuilder, award: string, filter: AwardFilterFields): void {
  if (filter.awardYearFrom != null && filter.awardYearTo != null && filter.awardYearTo < filter.awardYearFrom) {
    throw new BadInputError('filter.awardYearTo must not be before filter.awardYearFrom.', 'filter.awardYearTo');
  }
  const conds: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return;
    conds.push(sql);
    values.push(value);
  };
  add('a.level = any($?::text[])', filter.awardLevel);
  add('a.year = $?::int', filter.awardYear);
  add('a.year >= $?::int', filter.awardYearFrom);
  add('a.year <= $?::int', filter.awardYearTo);
  if (conds.length) f.where(`exists (${award} and ${conds.join(' and ')})`, ...values);
}

export function courseFilter(filter: CourseFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  f.anyOf('category', filter.category)
    .anyOf('method', filter.method)
    .anyOf('format', filter.format)
    .anyOf('status', filter.status)
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId');
  if (filter.teacherId != null) {
    f.where('exists (select 1 from course_teacher p where p.course_id = t.id and p.teacher_id = $?)', refPk(filter.teacherId, 'Teacher', 'filter.teacherId'));
  }
  const award = 'select 1 from course_award a where a.course_id = t.id and a.archived_at is null';
  if (filter.hasAward === true) f.where(`exists (${award})`);
  if (filter.hasAward === false) f.where(`not exists (${award})`);
  awardConditions(f, award, filter);
  return f.contains(`t.title || ' ' || coalesce(t.description, '')`, filter.keyword);
}
