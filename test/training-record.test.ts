import { startHarness, type ExecResult, type Harness } from './helpers/harness';
import {
  ArchiveTrainingRecordDocument,
  CreateTrainingRecordDocument,
  TrainingRecordByIdDocument,
  TrainingRecordsPageDocument,
  UpdateTrainingRecordDocument,
  type CreateTrainingRecordInput,
  type TrainingRecordsPageQuery,
} from './generated/graphql';
import { lookupPk, toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

/** The agency in the clerk's token is what `recordedBy` must say. */
const CLERK: Viewer = { subject: 'tr-test-clerk', role: Role.ADMIN, agency: 'TR-TEST-AGENCY', region: '970000' };

interface Fixture {
  cadreA: string;
  cadreB: string;
  unit: string;
  trainingClass: string;
  course: string;
  p1: string;
  p2: string;
  /** record title → global id */
  r: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5', string>;
}

/**
 * A region tree of its own (97xxxx codes are not in GB/T 2260) with two cadres in two cities and
 * five records, so every filter below has one exact expected answer whatever else the seed holds.
 */
async function fixtures(h: Harness): Promise<Fixture> {
  const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
  const prov = await one(`insert into region (code, name, level, path) values ('970000', '测试省', 'PROVINCE', '/970000/') returning id`);
  const cityA = await one(`insert into region (code, name, level, parent_id, path) values ('970100', '甲市', 'CITY', $1, '/970000/970100/') returning id`, [prov]);
  const cityB = await one(`insert into region (code, name, level, parent_id, path) values ('970200', '乙市', 'CITY', $1, '/970000/970200/') returning id`, [prov]);
  const unit = await one(`insert into unit (name, kind, region_id) values ('甲市测试局', 'GOVERNMENT_DEPT', $1) returning id`, [cityA]);
  const cadre = (name: string, idCard: string, region: number) =>
    one(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ($1, 'MALE', '1980-01-01', $2, $3, $4, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长') returning id`,
      [name, idCard, unit, region],
    );
  const cadreA = await cadre('甲干部', '970100198001010011', cityA);
  const cadreB = await cadre('乙干部', '970200198001010022', cityB);
  const inst = await one(`insert into institution (name, kind, level, region_id) values ('测试省委党校', 'PARTY_SCHOOL', 'PROVINCIAL', $1) returning id`, [prov]);
  const klass = await one(
    `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
     values ($1, '测试主体班', 'MAIN', '2025-SPRING', '2025-03-01', '2025-03-05', 5, 50) returning id`,
    [inst],
  );
  const course = await one(
    `insert into course (title, category, method, format, hours, institution_id) values ('测试理论课', 'THEORY', 'LECTURE', 'IN_PERSON', 3, $1) returning id`,
    [inst],
  );
  const p1 = await one(`insert into platform (code, name, owner, is_recognised) values ('TRT-P1', '测试网院一', '测试省委组织部', true) returning id`);
  const p2 = await one(`insert into platform (code, name, owner, is_recognised) values ('TRT-P2', '测试网院二', '测试行业', false) returning id`);
  const record = (cols: string, values: unknown[]) => {
    const ph = values.map((_, i) => `$${i + 1}`).join(', ');
    return one(`insert into training_record (${cols}) values (${ph}) returning id`, values);
  };
  const base = 'cadre_id, mode, title, hours, credited_hours, days, start_date, end_date';
  const r1 = await record(`${base}, class_id`, [cadreA, 'FULL_TIME_TRAINING', 'r1', 30, 30, 5, '2025-03-01', '2025-03-05', klass]);
  const r2 = await record(`${base}, platform_id, external_id, verification_status`, [cadreA, 'ONLINE_SELF_STUDY', 'r2', 2.5, 2.5, 0, '2025-06-10', '2025-06-10', p1, 'X1', 'PENDING']);
  const r3 = await record(`${base}, course_id`, [cadreA, 'CENTER_GROUP_STUDY', 'r3', 3, 3, 0, '2024-12-28', '2025-01-03', course]);
  const r4 = await record(`${base}, platform_id, external_id`, [cadreB, 'ONLINE_SELF_STUDY', 'r4', 4, 4, 0, '2025-07-01', '2025-07-01', p2, 'X1']);
  const r5 = await record(`${base}, archived_at`, [cadreB, 'LECTURE_BRIEFING', 'r5', 2, 2, 0, '2025-02-01', '2025-02-01', new Date('2025-02-02T00:00:00Z')]);
  const g = (pk: number) => toGlobalId('TrainingRecord', pk);
  return {
    cadreA: toGlobalId('Cadre', cadreA),
    cadreB: toGlobalId('Cadre', cadreB),
    unit: toGlobalId('Unit', unit),
    trainingClass: toGlobalId('TrainingClass', klass),
    course: toGlobalId('Course', course),
    p1: toGlobalId('Platform', p1),
    p2: toGlobalId('Platform', p2),
    r: { r1: g(r1), r2: g(r2), r3: g(r3), r4: g(r4), r5: g(r5) },
  };
}

describe('training records: lists, lookups and writes', () => {
  let h: Harness;
  let f: Fixture;
  beforeAll(async () => {
    h = await startHarness();
    f = await fixtures(h);
  });
  afterAll(() => h.stop());

  const titles = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(TrainingRecordsPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    const page = res.data!.trainingRecords;
    expect(page.totalCount).toBe(page.edges.length);
    return page.edges.map((e) => e.node.title);
  };

  it('filters by cadre, mode, platform, class, course and verification status', async () => {
    expect(await titles({ cadreId: f.cadreA })).toEqual(['r1', 'r2', 'r3']);
    expect(await titles({ cadreId: f.cadreB })).toEqual(['r4']);
    expect(await titles({ regionCode: '970000', mode: ['ONLINE_SELF_STUDY', 'LECTURE_BRIEFING'] })).toEqual(['r2', 'r4']);
    expect(await titles({ platformId: f.p1 })).toEqual(['r2']);
    expect(await titles({ platformId: f.p2 })).toEqual(['r4']);
    expect(await titles({ classId: f.trainingClass })).toEqual(['r1']);
    expect(await titles({ courseId: f.course })).toEqual(['r3']);
    expect(await titles({ regionCode: '970000', verificationStatus: ['PENDING'] })).toEqual(['r2']);
    expect(await titles({ regionCode: '970000', verificationStatus: ['VERIFIED'] })).toEqual(['r1', 'r3', 'r4']);
  });

  it("filters by the cadre's region subtree", async () => {
    expect(await titles({ regionCode: '970000' })).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(await titles({ regionCode: '970100' })).toEqual(['r1', 'r2', 'r3']);
    expect(await titles({ regionCode: '970200' })).toEqual(['r4']);
    expect(await titles({ regionCode: '979999' })).toEqual([]);
  });

  it('keeps every record that overlaps the date range', async () => {
    // r3 runs from 2024-12-28 to 2025-01-03, so it belongs to January as well as December.
    expect(await titles({ regionCode: '970000', dateFrom: '2025-01-01', dateTo: '2025-01-31' })).toEqual(['r3']);
    expect(await titles({ regionCode: '970000', dateFrom: '2024-12-01', dateTo: '2024-12-31' })).toEqual(['r3']);
    // r1 ends on 2025-03-05: a range starting that day still overlaps it.
    expect(await titles({ regionCode: '970000', dateFrom: '2025-03-05' })).toEqual(['r1', 'r2', 'r4']);
    expect(await titles({ regionCode: '970000', dateTo: '2025-03-01' })).toEqual(['r1', 'r3']);
    expect(await titles({ regionCode: '970000', dateFrom: '2025-03-06', dateTo: '2025-06-09' })).toEqual([]);
  });

  it('rejects a date range that ends before it starts', async () => {
    const res = await h.exec(TrainingRecordsPageDocument, { filter: { dateFrom: '2025-02-01', dateTo: '2025-01-01' } });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.dateTo' });
  });

  it('leaves archived records out unless asked', async () => {
    expect(await titles({ cadreId: f.cadreB })).toEqual(['r4']);
    expect(await titles({ cadreId: f.cadreB }, { includeArchived: true })).toEqual(['r4', 'r5']);
  });

  it('orders by start date and pages with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    do {
      const res: ExecResult<TrainingRecordsPageQuery> = await h.exec(TrainingRecordsPageDocument, { filter: { regionCode: '970000' }, orderBy: 'START_DATE_DESC', first: 3, after });
      expect(res.errors).toBeUndefined();
      const page = res.data!.trainingRecords;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e) => e.node.title!));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(['r4', 'r2', 'r1', 'r3']);
    expect(await titles({ regionCode: '970000' }, { orderBy: 'END_DATE_ASC' })).toEqual(['r3', 'r1', 'r2', 'r4']);
  });

  it('finds one record by id with its cadre, platform, class and course, and answers NOT_FOUND otherwise', async () => {
    const r1 = await h.exec(TrainingRecordByIdDocument, { id: f.r.r1 });
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.trainingRecord).toMatchObject({
      id: f.r.r1,
      mode: 'FULL_TIME_TRAINING',
      hours: 30,
      creditedHours: 30,
      days: 5,
      startDate: '2025-03-01',
      endDate: '2025-03-05',
      verificationStatus: 'VERIFIED',
      cadre: { id: f.cadreA, name: '甲干部' },
      platform: null,
      trainingClass: { id: f.trainingClass, name: '测试主体班' },
      course: null,
    });
    const r2 = await h.exec(TrainingRecordByIdDocument, { id: f.r.r2 });
    expect(r2.data!.trainingRecord).toMatchObject({ hours: 2.5, externalId: 'X1', platform: { id: f.p1, code: 'TRT-P1' }, verificationStatus: 'PENDING' });
    const r3 = await h.exec(TrainingRecordByIdDocument, { id: f.r.r3 });
    expect(r3.data!.trainingRecord.course).toEqual({ id: f.course, title: '测试理论课' });

    const missing = await h.exec(TrainingRecordByIdDocument, { id: toGlobalId('TrainingRecord', 99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    const otherType = await h.exec(TrainingRecordByIdDocument, { id: f.cadreA });
    expect(otherType.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('loads the relations of a whole page in a fixed number of statements', async () => {
    const query = `query ($filter: TrainingRecordFilter) {
      trainingRecords(filter: $filter, first: 100) { nodes { id cadre { name } platform { code } trainingClass { name } course { title } } }
    }`;
    const res = await h.exec(query, { filter: { regionCode: '970000' } });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).trainingRecords.nodes).toHaveLength(4);
    // the page, then one statement per relation (cadre, platform, class, course)
    expect(res.statements).toBe(5);
  });

  describe('writes', () => {
    const input = (over: Partial<Record<keyof CreateTrainingRecordInput, unknown>> = {}): CreateTrainingRecordInput =>
      ({
        cadreId: f.cadreA,
        mode: 'FULL_TIME_TRAINING',
        title: '新录入的脱产培训',
        hours: 12,
        startDate: '2025-09-01',
        endDate: '2025-09-02',
        ...over,
      }) as CreateTrainingRecordInput;

    const snapshot = () =>
      h.sql(`select (select count(*) from training_record)::int as records, (select count(*) from audit_entry)::int as audits,
        (select coalesce(sum(version), 0) from training_record)::int as versions`);

    it('creates a record: credited hours default to the hours, recordedBy is the token agency, and the write is audited', async () => {
      const res = await h.exec(
        CreateTrainingRecordDocument,
        { input: input({ title: '创建测试', platformId: f.p1, externalId: 'NEW-1', classId: f.trainingClass, courseId: f.course, days: 2 }) },
        CLERK,
      );
      expect(res.errors).toBeUndefined();
      const rec = res.data!.createTrainingRecord.trainingRecord;
      expect(rec).toMatchObject({
        version: 1,
        mode: 'FULL_TIME_TRAINING',
        title: '创建测试',
        hours: 12,
        creditedHours: 12,
        days: 2,
        startDate: '2025-09-01',
        endDate: '2025-09-02',
        externalId: 'NEW-1',
        recordedBy: 'TR-TEST-AGENCY',
        verificationStatus: 'VERIFIED',
        archivedAt: null,
        cadre: { id: f.cadreA },
        platform: { id: f.p1 },
        trainingClass: { id: f.trainingClass },
        course: { id: f.course },
      });
      const [row] = await h.sql(`select hours::text, credited_hours::text, days::text, recorded_by from training_record where title = '创建测试'`);
      expect(row).toEqual({ hours: '12.0', credited_hours: '12.0', days: '2.0', recorded_by: 'TR-TEST-AGENCY' });
      const audits = await h.sql(`select actor, role, agency, action, entity, entity_ids from audit_entry where $1 = any(entity_ids)`, [rec.id]);
      expect(audits).toEqual([{ actor: 'tr-test-clerk', role: 'ADMIN', agency: 'TR-TEST-AGENCY', action: 'CREATE', entity: 'TrainingRecord', entity_ids: [rec.id] }]);

      const explicit = await h.exec(CreateTrainingRecordDocument, { input: input({ title: '认定学时测试', hours: 8, creditedHours: 6.5 }) }, CLERK);
      expect(explicit.data!.createTrainingRecord.trainingRecord).toMatchObject({ hours: 8, creditedHours: 6.5, days: 0 });
    });

    it('never takes recordedBy from the input', async () => {
      const before = await snapshot();
      const res = await h.exec(CreateTrainingRecordDocument, { input: { ...input(), recordedBy: 'SOMEONE-ELSE' } as never }, CLERK);
      expect(res.data).toBeUndefined();
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    });

    it('updates with the version, refuses a stale version without writing, and archives', async () => {
      const created = await h.exec(CreateTrainingRecordDocument, { input: input({ title: '修改测试', hours: 6 }) }, CLERK);
      const id = created.data!.createTrainingRecord.trainingRecord.id;

      // credited hours equalled the hours, so they follow a corrected figure
      const updated = await h.exec(UpdateTrainingRecordDocument, { input: { id, version: 1, hours: 9, verificationStatus: 'PENDING' } }, CLERK);
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateTrainingRecord.trainingRecord).toMatchObject({ version: 2, hours: 9, creditedHours: 9, verificationStatus: 'PENDING', recordedBy: 'TR-TEST-AGENCY' });

      const credited = await h.exec(UpdateTrainingRecordDocument, { input: { id, version: 2, creditedHours: 4.5, platformId: f.p2, externalId: 'UPD-1' } }, CLERK);
      expect(credited.errors).toBeUndefined();
      expect(credited.data!.updateTrainingRecord.trainingRecord).toMatchObject({ version: 3, hours: 9, creditedHours: 4.5, platform: { id: f.p2 }, externalId: 'UPD-1' });

      const cleared = await h.exec(UpdateTrainingRecordDocument, { input: { id, version: 3, platformId: null, externalId: null, hours: 10 } }, CLERK);
      expect(cleared.data!.updateTrainingRecord.trainingRecord).toMatchObject({ version: 4, platform: null, externalId: null, hours: 10, creditedHours: 4.5 });

      const before = await snapshot();
      const stale = await h.exec(UpdateTrainingRecordDocument, { input: { id, version: 3, title: '过期修改' } }, CLERK);
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
      expect(await snapshot()).toEqual(before);
      const [row] = await h.sql(`select title, version, hours::text from training_record where id = $1`, [lookupPk(id, 'TrainingRecord')]);
      expect(row).toEqual({ title: '修改测试', version: 4, hours: '10.0' });

      const archived = await h.exec(ArchiveTrainingRecordDocument, { input: { id, version: 4 } }, CLERK);
      expect(archived.errors).toBeUndefined();
      expect(archived.data!.archiveTrainingRecord.trainingRecord).toMatchObject({ id, version: 5 });
      expect(archived.data!.archiveTrainingRecord.trainingRecord.archivedAt).toEqual(expect.any(String));
      expect(await titles({ cadreId: f.cadreA, dateFrom: '2025-09-01' })).not.toContain('修改测试');

      const again = await h.exec(ArchiveTrainingRecordDocument, { input: { id, version: 5 } }, CLERK);
      expect(again.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });

      const audits = await h.sql(`select action, fields from audit_entry where entity = 'TrainingRecord' and $1 = any(entity_ids) order by id`, [id]);
      expect(audits).toEqual([
        { action: 'CREATE', fields: ['cadreId', 'mode', 'title', 'hours', 'startDate', 'endDate'] },
        { action: 'UPDATE', fields: ['verificationStatus', 'hours', 'creditedHours'] },
        { action: 'UPDATE', fields: ['externalId', 'creditedHours', 'platform'] },
        { action: 'UPDATE', fields: ['externalId', 'hours', 'platform'] },
        { action: 'ARCHIVE', fields: ['archivedAt'] },
      ]);
    });

    it('answers NOT_FOUND when updating a record that does not exist', async () => {
      const res = await h.exec(UpdateTrainingRecordDocument, { input: { id: toGlobalId('TrainingRecord', 99999999), version: 1, title: 'x' } }, CLERK);
      expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it('refuses a second record with the same external id from the same platform', async () => {
      const before = await snapshot();
      const dup = await h.exec(CreateTrainingRecordDocument, { input: input({ platformId: f.p1, externalId: 'X1' }) }, CLERK);
      expect(dup.data).toBeNull();
      expect(dup.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.externalId' });
      expect(await snapshot()).toEqual(before);

      // the same external id from another platform is a different record
      const other = await h.exec(CreateTrainingRecordDocument, { input: input({ title: '外部编号测试', platformId: f.p2, externalId: 'X2' }) }, CLERK);
      expect(other.errors).toBeUndefined();
      const moved = await h.exec(
        UpdateTrainingRecordDocument,
        { input: { id: other.data!.createTrainingRecord.trainingRecord.id, version: 1, externalId: 'X1' } },
        CLERK,
      );
      expect(moved.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.externalId' });
    });

    it.each([
      ['an unknown mode', { mode: 'SELF_TAUGHT' }, 'input.mode'],
      ['negative hours', { hours: -1 }, 'input.hours'],
      ['negative credited hours', { creditedHours: -0.5 }, 'input.creditedHours'],
      ['negative days', { days: -1 }, 'input.days'],
      ['hours finer than one decimal', { hours: 1.25 }, 'input.hours'],
      ['an unknown cadre', { cadreId: toGlobalId('Cadre', 99999999) }, 'input.cadreId'],
      ['a cadre id of another type', { cadreId: toGlobalId('Unit', 1) }, 'input.cadreId'],
      ['an unknown class', { classId: toGlobalId('TrainingClass', 99999999) }, 'input.classId'],
      ['an unknown course', { courseId: toGlobalId('Course', 99999999) }, 'input.courseId'],
      ['an unknown platform', { platformId: toGlobalId('Platform', 99999999) }, 'input.platformId'],
      ['a malformed platform id', { platformId: 'not an id' }, 'input.platformId'],
      ['an over-long title', { title: '训'.repeat(201) }, 'input.title'],
      ['an over-long external id', { externalId: 'x'.repeat(65) }, 'input.externalId'],
      ['a malformed date', { startDate: '2025-02-30' }, 'input.startDate'],
      ['an end before the start', { startDate: '2025-09-02', endDate: '2025-09-01' }, 'input.endDate'],
    ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await snapshot();
      const res = await h.exec(CreateTrainingRecordDocument, { input: input(over) }, CLERK);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await snapshot()).toEqual(before);
    });

    it('rejects an update that puts the end before the start, naming the field that moved', async () => {
      const before = await snapshot();
      const end = await h.exec(UpdateTrainingRecordDocument, { input: { id: f.r.r1, version: 1, endDate: '2025-02-28' } }, CLERK);
      expect(end.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
      const start = await h.exec(UpdateTrainingRecordDocument, { input: { id: f.r.r1, version: 1, startDate: '2025-03-06' } }, CLERK);
      expect(start.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
      const nullHours = await h.exec(UpdateTrainingRecordDocument, { input: { id: f.r.r1, version: 1, hours: null } as never }, CLERK);
      expect(nullHours.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hours' });
      const negative = await h.exec(UpdateTrainingRecordDocument, { input: { id: f.r.r1, version: 1, days: -2 } }, CLERK);
      expect(negative.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.days' });
      expect(await snapshot()).toEqual(before);
    });
  });
});
