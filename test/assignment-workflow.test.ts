// The access policy (src/access/policy.ts, in progress) has no entries yet for the fields and operations added by
// issue 4, and denies what it does not list; until they land, these tests exercise the engine without it.
// Remove this mock when the policy names them.
import { startHarness, type Harness } from './helpers/harness';
import { CreateTrainingAssignmentDocument, TransitionTrainingAssignmentDocument } from './generated/graphql';
import { lookupPk, toGlobalId } from '../src/core/read/ids';

async function insert(h: Harness, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const [r] = await h.sql<{ id: number }>(`insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`, Object.values(row));
  return r.id;
}

describe('assignment workflow (调训流程), capacity and attendance records', () => {
  let h: Harness;
  let klass: string;
  let timetabled: string;
  const cadres: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350300'`);
    const [{ id: unitId }] = await h.sql<{ id: number }>(`select id from unit order by id limit 1`);
    const inst = await insert(h, 'institution', { name: '流程测试党校', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', region_id: regionId });
    const cls = (name: string, days: number) =>
      insert(h, 'training_class', { institution_id: inst, name, kind: 'MAIN', semester: '2025-AUTUMN', start_date: '2025-09-01', end_date: '2025-09-05', days, capacity: 2 });
    klass = toGlobalId('TrainingClass', await cls('流程测试班', 4.5));
    const tt = await cls('有课表的班', 5);
    timetabled = toGlobalId('TrainingClass', tt);
    await insert(h, 'class_session', { class_id: tt, title: '第一课', date: '2025-09-01', hours: 3, method: 'LECTURE' });
    await insert(h, 'class_session', { class_id: tt, title: '第二课', date: '2025-09-02', hours: 3.5, method: 'CASE' });
    for (let i = 1; i <= 3; i++) {
      const pk = await insert(h, 'cadre', {
        name: `流程${i}`,
        gender: 'FEMALE',
        birth_date: '1985-01-01',
        id_card_number: `99100019850101${i}00X`,
        unit_id: unitId,
        region_id: regionId,
        category: 'TOWNSHIP_LEADER',
        rank: 'SECTION_CHIEF',
        position: '科长',
      });
      cadres.push(toGlobalId('Cadre', pk));
    }
  });
  afterAll(() => h.stop());

  const nominate = (cadre: string, classId = klass) => h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadre, classId } });
  const act = (id: string, version: number, action: string) => h.exec(TransitionTrainingAssignmentDocument, { input: { id, version, action: action as never } });
  const recordsOf = async (assignment: string) =>
    (await h.sql<{ n: number }>(`select count(*)::int as n from training_record where assignment_id = $1`, [lookupPk(assignment, 'TrainingAssignment')]))[0].n;

  it('enforces class capacity, walks the workflow and creates the attendance record exactly once', async () => {
    const a1 = (await nominate(cadres[0])).data!.createTrainingAssignment.trainingAssignment!;
    const a2 = (await nominate(cadres[1])).data!.createTrainingAssignment.trainingAssignment!;
    const full = await nominate(cadres[2]);
    expect(full.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([['CONFLICT', 'input.classId', 'The class is full: all 2 seats are taken.']]);

    const illegal = await act(a1.id!, a1.version!, 'MARK_ATTENDED');
    expect(illegal.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['CONFLICT', 'TrainingAssignment in status NOMINATED cannot be marked attended.']]);

    let v = (await act(a1.id!, a1.version!, 'APPROVE')).data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('APPROVED');
    expect(v.decidedBy).toBe('test-admin');
    v = (await act(a1.id!, v.version!, 'FILE')).data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('FILED');
    const attended = await act(a1.id!, v.version!, 'MARK_ATTENDED');
    expect(attended.errors).toBeUndefined();
    const rec = attended.data!.transitionTrainingAssignment.trainingRecord!;
    // 4.5 days without a timetable: 4 × 6 h + a half day of 3 h.
    expect(rec).toMatchObject({ mode: 'FULL_TIME_TRAINING', title: '流程测试班', hours: 27, creditedHours: 27, days: 4.5, startDate: '2025-09-01', endDate: '2025-09-05', verificationStatus: 'VERIFIED' });
    v = attended.data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('ATTENDED');

    const again = await act(a1.id!, v.version!, 'MARK_ATTENDED');
    expect(again.errors).toBeUndefined();
    expect(again.data!.transitionTrainingAssignment.trainingRecord!.id).toBe(rec.id);
    expect(await recordsOf(a1.id!)).toBe(1);
    const stale = await act(a1.id!, a1.version!, 'MARK_ATTENDED');
    expect(stale.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    expect(await recordsOf(a1.id!)).toBe(1);

    v = again.data!.transitionTrainingAssignment.trainingAssignment!;
    const undone = await act(a1.id!, v.version!, 'UNDO_ATTENDANCE');
    expect(undone.data!.transitionTrainingAssignment.trainingAssignment!.status).toBe('FILED');
    expect(await recordsOf(a1.id!)).toBe(0);
    expect(await h.sql(`select id from training_record where id = $1`, [lookupPk(rec.id!, 'TrainingRecord')])).toEqual([]);

    // Absence frees the seat; undoing the absence needs it back.
    v = undone.data!.transitionTrainingAssignment.trainingAssignment!;
    v = (await act(a1.id!, v.version!, 'MARK_ABSENT')).data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('ABSENT');
    expect((await nominate(cadres[2])).errors).toBeUndefined();
    const noSeat = await act(a1.id!, v.version!, 'UNDO_ATTENDANCE');
    expect(noSeat.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CONFLICT', 'input.action']]);
    v = (await act(a1.id!, v.version!, 'REQUIRE_MAKEUP')).data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('MAKEUP_REQUIRED');
    v = (await act(a1.id!, v.version!, 'EXEMPT')).data!.transitionTrainingAssignment.trainingAssignment!;
    expect(v.status).toBe('EXEMPTED');
    const afterExempt = await act(a1.id!, v.version!, 'FILE');
    expect(afterExempt.errors?.map((e) => e.message)).toEqual(['TrainingAssignment in status EXEMPTED cannot be filed.']);

    const fromFiled = await act(a2.id!, a2.version!, 'EXEMPT');
    expect(fromFiled.errors?.map((e) => e.message)).toEqual(['TrainingAssignment in status NOMINATED cannot be exempted.']);
  });

  it('credits a timetabled class by its sessions', async () => {
    const a = (await nominate(cadres[0], timetabled)).data!.createTrainingAssignment.trainingAssignment!;
    let v = (await act(a.id!, a.version!, 'APPROVE')).data!.transitionTrainingAssignment.trainingAssignment!;
    v = (await act(a.id!, v.version!, 'FILE')).data!.transitionTrainingAssignment.trainingAssignment!;
    const res = await act(a.id!, v.version!, 'MARK_ATTENDED');
    expect(res.data!.transitionTrainingAssignment.trainingRecord).toMatchObject({ hours: 6.5, creditedHours: 6.5, days: 5 });
    const [row] = await h.sql(`select credit_rule from training_record where assignment_id = $1`, [lookupPk(a.id!, 'TrainingAssignment')]);
    expect(row).toEqual({ credit_rule: 'TIMETABLE' });
  });
});
