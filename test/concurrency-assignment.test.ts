// Issue 8, point 8: every pair of assignment workflow actions raced against each other over real
// HTTP, from every status, with one version. Each race must end as some serial order of its calls
// would: at most one caller succeeds (exactly one when any action is legal), the others get
// CONFLICT (never NOT_FOUND or INTERNAL_SERVER_ERROR), and the training record exists exactly when
// the final status is ATTENDED.
import { startHarness, ADMIN, type Harness } from './helpers/harness';
import { codes, overlapped, race, shuffled, type RaceReply } from './helpers/race';
import { TransitionTrainingAssignmentDocument } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { inTransaction } from '../src/modules/kit/mutation';
import { txQuery } from '../src/core/write/tx-sql';
import { ASSIGNMENT_TRANSITIONS, AssignmentAction } from '../src/modules/assignment/assignment-workflow';
import { AssignmentStatus } from '../src/modules/assignment/assignment.enums';

const ACTIONS = Object.values(AssignmentAction);
const STATUSES = Object.values(AssignmentStatus);
/** 3 days without a timetable: 3 × 6 h (学时折算, FULL_DAY). */
const CLASS_DAYS = 3;
const CLASS_HOURS = 18;
const CADRES = 20;

/** Every unordered pair of actions, an action paired with itself included. */
const PAIRS: [AssignmentAction, AssignmentAction][] = ACTIONS.flatMap((a, i) => ACTIONS.slice(i).map((b) => [a, b] as [AssignmentAction, AssignmentAction]));

const legalFrom = (status: AssignmentStatus, action: AssignmentAction) => ASSIGNMENT_TRANSITIONS[action].from.includes(status);

interface Start {
  pk: number;
  gid: string;
  version: number;
  recordPk: number | null;
}

