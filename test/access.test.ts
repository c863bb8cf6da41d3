import { getNamedType, isIntrospectionType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { startHarness, type ExecResult, type Harness } from './helpers/harness';
import { CadresWithTrainingDocument } from './generated/graphql';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';
import { decideField, FIELD_CLASSIFICATION, isPlumbingType, MUTATION_POLICY, QUERY_POLICY } from '../src/access/policy';
import type { Viewer } from '../src/access/viewer';
import { idCardCheckChar } from '../src/modules/cadre/id-card';
import { PROVINCIAL_SCHOOL, VIEWERS, XM_CADRE, XM_ORG_UNIT, XM_SCHOOL } from './helpers/viewers';

const V: Record<string, Viewer> = VIEWERS;
const ROLES = Object.keys(V) as (keyof typeof V)[];

/** The list query of each type with a row-scoped or shared list. */
const LISTS: Record<string, string> = {
  Cadre: 'cadres',
  TrainingRecord: 'trainingRecords',
  TrainingAssignment: 'trainingAssignments',
  TrainingClass: 'trainingClasses',
  Teacher: 'teachers',
  Course: 'courses',
  TeachingCase: 'teachingCases',
  Evaluation: 'evaluations',
  Institution: 'institutions',
  Unit: 'units',
  Region: 'regions',
  Platform: 'platforms',
  Textbook: 'textbooks',
  OnsiteTeachingSite: 'onsiteTeachingSites',
  CaseCollection: 'caseCollections',
};

/** SQL truth: the rows each role may list (the same rules, written independently). */
const TRUTH: Record<string, Partial<Record<string, string>>> = {
  Cadre: {
    ORG_DEPT: `select c.id from cadre c join region r on r.id = c.region_id where r.path like '/350000/350200/%'`,
    PARTY_SCHOOL: `select c.id from cadre c where c.id in (select a.cadre_id from training_assignment a join training_class k on k.id = a.class_id where k.institution_id = ${XM_SCHOOL} and a.archived_at is null)`,
    INDUSTRY_BUREAU: `select c.id from cadre c where c.sector = 'SOE'`,
    CADRE: `select c.id from cadre c where c.id = ${XM_CADRE}`,
  },
  TrainingRecord: {
    ORG_DEPT: `select t.id from training_record t join cadre c on c.id = t.cadre_id join region r on r.id = c.region_id where r.path like '/350000/350200/%' or t.recorded_by = '${toGlobalId('Unit', XM_ORG_UNIT)}'`,
    PARTY_SCHOOL: `select t.id from training_record t join training_class k on k.id = t.class_id where k.institution_id = ${XM_SCHOOL}`,
    INDUSTRY_BUREAU: `select t.id from training_record t join cadre c on c.id = t.cadre_id where c.sector = 'SOE'`,
    CADRE: `select t.id from training_record t where t.cadre_id = ${XM_CADRE}`,
  },
  TrainingAssignment: {
    ORG_DEPT: `select t.id from training_assignment t join cadre c on c.id = t.cadre_id join region r on r.id = c.region_id where r.path like '/350000/350200/%'`,
    PARTY_SCHOOL: `select t.id from training_assignment t join training_class k on k.id = t.class_id where k.institution_id = ${XM_SCHOOL}`,
    INDUSTRY_BUREAU: `select t.id from training_assignment t join cadre c on c.id = t.cadre_id where c.sector = 'SOE'`,
    CADRE: `select t.id from training_assignment t where t.cadre_id = ${XM_CADRE}`,
  },
  TrainingClass: { PARTY_SCHOOL: `select t.id from training_class t where t.institution_id = ${XM_SCHOOL}` },
  Course: { PARTY_SCHOOL: `select t.id from course t where t.institution_id = ${XM_SCHOOL} or t.status = 'PUBLISHED'` },
  TeachingCase: { PARTY_SCHOOL: `select t.id from teaching_case t where t.institution_id = ${XM_SCHOOL} or t.status = 'PUBLISHED'` },
};

const TABLE: Record<string, string> = {
  Cadre: 'cadre',
  TrainingRecord: 'training_record',
  TrainingAssignment: 'training_assignment',
  TrainingClass: 'training_class',
  Course: 'course',
  TeachingCase: 'teaching_case',
};

function leafFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
}

