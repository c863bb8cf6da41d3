import { operation, gid, type Scenario } from './common';

const EXTERNAL_PREFIX = 'bench-w1-';
/** Rows per call: the mutation's maximum (MAX_IMPORT_ROWS); two calls import 10,000 records. */
const ROWS = 5000;

/**
 * W1: 学时互认 import — 10,000 training records reported by a platform, sent as two calls of 5,000
 * to `importTrainingRecords` (operation `ImportTrainingRecordsCounts`: the counts, not the 5,000
 * row results). Each call is one request of the load; the rows mix the shapes platforms send: a
 * quarter by ID-card number instead of cadre id, full-time training given in days (converted to
 * hours, with a course, so the duplicate check has work), centre-group study given in sessions,
 * self-study and lectures in hours. Every call uses fresh external ids (run tag + sequence), so
 * each row is a real insert; a call whose rows are not all written (ACCEPTED or DUPLICATE) counts
 * as an error. One call at a time; rows/s = 5,000 ÷ mean call latency. The rows are deleted
 * afterwards (audit entries remain), like M1's.
 */
export const W1: Scenario = {
  id: 'W1',
  title: 'importTrainingRecords: 10,000 records as 2 calls × 5,000 (rows/s)',
  role: 'ADMIN',
  concurrency: 1,
  rowsPerRequest: ROWS,
  // Not in the default set: a call of 5,000 rows takes seconds today and grows with the rows the
  // platform already has (the import's (platform, externalId) lookup is planned as a nested loop
  // over all of the platform's records), longer than bench:smoke's whole window. Run it with
  // --scenario W1; make it default once a call takes well under a second at the small size.
  optIn: true,
  async variants({ pool, counts }) {
    const platform = await pool.query<{ id: number }>(`select id from platform where archived_at is null order by id limit 1`);
    if (!platform.rows.length) throw new Error('W1: the bench database has no platform');
    const cadres = await pool.query<{ id: number; id_card_number: string }>(
      `select id, id_card_number from cadre where archived_at is null order by id limit 20000`,
    );
    return [
      {
        vars: {},
        key: {
          platform: gid('Platform', platform.rows[0].id),
          cadres: cadres.rows.map((r) => [r.id, r.id_card_number] as const),
          courses: counts.course,
          run: `${Date.now().toString(36)}-${process.pid}`,
        },
      },
    ];
  },
  mixed(seq, variants) {
    const k = variants[0].key;
    const call = seq < 0 ? 'check' : String(seq);
    const records = [];
    for (let i = 0; i < ROWS; i++) {
      const n = seq * ROWS + i;
      const [cadrePk, idCard] = k.cadres[Math.abs((n * 7919) % k.cadres.length)];
      const day = 1 + (Math.abs(n * 31) % 28);
      const month = 1 + (Math.abs(n * 7) % 12);
      const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const who = i % 4 === 3 ? { idCardNumber: idCard } : { cadreId: gid('Cadre', cadrePk) };
      const base = { externalId: `${EXTERNAL_PREFIX}${k.run}-${call}-${i}`, ...who, startDate: date, endDate: date };
      switch (i % 4) {
        case 0:
          records.push({ ...base, mode: 'FULL_TIME_TRAINING', title: '互认基准·脱产培训', days: 1, courseId: gid('Course', 1 + (Math.abs(n * 104729) % k.courses)) });
          break;
        case 1:
          records.push({ ...base, mode: 'ONLINE_SELF_STUDY', title: '互认基准·网络自学', hours: 2.5 });
          break;
        case 2:
          records.push({ ...base, mode: 'CENTER_GROUP_STUDY', title: '互认基准·中心组学习', sessions: 1 });
          break;
        default:
          records.push({ ...base, mode: 'LECTURE_BRIEFING', title: '互认基准·专题讲座', hours: 3 });
      }
    }
    return { body: JSON.stringify({ query: operation('ImportTrainingRecordsCounts'), variables: { platform: k.platform, records } }), write: true };
  },
  checkResponse(data) {
    const r = data?.importTrainingRecords;
    if (!r) return 'no importTrainingRecords in the response';
    if (r.accepted + r.duplicates !== ROWS) return `only ${r.accepted} accepted + ${r.duplicates} duplicates of ${ROWS} (unchanged ${r.unchanged}, conflicts ${r.conflicts}, rejected ${r.rejected})`;
    return undefined;
  },
  async cleanup(pool) {
    await pool.query(`delete from training_record where external_id like $1`, [`${EXTERNAL_PREFIX}%`]);
  },
};