describe('concurrency: assignment actions raced pairwise (调训流程并发)', () => {
  let h: Harness;
  let token: string;
  let cadrePks: number[] = [];
  let institutionPk: number;
  let slots = 0;
  const classes = new Map<number, Promise<number>>();

  beforeAll(async () => {
    h = await startHarness();
    token = await h.token(ADMIN, 3600);
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350100'`);
    const [{ id: unitId }] = await h.sql<{ id: number }>(`select id from unit order by id limit 1`);
    [{ id: institutionPk }] = await h.sql<{ id: number }>(
      `insert into institution (name, kind, level, region_id) values ('并发测试党校', 'PARTY_SCHOOL', 'MUNICIPAL', $1) returning id`,
      [regionId],
    );
    const rows = await h.sql<{ id: number }>(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       select '并发' || n, 'MALE', '1980-01-01', '99200019800101' || lpad(n::text, 3, '0') || 'X', $1, $2, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长'
       from generate_series(1, ${CADRES}) n returning id`,
      [unitId, regionId],
    );
    cadrePks = rows.map((r) => r.id);
  });
  afterAll(() => h.stop());

  /** The n-th class of the suite (created on first use; CADRES assignments per class keep (cadre, class) unique). */
  function nthClass(n: number): Promise<number> {
    let pk = classes.get(n);
    if (!pk) {
      pk = h
        .sql<{ id: number }>(
          `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
           values ($1, '并发测试班', 'MAIN', '2025-AUTUMN', '2025-10-08', '2025-10-10', $2, 100000) returning id`,
          [institutionPk, CLASS_DAYS],
        )
        .then((rows) => rows[0].id);
      classes.set(n, pk);
    }
    return pk;
  }

  /** A fresh assignment in `status`. */
  async function assignmentIn(status: AssignmentStatus): Promise<Start> {
    const slot = slots++;
    const cadre = cadrePks[slot % CADRES];
    const classPk = await nthClass(Math.floor(slot / CADRES));
    const attended = status === AssignmentStatus.ATTENDED;
    const [{ id: pk }] = await h.sql<{ id: number }>(
      `insert into training_assignment (cadre_id, class_id, status) values ($1, $2, $3) returning id`,
      [cadre, classPk, attended ? AssignmentStatus.FILED : status],
    );
    const gid = toGlobalId('TrainingAssignment', pk);
    if (!attended) return { pk, gid, version: 1, recordPk: null };
    // An attended assignment is made by the hub itself, so its record is the real one.
    const res = await h.exec(TransitionTrainingAssignmentDocument, { input: { id: gid, version: 1, action: 'MARK_ATTENDED' } });
    expect(res.errors).toBeUndefined();
    const [rec] = await h.sql<{ id: number }>(`select id from training_record where assignment_id = $1`, [pk]);
    return { pk, gid, version: res.data!.transitionTrainingAssignment.trainingAssignment.version, recordPk: rec.id };
  }

  /**
   * Races `actions` (all at the start version) on a fresh assignment in `status` and checks the
   * outcome exactly. Returns whether every request was in flight at once.
   */
  async function raceFrom(status: AssignmentStatus, actions: AssignmentAction[], seed: number): Promise<boolean> {
    const start = await assignmentIn(status);
    const calls = shuffled(actions, seed);
    const replies = await race(
      h,
      token,
      calls.map((action) => ({ doc: TransitionTrainingAssignmentDocument, variables: { input: { id: start.gid, version: start.version, action } } })),
    );
    const label = `${calls.join(' ∥ ')} from ${status}`;
    const won = replies.map((r, i) => [r, calls[i]] as [RaceReply, AssignmentAction]).filter(([r]) => codes(r).length === 0);
    const lost = replies.filter((r) => codes(r).length > 0);
    const anyLegal = calls.some((a) => legalFrom(status, a));

    // Exactly one winner when any action is legal from the start status, none otherwise.
    expect({ label, winners: won.length }).toEqual({ label, winners: anyLegal ? 1 : 0 });
    // Every loser is told CONFLICT, and nothing else.
    expect({ label, losers: lost.map(codes) }).toEqual({ label, losers: lost.map(() => ['CONFLICT']) });
    expect(replies.every((r) => r.status === 200)).toBe(true);

    const winner = won[0];
    const finalStatus = winner ? ASSIGNMENT_TRANSITIONS[winner[1]].to : status;
    const finalVersion = winner ? start.version + 1 : start.version;
    expect(legalFrom(status, winner?.[1] ?? calls[0]) || !winner).toBe(true);

    const [row] = await h.sql(`select status, version from training_assignment where id = $1`, [start.pk]);
    expect({ label, row }).toEqual({ label, row: { status: finalStatus, version: finalVersion } });

    // The record follows the final status: one, credited from the class, exactly when ATTENDED.
    const records = await h.sql(`select id, verification_status, credited_hours::float as hours, archived_at from training_record where assignment_id = $1`, [start.pk]);
    if (finalStatus === AssignmentStatus.ATTENDED) {
      expect({ label, records }).toEqual({
        label,
        records: [{ id: start.recordPk ?? expect.any(Number), verification_status: 'VERIFIED', hours: CLASS_HOURS, archived_at: null }],
      });
    } else {
      expect({ label, records }).toEqual({ label, records: [] });
    }

    if (winner) {
      const payload = winner[0].data!.transitionTrainingAssignment;
      expect(payload.trainingAssignment).toMatchObject({ status: finalStatus, version: finalVersion });
      expect(payload.trainingRecord === null ? null : payload.trainingRecord.id).toBe(
        finalStatus === AssignmentStatus.ATTENDED ? toGlobalId('TrainingRecord', records[0].id as number) : null,
      );
    }
    // One audit entry for the accepted action, none for the refused ones.
    const [{ n }] = await h.sql<{ n: number }>(`select count(*)::int as n from audit_entry where entity = 'TrainingAssignment' and $1 = any(entity_ids) and action = any($2)`, [
      start.gid,
      ACTIONS,
    ]);
    expect({ label, audited: n }).toEqual({ label, audited: (status === AssignmentStatus.ATTENDED ? 1 : 0) + won.length });
    return overlapped(replies);
  }

  it(`races every pair of the ${ACTIONS.length} actions (${PAIRS.length} pairs, up to two callers each side) from each of the ${STATUSES.length} statuses`, async () => {
    let races = 0;
    let inFlightTogether = 0;
    for (const [a, b] of PAIRS) {
      // The races of one pair (one per start status, each on its own assignment) run side by side.
      // Two callers a side where something may win; one a side where neither action is legal.
      const together = await Promise.all(
        STATUSES.map((status, i) => raceFrom(status, legalFrom(status, a) || legalFrom(status, b) ? [a, a, b, b] : [a, b], races + i)),
      );
      races += together.length;
      inFlightTogether += together.filter(Boolean).length;
    }
    expect(races).toBe(PAIRS.length * STATUSES.length);
    expect(inFlightTogether).toBe(races);
  });

  it('races five against five on the pairs that corrupted hours (MARK_ATTENDED ∥ UNDO_ATTENDANCE and friends), 10 trials each', async () => {
    const { MARK_ATTENDED: M, UNDO_ATTENDANCE: U, MARK_ABSENT: A } = AssignmentAction;
    const cases: [AssignmentStatus, AssignmentAction, AssignmentAction][] = [
      [AssignmentStatus.ATTENDED, M, U],
      [AssignmentStatus.FILED, M, A],
      [AssignmentStatus.FILED, M, M],
      [AssignmentStatus.ABSENT, U, U],
    ];
    let trials = 0;
    for (let round = 0; round < 10; round++) {
      const together = await Promise.all(cases.map(([status, a, b], i) => raceFrom(status, [...Array(5).fill(a), ...Array(5).fill(b)], 1000 + trials + i)));
      expect(together).toEqual(cases.map(() => true));
      trials += together.length;
    }
    expect(trials).toBe(40);
  });

  it('the database refuses an attendance record that outlives its attendance (deferred check, a serialization failure)', async () => {
    const attended = await assignmentIn(AssignmentStatus.ATTENDED);
    await expect(h.sql(`update training_assignment set status = 'FILED' where id = $1`, [attended.pk])).rejects.toMatchObject({ code: '40001' });
    const filed = await assignmentIn(AssignmentStatus.FILED);
    await expect(
      h.sql(
        `insert into training_record (cadre_id, class_id, mode, title, hours, credited_hours, days, start_date, end_date, assignment_id)
         select a.cadre_id, a.class_id, 'FULL_TIME_TRAINING', 'x', 18, 18, 3, '2025-10-08', '2025-10-10', a.id from training_assignment a where a.id = $1`,
        [filed.pk],
      ),
    ).rejects.toMatchObject({ code: '40001' });
    // Through the write plumbing, the same refusal (raised at commit) reaches the client as CONFLICT.
    const ctx = h.hub.contextFor(ADMIN);
    await expect(inTransaction(ctx, (em) => txQuery(em, `update training_assignment set status = 'FILED' where id = ?`, [attended.pk]))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    // Leaving ATTENDED together with the record is fine.
    await h.sql(`with d as (delete from training_record where assignment_id = $1) update training_assignment set status = 'FILED' where id = $1`, [attended.pk]);
    expect(await h.sql(`select status from training_assignment where id = $1`, [attended.pk])).toEqual([{ status: 'FILED' }]);
  });
});
