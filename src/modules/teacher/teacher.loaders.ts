import type DataLoader from 'dataloader';
import { defineModel } from '../../core/read/model';
import { TeacherEntity, TeacherPoolMembershipEntity } from './teacher.entity';
import { FilterBuilder } from '../../core/read/filters';
import { refPk } from '../../core/read/ids';
import type { ReadContext } from '../../access/request-context';
import { Params } from '../../core/read/sql';
import { rowScope } from '../../access/row-scope';
import { EvaluationModel } from '../evaluation/evaluation.loaders';
import type { TeacherFilter } from './teacher.inputs';

export const TeacherModel = defineModel({
  type: 'Teacher',
  entity: TeacherEntity,
  orderings: {
    NAME_ASC: { column: 'name', direction: 'ASC' },
    NAME_DESC: { column: 'name', direction: 'DESC' },
  },
});

export const TeacherPoolMembershipModel = defineModel({
  type: 'TeacherPoolMembership',
  entity: TeacherPoolMembershipEntity,
});

/** The course_teacher pivot, read from either side. */
export const COURSES_OF_TEACHER = { table: 'course_teacher', ownerColumn: 'teacher_id', targetColumn: 'course_id' };

/**
 * How schools browse the faculty pool. A pool year and a publisher given together must hold for
 * the same membership ("in the pool X published in Y").
 */
export function teacherFilter(filter: TeacherFilter | undefined | null): FilterBuilder {
  const f = new FilterBuilder();
  if (!filter) return f;
  if (filter.specialty?.length) f.where('t.specialties && $?::text[]', filter.specialty);
  f.anyOf('source', filter.source)
    .anyOf('kind', filter.kind)
    .ref('institution_id', filter.institutionId, 'Institution', 'filter.institutionId')
    .eq('is_renowned', filter.isRenowned);
  const pool = ['m.teacher_id = t.id', 'm.archived_at is null'];
  const poolValues: unknown[] = [];
  if (filter.poolYear != null) {
    pool.push('m.year = $?');
    poolValues.push(filter.poolYear);
  }
  if (filter.poolPublisherId != null) {
    pool.push('m.publisher_id = $?');
    poolValues.push(refPk(filter.poolPublisherId, 'Institution', 'filter.poolPublisherId'));
  }
  if (poolValues.length) f.where(`exists (select 1 from teacher_pool_membership m where ${pool.join(' and ')})`, ...poolValues);
  if (filter.regionCode) {
    f.where(
      't.institution_id in (select i.id from institution i where i.region_id in ' +
        "(select d.id from region d join region a on d.path like a.path || '%' where a.code = $?))",
      filter.regionCode,
    );
  }
  return f.contains('t.name', filter.keyword);
}

/**
 * A per-request batched loader for values that are not rows of a read model (aggregates such as
 * averages): one statement per batch no matter how many parents ask. Registered in the request's
 * LoaderRegistry, so it lives exactly as long as the request. It batches but does not memoize, so a
 * value read after a write in the same request is never stale.
 */
export function batched<V>(read: ReadContext, key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
  return read.registry.loader(key, batch, { cache: false });
}

/**
 * 平均分: the average score of a teacher's live evaluations (rounded to 2 places), null when there
 * are none. It averages exactly the evaluations the viewer may list: the same row scope applies.
 */
export function averageScore(read: ReadContext, teacherPk: number): Promise<number | null> {
  return batched<number | null>(read, 'teacher:averageScore', async (keys) => {
    const params = new Params();
    const conditions = [`t.teacher_id = any(${params.add(keys)}::int[])`, 't.archived_at is null'];
    const scope = rowScope(EvaluationModel, read.viewer, params);
    if (scope) conditions.push(scope);
    const rows = await read.db.query<{ teacherId: number; avg: number }>(
      `select t.teacher_id as "teacherId", round(avg(t.score), 2) as "avg" from evaluation t where ${conditions.join(' and ')} group by t.teacher_id`,
      params.values,
    );
    const byTeacher = new Map(rows.map((r) => [r.teacherId, r.avg]));
    return keys.map((k) => byTeacher.get(k) ?? null);
  }).load(teacherPk);
}
