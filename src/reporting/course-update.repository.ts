import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import { toGlobalId } from '../core/read/ids';
import { Params, type ReadDb } from '../core/read/sql';
import { CourseModel } from '../modules/course/course.loaders';
import { InstitutionModel } from '../modules/institution/institution.loaders';
import type { InstitutionKind, InstitutionLevel } from '../modules/institution/institution.enums';
import { ClassSessionModel, TrainingClassModel } from '../modules/training-class/training-class.loaders';
import { CourseUpdateMeasure, type CourseUpdateIndicator, type CourseUpdateIndicators } from './course-update.types';
import type { TargetComparison } from './selection-progress.types';

/**
 * 课程更新指标 (issue 11 point 2; 附件1 第3项), per institution and calendar year Y, in one statement.
 *
 * Readings, also in the schema and the README:
 * - UPDATED_SHARE (every institution but an online academy): base = hours of the institution's MAIN
 *   (主体班次) class sessions dated in Y that have a course; updated = those whose course was first
 *   published in Y or last revised in Y (`course.first_published_at` / `last_revised_at`, dates: a
 *   revision on 12-31 counts in that year, on 01-01 in the next). Only the last revision is stored,
 *   so an earlier year's figure can fall when a course is revised again (a known limit).
 * - NEW_COURSE_HOURS (ONLINE_ACADEMY): the hours of the academy's own courses first published in Y.
 * - Archived sessions, classes and courses do not count. Thresholds: `plan_target` rows (the version in
 *   force on Y's last day, of the plan period containing it) whose kinds and levels match the institution.
 * - Row scope: an institution's row appears only when the caller may see the institution and every
 *   session (its class too) or course its figure counts, so no partial figure is ever shown.
 */

const CODES = `('COURSE_UPDATE_SHARE', '${CourseUpdateMeasure.UPDATED_SHARE}'), ('ONLINE_NEW_COURSE_HOURS', '${CourseUpdateMeasure.NEW_COURSE_HOURS}')`;

/** `cond` (over alias `t` of `table`) as a condition over the row `alias`, or null for no restriction. */
function scoped(table: string, alias: string, cond: string | undefined): string | null {
  return cond === undefined ? null : `exists (select 1 from ${table} t where t.id = ${alias}.id and ${cond})`;
}

function scopes(params: Params, viewer: Viewer) {
  const all = (...c: (string | null)[]) => c.filter((x): x is string => x !== null).join(' and ') || 'true';
  return {
    institution: all(scoped('institution', 'i', rowScope(InstitutionModel, viewer, params))),
    session: all(scoped('class_session', 's', rowScope(ClassSessionModel, viewer, params)), scoped('training_class', 'k', rowScope(TrainingClassModel, viewer, params))),
    course: all(scoped('course', 'c', rowScope(CourseModel, viewer, params))),
  };
}

