import { startHarness, type Harness } from './helpers/harness';
import {
  ArchiveTrainingAssignmentDocument,
  CadreAssignmentsDocument,
  CreateTrainingAssignmentDocument,
  TrainingAssignmentByIdDocument,
  TrainingAssignmentsPageDocument,
  UpdateTrainingAssignmentDocument,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

async function insert(h: Harness, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const [r] = await h.sql<{ id: number }>(
    `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    Object.values(row),
  );
  return r.id;
}

const classId = (pk: number) => toGlobalId('TrainingClass', pk);
const cadreId = (pk: number) => toGlobalId('Cadre', pk);
const assignmentId = (pk: number) => toGlobalId('TrainingAssignment', pk);

describe('training assignments (调训)', () => {
  let h: Harness;
  let K1: number, K2: number, K3: number;
  let P1: number, P2: number, P3: number;
  let T1: number, T2: number, T3: number;

  beforeAll(async () => {
    h = await startHarness();
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350300'`);
    const [{ id: unitId }] = await h.sql<{ id: number }>(`select id from unit order by id limit 1`);
    const inst = await insert(h, 'institution', { name: '调训测试党校', kind: 'PARTY_SCHOOL', level: 'MUNICIPAL', region_id: regionId });
    const cls = (name: string, archived = false) =>
      insert(h, 'training_class', {
        institution_id: inst,
        name,
        kind: 'MAIN',
        semester: '2025-AUTUMN',
        start_date: '2025-09-01',
        end_date: '2025-09-30',
        days: 30,
        capacity: 30,
        archived_at: archived ? new Date() : null,
      });
    K1 = await cls('调训测试班一');
    K2 = await cls('调训测试班二');
    K3 = await cls('调训测试班（已归档）', true);
    // Cadres of the test's own, so cadre-filtered lists have exactly known rows.
    const cadre = (name: string, idCard: string) =>
      insert(h, 'cadre', { name, gender: 'MALE', birth_date: '1980-01-01', id_card_number: idCard, unit_id: unitId, region_id: regionId, category: 'TOWNSHIP_LEADER', rank: 'SECTION_CHIEF', position: '科长' });
    P1 = await cadre('调训甲', '990000198001010011');
    P2 = await cadre('调训乙', '990000198001010022');
    P3 = await cadre('调训丙', '990000198001010033');
    T1 = await insert(h, 'training_assignment', { cadre_id: P1, class_id: K1 });
    T2 = await insert(h, 'training_assignment', { cadre_id: P2, class_id: K1, status: 'APPROVED', decided_by: 'org-dept-350300', decided_at: new Date('2025-08-20T02:00:00Z') });
    T3 = await insert(h, 'training_assignment', { cadre_id: P1, class_id: K2, status: 'FILED' });
  });
  afterAll(() => h.stop());

  const list = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const res = await h.exec(TrainingAssignmentsPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    return res.data!.trainingAssignments.nodes.map((n) => n.id);
  };

  it('filters by cadre, class and status', async () => {
    expect(await list({ cadreId: cadreId(P1) })).toEqual([T1, T3].map(assignmentId));
    expect(await list({ classId: classId(K1) })).toEqual([T1, T2].map(assignmentId));
    expect(await list({ classId: classId(K1), status: ['APPROVED', 'FILED'] })).toEqual([T2].map(assignmentId));
    expect(await list({ cadreId: cadreId(P1), status: ['FILED'] })).toEqual([T3].map(assignmentId));
    expect(await list({ cadreId: cadreId(P3) })).toEqual([]);
    const bad = await h.exec(TrainingAssignmentsPageDocument, { filter: { classId: cadreId(P1) } });
    expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.classId' });
  });

  it('finds one assignment by id with its cadre and class; NOT_FOUND when missing', async () => {
    const res = await h.exec(TrainingAssignmentByIdDocument, { id: assignmentId(T2) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.trainingAssignment).toEqual({
      id: assignmentId(T2),
      status: 'APPROVED',
      decidedBy: 'org-dept-350300',
      decidedAt: '2025-08-20T02:00:00.000Z',
      note: null,
      version: 1,
      archivedAt: null,
      cadre: { id: cadreId(P2), name: '调训乙' },
      trainingClass: { id: classId(K1), name: '调训测试班一' },
    });
    const missing = await h.exec(TrainingAssignmentByIdDocument, { id: assignmentId(99999999) });
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it("lists a cadre's assignments on the cadre", async () => {
    const res = await h.exec(CadreAssignmentsDocument, { id: cadreId(P1) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cadre).toEqual({
      id: cadreId(P1),
      assignments: [
        { id: assignmentId(T1), status: 'NOMINATED', trainingClass: { id: classId(K1) } },
        { id: assignmentId(T3), status: 'FILED', trainingClass: { id: classId(K2) } },
      ],
    });
  });

  it('nominates, refuses a duplicate, updates the note with the version, refuses a stale version, archives, and renews', async () => {
    const created = await h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadreId(P3), classId: classId(K2), note: '单位推荐' } });
    expect(created.errors).toBeUndefined();
    const a = created.data!.createTrainingAssignment.trainingAssignment;
    expect(a).toMatchObject({
      status: 'NOMINATED',
      note: '单位推荐',
      decidedBy: null,
      decidedAt: null,
      version: 1,
      archivedAt: null,
      cadre: { id: cadreId(P3) },
      trainingClass: { id: classId(K2), enrolledCount: 2 },
    });

    const dup = await h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadreId(P3), classId: classId(K2) } });
    expect(dup.data).toBeNull();
    expect(dup.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await h.sql(`select count(*)::int as n from training_assignment where cadre_id = $1`, [P3])).toEqual([{ n: 1 }]);

    const updated = await h.exec(UpdateTrainingAssignmentDocument, { input: { id: a.id, version: 1, note: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTrainingAssignment.trainingAssignment).toMatchObject({ note: null, version: 2 });
    const stale = await h.exec(UpdateTrainingAssignmentDocument, { input: { id: a.id, version: 1, note: '不应写入' } });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await h.sql(`select note, version from training_assignment where cadre_id = $1`, [P3])).toEqual([{ note: null, version: 2 }]);

    const archived = await h.exec(ArchiveTrainingAssignmentDocument, { input: { id: a.id, version: 2 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveTrainingAssignment.trainingAssignment).toMatchObject({ version: 3, trainingClass: { enrolledCount: 1 } });
    expect(archived.data!.archiveTrainingAssignment.trainingAssignment.archivedAt).not.toBeNull();
    expect(await list({ cadreId: cadreId(P3) })).toEqual([]);

    const renewed = await h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadreId(P3), classId: classId(K2) } });
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data!.createTrainingAssignment.trainingAssignment).toMatchObject({ id: a.id, status: 'NOMINATED', note: null, archivedAt: null, version: 4 });
    expect(await list({ cadreId: cadreId(P3) })).toEqual([a.id]);

    const trail = await h.sql<{ action: string }>(`select action from audit_entry where entity = 'TrainingAssignment' and $1 = any(entity_ids) order by id`, [a.id]);
    // Nomination, note, archive, renewal: every write of the assignment is in the log under its id.
    expect(trail.map((t) => t.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE', 'CREATE']);
  });

  it.each([
    ['an unknown cadre', () => ({ cadreId: cadreId(99999999) }), 'input.cadreId'],
    ['a malformed cadre id', () => ({ cadreId: '@@' }), 'input.cadreId'],
    ['an unknown class', () => ({ classId: classId(99999999) }), 'input.classId'],
    ['an archived class', () => ({ classId: classId(K3) }), 'input.classId'],
    ['an over-long note', () => ({ note: '注'.repeat(501) }), 'input.note'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await h.sql(`select (select count(*) from training_assignment)::int as n, (select count(*) from audit_entry)::int as audits`);
    const res = await h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadreId(P2), classId: classId(K2), ...over() } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await h.sql(`select (select count(*) from training_assignment)::int as n, (select count(*) from audit_entry)::int as audits`)).toEqual(before);
  });
});
