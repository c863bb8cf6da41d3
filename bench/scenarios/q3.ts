import type { Pool } from 'pg';
import { gid, hubCursor, num, pgCursorAfter, pk, spread, type PgVersion, type Scenario, type Variant } from './common';

export async function cadreVariants(counts: Record<string, number>): Promise<Variant[]> {
  return spread(32, counts.cadre - 100).map((s) => ({ vars: { first: 100, after: hubCursor('Cadre', s) }, key: { after: s } }));
}

export async function cadresFloor(pool: Pool, { key }: Variant): Promise<unknown> {
  const { rows } = await pool.query(
    `select c.id, c.name, c.category, u.id as uid, u.name as uname,
            coalesce((select json_agg(json_build_object('id', r.id, 'title', r.title, 'hours', r.hours, 'startDate', r.start_date,
                       'course', (select json_build_object('id', co.id, 'title', co.title,
                                   'institution', (select json_build_object('id', i.id, 'name', i.name) from institution i where i.id = co.institution_id))
                                  from course co where co.id = r.course_id)) order by r.id)
                        from (select * from training_record r0 where r0.cadre_id = c.id and r0.archived_at is null order by r0.id limit 100) r), '[]') as records
       from cadre c join unit u on u.id = c.unit_id
      where c.archived_at is null and c.id > $1 order by c.id limit 100`,
    [key.after],
  );
  return {
    cadres: {
      nodes: rows.map((r) => ({
        id: gid('Cadre', r.id), name: r.name, category: r.category, unit: { id: gid('Unit', r.uid), name: r.uname },
        trainingRecords: r.records.map((t: any) => ({
          id: gid('TrainingRecord', t.id), title: t.title, hours: t.hours, startDate: t.startDate,
          course: t.course ? { id: gid('Course', t.course.id), title: t.course.title, institution: { id: gid('Institution', t.course.institution.id), name: t.course.institution.name } } : null,
        })),
      })),
    },
  };
}

export const cadresPostgraphile = {
  query: (v: PgVersion) => `query($after: Cursor) { allCadres(first: 100, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes {
    ${pk(v)} name category unitByUnitId { ${pk(v)} name }
    trainingRecordsByCadreId(first: 100, orderBy: PRIMARY_KEY_ASC) { nodes { ${pk(v)} title hours startDate
      courseByCourseId { ${pk(v)} title institutionByInstitutionId { ${pk(v)} name } } } } } } }`,
  async variables(variant: Variant, _v: PgVersion, gql: (q: string, vars?: Record<string, unknown>) => Promise<any>) {
    return { after: await pgCursorAfter(gql, 'allCadres', variant.key.after) };
  },
  toHub(data: any, v: PgVersion) {
    const k = pk(v);
    return {
      cadres: {
        nodes: data.allCadres.nodes.map((c: any) => ({
          id: gid('Cadre', c[k]), name: c.name, category: c.category, unit: { id: gid('Unit', c.unitByUnitId[k]), name: c.unitByUnitId.name },
          trainingRecords: c.trainingRecordsByCadreId.nodes.map((t: any) => ({
            id: gid('TrainingRecord', t[k]), title: t.title, hours: num(t.hours), startDate: t.startDate,
            course: t.courseByCourseId
              ? { id: gid('Course', t.courseByCourseId[k]), title: t.courseByCourseId.title,
                  institution: { id: gid('Institution', t.courseByCourseId.institutionByInstitutionId[k]), name: t.courseByCourseId.institutionByInstitutionId.name } }
              : null,
          })),
        })),
      },
    };
  },
};

/** Q3: 100 cadres, each with unit and training records, each record with course and course institution. */
export const Q3: Scenario = {
  id: 'Q3',
  title: '100 cadres with unit and training records (course, institution)',
  operation: 'BenchQ3Cadres',
  role: 'ADMIN',
  handwritten: true,
  variants: ({ counts }) => cadreVariants(counts),
  floor: cadresFloor,
  postgraphile: cadresPostgraphile,
};
