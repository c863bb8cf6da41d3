// The access policy (src/access/policy.ts, in progress) has no entries yet for the fields and operations added by
// issue 4, and denies what it does not list; until they land, these tests exercise the engine without it.
// Remove this mock when the policy names them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startHarness, type Harness } from './helpers/harness';
import { CadreComplianceDocument, ImportTrainingRecordsCountsDocument, ImportTrainingRecordsDocument, type ImportTrainingRecordInput } from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';
import { runImport } from '../src/modules/training-record/import-csv';

const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

describe('学时互认: importTrainingRecords', () => {
  let h: Harness;
  let p1: string, p2: string, p1Pk: number;
  let cadre: string, course: string;
  const idCard = '950100198001010011';

  beforeAll(async () => {
    h = await startHarness();
    const one = async (sql: string, params: unknown[] = []) => (await h.sql<{ id: number }>(sql, params))[0].id;
    const [{ id: regionId }] = await h.sql<{ id: number }>(`select id from region where code = '350100'`);
    const unit = await one(`insert into unit (name, kind, region_id) values ('互认测试局', 'GOVERNMENT_DEPT', $1) returning id`, [regionId]);
    const c = await one(
      `insert into cadre (name, gender, birth_date, id_card_number, unit_id, region_id, category, rank, position)
       values ('互认甲', 'MALE', '1980-01-01', $1, $2, $3, 'TOWNSHIP_LEADER', 'SECTION_CHIEF', '科长') returning id`,
      [idCard, unit, regionId],
    );
    cadre = toGlobalId('Cadre', c);
    const inst = await one(`select id from institution order by id limit 1`);
    course = toGlobalId('Course', await one(`insert into course (title, category, method, format, hours, institution_id) values ('互认课程', 'THEORY', 'LECTURE', 'ONLINE', 3, $1) returning id`, [inst]));
    p1Pk = await one(`insert into platform (code, name, owner, is_recognised) values ('IMP-P1', '互认平台一', '测试', true) returning id`);
    p1 = toGlobalId('Platform', p1Pk);
    p2 = toGlobalId('Platform', await one(`insert into platform (code, name, owner, is_recognised) values ('IMP-P2', '互认平台二', '测试', true) returning id`));
  });
  afterAll(() => h.stop());

  const rows = (): ImportTrainingRecordInput[] => [
    { externalId: 'X-1', idCardNumber: idCard, mode: 'ONLINE_SELF_STUDY', title: '网络自学', hours: 2.5, startDate: '2025-03-01', endDate: '2025-03-01' },
    { externalId: 'X-2', cadreId: cadre, mode: 'ONLINE_SELF_STUDY', title: '坏行', hours: -1, startDate: '2025-03-02', endDate: '2025-03-01' },
    { externalId: 'X-3', cadreId: cadre, mode: 'FULL_TIME_TRAINING', title: '专题班', days: 2.5, startDate: '2025-04-01', endDate: '2025-04-03', courseId: course },
    { externalId: 'X-4', idCardNumber: '950100198001019999', mode: 'ONLINE_SELF_STUDY', title: '查无此人', hours: 1, startDate: '2025-03-01', endDate: '2025-03-01' },
    { externalId: 'X-1', idCardNumber: idCard, mode: 'ONLINE_SELF_STUDY', title: '重复编号', hours: 1, startDate: '2025-03-01', endDate: '2025-03-01' },
  ];
  const centralizedHours = async () => (await h.exec(CadreComplianceDocument, { id: cadre, asOf: '2025-06-30' })).data!.cadre.compliance!.centralized!.hours;

  it('lands valid rows, rejects the others with field paths, converts days to hours', async () => {
    const res = await h.exec(ImportTrainingRecordsDocument, { platform: p1, records: rows() });
    expect(res.errors).toBeUndefined();
    const r = res.data!.importTrainingRecords;
    expect([r.accepted, r.duplicates, r.unchanged, r.conflicts, r.rejected]).toEqual([2, 0, 0, 0, 3]);
    expect(r.rows!.map((x) => [x.index, x.status, x.errors!.map((e) => e.field)])).toEqual([
      [0, 'ACCEPTED', []],
      [1, 'REJECTED', ['records.1.endDate', 'records.1.hours']],
      [2, 'ACCEPTED', []],
      [3, 'REJECTED', ['records.3.idCardNumber']],
      [4, 'REJECTED', ['records.4.externalId']],
    ]);
    expect(r.rows![2].record).toMatchObject({ hours: 15, creditedHours: 15, verificationStatus: 'VERIFIED' });
    expect(await centralizedHours()).toBe(15);
  });

  it('is idempotent: the same rows again change nothing', async () => {
    const before = await h.sql(`select count(*)::int as n from training_record where platform_id = $1`, [p1Pk]);
    const res = await h.exec(ImportTrainingRecordsCountsDocument, { platform: p1, records: rows() });
    expect(res.data!.importTrainingRecords).toEqual({ accepted: 0, duplicates: 0, unchanged: 2, conflicts: 0, rejected: 3 });
    expect(await h.sql(`select count(*)::int as n from training_record where platform_id = $1`, [p1Pk])).toEqual(before);
  });

  it('the same externalId with other content is a CONFLICT for that row only', async () => {
    const changed = rows();
    changed[0] = { ...changed[0], hours: 3 };
    const res = await h.exec(ImportTrainingRecordsDocument, { platform: p1, records: [changed[0], changed[2], { ...changed[2], externalId: 'X-5', startDate: '2025-05-01', endDate: '2025-05-01', courseId: null, days: 1 }] });
    const r = res.data!.importTrainingRecords;
    expect(r.rows!.map((x) => [x.status, x.errors!.map((e) => e.field)])).toEqual([
      ['CONFLICT', ['records.0.externalId']],
      ['UNCHANGED', []],
      ['ACCEPTED', []],
    ]);
    expect(r.rows![0].record!.hours).toBe(2.5);
    expect(await centralizedHours()).toBe(21);
  });

  it('the same training from a second platform is recorded once more, flagged, and never counted twice', async () => {
    const res = await h.exec(ImportTrainingRecordsDocument, {
      platform: p2,
      records: [{ externalId: 'Y-1', cadreId: cadre, mode: 'FULL_TIME_TRAINING', title: '同一专题班', hours: 18, startDate: '2025-04-02', endDate: '2025-04-04', courseId: course }],
    });
    const r = res.data!.importTrainingRecords;
    expect([r.accepted, r.duplicates]).toEqual([0, 1]);
    const first = (await h.exec(ImportTrainingRecordsDocument, { platform: p1, records: [rows()[2]] })).data!.importTrainingRecords.rows![0].record!.id;
    expect(r.rows![0]).toMatchObject({ status: 'DUPLICATE', record: { verificationStatus: 'DUPLICATE' }, duplicateOf: { id: first } });
    expect(await centralizedHours()).toBe(21);
    const again = await h.exec(ImportTrainingRecordsCountsDocument, {
      platform: p2,
      records: [{ externalId: 'Y-1', cadreId: cadre, mode: 'FULL_TIME_TRAINING', title: '同一专题班', hours: 18, startDate: '2025-04-02', endDate: '2025-04-04', courseId: course }],
    });
    expect(again.data!.importTrainingRecords).toEqual({ accepted: 0, duplicates: 0, unchanged: 1, conflicts: 0, rejected: 0 });
  });

  it('refuses more than 5,000 rows and an unknown platform', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ ...rows()[0], externalId: `M-${i}` }));
    const tooMany = await h.exec(ImportTrainingRecordsCountsDocument, { platform: p1, records: many });
    expect(tooMany.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'records']]);
    const nope = await h.exec(ImportTrainingRecordsCountsDocument, { platform: toGlobalId('Platform', 999999), records: [] });
    expect(nope.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'platform']]);
  });

  it('imports 5,000 rows in one call, set-based', async () => {
    const batch = Array.from({ length: 5000 }, (_, i) => ({
      externalId: `B-${i}`,
      idCardNumber: idCard,
      mode: 'ONLINE_SELF_STUDY',
      title: `批量${i}`,
      hours: 0.5,
      startDate: '2024-01-01',
      endDate: '2024-01-01',
    }));
    const started = Date.now();
    const res = await h.exec(ImportTrainingRecordsCountsDocument, { platform: p1, records: batch });
    const ms = Date.now() - started;
    expect(res.data!.importTrainingRecords).toEqual({ accepted: 5000, duplicates: 0, unchanged: 0, conflicts: 0, rejected: 0 });
    process.stdout.write(`import: 5000 rows in ${ms} ms (${Math.round(5000 / (ms / 1000))} rows/s)\n`);
  });

  it('runs the same import from a CSV file', async () => {
    const file = path.join(os.tmpdir(), `ganxun-import-${process.pid}.csv`);
    fs.writeFileSync(
      file,
      '\ufeffexternalId,idCardNumber,mode,title,hours,days,sessions,startDate,endDate\n' +
        `C-1,${idCard},CENTER_GROUP_STUDY,"中心组学习,第一次",,,2,2025-02-10,2025-02-10\r\n` +
        `C-2,${idCard},ONLINE_SELF_STUDY,自学,abc,,,2025-02-11,2025-02-11\n`,
    );
    const summary = await runImport(h.orm, [file, '--platform', 'IMP-P1'], sink(), sink());
    fs.rmSync(file);
    expect({ ...summary, seconds: 0 }).toEqual({ accepted: 1, duplicates: 0, unchanged: 0, conflicts: 0, rejected: 1, seconds: 0 });
    expect(await h.sql(`select title, hours::float, credited_hours::float as credited, sessions, credit_rule from training_record where external_id = 'C-1'`)).toEqual([
      { title: '中心组学习,第一次', hours: 6, credited: 6, sessions: 2, credit_rule: 'CENTER_GROUP_SESSION' },
    ]);
  });
});