function updateSql(params: Params, viewer: Viewer, year: number, institutionPk: number | null): string {
  const y = params.add(year);
  const inst = params.add(institutionPk);
  const sc = scopes(params, viewer);
  return `with y as (select make_date(${y}::int, 1, 1) as d0, make_date(${y}::int, 12, 31) as d1),
    i as (select i.id, i.name, i.kind, i.level, case when i.kind = 'ONLINE_ACADEMY' then 'NEW_COURSE_HOURS' else 'UPDATED_SHARE' end as measure
      from institution i where i.archived_at is null and (${inst}::int is null or i.id = ${inst}::int) and ${sc.institution}),
    ses as (select k.institution_id, s.hours, c.id as course_id, ${sc.session} as visible,
        (c.first_published_at between y.d0 and y.d1 or c.last_revised_at between y.d0 and y.d1) as upd
      from class_session s join training_class k on k.id = s.class_id join course c on c.id = s.course_id cross join y
      where s.archived_at is null and k.archived_at is null and c.archived_at is null and k.kind = 'MAIN' and s.date between y.d0 and y.d1
        and k.institution_id in (select id from i where measure = 'UPDATED_SHARE')),
    onl as (select c.institution_id, c.hours, c.id as course_id, ${sc.course} as visible
      from course c cross join y where c.archived_at is null and c.first_published_at between y.d0 and y.d1
        and c.institution_id in (select id from i where measure = 'NEW_COURSE_HOURS')),
    f as (select institution_id, sum(hours) as base, coalesce(sum(hours) filter (where upd), 0) as upd,
        array_agg(distinct course_id) filter (where upd) as ids, bool_and(visible) as visible from ses group by 1
      union all select institution_id, null, sum(hours), array_agg(distinct course_id), bool_and(visible) from onl group by 1),
    tg as (select distinct on (g.code) g.code, m.measure, g.target, g.comparison, g.valid_from, g.institution_kinds, g.institution_levels
      from plan_target g join plan_period p on p.code = g.period_code cross join y join (values ${CODES}) m(code, measure) on m.code = g.code
      where g.archived_at is null and p.archived_at is null and y.d1 between p.start_date and p.end_date
        and g.valid_from <= y.d1 and (g.valid_to is null or g.valid_to > y.d1)
      order by g.code, g.valid_from desc)
    select i.id, i.name, i.kind, i.level, i.measure, f.base::float8 as base, coalesce(f.upd, 0)::float8 as upd,
      case when i.measure = 'NEW_COURSE_HOURS' then coalesce(f.upd, 0)::float8 when f.base > 0 then (f.upd / f.base)::float8 end as value,
      tg.code as "ruleCode", tg.target::float8 as target, tg.comparison, tg.valid_from as "validFrom",
      case when tg.target is null then null
        when i.measure = 'NEW_COURSE_HOURS' then case when tg.comparison = 'GT' then coalesce(f.upd, 0) > tg.target else coalesce(f.upd, 0) >= tg.target end
        when coalesce(f.base, 0) = 0 then null
        when tg.comparison = 'GT' then f.upd > tg.target * f.base else f.upd >= tg.target * f.base end as met,
      coalesce((select array_agg(x order by x) from unnest(f.ids) x where x is not null), '{}') as ids
    from i left join f on f.institution_id = i.id
      left join tg on tg.measure = i.measure and (cardinality(tg.institution_kinds) = 0 or i.kind = any(tg.institution_kinds))
        and (cardinality(tg.institution_levels) = 0 or i.level = any(tg.institution_levels))
    where coalesce(f.visible, true)
    order by i.id`;
}

interface UpdateRow {
  id: number;
  name: string;
  kind: InstitutionKind;
  level: InstitutionLevel;
  measure: CourseUpdateMeasure;
  base: number | null;
  upd: number;
  value: number | null;
  ruleCode: string | null;
  target: number | null;
  comparison: TargetComparison | null;
  validFrom: string | null;
  met: boolean | null;
  ids: number[];
}

/** 课程更新指标 of one year, per institution in the caller's row scope (optionally one institution). */
export async function courseUpdateIndicators(db: ReadDb, viewer: Viewer, year: number, institutionPk: number | null): Promise<CourseUpdateIndicators> {
  const params = new Params();
  const rows = await db.query<UpdateRow>(updateSql(params, viewer, year, institutionPk), params.values);
  const out: CourseUpdateIndicator[] = rows.map((r) => ({
    institutionId: toGlobalId('Institution', r.id),
    institutionName: r.name,
    institutionKind: r.kind,
    institutionLevel: r.level,
    measure: r.measure,
    value: r.value,
    baseHours: r.measure === CourseUpdateMeasure.UPDATED_SHARE ? (r.base ?? 0) : null,
    updatedHours: r.upd,
    threshold: r.target,
    comparison: r.target === null ? null : r.comparison,
    met: r.met,
    ruleCode: r.ruleCode,
    ruleValidFrom: r.validFrom,
    courseIds: r.ids.map((id) => toGlobalId('Course', id)),
  }));
  return { year, rows: out };
}
