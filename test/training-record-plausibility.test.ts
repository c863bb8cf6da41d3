import { startHarness, type Harness } from './helpers/harness';
import { CreateTrainingRecordDocument, ImportTrainingRecordsDocument, UpdateTrainingRecordDocument, type CreateTrainingRecordInput } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { Role, type Viewer } from '../src/access/viewer';

/**
 * Issue 10, point 2: implausible records. days ≤ calendar days (end − start + 1); reported and
 * credited hours ≤ 8 (RECORD_MAX_HOURS_PER_DAY) × training days (days when > 0, else calendar days).
 */
const CLERK: Viewer = { subject: 'plaus-test-clerk', role: Role.ADMIN, agency: 'PLAUS-TEST-AGENCY' };

describe('training record plausibility', () => {
  let h: Harness;
  let cadre: string;
  let platform: string;

  beforeAll(async () => {
    h = await startHarness();
    const [{ id }] = await h.sql<{ id: number }>(`select id from cadre order by id limit 1`);
    cadre = toGlobalId('Cadre', id);
    const [{ id: p }] = await h.sql<{ id: number }>(`insert into platform (code, name, owner, is_recognised) values ('PLAUS-P1', '合理性测试平台', '测试', true) returning id`);
    platform = toGlobalId('Platform', p);
  });
  afterAll(() => h.stop());

  let n = 0;
  const input = (over: Partial<CreateTrainingRecordInput> = {}): CreateTrainingRecordInput => ({
    cadreId: cadre,
    mode: 'FULL_TIME_TRAINING',
    title: `合理性测试${++n}`,
    hours: 6,
    days: 1,
    startDate: '2025-05-06',
    endDate: '2025-05-06',
    ...over,
  });
  const create = (over: Partial<CreateTrainingRecordInput>) => h.exec(CreateTrainingRecordDocument, { input: input(over) }, CLERK);
  const count = async () => (await h.sql<{ n: number }>(`select count(*)::int as n from training_record where title like '合理性测试%'`))[0].n;

  async function expectRejected(over: Partial<CreateTrainingRecordInput>, field: string) {
    const before = await count();
    const res = await create(over);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await count()).toBe(before);
  }

  async function expectAccepted(over: Partial<CreateTrainingRecordInput>) {
    const res = await create(over);
    expect(res.errors).toBeUndefined();
    return res.data!.createTrainingRecord.trainingRecord;
  }

  it('rejects the issue\'s example: a one-day record claiming 90 days and 6 hours', async () => {
    await expectRejected({ days: 90, hours: 6 }, 'input.days');
  });

  it('create: days at and one step past the calendar days', async () => {
    await expectAccepted({ days: 3, hours: 24, startDate: '2025-05-05', endDate: '2025-05-07' });
    await expectRejected({ days: 3.1, hours: 24, startDate: '2025-05-05', endDate: '2025-05-07' }, 'input.days');
    await expectAccepted({ days: 1, startDate: '2024-02-29', endDate: '2024-02-29' });
    await expectRejected({ days: 1.1 }, 'input.days');
  });

  it('create: hours and credited hours at and one step past 8 per training day', async () => {
    await expectAccepted({ days: 2.5, hours: 20, startDate: '2025-05-05', endDate: '2025-05-07' });
    await expectRejected({ days: 2.5, hours: 20.1, startDate: '2025-05-05', endDate: '2025-05-07' }, 'input.hours');
    await expectAccepted({ days: 1, hours: 6, creditedHours: 8 });
    await expectRejected({ days: 1, hours: 6, creditedHours: 8.1 }, 'input.creditedHours');
    await expectRejected({ days: 1, hours: 8.1, creditedHours: 6 }, 'input.hours');
    // Default days 0: credited hours follow the reported hours.
    await expectRejected({ days: undefined, hours: 8.1 }, 'input.hours');
  });

  it('days 0 (online study, centre-group, lectures): the calendar days are the training days', async () => {
    const course = await expectAccepted({ mode: 'ONLINE_SELF_STUDY', days: 0, hours: 3 });
    expect(course).toMatchObject({ hours: 3, days: 0 });
    await expectAccepted({ mode: 'ONLINE_SELF_STUDY', days: 0, hours: 8 });
    await expectRejected({ mode: 'ONLINE_SELF_STUDY', days: 0, hours: 8.5 }, 'input.hours');
    // A year's self-study transcript: 72 hours over 365 days.
    await expectAccepted({ mode: 'ONLINE_SELF_STUDY', days: 0, hours: 72, startDate: '2025-01-01', endDate: '2025-12-31' });
    await expectAccepted({ mode: 'ONLINE_THEMATIC', days: 0, hours: 40, startDate: '2025-03-01', endDate: '2025-03-05' });
    await expectRejected({ mode: 'ONLINE_THEMATIC', days: 0, hours: 40.1, startDate: '2025-03-01', endDate: '2025-03-05' }, 'input.hours');
  });

  it('keeps the end-date rule', async () => {
    await expectRejected({ startDate: '2025-05-06', endDate: '2025-05-05' }, 'input.endDate');
  });

  describe('update: the record as it will be', () => {
    const update = (input: Record<string, unknown>) => h.exec(UpdateTrainingRecordDocument, { input: input as never }, CLERK);
    async function threeDays() {
      const r = await expectAccepted({ days: 3, hours: 18, startDate: '2025-06-02', endDate: '2025-06-04' });
      return r.id;
    }

    it('changing only days', async () => {
      const id = await threeDays();
      const past = await update({ id, version: 1, days: 3.5 });
      expect(past.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.days' });
      // 18 hours over 2 days is 9 a day.
      const fewer = await update({ id, version: 1, days: 2 });
      expect(fewer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.days' });
      const at = await update({ id, version: 1, days: 2.3 });
      expect(at.errors).toBeUndefined();
      expect(at.data!.updateTrainingRecord.trainingRecord).toMatchObject({ days: 2.3, version: 2 });
      const [{ days }] = await h.sql<{ days: string }>(`select days from training_record where id = $1`, [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]);
      expect(Number(days)).toBe(2.3);
    });

    it('changing only the end date', async () => {
      const id = await threeDays();
      const shorter = await update({ id, version: 1, endDate: '2025-06-03' });
      expect(shorter.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
      const same = await update({ id, version: 1, endDate: '2025-06-04', title: `合理性测试${++n}` });
      expect(same.errors).toBeUndefined();
      const longer = await update({ id, version: 2, endDate: '2025-06-10' });
      expect(longer.errors).toBeUndefined();
      expect(longer.data!.updateTrainingRecord.trainingRecord).toMatchObject({ endDate: '2025-06-10', days: 3, hours: 18 });
    });

    it('changing only hours, and days 0 with the end date', async () => {
      const id = await threeDays();
      expect((await update({ id, version: 1, hours: 24.1 })).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hours' });
      expect((await update({ id, version: 1, hours: 24 })).errors).toBeUndefined();
      const online = (await expectAccepted({ mode: 'ONLINE_SELF_STUDY', days: 0, hours: 16, startDate: '2025-06-02', endDate: '2025-06-03' })).id;
      expect((await update({ id: online, version: 1, endDate: '2025-06-02' })).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    });
  });

  describe('import', () => {
    const row = (externalId: string, over: Record<string, unknown> = {}) => ({
      externalId,
      cadreId: cadre,
      mode: 'FULL_TIME_TRAINING',
      title: `合理性测试导入${externalId}`,
      hours: 6,
      days: 1,
      startDate: '2025-07-01',
      endDate: '2025-07-01',
      ...over,
    });

    it('rejects each implausible row naming its field, and writes only the others', async () => {
      const before = await count();
      const res = await h.exec(
        ImportTrainingRecordsDocument,
        {
          platform,
          records: [
            row('PL-1', { days: 90 }),
            row('PL-2', { days: 3, hours: 24, endDate: '2025-07-03' }),
            row('PL-3', { days: 3.1, hours: 24, endDate: '2025-07-03' }),
            row('PL-4', { days: 3, hours: 24.1, endDate: '2025-07-03' }),
            row('PL-5', { mode: 'ONLINE_SELF_STUDY', days: 0, hours: 3 }),
            row('PL-6', { mode: 'ONLINE_SELF_STUDY', days: null, hours: 8.1 }),
            // Converted from days (6 hours a day): the days are what is wrong.
            row('PL-7', { hours: null, days: 2, endDate: '2025-07-01' }),
          ] as never,
        },
        CLERK,
      );
      expect(res.errors).toBeUndefined();
      const r = res.data!.importTrainingRecords;
      expect(r.rows!.map((x) => [x.externalId, x.status, x.errors!.map((e) => e.field)])).toEqual([
        ['PL-1', 'REJECTED', ['records.0.days']],
        ['PL-2', 'ACCEPTED', []],
        ['PL-3', 'REJECTED', ['records.2.days']],
        ['PL-4', 'REJECTED', ['records.3.hours']],
        ['PL-5', 'ACCEPTED', []],
        ['PL-6', 'REJECTED', ['records.5.hours']],
        ['PL-7', 'REJECTED', ['records.6.days']],
      ]);
      expect(r.rows![0].errors![0].message).toMatch(/calendar day/);
      expect(await count()).toBe(before + 2);
    });
  });

  it('the database refuses what no configuration allows (days beyond the dates)', async () => {
    const [{ id }] = await h.sql<{ id: number }>(`select id from training_record where title like '合理性测试%' order by id limit 1`);
    await expect(h.sql(`update training_record set days = end_date - start_date + 2 where id = $1`, [id])).rejects.toThrow(/training_record_days_plausible_check/);
    await expect(h.sql(`update training_record set days = 0, hours = 24 * (end_date - start_date + 1) + 0.1 where id = $1`, [id])).rejects.toThrow(/training_record_hours_plausible_check/);
  });
});
