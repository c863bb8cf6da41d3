import { startHarness, type Harness } from './helpers/harness';
import {
  AddCaseAwardDocument,
  ArchiveCaseCollectionDocument,
  ArchiveTeachingCaseDocument,
  CaseCollectionByIdDocument,
  CaseCollectionsPageDocument,
  CreateCaseCollectionDocument,
  CreateTeachingCaseDocument,
  RemoveCaseAwardDocument,
  ReviewTeachingCaseDocument,
  TeachingCaseByIdDocument,
  TeachingCasesPageDocument,
  UpdateCaseCollectionDocument,
  UpdateTeachingCaseDocument,
} from './generated/graphql';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';
import { todayInChina } from '../src/core/dates';

async function insert(h: Harness, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const [r] = await h.sql<{ id: number }>(
    `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(row),
  );
  return r.id;
}

const gid = (type: string) => (pk: number) => toGlobalId(type, pk);
const caseId = gid('TeachingCase');

describe('teaching cases (案例库): lists, lookups, writes and review', () => {
  let h: Harness;
  let region: Record<string, number>;
  let inst: number;
  let inst2: number;
  /** Fixture cases of the test's own institution, so filtered lists have exactly known rows. */
  let A: number, B: number, C: number, D: number, E: number;
  let K: number;
  let award: number;
  let course: number;

  beforeAll(async () => {
    h = await startHarness();
    const rows = await h.sql<{ id: number; code: string }>(`select id, code from region where code in ('350000', '350300', '350304', '350582')`);
    region = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    inst = await insert(h, 'institution', { name: '案例测试学院', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', region_id: region['350300'] });
    inst2 = await insert(h, 'institution', { name: '案例测试学院二', kind: 'CADRE_COLLEGE', level: 'PROVINCIAL', region_id: region['350000'] });
    const tc = (row: Record<string, unknown>) => insert(h, 'teaching_case', { institution_id: inst, authors: ['林老师'], ...row });
    A = await tc({
      title: '变害为利 造福人民',
      themes: ['木兰溪治理', '生态文明'],
      region_id: region['350304'],
      summary: '莆田治水二十年。',
      body: '从“变害为利、造福人民”出发，木兰溪治理走出了一条生态与发展共赢的路子。',
      year: 2021,
      status: 'PUBLISHED',
      first_published_at: '2021-06-01',
    });
    B = await tc({ title: '木兰溪的故事', themes: ['木兰溪治理'], region_id: region['350300'], summary: '一条河的变迁。', body: '两岸百姓的口述。', year: 2019 });
    C = await tc({
      title: '晋江经验的时代价值',
      themes: ['晋江经验'],
      region_id: region['350582'],
      summary: '民营经济高质量发展。',
      body: '六个始终坚持、正确处理好五大关系。',
      year: 2022,
      status: 'PUBLISHED',
      first_published_at: '2022-05-01',
    });
    // 木兰 and 兰溪 both occur, but never 木兰溪: the bigram index lets it through, the literal match must not.
    D = await tc({ title: '兰溪镇见闻', themes: ['乡村振兴'], summary: '木兰陂边的小镇。', body: '木兰陂与兰溪镇相距不远。', year: 2020, status: 'IN_REVIEW' });
    E = await tc({ title: '木兰溪旧稿', themes: ['木兰溪治理'], summary: '旧稿。', body: '已归档。', year: 2018, archived_at: new Date() });
    K = await insert(h, 'case_collection', { title: '福建省优秀案例汇编（2023）', year: 2023, institution_id: inst });
    await h.sql(`insert into case_collection_item (collection_id, case_id) values ($1, $2), ($1, $3)`, [K, A, C]);
    award = await insert(h, 'case_award', { case_id: C, name: '福建省干部教育培训精品案例', level: 'PROVINCIAL', year: 2023 });
    course = await insert(h, 'course', { title: '木兰溪治理的实践与启示', category: 'CAPABILITY', method: 'CASE', format: 'IN_PERSON', hours: 3, institution_id: inst });
    await h.sql(`insert into course_case (course_id, case_id) values ($1, $2)`, [course, A]);
  });
  afterAll(() => h.stop());

  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(TeachingCasesPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data!.teachingCases.nodes.map((n) => n.id);
  };
  const auditCount = async () => (await h.sql<{ n: number }>(`select count(*)::int as n from audit_entry`))[0].n;

  describe('filters', () => {
    const own = () => ({ institutionId: toGlobalId('Institution', inst) });

    it('finds Chinese keywords in title, summary or body, literally (木兰溪)', async () => {
      expect(await list({ ...own(), keyword: '木兰溪' })).toEqual([A, B].map(caseId));
      expect(await list({ ...own(), keyword: '木兰溪' }, { includeArchived: true })).toEqual([A, B, E].map(caseId));
      expect(await list({ ...own(), keyword: '造福人民' })).toEqual([A].map(caseId));
      expect(await list({ ...own(), keyword: '兰溪' })).toEqual([A, B, D].map(caseId));
      // One character has no bigram: the literal match alone decides.
      expect(await list({ ...own(), keyword: '陂' })).toEqual([D].map(caseId));
      expect(await list({ ...own(), keyword: '  晋江经验 ' })).toEqual([C].map(caseId));
      expect(await list({ ...own(), keyword: '100%' })).toEqual([]);
    });

    it('agrees with a plain substring search over the whole case bank', async () => {
      const expected = await h.sql<{ id: number }>(
        `select id from teaching_case where archived_at is null and (title || ' ' || summary || ' ' || body) like '%木兰溪%' order by id`,
      );
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(await list({ keyword: '木兰溪' })).toEqual(expected.map((r) => caseId(r.id)));
    });

    it('filters by themes (any of), region subtree, collection, status, year range and awards', async () => {
      expect(await list({ ...own(), theme: ['木兰溪治理', '晋江经验'] })).toEqual([A, B, C].map(caseId));
      expect(await list({ ...own(), theme: ['生态文明'] })).toEqual([A].map(caseId));
      expect(await list({ ...own(), regionCode: '350300' })).toEqual([A, B].map(caseId));
      expect(await list({ ...own(), regionCode: '350000' })).toEqual([A, B, C].map(caseId));
      expect(await list({ collectionId: toGlobalId('CaseCollection', K) })).toEqual([A, C].map(caseId));
      expect(await list({ ...own(), status: ['PUBLISHED', 'IN_REVIEW'] })).toEqual([A, C, D].map(caseId));
      expect(await list({ ...own(), yearFrom: 2019, yearTo: 2020 })).toEqual([B, D].map(caseId));
      expect(await list({ ...own(), hasAward: true })).toEqual([C].map(caseId));
      expect(await list({ ...own(), hasAward: false })).toEqual([A, B, D].map(caseId));
      expect(await list({ ...own(), keyword: '木兰溪', regionCode: '350304', status: ['PUBLISHED'] })).toEqual([A].map(caseId));
    });

    it('orders by year and counts in the same scope', async () => {
      const res = await h.exec(TeachingCasesPageDocument, { filter: own(), orderBy: 'YEAR_DESC', first: 2 });
      expect(res.errors).toBeUndefined();
      expect(res.data!.teachingCases.nodes.map((n) => n.id)).toEqual([C, A].map(caseId));
      expect(res.data!.teachingCases.totalCount).toBe(4);
      expect(res.data!.teachingCases.pageInfo.hasNextPage).toBe(true);
      const next = await h.exec(TeachingCasesPageDocument, { filter: own(), orderBy: 'YEAR_DESC', first: 2, after: res.data!.teachingCases.pageInfo.endCursor });
      expect(next.data!.teachingCases.nodes.map((n) => n.id)).toEqual([D, B].map(caseId));
    });

    it('rejects malformed filter values with BAD_USER_INPUT at their path', async () => {
      const badRef = await h.exec(TeachingCasesPageDocument, { filter: { collectionId: 'nope!' } });
      expect(badRef.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.collectionId' });
      const badYears = await h.exec(TeachingCasesPageDocument, { filter: { yearFrom: 2022, yearTo: 2020 } });
      expect(badYears.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.yearTo' });
      const longKeyword = await h.exec(TeachingCasesPageDocument, { filter: { keyword: '案'.repeat(101) } });
      expect(longKeyword.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.keyword' });
    });
  });

  describe('lookup', () => {
    it('returns a case with its region, institution, courses, collections and awards', async () => {
      const a = await h.exec(TeachingCaseByIdDocument, { id: caseId(A) });
      expect(a.errors).toBeUndefined();
      expect(a.data!.teachingCase).toMatchObject({
        id: caseId(A),
        title: '变害为利 造福人民',
        themes: ['木兰溪治理', '生态文明'],
        authors: ['林老师'],
        year: 2021,
        status: 'PUBLISHED',
        firstPublishedAt: '2021-06-01',
        lastRevisedAt: null,
        region: { code: '350304' },
        institution: { id: toGlobalId('Institution', inst) },
        courses: [{ id: toGlobalId('Course', course), title: '木兰溪治理的实践与启示' }],
        collections: [{ id: toGlobalId('CaseCollection', K), title: '福建省优秀案例汇编（2023）' }],
        awards: [],
      });
      const c = await h.exec(TeachingCaseByIdDocument, { id: caseId(C) });
      expect(c.data!.teachingCase.awards).toEqual([{ id: toGlobalId('CaseAward', award), name: '福建省干部教育培训精品案例', level: 'PROVINCIAL', year: 2023 }]);
      const d = await h.exec(TeachingCaseByIdDocument, { id: caseId(D) });
      expect(d.data!.teachingCase.region).toBeNull();
    });

    it('answers NOT_FOUND for a missing id and BAD_USER_INPUT for a malformed one', async () => {
      const missing = await h.exec(TeachingCaseByIdDocument, { id: caseId(99999999) });
      expect(missing.data).toBeNull();
      expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
      const other = await h.exec(TeachingCaseByIdDocument, { id: toGlobalId('Course', A) });
      expect(other.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
      const malformed = await h.exec(TeachingCaseByIdDocument, { id: '!!' });
      expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('writes', () => {
    const newCase = (over: Record<string, unknown> = {}) => ({
      title: '三坊七巷保护的福州实践',
      themes: ['三坊七巷'],
      summary: '历史文化名城保护。',
      body: '“保护为主、抢救第一”的三坊七巷保护工作。',
      regionId: toGlobalId('Region', region['350300']),
      institutionId: toGlobalId('Institution', inst),
      authors: ['陈老师', '王老师'],
      year: 2024,
      ...over,
    });

    it('creates a draft, updates it with the version, refuses a stale version, and archives it', async () => {
      const created = await h.exec(CreateTeachingCaseDocument, { input: newCase() });
      expect(created.errors).toBeUndefined();
      const tc = created.data!.createTeachingCase.teachingCase;
      const pk = decodeGlobalId(tc.id)!.pk;
      expect(tc).toMatchObject({
        title: '三坊七巷保护的福州实践',
        themes: ['三坊七巷'],
        authors: ['陈老师', '王老师'],
        year: 2024,
        status: 'DRAFT',
        version: 1,
        firstPublishedAt: null,
        archivedAt: null,
        region: { code: '350300' },
        institution: { id: toGlobalId('Institution', inst) },
      });

      const updated = await h.exec(UpdateTeachingCaseDocument, {
        input: { id: tc.id, version: 1, title: '三坊七巷：活态保护', themes: ['三坊七巷', '历史文化名城保护'], regionId: null, institutionId: toGlobalId('Institution', inst2) },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateTeachingCase.teachingCase).toMatchObject({
        title: '三坊七巷：活态保护',
        themes: ['三坊七巷', '历史文化名城保护'],
        region: null,
        institution: { id: toGlobalId('Institution', inst2) },
        summary: '历史文化名城保护。',
        version: 2,
      });
      expect(await list({ keyword: '活态保护', institutionId: toGlobalId('Institution', inst2) })).toEqual([tc.id]);

      const audits = await auditCount();
      const stale = await h.exec(UpdateTeachingCaseDocument, { input: { id: tc.id, version: 1, title: '不应写入' } });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      expect(await h.sql(`select title, version from teaching_case where id = $1`, [pk])).toEqual([{ title: '三坊七巷：活态保护', version: 2 }]);
      expect(await auditCount()).toBe(audits);

      const archived = await h.exec(ArchiveTeachingCaseDocument, { input: { id: tc.id, version: 2 } });
      expect(archived.errors).toBeUndefined();
      expect(archived.data!.archiveTeachingCase.teachingCase.version).toBe(3);
      expect(archived.data!.archiveTeachingCase.teachingCase.archivedAt).not.toBeNull();
      expect(await list({ keyword: '活态保护', institutionId: toGlobalId('Institution', inst2) })).toEqual([]);

      const trail = await h.sql<{ action: string; fields: string[] }>(`select action, fields from audit_entry where entity = 'TeachingCase' and $1 = any(entity_ids) order by id`, [tc.id]);
      expect(trail).toEqual([
        { action: 'CREATE', fields: ['title', 'themes', 'summary', 'body', 'regionId', 'institutionId', 'authors', 'year'] },
        { action: 'UPDATE', fields: ['title', 'themes', 'region', 'institution'] },
        { action: 'ARCHIVE', fields: ['archivedAt'] },
      ]);
    });

    it.each([
      ['an over-long title', { title: '案'.repeat(201) }, 'input.title'],
      ['an empty title', { title: '' }, 'input.title'],
      ['an over-long theme', { themes: ['题'.repeat(51)] }, 'input.themes'],
      ['a repeated theme', { themes: ['三坊七巷', '三坊七巷'] }, 'input.themes'],
      ['a year before 1949', { year: 1900 }, 'input.year'],
      ['an unknown institution', { institutionId: toGlobalId('Institution', 99999999) }, 'input.institutionId'],
      ['a malformed region id', { regionId: 'xx' }, 'input.regionId'],
      ['a region id of another type', { regionId: toGlobalId('Unit', 1) }, 'input.regionId'],
    ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await h.sql(`select (select count(*) from teaching_case)::int as cases, (select count(*) from audit_entry)::int as audits`);
      const res = await h.exec(CreateTeachingCaseDocument, { input: newCase(over) as never });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await h.sql(`select (select count(*) from teaching_case)::int as cases, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
    });

    it('rejects an explicit null for a required field at its path', async () => {
      const res = await h.exec(UpdateTeachingCaseDocument, { input: { id: caseId(B), version: 1, title: null } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.title' });
    });

    it('leaves a case under review or published unchanged: it must go back to DRAFT first', async () => {
      const res = await h.exec(UpdateTeachingCaseDocument, { input: { id: caseId(A), version: 1, title: '改' } });
      expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'PUBLISHED' });
      expect(await h.sql(`select title, version from teaching_case where id = $1`, [A])).toEqual([{ title: '变害为利 造福人民', version: 1 }]);
    });
  });

  describe('review workflow (制作 → 审核 → 发布 → 更新)', () => {
    it('walks DRAFT → IN_REVIEW → APPROVED → PUBLISHED → DRAFT (revise), stamping the dates', async () => {
      const created = await h.exec(CreateTeachingCaseDocument, {
        input: { title: '审核流程测试案例', summary: '摘要', body: '正文', institutionId: toGlobalId('Institution', inst), year: 2025 },
      });
      const id = created.data!.createTeachingCase.teachingCase.id;
      const today = todayInChina();
      const step = async (version: number, action: string) => {
        const res = await h.exec(ReviewTeachingCaseDocument, { input: { id, version, action: action as never } });
        expect(res.errors).toBeUndefined();
        return res.data!.reviewTeachingCase.teachingCase;
      };
      expect(await step(1, 'SUBMIT')).toEqual({ id, status: 'IN_REVIEW', version: 2, firstPublishedAt: null, lastRevisedAt: null });
      expect(await step(2, 'APPROVE')).toEqual({ id, status: 'APPROVED', version: 3, firstPublishedAt: null, lastRevisedAt: null });
      expect(await step(3, 'PUBLISH')).toEqual({ id, status: 'PUBLISHED', version: 4, firstPublishedAt: today, lastRevisedAt: null });
      expect(await step(4, 'REVISE')).toEqual({ id, status: 'DRAFT', version: 5, firstPublishedAt: today, lastRevisedAt: today });
      const edited = await h.exec(UpdateTeachingCaseDocument, { input: { id, version: 5, body: '修订后的正文' } });
      expect(edited.data!.updateTeachingCase.teachingCase).toMatchObject({ body: '修订后的正文', version: 6, status: 'DRAFT' });

      const trail = await h.sql<{ action: string; fields: string[] }>(`select action, fields from audit_entry where entity = 'TeachingCase' and $1 = any(entity_ids) order by id`, [id]);
      expect(trail).toEqual([
        { action: 'CREATE', fields: ['title', 'summary', 'body', 'institutionId', 'year'] },
        { action: 'REVIEW_SUBMIT', fields: ['status'] },
        { action: 'REVIEW_APPROVE', fields: ['status'] },
        { action: 'REVIEW_PUBLISH', fields: ['status', 'firstPublishedAt'] },
        { action: 'REVIEW_REVISE', fields: ['status', 'lastRevisedAt'] },
        { action: 'UPDATE', fields: ['body'] },
      ]);
    });

    it('refuses an illegal transition or a stale version with CONFLICT and writes nothing', async () => {
      const audits = await auditCount();
      const illegal = await h.exec(ReviewTeachingCaseDocument, { input: { id: caseId(B), version: 1, action: 'PUBLISH' } });
      expect(illegal.data).toBeNull();
      expect(illegal.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'DRAFT', action: 'published' });
      const retire = await h.exec(ReviewTeachingCaseDocument, { input: { id: caseId(D), version: 1, action: 'RETIRE' } });
      expect(retire.errors![0].extensions).toEqual({ code: 'CONFLICT', from: 'IN_REVIEW', action: 'retired' });
      const stale = await h.exec(ReviewTeachingCaseDocument, { input: { id: caseId(D), version: 7, action: 'APPROVE' } });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      expect(await h.sql(`select id, status, version from teaching_case where id = any($1::int[]) order by id`, [[B, D]])).toEqual([
        { id: B, status: 'DRAFT', version: 1 },
        { id: D, status: 'IN_REVIEW', version: 1 },
      ]);
      expect(await auditCount()).toBe(audits);
    });

    it('rejects an unknown action as BAD_USER_INPUT at input.action', async () => {
      const res = await h.exec(ReviewTeachingCaseDocument, { input: { id: caseId(B), version: 1, action: 'BURN' as never } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.action' });
    });
  });

  describe('collections (案例汇编)', () => {
    it('creates a collection with cases, replaces its cases, refuses a stale version, and archives it', async () => {
      const created = await h.exec(CreateCaseCollectionDocument, {
        input: { title: '木兰溪治理案例选编', year: 2024, institutionId: toGlobalId('Institution', inst), caseIds: [caseId(B), caseId(A)] },
      });
      expect(created.errors).toBeUndefined();
      const col = created.data!.createCaseCollection.caseCollection;
      expect(col).toMatchObject({ title: '木兰溪治理案例选编', year: 2024, version: 1, institution: { id: toGlobalId('Institution', inst) } });
      expect(col.cases).toEqual([A, B].map((pk) => ({ id: caseId(pk) })));

      const updated = await h.exec(UpdateCaseCollectionDocument, { input: { id: col.id, version: 1, caseIds: [caseId(C)] } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateCaseCollection.caseCollection).toMatchObject({ title: '木兰溪治理案例选编', version: 2, cases: [{ id: caseId(C) }] });
      const byCase = await h.exec(CaseCollectionsPageDocument, { filter: { caseId: caseId(C), institutionId: toGlobalId('Institution', inst) } });
      expect(byCase.data!.caseCollections.nodes.map((n) => n.id)).toEqual([toGlobalId('CaseCollection', K), col.id]);
      const c = await h.exec(TeachingCaseByIdDocument, { id: caseId(C) });
      expect(c.data!.teachingCase.collections.map((x) => x.id)).toEqual([toGlobalId('CaseCollection', K), col.id]);

      const stale = await h.exec(UpdateCaseCollectionDocument, { input: { id: col.id, version: 1, caseIds: [] } });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      const one = await h.exec(CaseCollectionByIdDocument, { id: col.id });
      expect(one.data!.caseCollection.cases).toEqual([{ id: caseId(C), title: '晋江经验的时代价值' }]);

      const archived = await h.exec(ArchiveCaseCollectionDocument, { input: { id: col.id, version: 2 } });
      expect(archived.data!.archiveCaseCollection.caseCollection.archivedAt).not.toBeNull();
      const after = await h.exec(CaseCollectionsPageDocument, { filter: { institutionId: toGlobalId('Institution', inst) } });
      expect(after.data!.caseCollections.nodes.map((n) => n.id)).toEqual([toGlobalId('CaseCollection', K)]);
      const trail = await h.sql<{ action: string }>(`select action from audit_entry where entity = 'CaseCollection' and $1 = any(entity_ids) order by id`, [col.id]);
      expect(trail.map((t) => t.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
    });

    it.each([
      ['an unknown case id', () => [caseId(A), caseId(99999999)], 'input.caseIds.1'],
      ['a malformed case id', () => ['%%'], 'input.caseIds.0'],
      ['an archived case', () => [caseId(E)], 'input.caseIds.0'],
      ['a case listed twice', () => [caseId(A), caseId(A)], 'input.caseIds'],
    ])('rejects %s with BAD_USER_INPUT at its path', async (_what, ids, field) => {
      const before = await h.sql(`select (select count(*) from case_collection)::int as n, (select count(*) from case_collection_item)::int as items`);
      const res = await h.exec(CreateCaseCollectionDocument, { input: { title: '不应写入', year: 2024, institutionId: toGlobalId('Institution', inst), caseIds: ids() } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await h.sql(`select (select count(*) from case_collection)::int as n, (select count(*) from case_collection_item)::int as items`)).toEqual(before);
    });

    it('looks a collection up, NOT_FOUND when missing', async () => {
      const res = await h.exec(CaseCollectionByIdDocument, { id: toGlobalId('CaseCollection', K) });
      expect(res.data!.caseCollection).toEqual({
        id: toGlobalId('CaseCollection', K),
        title: '福建省优秀案例汇编（2023）',
        year: 2023,
        version: 1,
        archivedAt: null,
        institution: { id: toGlobalId('Institution', inst) },
        cases: [A, C].map((pk) => ({ id: caseId(pk), title: pk === A ? '变害为利 造福人民' : '晋江经验的时代价值' })),
      });
      const missing = await h.exec(CaseCollectionByIdDocument, { id: toGlobalId('CaseCollection', 99999999) });
      expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    });
  });

  describe('awards (精品案例)', () => {
    it('adds an award, refuses the same award twice, and removes it with its version', async () => {
      const [{ mark }] = await h.sql<{ mark: string }>(`select coalesce(max(id), 0)::text as mark from audit_entry`);
      const added = await h.exec(AddCaseAwardDocument, { input: { caseId: caseId(B), name: '全国干部教育培训好案例', level: 'NATIONAL', year: 2024 } });
      expect(added.errors).toBeUndefined();
      const aw = added.data!.addCaseAward.caseAward;
      expect(aw).toMatchObject({ name: '全国干部教育培训好案例', level: 'NATIONAL', year: 2024, version: 1, teachingCase: { id: caseId(B) } });
      expect(added.data!.addCaseAward.teachingCase.awards).toEqual([{ id: aw.id, name: '全国干部教育培训好案例' }]);
      expect(await list({ institutionId: toGlobalId('Institution', inst), hasAward: true })).toEqual([B, C].map(caseId));

      const twice = await h.exec(AddCaseAwardDocument, { input: { caseId: caseId(B), name: '全国干部教育培训好案例', level: 'NATIONAL', year: 2024 } });
      expect(twice.errors![0].extensions!.code).toBe('CONFLICT');

      const stale = await h.exec(RemoveCaseAwardDocument, { input: { id: aw.id, version: 2 } });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      const removed = await h.exec(RemoveCaseAwardDocument, { input: { id: aw.id, version: 1 } });
      expect(removed.errors).toBeUndefined();
      expect(removed.data!.removeCaseAward).toEqual({ removedId: aw.id, teachingCase: { id: caseId(B), awards: [] } });
      const trail = await h.sql<{ action: string }>(`select action from audit_entry where entity = 'CaseAward' and id > $1::bigint order by id`, [mark]);
      expect(trail.map((t) => t.action)).toEqual(['CREATE', 'DELETE']);

      const again = await h.exec(AddCaseAwardDocument, { input: { caseId: caseId(B), name: '全国干部教育培训好案例', level: 'NATIONAL', year: 2024 } });
      expect(again.errors).toBeUndefined();
    });

    it.each([
      ['a year before 2000', { year: 1999 }, 'input.year'],
      ['an over-long name', { name: '奖'.repeat(201) }, 'input.name'],
      ['an unknown case', { caseId: caseId(99999999) }, 'input.caseId'],
    ])('rejects %s with BAD_USER_INPUT at its path', async (_what, over, field) => {
      const res = await h.exec(AddCaseAwardDocument, { input: { caseId: caseId(D), name: '精品案例', level: 'MUNICIPAL', year: 2024, ...over } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });
  });
});
