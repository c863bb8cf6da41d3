import { gid, hubCursor, num, pgCursorAfter, pk, spread, type Scenario } from './common';

/** Q2: 100 teachers, each with institution and courses. */
export const Q2: Scenario = {
  id: 'Q2',
  title: '100 teachers with institution and courses',
  operation: 'BenchQ2Teachers',
  role: 'ADMIN',
  handwritten: true,
  async variants({ counts }) {
    return spread(32, counts.teacher - 100).map((s) => ({ vars: { first: 100, after: hubCursor('Teacher', s) }, key: { after: s } }));
  },
  async floor(pool, { key }) {
    const { rows } = await pool.query(
      `select t.id, t.name, t.title, i.id as iid, i.name as iname,
              coalesce((select json_agg(json_build_object('id', c.id, 'title', c.title, 'hours', c.hours) order by c.id)
                          from course_teacher ct join course c on c.id = ct.course_id
                         where ct.teacher_id = t.id and c.archived_at is null), '[]') as courses
         from teacher t left join institution i on i.id = t.institution_id
        where t.archived_at is null and t.id > $1 order by t.id limit 100`,
      [key.after],
    );
    return {
      teachers: {
        nodes: rows.map((r) => ({
          id: gid('Teacher', r.id), name: r.name, title: r.title,
          institution: r.iid === null ? null : { id: gid('Institution', r.iid), name: r.iname },
          courses: r.courses.map((c: any) => ({ id: gid('Course', c.id), title: c.title, hours: c.hours })),
        })),
      },
    };
  },
  postgraphile: {
    query: (v) => `query($after: Cursor) { allTeachers(first: 100, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes {
      ${pk(v)} name title institutionByInstitutionId { ${pk(v)} name }
      courseTeachersByTeacherId(orderBy: COURSE_ID_ASC, first: 100) { nodes { courseByCourseId { ${pk(v)} title hours } } } } } }`,
    async variables(variant, _v, gql) {
      return { after: await pgCursorAfter(gql, 'allTeachers', variant.key.after) };
    },
    toHub(data, v) {
      return {
        teachers: {
          nodes: data.allTeachers.nodes.map((t: any) => ({
            id: gid('Teacher', t[pk(v)]), name: t.name, title: t.title,
            institution: t.institutionByInstitutionId ? { id: gid('Institution', t.institutionByInstitutionId[pk(v)]), name: t.institutionByInstitutionId.name } : null,
            courses: t.courseTeachersByTeacherId.nodes.map((n: any) => n.courseByCourseId).map((c: any) => ({ id: gid('Course', c[pk(v)]), title: c.title, hours: num(c.hours) })),
          })),
        },
      };
    },
  },
};
