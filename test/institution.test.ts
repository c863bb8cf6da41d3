import { startHarness, type Harness } from './helpers/harness';
import {
  ArchiveInstitutionDocument,
  CreateInstitutionDocument,
  InstitutionByIdDocument,
  InstitutionsPageDocument,
  UpdateInstitutionDocument,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

/**
 * Fixtures live in a region subtree of their own (测试市 359900 with 测试县 359901, and 另测市 359800),
 * so every list below can be asserted row for row whatever the demo seed holds.
 */
describe('institutions: lists, lookups and writes', () => {
  let h: Harness;
  const gid = (pk: number) => toGlobalId('Institution', pk);
  let cityRegion: number;
  let countyRegion: number;
  let A: number; // 测试市委党校, municipal, supervises B and C
  let B: number; // 测试县委党校, county, INDEPENDENT_IMPROVEMENT
  let C: number; // 测试县干部学院, county college, no category
  let D: number; // 另测市委党校, in the other city
  let E: number; // archived county school
  let teacherAtB: number;
  let courseAtB: number;
  let classAtB: number;

  const counts = () =>
    h.sql(`select (select count(*) from institution)::int as institutions, (select count(*) from audit_entry)::int as audits`);

  beforeAll(async () => {
    h = await startHarness();
    const region = async (code: string, name: string, level: string, parentCode: string) => {
      const [r] = await h.sql(
        `insert into region (code, name, level, parent_id, path) select $1::text, $2, $3, p.id, p.path || $1::text || '/' from region p where p.code = $4 returning id`,
        [code, name, level, parentCode],
      );
      return r.id as number;
    };
    cityRegion = await region('359900', '测试市', 'CITY', '350000');
    countyRegion = await region('359901', '测试县', 'COUNTY', '359900');
    const otherCity = await region('359800', '另测市', 'CITY', '350000');
    const institution = async (name: string, kind: string, level: string, regionId: number, category: string | null, supervisor: number | null, archived = false) => {
      const [r] = await h.sql(
        `insert into institution (name, short_name, kind, level, region_id, county_category, supervisor_id, archived_at)
         values ($1, $2, $3, $4, $5, $6, $7, case when $8 then now() end) returning id`,
        [name, name.slice(0, 4), kind, level, regionId, category, supervisor, archived],
      );
      return r.id as number;
    };
    A = await institution('测试市委党校', 'PARTY_SCHOOL', 'MUNICIPAL', cityRegion, null, null);
    B = await institution('测试县委党校', 'PARTY_SCHOOL', 'COUNTY', countyRegion, 'INDEPENDENT_IMPROVEMENT', A);
    C = await institution('测试县干部学院', 'CADRE_COLLEGE', 'COUNTY', countyRegion, null, A);
    D = await institution('另测市委党校', 'PARTY_SCHOOL', 'MUNICIPAL', otherCity, null, null);
    E = await institution('测试县旧党校', 'PARTY_SCHOOL', 'COUNTY', countyRegion, 'CONSOLIDATION', A, true);
    [{ id: teacherAtB }] = await h.sql(`insert into teacher (name, kind, source, institution_id) values ('测机构教师', 'FULL_TIME', 'SCHOOL_FACULTY', $1) returning id`, [B]);
    [{ id: courseAtB }] = await h.sql(
      `insert into course (title, category, method, format, hours, institution_id) values ('测机构课程', 'THEORY', 'LECTURE', 'IN_PERSON', 2.0, $1) returning id`,
      [B],
    );
    [{ id: classAtB }] = await h.sql(
      `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
       values ($1, '测机构班次', 'MAIN', '2025-SPRING', '2025-03-01', '2025-03-10', 10, 50) returning id`,
      [B],
    );
  });
  afterAll(() => h.stop());

  const ids = (res: { data?: { institutions: { nodes: { id: string }[] } } | null }) => res.data!.institutions.nodes.map((n) => n.id);

  it('filters by region subtree, kind, level, county category, supervisor and keyword', async () => {
    const list = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => h.exec(InstitutionsPageDocument, { filter, first: 100, ...extra });

    const city = await list({ regionCode: '359900' });
    expect(city.errors).toBeUndefined();
    expect(ids(city)).toEqual([A, B, C].map(gid));
    expect(city.data!.institutions.totalCount).toBe(3);

    expect(ids(await list({ regionCode: '359901' }))).toEqual([B, C].map(gid));
    expect(ids(await list({ regionCode: '359800' }))).toEqual([D].map(gid));
    expect(ids(await list({ regionCode: '359900', kind: ['PARTY_SCHOOL'] }))).toEqual([A, B].map(gid));
    expect(ids(await list({ regionCode: '359900', level: ['COUNTY'] }))).toEqual([B, C].map(gid));
    expect(ids(await list({ regionCode: '359900', level: ['MUNICIPAL', 'PROVINCIAL'] }))).toEqual([A].map(gid));
    expect(ids(await list({ regionCode: '359900', countyCategory: ['INDEPENDENT_IMPROVEMENT', 'CONSOLIDATION'] }))).toEqual([B].map(gid));
    expect(ids(await list({ supervisorId: gid(A) }))).toEqual([B, C].map(gid));
    expect(ids(await list({ regionCode: '359900', keyword: '干部学院' }))).toEqual([C].map(gid));
    expect(ids(await list({ keyword: '测试市委' }))).toEqual([A].map(gid));
    expect(ids(await list({ regionCode: '359901' }, { includeArchived: true }))).toEqual([B, C, E].map(gid));
    expect(ids(await list({ regionCode: '359901', countyCategory: ['CONSOLIDATION'] }, { includeArchived: true }))).toEqual([E].map(gid));
  });

  it('orders by name and pages with cursors', async () => {
    const expected = await h.sql(`select i.id from institution i join region r on r.id = i.region_id where r.path like '/350000/359900/%' and i.archived_at is null order by i.name desc, i.id desc`);
    const first = await h.exec(InstitutionsPageDocument, { filter: { regionCode: '359900' }, orderBy: 'NAME_DESC', first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.institutions.pageInfo.hasNextPage).toBe(true);
    const second = await h.exec(InstitutionsPageDocument, { filter: { regionCode: '359900' }, orderBy: 'NAME_DESC', first: 2, after: first.data!.institutions.pageInfo.endCursor });
    expect(second.data!.institutions.pageInfo.hasNextPage).toBe(false);
    expect([...ids(first), ...ids(second)]).toEqual(expected.map((r) => gid(r.id)));
  });

  it('rejects a malformed supervisor id in the filter', async () => {
    const res = await h.exec(InstitutionsPageDocument, { filter: { supervisorId: 'nope!' } });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.supervisorId' });
  });

  it('finds one institution with its region, supervisor, subordinates, teachers, courses and classes', async () => {
    const res = await h.exec(InstitutionByIdDocument, { id: gid(B) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.institution).toEqual({
      id: gid(B),
      name: '测试县委党校',
      shortName: '测试县委',
      kind: 'PARTY_SCHOOL',
      level: 'COUNTY',
      countyCategory: 'INDEPENDENT_IMPROVEMENT',
      version: 1,
      archivedAt: null,
      region: { code: '359901' },
      supervisor: { id: gid(A), name: '测试市委党校' },
      subordinates: [],
      teachers: [{ id: toGlobalId('Teacher', teacherAtB), name: '测机构教师' }],
      courses: [{ id: toGlobalId('Course', courseAtB), title: '测机构课程' }],
      classes: [{ id: toGlobalId('TrainingClass', classAtB), name: '测机构班次' }],
    });
    const parent = await h.exec(InstitutionByIdDocument, { id: gid(A) });
    expect(parent.data!.institution.supervisor).toBeNull();
    // The archived school E is left out of the relation list.
    expect(parent.data!.institution.subordinates).toEqual([
      { id: gid(B), name: '测试县委党校' },
      { id: gid(C), name: '测试县干部学院' },
    ]);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await h.exec(InstitutionByIdDocument, { id: gid(99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    const otherType = await h.exec(InstitutionByIdDocument, { id: toGlobalId('Teacher', B) });
    expect(otherType.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    const malformed = await h.exec(InstitutionByIdDocument, { id: '***' });
    expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('creates, updates with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateInstitutionDocument, {
      input: {
        name: '测试县委党校分校',
        shortName: '测试分校',
        kind: 'PARTY_SCHOOL',
        level: 'COUNTY',
        regionId: toGlobalId('Region', countyRegion),
        countyCategory: 'CONSOLIDATION',
        supervisorId: gid(A),
      },
    });
    expect(created.errors).toBeUndefined();
    const inst = created.data!.createInstitution.institution;
    expect(inst).toEqual({
      id: inst.id,
      name: '测试县委党校分校',
      shortName: '测试分校',
      kind: 'PARTY_SCHOOL',
      level: 'COUNTY',
      countyCategory: 'CONSOLIDATION',
      version: 1,
      region: { code: '359901' },
      supervisor: { id: gid(A) },
    });

    const updated = await h.exec(UpdateInstitutionDocument, {
      input: { id: inst.id, version: 1, name: '测试县委党校新校区', countyCategory: 'COORDINATED_IMPROVEMENT', supervisorId: null },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateInstitution.institution).toMatchObject({
      name: '测试县委党校新校区',
      countyCategory: 'COORDINATED_IMPROVEMENT',
      supervisor: null,
      version: 2,
    });

    const stale = await h.exec(UpdateInstitutionDocument, { input: { id: inst.id, version: 1, name: '不应写入' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const [stored] = await h.sql(`select name, version, county_category, supervisor_id from institution where name like '测试县委党校新校区'`);
    expect(stored).toEqual({ name: '测试县委党校新校区', version: 2, county_category: 'COORDINATED_IMPROVEMENT', supervisor_id: null });

    // Leaving the county level and clearing the category together is allowed.
    const promoted = await h.exec(UpdateInstitutionDocument, { input: { id: inst.id, version: 2, level: 'MUNICIPAL', countyCategory: null } });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data!.updateInstitution.institution).toMatchObject({ level: 'MUNICIPAL', countyCategory: null, version: 3 });

    const archived = await h.exec(ArchiveInstitutionDocument, { input: { id: inst.id, version: 3 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveInstitution.institution.archivedAt).not.toBeNull();
    expect(archived.data!.archiveInstitution.institution.version).toBe(4);
    expect((await h.exec(InstitutionsPageDocument, { filter: { keyword: '新校区' } })).data!.institutions.totalCount).toBe(0);
    expect((await h.exec(InstitutionsPageDocument, { filter: { keyword: '新校区' }, includeArchived: true })).data!.institutions.totalCount).toBe(1);

    const archivedAgain = await h.exec(ArchiveInstitutionDocument, { input: { id: inst.id, version: 4 } });
    expect(archivedAgain.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });

    const audit = await h.sql(`select action, fields from audit_entry where entity = 'Institution' and $1 = any(entity_ids) order by id`, [inst.id]);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
    expect(audit[1].fields).toEqual(['name', 'countyCategory', 'supervisor']);
  });

  it('allows a county-school category only at county level, naming the field to blame', async () => {
    const before = await counts();
    const create = await h.exec(CreateInstitutionDocument, {
      input: { name: '测试市委党校二', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', regionId: toGlobalId('Region', cityRegion), countyCategory: 'CONSOLIDATION' },
    });
    expect(create.data).toBeNull();
    expect(create.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.countyCategory' });

    const onMunicipal = await h.exec(UpdateInstitutionDocument, { input: { id: gid(A), version: 1, countyCategory: 'CONSOLIDATION' } });
    expect(onMunicipal.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.countyCategory' });

    const strands = await h.exec(UpdateInstitutionDocument, { input: { id: gid(B), version: 1, level: 'MUNICIPAL' } });
    expect(strands.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.level' });

    expect(await counts()).toEqual(before);
    const rows = await h.sql(`select id, level, county_category, version from institution where id = any($1::int[]) order by id`, [[A, B]]);
    expect(rows).toEqual([
      { id: A, level: 'MUNICIPAL', county_category: null, version: 1 },
      { id: B, level: 'COUNTY', county_category: 'INDEPENDENT_IMPROVEMENT', version: 1 },
    ]);
  });

  it('changes fields and the supervisor in one update, moving the version once', async () => {
    const res = await h.exec(UpdateInstitutionDocument, { input: { id: gid(D), version: 1, shortName: '另测党校', supervisorId: gid(A) } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateInstitution.institution).toMatchObject({ shortName: '另测党校', supervisor: { id: gid(A) }, version: 2 });
    const [row] = await h.sql(`select short_name, supervisor_id, version from institution where id = $1`, [D]);
    expect(row).toEqual({ short_name: '另测党校', supervisor_id: A, version: 2 });
  });

  it('refuses a supervision chain that loops back', async () => {
    const self = await h.exec(UpdateInstitutionDocument, { input: { id: gid(A), version: 1, supervisorId: gid(A) } });
    expect(self.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.supervisorId' });
    const loop = await h.exec(UpdateInstitutionDocument, { input: { id: gid(A), version: 1, supervisorId: gid(B) } });
    expect(loop.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.supervisorId' });
    const [row] = await h.sql(`select supervisor_id, version from institution where id = $1`, [A]);
    expect(row).toEqual({ supervisor_id: null, version: 1 });
  });

  it.each([
    ['an over-long name', { name: '校'.repeat(201) }, 'input.name'],
    ['an over-long short name', { shortName: '校'.repeat(51) }, 'input.shortName'],
    ['an unknown enum', { kind: 'TEMPLE' }, 'input.kind'],
    ['an unknown region', { regionId: toGlobalId('Region', 99999999) }, 'input.regionId'],
    ['a malformed region id', { regionId: 'garbage!' }, 'input.regionId'],
    ['an id of another type as the region', { regionId: toGlobalId('Unit', 1) }, 'input.regionId'],
    ['an unknown supervisor', { supervisorId: toGlobalId('Institution', 99999999) }, 'input.supervisorId'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await counts();
    const res = await h.exec(CreateInstitutionDocument, {
      input: { name: '测试坏输入党校', kind: 'PARTY_SCHOOL', level: 'COUNTY', regionId: toGlobalId('Region', countyRegion), ...over } as never,
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });
});
