import { startHarness, type Harness } from './helpers/harness';
import {
  AddClassSessionDocument,
  ArchiveTrainingClassDocument,
  CreateTrainingClassDocument,
  RemoveClassSessionDocument,
  SetClassQuotaDocument,
  TrainingClassByIdDocument,
  TrainingClassesPageDocument,
  UpdateClassSessionDocument,
  UpdateTrainingClassDocument,
} from './generated/graphql';
import { decodeGlobalId, toGlobalId } from '../src/core/read/ids';

async function insert(h: Harness, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const [r] = await h.sql<{ id: number }>(
    `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(row),
  );
  return r.id;
}

const classId = (pk: number) => toGlobalId('TrainingClass', pk);
const pkOf = (gid: string) => decodeGlobalId(gid)!.pk;

describe('training classes (班次): lists, timetable, quotas and writes', () => {
  let h: Harness;
  let inst: number;
  let C1: number, C2: number, C3: number, C4: number;
  let course: number, teacher: number, site: number;
  let units: number[];
  let cadres: number[];
  let sessionLate: number, sessionEarly: number;

  beforeAll(async () => {
    h = await startHarness();
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350300'`);
    inst = await insert(h, 'institution', { name: '班次测试党校', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', region_id: regionId });
    const cls = (row: Record<string, unknown>) => insert(h, 'training_class', { institution_id: inst, ...row });
    C1 = await cls({ name: '2025年春季学期县处级干部进修班', kind: 'MAIN', semester: '2025-SPRING', start_date: '2025-03-03', end_date: '2025-03-14', days: 12, capacity: 50 });
    C2 = await cls({ name: '木兰溪治理专题培训班', kind: 'THEMATIC', semester: '2025-AUTUMN', start_date: '2025-09-01', end_date: '2025-09-05', days: 5, capacity: 40 });
    C3 = await cls({ name: '新录用公务员初任培训班', kind: 'ONBOARDING', semester: '2024-AUTUMN', start_date: '2024-10-10', end_date: '2024-10-20', days: 11, capacity: 80 });
    C4 = await cls({ name: '已归档班次', kind: 'MAIN', semester: '2025-SPRING', start_date: '2025-04-01', end_date: '2025-04-02', days: 2, capacity: 10, archived_at: new Date() });
    course = await insert(h, 'course', { title: '新时代党的创新理论（测试）', category: 'THEORY', method: 'LECTURE', format: 'IN_PERSON', hours: 3, institution_id: inst });
    teacher = await insert(h, 'teacher', { name: '测试教师', kind: 'FULL_TIME', source: 'SCHOOL_FACULTY', institution_id: inst });
    site = await insert(h, 'onsite_teaching_site', { name: '木兰溪现场（测试）', region_id: regionId, theme: '木兰溪治理', institution_id: inst });
    sessionLate = await insert(h, 'class_session', { class_id: C1, title: '结业研讨', date: '2025-03-13', hours: 3, method: 'SEMINAR' });
    sessionEarly = await insert(h, 'class_session', { class_id: C1, title: '开班第一课', date: '2025-03-03', hours: 3, method: 'LECTURE', course_id: course, teacher_id: teacher, is_leader_lecture: true });
    await insert(h, 'class_session', { class_id: C1, title: '已删除课', date: '2025-03-04', hours: 3, method: 'LECTURE', archived_at: new Date() });
    units = (await h.sql<{ id: number }>(`select id from unit order by id limit 3`)).map((r) => r.id);
    cadres = (await h.sql<{ id: number }>(`select id from cadre order by id limit 3`)).map((r) => r.id);
    await insert(h, 'training_assignment', { cadre_id: cadres[0], class_id: C1 });
    await insert(h, 'training_assignment', { cadre_id: cadres[1], class_id: C1, status: 'APPROVED' });
    await insert(h, 'training_assignment', { cadre_id: cadres[2], class_id: C1, archived_at: new Date() });
  });
  afterAll(() => h.stop());

  const own = () => ({ institutionId: toGlobalId('Institution', inst) });
  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(TrainingClassesPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data!.trainingClasses.nodes.map((n) => n.id);
  };

  describe('lists', () => {
    it('filters by institution, semester, kind, date range and keyword', async () => {
      expect(await list(own())).toEqual([C1, C2, C3].map(classId));
      expect(await list(own(), { includeArchived: true })).toEqual([C1, C2, C3, C4].map(classId));
      expect(await list({ ...own(), semester: ['2025-SPRING', '2025-AUTUMN'] })).toEqual([C1, C2].map(classId));
      expect(await list({ ...own(), kind: ['ONBOARDING', 'THEMATIC'] })).toEqual([C2, C3].map(classId));
      // Classes running on at least one day of the range.
      expect(await list({ ...own(), dateFrom: '2025-03-14', dateTo: '2025-09-01' })).toEqual([C1, C2].map(classId));
      expect(await list({ ...own(), dateFrom: '2025-03-15', dateTo: '2025-08-31' })).toEqual([]);
      expect(await list({ ...own(), dateTo: '2024-12-31' })).toEqual([C3].map(classId));
      expect(await list({ ...own(), keyword: '木兰溪' })).toEqual([C2].map(classId));
    });

    it('orders by start date and counts enrollments with one batched statement', async () => {
      const res = await h.exec(TrainingClassesPageDocument, { filter: own(), orderBy: 'START_DATE_DESC' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.trainingClasses).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
      expect(res.data!.trainingClasses.nodes.map((n) => [n.id, n.enrolledCount])).toEqual([
        [classId(C2), 0],
        [classId(C1), 2],
        [classId(C3), 0],
      ]);
      // page + totalCount + one enrolledCount batch, however many classes the page holds
      expect(res.statements).toBe(3);
    });

    it('rejects a reversed date range at filter.dateTo and an over-long keyword at filter.keyword', async () => {
      const res = await h.exec(TrainingClassesPageDocument, { filter: { dateFrom: '2025-09-01', dateTo: '2025-03-01' } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.dateTo' });
      const longKeyword = await h.exec(TrainingClassesPageDocument, { filter: { keyword: '班'.repeat(51) } });
      expect(longKeyword.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.keyword' });
    });
  });

  describe('lookup', () => {
    it('returns the timetable in date order, quotas, enrollments and the enrolled count', async () => {
      const res = await h.exec(TrainingClassByIdDocument, { id: classId(C1) });
      expect(res.errors).toBeUndefined();
      const c = res.data!.trainingClass;
      expect(c).toMatchObject({
        name: '2025年春季学期县处级干部进修班',
        kind: 'MAIN',
        semester: '2025-SPRING',
        startDate: '2025-03-03',
        endDate: '2025-03-14',
        days: 12,
        capacity: 50,
        enrolledCount: 2,
        institution: { id: toGlobalId('Institution', inst) },
        quotas: [],
      });
      expect(c.sessions).toEqual([
        {
          id: toGlobalId('ClassSession', sessionEarly),
          title: '开班第一课',
          date: '2025-03-03',
          hours: 3,
          method: 'LECTURE',
          isLeaderLecture: true,
          venue: 'CLASSROOM',
          course: { id: toGlobalId('Course', course) },
          teacher: { id: toGlobalId('Teacher', teacher) },
          site: null,
        },
        {
          id: toGlobalId('ClassSession', sessionLate),
          title: '结业研讨',
          date: '2025-03-13',
          hours: 3,
          method: 'SEMINAR',
          isLeaderLecture: false,
          venue: 'CLASSROOM',
          course: null,
          teacher: null,
          site: null,
        },
      ]);
      expect(c.enrollments.map((e) => [e.status, e.cadre.id])).toEqual([
        ['NOMINATED', toGlobalId('Cadre', cadres[0])],
        ['APPROVED', toGlobalId('Cadre', cadres[1])],
      ]);
    });

    it('answers NOT_FOUND for a missing class', async () => {
      const res = await h.exec(TrainingClassByIdDocument, { id: classId(99999999) });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
    });
  });

  describe('class writes', () => {
    const newClass = (over: Record<string, unknown> = {}) => ({
      institutionId: toGlobalId('Institution', inst),
      name: '2025年秋季学期中青年干部培训班',
      kind: 'YOUNG_CADRE' as const,
      semester: '2025-AUTUMN',
      startDate: '2025-09-08',
      endDate: '2025-11-07',
      capacity: 60,
      ...over,
    });

    it('creates (days default to the calendar days), updates with the version, refuses a stale version, and archives', async () => {
      const created = await h.exec(CreateTrainingClassDocument, { input: newClass() });
      expect(created.errors).toBeUndefined();
      const cls = created.data!.createTrainingClass.trainingClass;
      expect(cls).toMatchObject({ name: '2025年秋季学期中青年干部培训班', kind: 'YOUNG_CADRE', days: 61, capacity: 60, version: 1, institution: { id: toGlobalId('Institution', inst) } });

      const updated = await h.exec(UpdateTrainingClassDocument, { input: { id: cls.id, version: 1, endDate: '2025-10-31', days: 37.5 } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateTrainingClass.trainingClass).toMatchObject({ startDate: '2025-09-08', endDate: '2025-10-31', days: 37.5, version: 2 });

      const stale = await h.exec(UpdateTrainingClassDocument, { input: { id: cls.id, version: 1, capacity: 99 } });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      expect(await h.sql(`select capacity, end_date::text, version from training_class where id = $1`, [pkOf(cls.id)])).toEqual([{ capacity: 60, end_date: '2025-10-31', version: 2 }]);

      const archived = await h.exec(ArchiveTrainingClassDocument, { input: { id: cls.id, version: 2 } });
      expect(archived.data!.archiveTrainingClass.trainingClass.archivedAt).not.toBeNull();
      expect(await list(own())).toEqual([C1, C2, C3].map(classId));
      const trail = await h.sql<{ action: string; fields: string[] }>(`select action, fields from audit_entry where entity = 'TrainingClass' and $1 = any(entity_ids) order by id`, [cls.id]);
      expect(trail).toEqual([
        { action: 'CREATE', fields: ['institutionId', 'name', 'kind', 'semester', 'startDate', 'endDate', 'capacity'] },
        { action: 'UPDATE', fields: ['endDate', 'days'] },
        { action: 'ARCHIVE', fields: ['archivedAt'] },
      ]);
    });

    it.each([
      ['an end date before the start date', { startDate: '2025-09-08', endDate: '2025-09-07' }, 'input.endDate'],
      ['a malformed semester', { semester: '2025-SUMMER' }, 'input.semester'],
      ['a zero capacity', { capacity: 0 }, 'input.capacity'],
      ['negative days', { days: -1 }, 'input.days'],
      ['days with two decimals', { days: 1.25 }, 'input.days'],
      ['an over-long name', { name: '班'.repeat(201) }, 'input.name'],
      ['an unknown institution', { institutionId: toGlobalId('Institution', 99999999) }, 'input.institutionId'],
      ['a malformed date', { startDate: '2025-02-30' }, 'input.startDate'],
      ['an unknown kind', { kind: 'VACATION' }, 'input.kind'],
    ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await h.sql(`select (select count(*) from training_class)::int as classes, (select count(*) from audit_entry)::int as audits`);
      const res = await h.exec(CreateTrainingClassDocument, { input: newClass(over) as never });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await h.sql(`select (select count(*) from training_class)::int as classes, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
    });

    it('blames the start date when only the start moves past the stored end, and refuses dates that strand sessions', async () => {
      const start = await h.exec(UpdateTrainingClassDocument, { input: { id: classId(C2), version: 1, startDate: '2025-09-06' } });
      expect(start.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startDate' });
      const end = await h.exec(UpdateTrainingClassDocument, { input: { id: classId(C2), version: 1, endDate: '2025-08-31' } });
      expect(end.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
      const strands = await h.exec(UpdateTrainingClassDocument, { input: { id: classId(C1), version: 1, endDate: '2025-03-12' } });
      expect(strands.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
      expect(await h.sql(`select id, start_date::text, end_date::text, version from training_class where id = any($1::int[]) order by id`, [[C1, C2]])).toEqual([
        { id: C1, start_date: '2025-03-03', end_date: '2025-03-14', version: 1 },
        { id: C2, start_date: '2025-09-01', end_date: '2025-09-05', version: 1 },
      ]);
    });
  });

  describe('timetable (课表)', () => {
    const newSession = (over: Record<string, unknown> = {}) => ({
      classId: classId(C2),
      title: '木兰溪治理现场教学',
      date: '2025-09-02',
      hours: 3.5,
      method: 'ONSITE' as const,
      siteId: toGlobalId('OnsiteTeachingSite', site),
      ...over,
    });

    it('adds an onsite session, updates it, refuses a stale version, and removes it', async () => {
      const added = await h.exec(AddClassSessionDocument, { input: newSession() });
      expect(added.errors).toBeUndefined();
      const s = added.data!.addClassSession.classSession;
      expect(s).toMatchObject({
        title: '木兰溪治理现场教学',
        date: '2025-09-02',
        hours: 3.5,
        method: 'ONSITE',
        venue: 'ONSITE',
        isLeaderLecture: false,
        version: 1,
        trainingClass: { id: classId(C2) },
        site: { id: toGlobalId('OnsiteTeachingSite', site) },
        course: null,
        teacher: null,
      });

      const updated = await h.exec(UpdateClassSessionDocument, {
        input: { id: s.id, version: 1, hours: 4, teacherId: toGlobalId('Teacher', teacher), isLeaderLecture: true },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateClassSession.classSession).toMatchObject({ hours: 4, isLeaderLecture: true, teacher: { id: toGlobalId('Teacher', teacher) }, version: 2 });
      const moved = await h.exec(UpdateClassSessionDocument, { input: { id: s.id, version: 2, venue: 'CLASSROOM', siteId: null, teacherId: null } });
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.updateClassSession.classSession).toMatchObject({ venue: 'CLASSROOM', site: null, teacher: null, version: 3 });

      const stale = await h.exec(UpdateClassSessionDocument, { input: { id: s.id, version: 1, hours: 1 } });
      expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
      expect(await h.sql(`select hours::float as hours, version from class_session where id = $1`, [pkOf(s.id)])).toEqual([{ hours: 4, version: 3 }]);

      const removed = await h.exec(RemoveClassSessionDocument, { input: { id: s.id, version: 3 } });
      expect(removed.data!.removeClassSession.classSession.archivedAt).not.toBeNull();
      const cls = await h.exec(TrainingClassByIdDocument, { id: classId(C2) });
      expect(cls.data!.trainingClass.sessions).toEqual([]);
      const trail = await h.sql<{ action: string }>(`select action from audit_entry where entity = 'ClassSession' and $1 = any(entity_ids) order by id`, [s.id]);
      expect(trail.map((t) => t.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
    });

    it.each([
      ['negative hours', { hours: -1 }, 'input.hours'],
      ['more than a day of hours', { hours: 25 }, 'input.hours'],
      ['hours with two decimals', { hours: 0.25 }, 'input.hours'],
      ['a date outside the class', { date: '2025-09-06' }, 'input.date'],
      ['an onsite session without a site', { siteId: null, venue: 'ONSITE' }, 'input.siteId'],
      ['a site on a classroom session', { venue: 'CLASSROOM' }, 'input.siteId'],
      ['an unknown course', { courseId: toGlobalId('Course', 99999999) }, 'input.courseId'],
      ['a teacher id of another type', { teacherId: toGlobalId('Course', course) }, 'input.teacherId'],
      ['an unknown class', { classId: classId(99999999) }, 'input.classId'],
      ['an archived class', { classId: classId(C4), date: '2025-04-01' }, 'input.classId'],
      ['an over-long title', { title: '课'.repeat(201) }, 'input.title'],
    ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
      const before = await h.sql(`select (select count(*) from class_session)::int as sessions, (select count(*) from audit_entry)::int as audits`);
      const res = await h.exec(AddClassSessionDocument, { input: newSession(over) as never });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await h.sql(`select (select count(*) from class_session)::int as sessions, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
    });

    it('moves a session only within the class dates', async () => {
      const res = await h.exec(UpdateClassSessionDocument, { input: { id: toGlobalId('ClassSession', sessionLate), version: 1, date: '2025-03-15' } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.date' });
    });
  });

  describe('seat quotas (名额分配)', () => {
    const unit = (i: number) => toGlobalId('Unit', units[i]);

    it('allocates, changes with the version, keeps within capacity, and withdraws', async () => {
      const [{ mark }] = await h.sql<{ mark: string }>(`select coalesce(max(id), 0)::text as mark from audit_entry`);
      const first = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(0), seats: 30 } });
      expect(first.errors).toBeUndefined();
      const q = first.data!.setClassQuota.classQuota!;
      expect(q).toMatchObject({ seats: 30, version: 1, unit: { id: unit(0) }, trainingClass: { id: classId(C2) } });

      const over = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(1), seats: 11 } });
      expect(over.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.seats' });
      const fits = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(1), seats: 10 } });
      expect(fits.data!.setClassQuota.trainingClass.quotas).toEqual([
        { seats: 30, unit: { id: unit(0) } },
        { seats: 10, unit: { id: unit(1) } },
      ]);

      const noVersion = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(0), seats: 20 } });
      expect(noVersion.errors![0].extensions!.code).toBe('CONFLICT');
      const changed = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(0), seats: 20, version: 1 } });
      expect(changed.data!.setClassQuota.classQuota).toMatchObject({ id: q.id, seats: 20, version: 2 });

      const shrink = await h.exec(UpdateTrainingClassDocument, { input: { id: classId(C2), version: 1, capacity: 29 } });
      expect(shrink.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.capacity' });

      const withdrawn = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(0), seats: 0, version: 2 } });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.setClassQuota).toEqual({ classQuota: null, trainingClass: { id: classId(C2), quotas: [{ seats: 10, unit: { id: unit(1) } }] } });
      const gone = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C2), unitId: unit(0), seats: 5, version: 2 } });
      expect(gone.errors![0].extensions!.code).toBe('CONFLICT');
      const trail = await h.sql<{ action: string }>(`select action from audit_entry where entity = 'ClassQuota' and id > $1::bigint order by id`, [mark]);
      expect(trail.map((t) => t.action)).toEqual(['CREATE', 'CREATE', 'UPDATE', 'DELETE']);
    });

    it.each([
      ['negative seats', { seats: -1 }, 'input.seats'],
      ['an unknown unit', { unitId: toGlobalId('Unit', 99999999) }, 'input.unitId'],
      ['an unknown class', { classId: classId(99999999) }, 'input.classId'],
      ['a malformed class id', { classId: 'x' }, 'input.classId'],
    ])('rejects %s with BAD_USER_INPUT at its path', async (_what, over, field) => {
      const res = await h.exec(SetClassQuotaDocument, { input: { classId: classId(C3), unitId: unit(2), seats: 5, ...over } });
      expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });
  });
});