describe('role-based access, tested from the outside', () => {
  let h: Harness;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    h = await startHarness();
    schema = h.hub.schema;
  });
  afterAll(() => h.stop());

  describe('the policy covers the whole schema', () => {
    it('has a classification for every object field, and an entry for every query and mutation', () => {
      const missing: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || isIntrospectionType(type) || isPlumbingType(type.name)) continue;
        const fields = Object.keys(type.getFields());
        if (type === schema.getQueryType()) fields.filter((f) => !QUERY_POLICY[f]).forEach((f) => missing.push(`Query.${f}`));
        else if (type === schema.getMutationType()) fields.filter((f) => !MUTATION_POLICY[f]).forEach((f) => missing.push(`Mutation.${f}`));
        else fields.filter((f) => !FIELD_CLASSIFICATION[type.name]?.[f]).forEach((f) => missing.push(`${type.name}.${f}`));
      }
      expect(missing).toEqual([]);
    });
  });

  describe('row scope', () => {
    const cases = Object.entries(TRUTH).flatMap(([type, byRole]) => Object.entries(byRole).map(([role, sql]) => [type, role, sql!] as const));
    it.each(cases)('%s rows for %s: the list, totalCount and cursors match exactly what SQL says the role may see', async (type, role, sql) => {
      const expected = (await h.sql(`select id from (${sql}) x where id in (select id from ${TABLE[type]} where archived_at is null) order by id`)).map((r) =>
        toGlobalId(type, r.id),
      );
      const list = LISTS[type];
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 200; page++) {
        const res: ExecResult = await h.exec(`query($after: String) { ${list}(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`, { after }, V[role]);
        expect(res.errors).toBeUndefined();
        const conn = res.data![list];
        total = conn.totalCount;
        seen.push(...conn.nodes.map((n: { id: string }) => n.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
      expect(total).toBe(expected.length);
    });

    it('answers an out-of-scope lookup exactly as a missing one: NOT_FOUND, no hint that it exists', async () => {
      const [fuzhou] = await h.sql(`select c.id from cadre c join region r on r.id = c.region_id where r.code like '3501%' order by c.id limit 1`);
      const outOfScope = await h.exec(`query($id: ID!) { cadre(id: $id) { id name } }`, { id: toGlobalId('Cadre', fuzhou.id) }, V.ORG_DEPT);
      const missing = await h.exec(`query($id: ID!) { cadre(id: $id) { id name } }`, { id: toGlobalId('Cadre', 9_999_999) }, V.ORG_DEPT);
      expect(outOfScope.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
      expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
      expect(outOfScope.errors![0].message.replace(/\S+ was not found/, 'X was not found')).toBe(missing.errors![0].message.replace(/\S+ was not found/, 'X was not found'));
      expect(outOfScope.data).toBeNull();
    });

    it('applies the scope in nested relations: Fuzhou units show a Xiamen org department no cadres', async () => {
      const res = await h.exec(`{ units(first: 100, filter: { regionCode: "350100" }) { nodes { cadres { id } } } }`, {}, V.ORG_DEPT);
      expect(res.errors).toBeUndefined();
      expect(res.data!.units.nodes.flatMap((u: { cadres: unknown[] }) => u.cadres)).toEqual([]);
      const admin = await h.exec(`{ units(first: 100, filter: { regionCode: "350100" }) { nodes { cadres { id } } } }`, {}, V.ADMIN);
      expect(admin.data!.units.nodes.flatMap((u: { cadres: unknown[] }) => u.cadres).length).toBeGreaterThan(0);
    });

    it('nests records under cadres in scope: all of them for an org department, only its own classes\' for a school', async () => {
      const q = `{ cadres(first: 50) { nodes { id trainingRecords { id } } } }`;
      const org = await h.exec(q, {}, V.ORG_DEPT);
      const orgIds = org.data!.cadres.nodes.flatMap((c: { trainingRecords: { id: string }[] }) => c.trainingRecords.map((r) => r.id));
      const orgCadres = org.data!.cadres.nodes.map((c: { id: string }) => decodeGlobalId(c.id)!.pk);
      const orgTruth = await h.sql(
        `select id from (select t.id, row_number() over (partition by t.cadre_id order by t.id) as k from training_record t where t.cadre_id = any($1::int[]) and t.archived_at is null) x where k <= 100 order by id`,
        [orgCadres],
      );
      expect([...orgIds].sort()).toEqual(orgTruth.map((r) => toGlobalId('TrainingRecord', r.id)).sort());

      const school = await h.exec(q, {}, V.PARTY_SCHOOL);
      const schoolIds: string[] = school.data!.cadres.nodes.flatMap((c: { trainingRecords: { id: string }[] }) => c.trainingRecords.map((r) => r.id));
      const own = new Set((await h.sql(TRUTH.TrainingRecord.PARTY_SCHOOL!)).map((r) => toGlobalId('TrainingRecord', r.id)));
      expect(schoolIds.length).toBeGreaterThan(0);
      expect(schoolIds.filter((id) => !own.has(id))).toEqual([]);
    });

    it('applies the scope through trainingClass.enrollments.cadre and institution.courses for a school', async () => {
      // Two operations: the two paths together, at their default sizes, are over the cost limit.
      const res = await h.exec(
        `{ institutions(first: 30) { nodes { id courses(first: 60) { id status institution { id } } classes(first: 100) { id } } } }`,
        {},
        V.PARTY_SCHOOL,
      );
      expect(res.errors).toBeUndefined();
      const own = toGlobalId('Institution', XM_SCHOOL);
      const nodes = res.data!.institutions.nodes as { id: string; courses: { status: string; institution: { id: string } }[]; classes: { id: string }[] }[];
      // Other schools' unpublished courses never appear; only the school's own classes do.
      expect(nodes.flatMap((n) => n.courses).filter((c) => c.status !== 'PUBLISHED' && c.institution.id !== own)).toEqual([]);
      expect(nodes.filter((n) => n.id !== own).flatMap((n) => n.classes)).toEqual([]);
      const classes = await h.exec(`{ trainingClasses(first: 100) { nodes { institution { id } enrollments(first: 60) { cadre { id } } } } }`, {}, V.PARTY_SCHOOL);
      expect(classes.errors).toBeUndefined();
      const classNodes = classes.data!.trainingClasses.nodes as { institution: { id: string }; enrollments: { cadre: { id: string } | null }[] }[];
      expect(classNodes.filter((c) => c.institution.id !== own)).toEqual([]);
      const enrolled = new Set((await h.sql(TRUTH.Cadre.PARTY_SCHOOL!)).map((r) => toGlobalId('Cadre', r.id)));
      const cadres = classNodes.flatMap((c) => c.enrollments.map((e) => e.cadre!.id));
      expect(cadres.length).toBeGreaterThan(0);
      expect(cadres.every((id) => enrolled.has(id))).toBe(true);
    });
  });

  describe('field access', () => {
    /** Every (role, type, field) the policy denies, over every type with a list. */
    const denied = (): [string, string, string][] =>
      ROLES.flatMap((role) =>
        Object.keys(LISTS).flatMap((type) =>
          leafFields(schema.getType(type) as GraphQLObjectType)
            .filter((f) => decideField(V[role].role, type, f) === 'DENY')
            .map((f) => [role, type, f] as [string, string, string]),
        ),
      );

    it('denies every field above each role with null and one FORBIDDEN per selection at its first path, through nodes, edges, aliases and fragments', async () => {
      const cases = denied();
      expect(cases.length).toBeGreaterThan(40);
      const failures: string[] = [];
      let checkedRows = 0;
      for (const [role, type, field] of cases) {
        const list = LISTS[type];
        const query = `fragment F on ${type} { viaFragment: ${field} }
          { ${list}(first: 3) { nodes { id ${field} alias_${field}: ${field} ...F } edges { node { ${field} } } } }`;
        const res = await h.exec(query, {}, V[role]);
        const nodes = (res.data?.[list]?.nodes ?? []) as Record<string, unknown>[];
        checkedRows += nodes.length; // a role that lists no rows of a type has nothing that could leak
        for (const n of nodes) {
          if (n[field] !== null || n[`alias_${field}`] !== null || n.viaFragment !== null) failures.push(`${role} ${type}.${field} carried data`);
        }
        // One FORBIDDEN per denied selection, at its first row, counting the rows it stands for.
        const forbidden = (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => [e.path!.join('.'), e.extensions!.rows ?? 1]);
        const expected = nodes.length
          ? [
              ...[field, `alias_${field}`, 'viaFragment'].map((key) => [`${list}.nodes.0.${key}`, nodes.length]),
              [`${list}.edges.0.node.${field}`, nodes.length],
            ]
          : [];
        if (JSON.stringify(forbidden) !== JSON.stringify(expected)) failures.push(`${role} ${type}.${field}: FORBIDDEN ${JSON.stringify(forbidden)}, expected ${JSON.stringify(expected)}`);
        if ((res.errors ?? []).some((e) => e.extensions?.code !== 'FORBIDDEN')) failures.push(`${role} ${type}.${field}: unexpected error ${JSON.stringify(res.errors)}`);
      }
      expect(failures).toEqual([]);
      expect(checkedRows).toBeGreaterThan(100);
    });

    it('never leaks a denied value anywhere in the response, errors included', async () => {
      const [own] = await h.sql(`select id_card_number, phone from cadre where id = $1`, [XM_CADRE]);
      const q = `query($id: ID!) { cadre(id: $id) { name idCardNumber phone birthDate } me { role } }`;
      const res = await h.exec(q, { id: toGlobalId('Cadre', XM_CADRE) }, V.CADRE);
      expect(JSON.stringify(res)).not.toContain(own.id_card_number);
      expect(res.data!.cadre.idCardNumber).toBeNull();
      expect(res.data!.cadre.phone).toBe(own.phone); // SENSITIVE: a cadre reads their own phone
      expect(res.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'cadre.idCardNumber']]);
    });

    it('masks ID-card numbers for an industry bureau, and shows them in full to an org department', async () => {
      const [row] = await h.sql(`select id, id_card_number from cadre where sector = 'SOE' order by id limit 1`);
      const q = `query($id: ID!) { cadre(id: $id) { idCardNumber } }`;
      const masked = await h.exec(q, { id: toGlobalId('Cadre', row.id) }, V.INDUSTRY_BUREAU);
      expect(masked.errors).toBeUndefined();
      expect(masked.data!.cadre.idCardNumber).toBe(`${row.id_card_number.slice(0, 6)}********${row.id_card_number.slice(-4)}`);
      const admin = await h.exec(q, { id: toGlobalId('Cadre', row.id) }, V.ADMIN);
      expect(admin.data!.cadre.idCardNumber).toBe(row.id_card_number);
    });

    it('shows a school its own teachers\' contacts but not other schools\'', async () => {
      const [own] = await h.sql(`select id, phone from teacher where institution_id = $1 and phone is not null order by id limit 1`, [XM_SCHOOL]);
      const [other] = await h.sql(`select id from teacher where institution_id = $1 and phone is not null order by id limit 1`, [PROVINCIAL_SCHOOL]);
      const q = `query($a: ID!, $b: ID!) { own: teacher(id: $a) { phone } other: teacher(id: $b) { name phone } }`;
      const res = await h.exec(q, { a: toGlobalId('Teacher', own.id), b: toGlobalId('Teacher', other.id) }, V.PARTY_SCHOOL);
      expect(res.data!.own.phone).toBe(own.phone);
      expect(res.data!.other.phone).toBeNull();
      expect(typeof res.data!.other.name).toBe('string');
      expect(res.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([['FORBIDDEN', 'other.phone']]);
    });

    it('keeps aggregates and totalCount in the same scope as lists', async () => {
      const res = await h.exec(`{ cadres { totalCount } trainingRecords { totalCount } }`, {}, V.INDUSTRY_BUREAU);
      const [c] = await h.sql(`select count(*)::int as n from cadre where sector = 'SOE' and archived_at is null`);
      const [r] = await h.sql(`select count(*)::int as n from training_record t join cadre c on c.id = t.cadre_id where c.sector = 'SOE' and t.archived_at is null`);
      expect(res.data).toEqual({ cadres: { totalCount: c.n }, trainingRecords: { totalCount: r.n } });
    });
  });

  describe('aggregates', () => {
    // The hours table (附件1) leaves out village secretaries, committee directors and other village cadres.
    const inTable = `(village_role is null or village_role not in ('PARTY_SECRETARY', 'COMMITTEE_DIRECTOR', 'OTHER_VILLAGE_CADRE'))`;
    it.each([
      ['INDUSTRY_BUREAU', `select count(*)::int as n from cadre where sector = 'SOE' and status = 'ACTIVE' and archived_at is null and ${inTable}`],
      ['ORG_DEPT', `select count(*)::int as n from cadre c join region r on r.id = c.region_id where r.path like '/350000/350200/%' and c.status = 'ACTIVE' and c.archived_at is null and ${inTable}`],
      ['REPORTER', `select count(*)::int as n from cadre where status = 'ACTIVE' and archived_at is null and ${inTable}`],
    ])('complianceSummary for %s counts exactly the cadres of the hours table the role can list', async (role, sql) => {
      const [{ n }] = await h.sql(sql);
      const res = await h.exec(`{ complianceSummary(asOf: "2026-06-30", groupBy: CATEGORY) { total { total } groups { total green yellow red } } }`, {}, V[role]);
      expect(res.errors).toBeUndefined();
      const summary = res.data!.complianceSummary;
      expect(summary.total.total).toBe(n);
      expect(summary.groups.reduce((s: number, g: { total: number }) => s + g.total, 0)).toBe(n);
      expect(summary.groups.every((g: { total: number; green: number; yellow: number; red: number }) => g.green + g.yellow + g.red === g.total)).toBe(true);
    });

    it('refuses aggregates to a cadre token and per-person compliance to a reporter', async () => {
      const agg = await h.exec(`{ complianceSummary(groupBy: REGION) { total { total } } }`, {}, V.CADRE);
      expect(agg.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
      const person = await h.exec(`{ cadres(first: 2) { nodes { category compliance(asOf: "2026-06-30") { colour } } } }`, {}, V.REPORTER);
      expect(person.data!.cadres.nodes).toEqual([
        { category: expect.any(String), compliance: null },
        { category: expect.any(String), compliance: null },
      ]);
      expect(person.errors!.map((e) => [e.extensions!.code, e.path!.join('.'), e.extensions!.rows])).toEqual([['FORBIDDEN', 'cadres.nodes.0.compliance', 2]]);
    });
  });

  describe('writes', () => {
    const counts = () => h.sql(`select (select count(*) from cadre)::int as cadres, (select sum(version) from cadre)::int as versions, (select count(*) from course)::int as courses, (select sum(version) from course)::int as course_versions, (select count(*) from training_record)::int as records`);

    it.each([
      ['an org department updates a cadre outside its region', 'ORG_DEPT', `select id, version from cadre c where region_id in (select id from region where path like '/350000/350100/%') order by id limit 1`, 'Cadre', `mutation($id: ID!, $v: Int!) { updateCadre(input: { id: $id, version: $v, position: "篡改" }) { cadre { id } } }`],
      ['a school updates another school\'s course', 'PARTY_SCHOOL', `select id, version from course where institution_id = ${PROVINCIAL_SCHOOL} order by id limit 1`, 'Course', `mutation($id: ID!, $v: Int!) { updateCourse(input: { id: $id, version: $v, title: "篡改" }) { course { id } } }`],
      ['a bureau updates a cadre of another sector', 'INDUSTRY_BUREAU', `select id, version from cadre where sector <> 'SOE' order by id limit 1`, 'Cadre', `mutation($id: ID!, $v: Int!) { updateCadre(input: { id: $id, version: $v, position: "篡改" }) { cadre { id } } }`],
      ['a reporter archives a cadre', 'REPORTER', `select id, version from cadre order by id limit 1`, 'Cadre', `mutation($id: ID!, $v: Int!) { archiveCadre(input: { id: $id, version: $v }) { cadre { id } } }`],
      ['a cadre edits their own record', 'CADRE', `select id, version from cadre where id = ${XM_CADRE}`, 'Cadre', `mutation($id: ID!, $v: Int!) { updateCadre(input: { id: $id, version: $v, position: "篡改" }) { cadre { id } } }`],
      ['an org department archives another region\'s record', 'ORG_DEPT', `select t.id, t.version from training_record t join cadre c on c.id = t.cadre_id where c.region_id in (select id from region where path like '/350000/350500/%') and t.recorded_by is distinct from '${toGlobalId('Unit', XM_ORG_UNIT)}' order by t.id limit 1`, 'TrainingRecord', `mutation($id: ID!, $v: Int!) { archiveTrainingRecord(input: { id: $id, version: $v }) { trainingRecord { id } } }`],
    ])('refuses when %s: FORBIDDEN, nothing changes', async (_what, role, pick, type, mutation) => {
      const [row] = await h.sql(pick);
      const before = await counts();
      const res = await h.exec(mutation, { id: toGlobalId(type, row.id), v: row.version }, V[role]);
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
      expect(await counts()).toEqual(before);
    });

    it('lets an org department change its own region\'s cadre, and a school its own course', async () => {
      const [cadre] = await h.sql(`select id, version from cadre where id = $1`, [XM_CADRE]);
      const ok = await h.exec(`mutation($id: ID!, $v: Int!) { updateCadre(input: { id: $id, version: $v, position: "组织部部长" }) { cadre { position version } } }`, { id: toGlobalId('Cadre', cadre.id), v: cadre.version }, V.ORG_DEPT);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateCadre.cadre).toEqual({ position: '组织部部长', version: cadre.version + 1 });
      const [course] = await h.sql(`select id, version from course where institution_id = $1 order by id limit 1`, [XM_SCHOOL]);
      const mine = await h.exec(`mutation($id: ID!, $v: Int!) { updateCourse(input: { id: $id, version: $v, description: "本校修订" }) { course { description } } }`, { id: toGlobalId('Course', course.id), v: course.version }, V.PARTY_SCHOOL);
      expect(mine.errors).toBeUndefined();
      expect(mine.data!.updateCourse.course.description).toBe('本校修订');
    });

    it('rejects an input field above the role\'s clearance with FORBIDDEN at its input path', async () => {
      const [row] = await h.sql(`select id, version, id_card_number from cadre where sector = 'SOE' order by id limit 1`);
      const before = await counts();
      const res = await h.exec(
        `mutation($id: ID!, $v: Int!, $n: String!) { updateCadre(input: { id: $id, version: $v, idCardNumber: $n }) { cadre { id } } }`,
        { id: toGlobalId('Cadre', row.id), v: row.version, n: `${row.id_card_number.slice(0, 14)}998` + idCardCheckChar(`${row.id_card_number.slice(0, 14)}998`) },
        V.INDUSTRY_BUREAU,
      );
      expect(res.errors!.map((e) => e.extensions)).toEqual([{ code: 'FORBIDDEN', field: 'input.idCardNumber' }]);
      expect(await counts()).toEqual(before);
      const phone = await h.exec(`mutation($id: ID!, $v: Int!) { updateCadre(input: { id: $id, version: $v, phone: "13900001111" }) { cadre { phone } } }`, { id: toGlobalId('Cadre', row.id), v: row.version }, V.INDUSTRY_BUREAU);
      expect(phone.errors).toBeUndefined();
      expect(phone.data!.updateCadre.cadre.phone).toBe('13900001111');
    });

    it('imports records only for cadres in the importer\'s scope; others are "no such record"', async () => {
      const [inside] = await h.sql(`select c.id from cadre c join region r on r.id = c.region_id where r.path like '/350000/350200/%' order by c.id limit 1`);
      const [outside] = await h.sql(`select c.id from cadre c join region r on r.id = c.region_id where r.path like '/350000/350100/%' order by c.id limit 1`);
      const [platform] = await h.sql(`select id from platform where is_recognised order by id limit 1`);
      const row = (ext: string, cadre: number) => ({ externalId: ext, cadreId: toGlobalId('Cadre', cadre), mode: 'ONLINE_SELF_STUDY', title: '网络自学', hours: 2, startDate: '2026-05-01', endDate: '2026-05-01' });
      const before = await h.sql(`select count(*)::int as n from training_record`);
      const res = await h.exec(
        `mutation($p: ID!, $r: [ImportTrainingRecordInput!]!) { importTrainingRecords(platform: $p, records: $r) { accepted rows { index status errors { field } } } }`,
        { p: toGlobalId('Platform', platform.id), r: [row('ACL-IN-1', inside.id), row('ACL-OUT-1', outside.id)] },
        V.ORG_DEPT,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.importTrainingRecords.rows).toEqual([
        { index: 0, status: 'ACCEPTED', errors: [] },
        { index: 1, status: 'REJECTED', errors: [{ field: 'records.1.cadreId' }] },
      ]);
      expect(await h.sql(`select count(*)::int as n from training_record`)).toEqual([{ n: before[0].n + 1 }]);
    });

    it('takes the recording agency from the token, never from input', async () => {
      const [cadre] = await h.sql(`select id from cadre where sector = 'SOE' order by id limit 1`);
      const res = await h.exec(
        `mutation($c: ID!) { createTrainingRecord(input: { cadreId: $c, mode: LECTURE_BRIEFING, title: "国企改革专题讲座", hours: 3, startDate: "2026-03-02", endDate: "2026-03-02" }) { trainingRecord { id recordedBy } } }`,
        { c: toGlobalId('Cadre', cadre.id) },
        V.INDUSTRY_BUREAU,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createTrainingRecord.trainingRecord.recordedBy).toBe(V.INDUSTRY_BUREAU.agency);
    });
  });

  describe('audit', () => {
    it('records every read of a RESTRICTED field, with the ids read', async () => {
      const q = `query($id: ID!) { cadre(id: $id) { idCardNumber } }`;
      await h.exec(q, { id: toGlobalId('Cadre', XM_CADRE) }, V.ORG_DEPT);
      const rows = await h.sql(`select actor, role, action, entity, entity_ids, sensitive_fields from audit_entry where actor = 'acl-xm-org' and action = 'READ_RESTRICTED'`);
      expect(rows).toEqual([{ actor: 'acl-xm-org', role: 'ORG_DEPT', action: 'READ_RESTRICTED', entity: 'Cadre', entity_ids: [toGlobalId('Cadre', XM_CADRE)], sensitive_fields: ['idCardNumber'] }]);
    });

    it('lets ADMIN and org departments query the audit log, nobody else', async () => {
      const q = `{ auditEntries(first: 5) { totalCount } }`;
      expect((await h.exec(q, {}, V.ADMIN)).errors).toBeUndefined();
      expect((await h.exec(q, {}, V.ORG_DEPT)).errors).toBeUndefined();
      for (const role of ['PARTY_SCHOOL', 'INDUSTRY_BUREAU', 'REPORTER', 'CADRE']) {
        const res = await h.exec(q, {}, V[role]);
        expect(res.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
      }
    });

    it('is append-only in the database itself', async () => {
      await expect(h.sql(`update audit_entry set actor = 'x'`)).rejects.toThrow(/append-only/);
      await expect(h.sql(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    });
  });

  describe('contracts', () => {
    it('tells a client what it may do', async () => {
      const res = await h.exec(`{ me { role permissions } }`, {}, V.INDUSTRY_BUREAU);
      const perms: string[] = res.data!.me.permissions;
      expect(perms).toContain('query:cadres');
      expect(perms).toContain('mutation:updateCadre');
      expect(perms).toContain('mask:Cadre.idCardNumber');
      expect(perms).not.toContain('mutation:createCadre');
    });

    it('shows each role only its contract through introspection', async () => {
      const q = `{ __type(name: "Cadre") { fields { name } } }`;
      const names = async (role: string) => ((await h.exec(q, {}, V[role])).data!.__type.fields as { name: string }[]).map((f) => f.name);
      expect(await names('ADMIN')).toContain('idCardNumber');
      expect(await names('INDUSTRY_BUREAU')).toContain('idCardNumber'); // masked, but present
      expect(await names('PARTY_SCHOOL')).not.toContain('idCardNumber');
      const reporter = await names('REPORTER');
      expect(reporter).not.toContain('name');
      expect(reporter).toContain('category');
      const mutations = await h.exec(`{ __schema { mutationType { name } } }`, {}, V.REPORTER);
      expect(mutations.data!.__schema.mutationType).toBeNull();
    });
  });

  describe('cost of access control', () => {
    it('runs the 100-cadre nested query in as many statements for an org department as for ADMIN', async () => {
      const admin = await h.exec(CadresWithTrainingDocument, { first: 100 }, V.ADMIN);
      const org = await h.exec(CadresWithTrainingDocument, { first: 100 }, V.ORG_DEPT);
      expect(admin.errors).toBeUndefined();
      expect(org.errors).toBeUndefined();
      expect(org.data!.cadres.nodes).toHaveLength(100);
      expect(org.statements).toBe(admin.statements);
    });
  });
});
