import { gid, hubCursor, pk, type Scenario, type Variant } from './common';

const FILTERS: { source?: string[]; kind?: string[] }[] = [
  { source: ['SCHOOL_FACULTY'] },
  { source: ['EXPERT_SCHOLAR'], kind: ['FULL_TIME'] },
  { kind: ['PART_TIME'] },
  { source: ['LEADING_CADRE'] },
];
const PAGE = 20;
const PAGES = 8;

/** Q4: faculty-pool browsing: a filter, then the next pages through cursors (with totalCount). */
export const Q4: Scenario = {
  id: 'Q4',
  title: 'faculty-pool browsing: filters + cursor pagination (20 per page, totalCount)',
  operation: 'BenchQ4Pool',
  role: 'ADMIN',
  handwritten: true,
  async variants({ pool }) {
    const out: Variant[] = [];
    for (const [f, filter] of FILTERS.entries()) {
      const { rows } = await pool.query<{ id: number }>(
        `select t.id from teacher t where t.archived_at is null and ($1::text[] is null or t.source = any($1)) and ($2::text[] is null or t.kind = any($2)) order by t.id`,
        [filter.source ?? null, filter.kind ?? null],
      );
      for (let p = 0; p < PAGES && p * PAGE < rows.length; p++) {
        const after = p === 0 ? 0 : rows[p * PAGE - 1].id;
        out.push({ vars: { filter, first: PAGE, after: hubCursor('Teacher', after) }, key: { filter, f, page: p, offset: p * PAGE, after } });
      }
    }
    return out;
  },
  async floor(pool, { key }) {
    const { rows } = await pool.query(
      `with f as (select t.* from teacher t where t.archived_at is null and ($1::text[] is null or t.source = any($1)) and ($2::text[] is null or t.kind = any($2)))
       select (select count(*)::int from f) as total, p.* from (select 1) one left join lateral (
         select t.id, t.name, t.title, t.is_renowned, i.id as iid, i.name as iname,
                coalesce((select json_agg(json_build_object('year', m.year, 'publisher', json_build_object('name', pi.name)) order by m.id)
                            from teacher_pool_membership m join institution pi on pi.id = m.publisher_id
                           where m.teacher_id = t.id and m.archived_at is null), '[]') as pools
           from f t left join institution i on i.id = t.institution_id where t.id > $3 order by t.id limit ${PAGE + 1}) p on true`,
      [key.filter.source ?? null, key.filter.kind ?? null, key.after],
    );
    const page = rows.filter((r) => r.id !== null);
    const hasNextPage = page.length > PAGE;
    if (hasNextPage) page.pop();
    const edges = page.map((r) => ({
      cursor: hubCursor('Teacher', r.id),
      node: {
        id: gid('Teacher', r.id), name: r.name, title: r.title, isRenowned: r.is_renowned,
        institution: r.iid === null ? null : { id: gid('Institution', r.iid), name: r.iname },
        poolMemberships: r.pools,
      },
    }));
    return { teachers: { totalCount: rows[0].total, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, edges } };
  },
  postgraphile: {
    query: (v) => `query($condition: TeacherCondition, $after: Cursor) { allTeachers(condition: $condition, first: ${PAGE}, after: $after, orderBy: PRIMARY_KEY_ASC) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${pk(v)} name title isRenowned institutionByInstitutionId { ${pk(v)} name }
      teacherPoolMembershipsByTeacherId(orderBy: PRIMARY_KEY_ASC, first: 100) { nodes { year institutionByPublisherId { name } } } } } } }`,
    async variables(variant, _v, gql) {
      const f = variant.key.filter;
      // PostGraphile's condition is equality: each filter here has at most one value per field.
      const condition: Record<string, string> = {};
      if (f.source) condition.source = f.source[0];
      if (f.kind) condition.kind = f.kind[0];
      let after: string | null = null;
      if (variant.key.offset > 0) {
        const res = await gql(
          `query($c: TeacherCondition, $o: Int!) { allTeachers(condition: $c, orderBy: PRIMARY_KEY_ASC, first: 1, offset: $o) { edges { cursor } } }`,
          { c: condition, o: variant.key.offset - 1 },
        );
        after = res.data.allTeachers.edges[0].cursor;
      }
      return { condition, after };
    },
    toHub(data, v) {
      const c = data.allTeachers;
      const edges = c.edges.map((e: any) => ({
        cursor: hubCursor('Teacher', e.node[pk(v)]), // cursors are opaque and differ by design: compared by position
        node: {
          id: gid('Teacher', e.node[pk(v)]), name: e.node.name, title: e.node.title, isRenowned: e.node.isRenowned,
          institution: e.node.institutionByInstitutionId ? { id: gid('Institution', e.node.institutionByInstitutionId[pk(v)]), name: e.node.institutionByInstitutionId.name } : null,
          poolMemberships: e.node.teacherPoolMembershipsByTeacherId.nodes.map((m: any) => ({ year: m.year, publisher: { name: m.institutionByPublisherId.name } })),
        },
      }));
      return { teachers: { totalCount: c.totalCount, pageInfo: { hasNextPage: c.pageInfo.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, edges } };
    },
  },
};
