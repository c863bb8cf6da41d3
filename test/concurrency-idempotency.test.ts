// Issue 8, point 8: creates that make a new row on every call accept a client idempotency key
// (幂等键), so a retry after a lost response — or the same request sent twice at once — returns
// the first call's record instead of creating a second one.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputObjectType } from 'graphql';
import { startHarness, ADMIN, type Harness } from './helpers/harness';
import { codes, overlapped, race, type RaceCall } from './helpers/race';
import {
  AddClassSessionDocument,
  CreateCadreDocument,
  CreateEvaluationDocument,
  CreateTrainingAssignmentDocument,
  CreateTrainingRecordDocument,
  UpdateTrainingRecordDocument,
  type CreateTrainingRecordInput,
} from './generated/graphql';
import { lookupPk, toGlobalId } from '../src/core/read/ids';
import { idCardCheckChar } from '../src/modules/cadre/id-card';
import { Role, type Viewer } from '../src/access/viewer';

const OTHER_ADMIN: Viewer = { subject: 'test-admin-2', role: Role.ADMIN };

describe('concurrency: idempotency keys on creates (幂等键)', () => {
  let h: Harness;
  let token: string;
  let cadre: string;
  let unit: string;
  let klass: string;
  let course: string;

  beforeAll(async () => {
    h = await startHarness();
    token = await h.token(ADMIN, 3600);
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350100'`);
    const [{ id: unitPk }] = await h.sql<{ id: number }>(`select id from unit order by id limit 1`);
    unit = toGlobalId('Unit', unitPk);
    const [{ id: cadrePk }] = await h.sql<{ id: number }>(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ('幂等甲', 'MALE', '1980-01-01', '993000198001010011', $1, $2, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长') returning id`,
      [unitPk, regionId],
    );
    cadre = toGlobalId('Cadre', cadrePk);
    const [{ id: inst }] = await h.sql<{ id: number }>(`insert into institution (name, kind, level, region_id) values ('幂等测试党校', 'PARTY_SCHOOL', 'MUNICIPAL', $1) returning id`, [regionId]);
    const [{ id: cls }] = await h.sql<{ id: number }>(
      `insert into training_class (institution_id, name, kind, semester, start_date, end_date, days, capacity)
       values ($1, '幂等测试班', 'MAIN', '2025-AUTUMN', '2025-10-08', '2025-10-10', 3, 1000) returning id`,
      [inst],
    );
    klass = toGlobalId('TrainingClass', cls);
    const [{ id: coursePk }] = await h.sql<{ id: number }>(
      `insert into course (title, category, method, format, hours, institution_id) values ('幂等课程', 'THEORY', 'LECTURE', 'IN_PERSON', 3, $1) returning id`,
      [inst],
    );
    course = toGlobalId('Course', coursePk);
  });
  afterAll(() => h.stop());

  const record = (title: string, key?: string, hours = 2): CreateTrainingRecordInput => ({
    cadreId: cadre,
    mode: 'ONLINE_SELF_STUDY',
    title,
    hours,
    startDate: '2025-05-01',
    endDate: '2025-05-01',
    ...(key === undefined ? {} : { idempotencyKey: key }),
  });
  const recordsTitled = async (title: string) => (await h.sql<{ id: number }>(`select id from training_record where title = $1 order by id`, [title])).map((r) => r.id);
  const audited = async (gid: string) =>
    (await h.sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'CREATE' and $1 = any(entity_ids)`, [gid]))[0].n;

  it('offers the key on every create mutation that makes a new row per call, and only there', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const inputOf = (name: string) => {
      const arg = mutations.find((m) => m.name === name)!.args.find((a) => a.name === 'input');
      const t = arg && getNamedType(arg.type);
      return t && isInputObjectType(t) ? (t as GraphQLInputObjectType) : undefined;
    };
    const creates = mutations.map((m) => m.name).filter((n) => n.startsWith('create'));
    // The add* mutations other than addClassSession are unique by their content (a repeat is a CONFLICT naming the row).
    const expected = [...creates, 'addClassSession'].sort();
    const withKey = mutations.map((m) => m.name).filter((n) => inputOf(n)?.getFields().idempotencyKey !== undefined).sort();
    expect(creates.length).toBeGreaterThanOrEqual(15);
    expect(withKey).toEqual(expected);
    for (const name of withKey) {
      const field = inputOf(name)!.getFields().idempotencyKey;
      expect([name, String(field.type), field.description?.startsWith('幂等键 (idempotency key')]).toEqual([name, 'String', true]);
    }
  });

  it('answers five identical requests sent at once with one record, 20 trials', async () => {
    let inFlightTogether = 0;
    for (let t = 0; t < 20; t++) {
      const title = `幂等并发-${t}`;
      const calls: RaceCall[] = Array.from({ length: 5 }, () => ({ doc: CreateTrainingRecordDocument, variables: { input: record(title, `race-${t}`) } }));
      const replies = await race(h, token, calls);
      if (overlapped(replies)) inFlightTogether++;
      expect(replies.map(codes)).toEqual(calls.map(() => []));
      const ids = new Set(replies.map((r) => r.data!.createTrainingRecord.trainingRecord.id));
      const rows = await recordsTitled(title);
      expect(rows).toHaveLength(1);
      expect([...ids]).toEqual([toGlobalId('TrainingRecord', rows[0])]);
      expect(await audited(toGlobalId('TrainingRecord', rows[0]))).toBe(1);
    }
    expect(inFlightTogether).toBe(20);
  });

  it('answers a retry after a lost response with the first record, as it is now', async () => {
    const first = await h.exec(CreateTrainingRecordDocument, { input: record('幂等重试', 'retry-1') });
    expect(first.errors).toBeUndefined();
    const rec = first.data!.createTrainingRecord.trainingRecord;
    const retry = await h.exec(CreateTrainingRecordDocument, { input: record('幂等重试', 'retry-1') });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.createTrainingRecord.trainingRecord).toEqual(rec);
    const changed = await h.exec(UpdateTrainingRecordDocument, { input: { id: rec.id, version: rec.version, hours: 4 } });
    expect(changed.errors).toBeUndefined();
    const later = await h.exec(CreateTrainingRecordDocument, { input: record('幂等重试', 'retry-1') });
    expect(later.data!.createTrainingRecord.trainingRecord).toMatchObject({ id: rec.id, hours: 4, version: rec.version + 1 });
    expect(await recordsTitled('幂等重试')).toEqual([lookupPk(rec.id, 'TrainingRecord')]);
    // Without a key every call is a new record, as before.
    await h.exec(CreateTrainingRecordDocument, { input: record('无幂等键') });
    await h.exec(CreateTrainingRecordDocument, { input: record('无幂等键') });
    expect(await recordsTitled('无幂等键')).toHaveLength(2);
  });

  it('refuses a key reused with another input or another mutation, and writes nothing', async () => {
    const first = await h.exec(CreateTrainingRecordDocument, { input: record('幂等冲突', 'reuse-1') });
    expect(first.errors).toBeUndefined();
    const other = await h.exec(CreateTrainingRecordDocument, { input: record('幂等冲突', 'reuse-1', 3) });
    expect(other.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      [
        'CONFLICT',
        'input.idempotencyKey',
        'The idempotency key "reuse-1" was already used for a different request (the same mutation with another input); send a new key for a new record.',
      ],
    ]);
    const elsewhere = await h.exec(CreateTrainingAssignmentDocument, { input: { cadreId: cadre, classId: klass, idempotencyKey: 'reuse-1' } });
    expect(elsewhere.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['CONFLICT', 'input.idempotencyKey', 'The idempotency key "reuse-1" was already used for a different request (createTrainingRecord); send a new key for a new record.'],
    ]);
    expect(await recordsTitled('幂等冲突')).toHaveLength(1);
    expect(await h.sql(`select id from training_assignment where cadre_id = $1 and class_id = $2`, [lookupPk(cadre, 'Cadre'), lookupPk(klass, 'TrainingClass')])).toEqual([]);
  });

  it('keys belong to the token subject: another subject with the same key creates its own record', async () => {
    const mine = await h.exec(CreateTrainingRecordDocument, { input: record('幂等主体', 'subject-1') });
    const theirs = await h.exec(CreateTrainingRecordDocument, { input: record('幂等主体', 'subject-1') }, OTHER_ADMIN);
    expect([mine.errors, theirs.errors]).toEqual([undefined, undefined]);
    expect(mine.data!.createTrainingRecord.trainingRecord.id).not.toBe(theirs.data!.createTrainingRecord.trainingRecord.id);
    expect(await recordsTitled('幂等主体')).toHaveLength(2);
  });

  it('a call that failed keeps no key: the corrected retry with the same key creates the record', async () => {
    const missing = toGlobalId('Cadre', 987654321);
    const failed = await h.exec(CreateTrainingRecordDocument, { input: { ...record('幂等失败', 'failed-1'), cadreId: missing } });
    expect(failed.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.cadreId']]);
    expect(await h.sql(`select key from idempotency_key where key = 'failed-1'`)).toEqual([]);
    const fixed = await h.exec(CreateTrainingRecordDocument, { input: record('幂等失败', 'failed-1') });
    expect(fixed.errors).toBeUndefined();
    expect(await recordsTitled('幂等失败')).toHaveLength(1);
  });

  it('forgets keys after 24 hours: an expired key may name a new record', async () => {
    const first = await h.exec(CreateTrainingRecordDocument, { input: record('幂等过期', 'expiring-1') });
    expect(first.errors).toBeUndefined();
    await h.sql(`update idempotency_key set created_at = now() - interval '25 hours' where key = 'expiring-1'`);
    const again = await h.exec(CreateTrainingRecordDocument, { input: record('幂等过期', 'expiring-1', 5) });
    expect(again.errors).toBeUndefined();
    expect(again.data!.createTrainingRecord.trainingRecord.id).not.toBe(first.data!.createTrainingRecord.trainingRecord.id);
    expect(await recordsTitled('幂等过期')).toHaveLength(2);
    expect(await h.sql(`select count(*)::int as n from idempotency_key where created_at < now() - interval '24 hours'`)).toEqual([{ n: 0 }]);
  });

  it('rejects malformed keys as BAD_USER_INPUT at input.idempotencyKey', async () => {
    for (const key of ['', 'has space', 'x'.repeat(101), '中文键']) {
      const res = await h.exec(CreateTrainingRecordDocument, { input: record('幂等坏键', key) });
      expect([key, res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])]).toEqual([key, [['BAD_USER_INPUT', 'input.idempotencyKey']]]);
    }
    expect(await recordsTitled('幂等坏键')).toEqual([]);
  });

  it('one key raced with two different inputs: one input wins, its callers share the record, the others get CONFLICT (20 trials)', async () => {
    for (let t = 0; t < 20; t++) {
      const inputs = [record(`幂等混合-${t}`, `mixed-${t}`, 1), record(`幂等混合-${t}`, `mixed-${t}`, 2)];
      const calls: RaceCall[] = [0, 1, 0, 1, 0, 1].map((i) => ({ doc: CreateTrainingRecordDocument, variables: { input: inputs[i] } }));
      const replies = await race(h, token, calls);
      const won = replies.map((r, i) => ({ r, hours: (calls[i].variables as { input: CreateTrainingRecordInput }).input.hours })).filter(({ r }) => codes(r).length === 0);
      const lost = replies.filter((r) => codes(r).length > 0);
      const winningHours = won[0].hours;
      expect(won.map((w) => w.hours)).toEqual([winningHours, winningHours, winningHours]);
      expect(lost.map(codes)).toEqual([['CONFLICT'], ['CONFLICT'], ['CONFLICT']]);
      const rows = await h.sql(`select id, hours::float as hours from training_record where title = $1`, [`幂等混合-${t}`]);
      expect(rows).toEqual([{ id: expect.any(Number), hours: winningHours }]);
      expect(new Set(won.map((w) => w.r.data!.createTrainingRecord.trainingRecord.id))).toEqual(new Set([toGlobalId('TrainingRecord', rows[0].id as number)]));
    }
  });

  it('works the same for other creates: three parallel retries of each make one row', async () => {
    const first17 = '35010219800101777';
    const cases: { name: string; call: RaceCall; count: () => Promise<number> }[] = [
      {
        name: 'createTrainingAssignment',
        call: { doc: CreateTrainingAssignmentDocument, variables: { input: { cadreId: cadre, classId: klass, idempotencyKey: 'other-assignment' } } },
        count: async () => (await h.sql(`select id from training_assignment where class_id = $1`, [lookupPk(klass, 'TrainingClass')])).length,
      },
      {
        name: 'addClassSession',
        call: {
          doc: AddClassSessionDocument,
          variables: { input: { classId: klass, title: '幂等课表', date: '2025-10-08', hours: 3, method: 'LECTURE', idempotencyKey: 'other-session' } },
        },
        count: async () => (await h.sql(`select id from class_session where title = '幂等课表'`)).length,
      },
      {
        name: 'createEvaluation',
        call: {
          doc: CreateEvaluationDocument,
          variables: { input: { targetKind: 'COURSE', targetId: course, kind: 'TRAINEE_RATING', score: 88, evaluator: '幂等评估人', period: '2025-SPRING', idempotencyKey: 'other-evaluation' } },
        },
        count: async () => (await h.sql(`select id from evaluation where evaluator = '幂等评估人'`)).length,
      },
      {
        name: 'createCadre',
        call: {
          doc: CreateCadreDocument,
          variables: {
            input: {
              name: '幂等乙',
              gender: 'FEMALE',
              birthDate: '1980-01-01',
              idCardNumber: first17 + idCardCheckChar(first17),
              unitId: unit,
              category: 'TOWNSHIP_LEADER',
              rank: 'SECTION_CHIEF',
              position: '科员',
              idempotencyKey: 'other-cadre',
            },
          },
        },
        count: async () => (await h.sql(`select id from cadre where name = '幂等乙'`)).length,
      },
    ];
    for (const c of cases) {
      const replies = await race(h, token, [c.call, c.call, c.call]);
      expect([c.name, replies.map(codes)]).toEqual([c.name, [[], [], []]]);
      const payloads = replies.map((r) => JSON.stringify(r.data));
      expect([c.name, new Set(payloads).size, await c.count()]).toEqual([c.name, 1, 1]);
    }
  });
});
