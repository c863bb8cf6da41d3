import { operation, gid, type Scenario } from './common';
import { Q1 } from './q1';
import { Q2 } from './q2';

const EXTERNAL_PREFIX = 'bench-m1-';

/**
 * M1: a mixed workload on the hub: per 10 operations, 5 × Q2 (100 teachers), 3 × Q1 (one teacher)
 * and 2 × createTrainingRecord (a write: transaction, validation, audit entry, read-back). The rows
 * it creates are deleted afterwards so the bench data stays as generated (audit entries remain).
 */
export const M1: Scenario = {
  id: 'M1',
  title: 'mixed: 50% Q2, 30% Q1, 20% createTrainingRecord',
  role: 'ADMIN',
  async variants(ctx) {
    const [q1, q2] = await Promise.all([Q1.variants(ctx), Q2.variants(ctx)]);
    return [
      ...q1.map((v) => ({ ...v, key: { ...v.key, kind: 'Q1' } })),
      ...q2.map((v) => ({ ...v, key: { ...v.key, kind: 'Q2' } })),
      { vars: {}, key: { kind: 'meta', cadres: ctx.counts.cadre, courses: ctx.counts.course } },
    ];
  },
  mixed(seq, variants) {
    const q1 = variants.filter((v) => v.key.kind === 'Q1');
    const q2 = variants.filter((v) => v.key.kind === 'Q2');
    const meta = variants.find((v) => v.key.kind === 'meta')!.key;
    const slot = seq % 10;
    if (slot < 5) return { body: JSON.stringify({ query: operation('BenchQ2Teachers'), variables: q2[seq % q2.length].vars }), write: false };
    if (slot < 8) return { body: JSON.stringify({ query: operation('BenchQ1Teacher'), variables: q1[seq % q1.length].vars }), write: false };
    const input = {
      cadreId: gid('Cadre', 1 + ((seq * 7919) % meta.cadres)),
      courseId: gid('Course', 1 + ((seq * 104729) % meta.courses)),
      mode: 'FULL_TIME_TRAINING',
      title: '基准测试培训',
      hours: 4,
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      externalId: `${EXTERNAL_PREFIX}${seq}`,
    };
    return { body: JSON.stringify({ query: operation('BenchM1CreateRecord'), variables: { input } }), write: true };
  },
  async cleanup(pool) {
    await pool.query(`delete from training_record where external_id like $1`, [`${EXTERNAL_PREFIX}%`]);
  },
};
