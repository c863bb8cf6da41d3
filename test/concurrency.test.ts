// Issue 8, point 8: writes raced over real HTTP. Updates holding one version (exactly one wins,
// nothing lost), updates against archives, the same import five times at once, two platforms and
// an attendance reporting one training at once, and nominations past a class's capacity.
import { startHarness, ADMIN, type Harness } from './helpers/harness';
import { codes, overlapped, race, shuffled, type RaceCall, type RaceReply } from './helpers/race';
import {
  ArchiveCadreDocument,
  CreateTrainingAssignmentDocument,
  ImportTrainingRecordsCountsDocument,
  TransitionTrainingAssignmentDocument,
  UpdateCadreDocument,
  UpdateCourseDocument,
  type ImportTrainingRecordInput,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

const winners = (replies: RaceReply[]) => replies.map((r, i) => [r, i] as const).filter(([r]) => codes(r).length === 0);

describe('concurrency: races over HTTP (并发写入)', () => {
  let h: Harness;
  let token: string;
  let regionId: number;
  let unitId: number;
  let institutionPk: number;
  let cadrePks: number[];

  beforeAll(async () => {
    h = await startHarness();
    token = await h.token(ADMIN, 3600);
    [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350100'`);
    [{ id: unitId }] = await h.sql<{ id: number }>(`select id from unit order by id limit 1`);
    [{ id: institutionPk }] = await h.sql<{ id: number }>(
      `insert into institution (name, kind, level, region_id) values ('并发写入党校', 'PARTY_SCHOOL', 'MUNICIPAL', $1) returning id`,
      [regionId],
    );
    cadrePks = (
      await h.sql<{ id: number }>(
        `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
         select '并发写入' || n, 'FEMALE', '1982-01-01', '99400019820101' || lpad(n::text, 3, '0') || 'X', $1, $2, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长'
         from generate_series(1, 8) n returning id`,
        [unitId, regionId],
      )
    ).map((r) => r.id);
  });
  afterAll(() => h.stop());

  const newClass = async (capacity: number) =>
    (
      await h.sql<{ id: number }>(
        `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
         values ($1, '并发写入班', 'MAIN', '2025-AUTUMN', '2025-10-08', '2025-10-10', 3, $2) returning id`,
        [institutionPk, capacity],
      )
    )[0].id;

  it('concurrent updates holding one version: exactly one of five wins, the others get CONFLICT, the winner is stored whole (100 trials)', async () => {
    const [{ id: cadrePk }] = await h.sql<{ id: number }>(`select id from cadre where id = $1`, [cadrePks[0]]);
    const [{ id: coursePk }] = await h.sql<{ id: number }>(
      `insert into course (title, category, method, format, hours, institution_id) values ('并发课程', 'THEORY', 'LECTURE', 'IN_PERSON', 3, $1) returning id`,
      [institutionPk],
    );
    const teachers = (
      await h.sql<{ id: number }>(
        `insert into teacher (name, kind, source, institution_id) select '并发教师' || n, 'FULL_TIME', 'SCHOOL_FACULTY', $1 from generate_series(1, 5) n returning id`,
        [institutionPk],
      )
    ).map((r) => r.id);
    const cadre = toGlobalId('Cadre', cadrePk);
    const course = toGlobalId('Course', coursePk);
    let inFlightTogether = 0;
    for (let t = 0; t < 100; t++) {
      const onCadre = t % 2 === 0;
      // Every fifth trial all five send the very same change: still only the first may write it.
      const same = t % 5 === 4;
      const [{ version }] = await h.sql<{ version: number }>(`select version from ${onCadre ? 'cadre' : 'course'} where id = $1`, [onCadre ? cadrePk : coursePk]);
      const inputs = Array.from({ length: 5 }, (_, i) => {
        const n = same ? 0 : i;
        return onCadre
          ? { id: cadre, version, position: `职务-${t}-${n}` }
          : { id: course, version, title: `课程-${t}-${n}`, teacherIds: [toGlobalId('Teacher', teachers[n])] };
      });
      const replies = await race(
        h,
        token,
        inputs.map((input) => ({ doc: onCadre ? UpdateCadreDocument : UpdateCourseDocument, variables: { input } })),
      );
      if (overlapped(replies)) inFlightTogether++;
      const won = winners(replies);
      expect({ t, winners: won.length, losers: replies.filter((r) => codes(r).length).map(codes) }).toEqual({ t, winners: 1, losers: [['CONFLICT'], ['CONFLICT'], ['CONFLICT'], ['CONFLICT']] });
      const w = inputs[won[0][1]];
      if (onCadre) {
        const [row] = await h.sql(`select position, version from cadre where id = $1`, [cadrePk]);
        expect(row).toEqual({ position: (w as { position: string }).position, version: version + 1 });
        expect(won[0][0].data!.updateCadre.cadre).toMatchObject({ position: row.position, version: version + 1 });
      } else {
        const [row] = await h.sql(`select title, version from course where id = $1`, [coursePk]);
        const pivot = await h.sql<{ teacher_id: number }>(`select teacher_id from course_teacher where course_id = $1`, [coursePk]);
        const wc = w as { title: string; teacherIds: string[] };
        expect({ row, teachers: pivot.map((p) => toGlobalId('Teacher', p.teacher_id)) }).toEqual({ row: { title: wc.title, version: version + 1 }, teachers: wc.teacherIds });
      }
      const [{ n }] = await h.sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'UPDATE' and $1 = any(entity_ids)`, [
        onCadre ? cadre : course,
      ]);
      expect(n).toBe(Math.floor(t / 2) + 1);
    }
    expect(inFlightTogether).toBe(100);
  });

  it('an update raced against an archive at one version: one wins, the other gets CONFLICT, never NOT_FOUND (20 trials)', async () => {
    for (let t = 0; t < 20; t++) {
      const [{ id: pk }] = await h.sql<{ id: number }>(
        `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
         values ('归档竞争', 'MALE', '1981-01-01', '99500019810101' || lpad($3::text, 3, '0') || 'X', $1, $2, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长') returning id`,
        [unitId, regionId, t],
      );
      const id = toGlobalId('Cadre', pk);
      const calls: RaceCall[] = shuffled(
        [
          { doc: UpdateCadreDocument, variables: { input: { id, version: 1, position: '新职务' } } },
          { doc: UpdateCadreDocument, variables: { input: { id, version: 1, position: '新职务' } } },
          { doc: ArchiveCadreDocument, variables: { input: { id, version: 1 } } },
          { doc: ArchiveCadreDocument, variables: { input: { id, version: 1 } } },
        ],
        t,
      );
      const replies = await race(h, token, calls);
      const won = winners(replies);
      expect({ t, winners: won.length, losers: replies.filter((r) => codes(r).length).map(codes) }).toEqual({ t, winners: 1, losers: [['CONFLICT'], ['CONFLICT'], ['CONFLICT']] });
      const archived = calls[won[0][1]].doc === ArchiveCadreDocument;
      const [row] = await h.sql(`select position, version, archived_at is not null as archived from cadre where id = $1`, [pk]);
      expect(row).toEqual({ position: archived ? '科长' : '新职务', version: 2, archived });
    }
  });

  describe('imports (学时互认)', () => {
    let platforms: number[];
    let coursePk: number;

    beforeAll(async () => {
      platforms = (
        await h.sql<{ id: number }>(`insert into platform (code, name, owner, is_recognised) values ('RACE-P1', '并发平台一', '测试', true), ('RACE-P2', '并发平台二', '测试', true) returning id`)
      ).map((r) => r.id);
      [{ id: coursePk }] = await h.sql<{ id: number }>(
        `insert into course (title, category, method, format, hours, institution_id) values ('并发互认课程', 'THEORY', 'LECTURE', 'ONLINE', 3, $1) returning id`,
        [institutionPk],
      );
    });

    const importCall = (platformPk: number, records: ImportTrainingRecordInput[]): RaceCall => ({
      doc: ImportTrainingRecordsCountsDocument,
      variables: { platform: toGlobalId('Platform', platformPk), records },
    });
    const counts = (r: RaceReply) => {
      const x = r.data!.importTrainingRecords;
      return [x.accepted, x.duplicates, x.unchanged, x.conflicts, x.rejected];
    };

    it('the same import sent five times at once lands each row once (10 trials of 20 rows)', async () => {
      for (let t = 0; t < 10; t++) {
        const records: ImportTrainingRecordInput[] = Array.from({ length: 20 }, (_, i) => ({
          externalId: `race-${t}-${i}`,
          cadreId: toGlobalId('Cadre', cadrePks[i % cadrePks.length]),
          mode: 'ONLINE_SELF_STUDY',
          title: `并发自学-${t}`,
          hours: 1.5,
          startDate: '2025-06-01',
          endDate: '2025-06-01',
        }));
        const replies = await race(h, token, Array.from({ length: 5 }, () => importCall(platforms[0], records)));
        expect(overlapped(replies)).toBe(true);
        expect(replies.map(codes)).toEqual(replies.map(() => []));
        expect(replies.map(counts).sort()).toEqual([[0, 0, 20, 0, 0], [0, 0, 20, 0, 0], [0, 0, 20, 0, 0], [0, 0, 20, 0, 0], [20, 0, 0, 0, 0]]);
        const [{ rows, ids }] = await h.sql(`select count(*)::int as rows, count(distinct external_id)::int as ids from training_record where platform_id = $1 and external_id like $2`, [
          platforms[0],
          `race-${t}-%`,
        ]);
        expect({ rows, ids }).toEqual({ rows: 20, ids: 20 });
      }
    });

    it('two platforms reporting one training at once: each row once, exactly one counted per cadre (10 trials, 3 sends each)', async () => {
      for (let t = 0; t < 10; t++) {
        const day = `2025-07-${String(t + 1).padStart(2, '0')}`;
        const rows = (p: number): ImportTrainingRecordInput[] =>
          cadrePks.slice(0, 5).map((c, i) => ({
            externalId: `dup-${t}-${p}-${i}`,
            cadreId: toGlobalId('Cadre', c),
            mode: 'ONLINE_THEMATIC',
            title: `并发专题-${t}`,
            hours: 4,
            startDate: day,
            endDate: day,
            courseId: toGlobalId('Course', coursePk),
          }));
        const calls = shuffled([0, 0, 0, 1, 1, 1], t).map((p) => importCall(platforms[p], rows(p)));
        const replies = await race(h, token, calls);
        expect(replies.map(codes)).toEqual(replies.map(() => []));
        const totals = replies.map(counts).reduce((a, b) => a.map((x, i) => x + b[i]));
        expect(totals).toEqual([5, 5, 20, 0, 0]);
        const stored = await h.sql(
          `select cadre_id, count(*)::int as n, count(*) filter (where verification_status = 'VERIFIED')::int as counted,
                  count(*) filter (where verification_status = 'DUPLICATE' and duplicate_of_id is not null)::int as flagged
           from training_record where title = $1 group by cadre_id order by cadre_id`,
          [`并发专题-${t}`],
        );
        expect(stored).toEqual(cadrePks.slice(0, 5).map((c) => ({ cadre_id: c, n: 2, counted: 1, flagged: 1 })));
      }
    });

    it('an attendance and a platform import of the same class at once: two records, exactly one counted (10 trials)', async () => {
      for (let t = 0; t < 10; t++) {
        const classPk = await newClass(10);
        const cadre = cadrePks[t % cadrePks.length];
        const [{ id: apk }] = await h.sql<{ id: number }>(`insert into training_assignment (cadre_id, class_id, status) values ($1, $2, 'FILED') returning id`, [cadre, classPk]);
        const aid = toGlobalId('TrainingAssignment', apk);
        const row: ImportTrainingRecordInput = {
          externalId: `att-${t}`,
          cadreId: toGlobalId('Cadre', cadre),
          mode: 'FULL_TIME_TRAINING',
          title: '并发参训',
          hours: 18,
          startDate: '2025-10-08',
          endDate: '2025-10-10',
          classId: toGlobalId('TrainingClass', classPk),
        };
        const calls = shuffled(
          [
            { doc: TransitionTrainingAssignmentDocument, variables: { input: { id: aid, version: 1, action: 'MARK_ATTENDED' } } },
            { doc: TransitionTrainingAssignmentDocument, variables: { input: { id: aid, version: 1, action: 'MARK_ATTENDED' } } },
            importCall(platforms[1], [row]),
            importCall(platforms[1], [row]),
          ],
          t,
        );
        const replies = await race(h, token, calls);
        expect(replies.filter((r) => codes(r).length).map(codes)).toEqual([['CONFLICT']]);
        const stored = await h.sql(
          `select (assignment_id is not null) as attendance, verification_status from training_record where class_id = $1 and cadre_id = $2 order by attendance`,
          [classPk, cadre],
        );
        expect(stored).toHaveLength(2);
        expect(stored.map((s) => s.attendance)).toEqual([false, true]);
        expect(stored.map((s) => s.verification_status).sort()).toEqual(['DUPLICATE', 'VERIFIED']);
      }
    });
  });

  describe('class capacity (计划人数)', () => {
    const nominate = (cadrePk: number, classPk: number): RaceCall => ({
      doc: CreateTrainingAssignmentDocument,
      variables: { input: { cadreId: toGlobalId('Cadre', cadrePk), classId: toGlobalId('TrainingClass', classPk) } },
    });
    const seatsHeld = async (classPk: number) =>
      (
        await h.sql<{ n: number }>(
          `select count(*)::int as n from training_assignment where class_id = $1 and archived_at is null and status in ('NOMINATED', 'APPROVED', 'FILED', 'ATTENDED')`,
          [classPk],
        )
      )[0].n;

    it('eight nominations at once for three seats: exactly three land, five are told the class is full (20 trials)', async () => {
      for (let t = 0; t < 20; t++) {
        const classPk = await newClass(3);
        const replies = await race(h, token, cadrePks.map((c) => nominate(c, classPk)));
        expect(overlapped(replies)).toBe(true);
        expect(winners(replies)).toHaveLength(3);
        expect(replies.filter((r) => codes(r).length).map((r) => r.errors!.map((e) => [e.extensions?.code, e.extensions?.field, e.message]))).toEqual(
          Array(5).fill([['CONFLICT', 'input.classId', 'The class is full: all 3 seats are taken.']]),
        );
        expect(await seatsHeld(classPk)).toBe(3);
      }
    });

    it('the last seat raced by new nominations, a renewed nomination and an undone absence: one claim wins (10 trials)', async () => {
      for (let t = 0; t < 10; t++) {
        const classPk = await newClass(3);
        const [c0, c1, c2, c3, ...fresh] = cadrePks;
        await h.sql(
          `insert into training_assignment (cadre_id, class_id, status, archived_at) values
             ($1, $5, 'NOMINATED', null), ($2, $5, 'APPROVED', null), ($3, $5, 'ABSENT', null), ($4, $5, 'NOMINATED', now())`,
          [c0, c1, c2, c3, classPk],
        );
        const [{ id: absentPk }] = await h.sql<{ id: number }>(`select id from training_assignment where class_id = $1 and cadre_id = $2`, [classPk, c2]);
        const undo: RaceCall = { doc: TransitionTrainingAssignmentDocument, variables: { input: { id: toGlobalId('TrainingAssignment', absentPk), version: 1, action: 'UNDO_ATTENDANCE' } } };
        const calls = shuffled([...fresh.map((c) => nominate(c, classPk)), nominate(c3, classPk), undo, undo], t);
        const replies = await race(h, token, calls);
        expect(winners(replies)).toHaveLength(1);
        expect(replies.filter((r) => codes(r).length).map(codes)).toEqual(Array(calls.length - 1).fill(['CONFLICT']));
        expect(await seatsHeld(classPk)).toBe(3);
      }
    });
  });
});
