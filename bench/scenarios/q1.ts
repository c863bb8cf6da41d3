import { gid, pk, spread, type Scenario } from './common';

/** Q1: one teacher by id (with its institution). */
export const Q1: Scenario = {
  id: 'Q1',
  title: 'one teacher by id',
  operation: 'BenchQ1Teacher',
  role: 'ADMIN',
  handwritten: true,
  async variants({ counts }) {
    return spread(32, counts.teacher - 1).map((i) => ({ vars: { id: gid('Teacher', i + 1) }, key: { pk: i + 1 } }));
  },
  async floor(pool, { key }) {
    const { rows } = await pool.query(
      `select t.id, t.name, t.kind, t.source, t.title, t.specialties, t.is_renowned, t.email, i.id as iid, i.name as iname, i.kind as ikind
         from teacher t left join institution i on i.id = t.institution_id where t.id = $1`,
      [key.pk],
    );
    const r = rows[0];
    if (!r) return { teacher: null };
    return {
      teacher: {
        id: gid('Teacher', r.id), name: r.name, kind: r.kind, source: r.source, title: r.title, specialties: r.specialties,
        isRenowned: r.is_renowned, email: r.email, institution: r.iid === null ? null : { id: gid('Institution', r.iid), name: r.iname, kind: r.ikind },
      },
    };
  },
  postgraphile: {
    query: (v) => `query($id: Int!) { t: ${v === 4 ? 'teacherById(id: $id)' : 'teacherByRowId(rowId: $id)'} {
      ${pk(v)} name kind source title specialties isRenowned email institutionByInstitutionId { ${pk(v)} name kind } } }`,
    async variables(variant) {
      return { id: variant.key.pk };
    },
    toHub(data, v) {
      const t = data.t;
      const i = t.institutionByInstitutionId;
      return {
        teacher: {
          id: gid('Teacher', t[pk(v)]), name: t.name, kind: t.kind, source: t.source, title: t.title, specialties: t.specialties,
          isRenowned: t.isRenowned, email: t.email, institution: i ? { id: gid('Institution', i[pk(v)]), name: i.name, kind: i.kind } : null,
        },
      };
    },
  },
};

