/**
 * The soak's request kinds: what each sends, as which token, how often, and which outcomes it
 * expects. An outcome is `OK` (no errors) or the sorted, `+`-joined set of `extensions.code`s of the
 * response (`FORBIDDEN`, `CONFLICT+NOT_FOUND`, …); `NETWORK` and `HTTP_<status>` (no GraphQL body)
 * and `BAD_DATA` (the kind's own check failed) are never expected.
 */
import { createHash } from 'node:crypto';
import { gid } from '../scenarios/common';
import { loadOperationManifest } from '../../src/server/persisted-operations';

export type TokenName = 'admin' | 'orgProvince' | 'orgXiamen' | 'schoolXiamen' | 'soeBureau' | 'reporter' | 'cadre' | 'lockedSchool';

export interface SoakData {
  counts: Record<string, number>;
  /** Teachers of another institution than the Xiamen school (institution 7): their contacts are denied to it. */
  foreignTeachers: number[];
  /** A platform for imports. */
  platform: string;
  /** Cadres with their ID-card numbers (imports name a quarter of the rows by ID card). */
  cadres: [number, string][];
  /** A tag unique to this run, in external ids. */
  run: string;
}

export interface Sent {
  status: number;
  body: any;
}

export interface FireContext {
  data: SoakData;
  /** A deterministic random number in [0, 1) for this worker. */
  rnd(): number;
  worker: number;
  workers: number;
  seq: number;
  post(token: TokenName, body: unknown): Promise<Sent>;
}

export interface Kind {
  name: string;
  /** What it stands for, for the report. */
  what: string;
  weight: number;
  /** Outcomes that are correct for this kind. */
  expected: string[];
  /**
   * Outcomes accepted only until another point of issue 8 lands (reported, never failed): the
   * limit-breaching kinds run on a hub without operation limits until the lead's limits merge.
   */
  untilLimits?: string[];
  fire(ctx: FireContext): Promise<{ sent: Sent; check?: string }>;
}

export const MANIFEST = loadOperationManifest();
const listed = (name: string) => {
  const op = MANIFEST.operations.find((o) => o.name === name);
  if (!op) throw new Error(`no ${name} in the operation manifest`);
  return op;
};
const listedHash = (name: string) => listed(name).sha256;
/** The client operations are sent as the manifest holds them: with their fragments, as codegen's clients print them. */
const operation = (name: string) => listed(name).document;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const pick = <T>(ctx: FireContext, xs: readonly T[]): T => xs[Math.floor(ctx.rnd() * xs.length)];
const upTo = (ctx: FireContext, n: number) => 1 + Math.floor(ctx.rnd() * n);
const cursorAfter = (type: string, pk: number) => (pk <= 0 ? null : Buffer.from(JSON.stringify([`${type}.ID_ASC`, null, pk]), 'utf8').toString('base64url'));

/** A document no operation file holds, distinct per (run, n): fills the APQ cache and the compile cache. */
export function uniqueDocument(run: string, n: number): string {
  return `query Soak_${run.replace(/\W/g, '_')}_${n} { me { role } n${n}: enumTypes(names: ["Role"]) { name } }`;
}

/** Institution → teachers → courses → cases → courses → teachers → …, `first: 1` at each level: deep, cheap. */
function deepQuery(levels: number): string {
  const cycle = ['courses', 'cases', 'courses', 'teachers'];
  let inner = 'id';
  for (let i = levels - 1; i >= 0; i--) inner = `id ${i === 0 ? 'teachers' : cycle[(i - 1) % cycle.length]}(first: 1) { ${inner} }`;
  return `query SoakDeep { institution(id: "${gid('Institution', 1)}") { ${inner} } }`;
}

function aliasesQuery(n: number): string {
  return `query SoakAliases { ${Array.from({ length: n }, (_, i) => `a${i}: me { role }`).join(' ')} }`;
}

/** Every list at its maximum, four levels down. */
const COST_QUERY = `query SoakCost { teachers(first: 100) { nodes { id courses(first: 100) { id cases(first: 100) { id courses(first: 100) { id title } } } } } }`;

const REPORTER_UNLISTED = `query SoakReporterCadres { cadres(first: 20) { totalCount nodes { id name phone } } }`;

/** A teacher of this client's own share (id ≡ worker mod workers), so no two clients race on a version. */
function ownTeacher(c: FireContext): string {
  const share = Math.floor(c.data.counts.teacher / c.workers);
  return gid('Teacher', c.worker + 1 + c.workers * Math.floor(c.rnd() * share))!;
}

async function readVersion(c: FireContext, id: string): Promise<{ sent: Sent; version?: number }> {
  const sent = await c.post('admin', { query: 'query SoakVersion($id: ID!) { teacher(id: $id) { version } }', variables: { id } });
  return { sent, version: sent.body?.data?.teacher?.version };
}

function updateTeacher(c: FireContext, id: string, version: number): Promise<Sent> {
  return c.post('admin', { query: operation('UpdateTeacher'), variables: { input: { id, version, biography: `浸泡测试 ${c.data.run}-${c.worker}-${c.seq}-${version}` } } });
}

async function gql(ctx: FireContext, token: TokenName, name: string, variables: Record<string, unknown> = {}) {
  return { sent: await ctx.post(token, { query: operation(name), variables }) };
}

export const KINDS: Kind[] = [
  // ---- reads of every kind
  {
    name: 'read-teacher',
    what: 'one teacher with institution (BenchQ1Teacher), ADMIN',
    weight: 10,
    expected: ['OK'],
    fire: (c) => gql(c, 'admin', 'BenchQ1Teacher', { id: gid('Teacher', upTo(c, c.data.counts.teacher)) }),
  },
  {
    name: 'list-teachers-100',
    what: '100 teachers with institution and courses (BenchQ2Teachers), ADMIN',
    weight: 6,
    expected: ['OK'],
    fire: (c) => gql(c, 'admin', 'BenchQ2Teachers', { first: 100, after: cursorAfter('Teacher', Math.floor(c.rnd() * (c.data.counts.teacher - 100))) }),
  },
  {
    name: 'nested-cadres',
    what: '20 cadres with unit and records, each record with course and institution (BenchQ3Cadres), ORG_DEPT 350000',
    weight: 5,
    expected: ['OK'],
    fire: (c) => gql(c, 'orgProvince', 'BenchQ3Cadres', { first: 20, after: cursorAfter('Cadre', Math.floor(c.rnd() * (c.data.counts.cadre - 20))) }),
  },
  {
    name: 'pool-browse',
    what: 'faculty pool, filtered, 20 a page with totalCount (BenchQ4Pool), PARTY_SCHOOL',
    weight: 5,
    expected: ['OK'],
    fire: (c) =>
      gql(c, 'schoolXiamen', 'BenchQ4Pool', {
        first: 20,
        filter: c.rnd() < 0.5 ? { source: [pick(c, ['SCHOOL_FACULTY', 'EXPERT_SCHOLAR', 'LEADING_CADRE'])] } : { kind: [pick(c, ['FULL_TIME', 'PART_TIME'])] },
      }),
  },
  {
    name: 'teacher-contacts-denied',
    what: "another school's teacher with phone and email (TeacherById), PARTY_SCHOOL: contacts FORBIDDEN",
    weight: 3,
    expected: ['FORBIDDEN'],
    fire: (c) => gql(c, 'schoolXiamen', 'TeacherById', { id: gid('Teacher', pick(c, c.data.foreignTeachers)) }),
  },
  {
    name: 'cadre-self',
    what: 'own record (CadreById), CADRE: idCardNumber (RESTRICTED) FORBIDDEN, the rest of the record arrives',
    weight: 3,
    expected: ['FORBIDDEN'],
    fire: async (c) => {
      const { sent } = await gql(c, 'cadre', 'CadreById', { id: gid('Cadre', 1045) });
      const paths = (sent.body?.errors ?? []).map((e: any) => (e.path ?? []).join('.'));
      const ok = sent.body?.data?.cadre?.name && paths.length === 1 && paths[0] === 'cadre.idCardNumber';
      return { sent, check: ok ? undefined : `errors at ${paths.join(', ')}` };
    },
  },
  {
    name: 'cadre-other-not-found',
    what: "another cadre's record (CadreById), CADRE: NOT_FOUND",
    weight: 1,
    expected: ['NOT_FOUND'],
    fire: (c) => gql(c, 'cadre', 'CadreById', { id: gid('Cadre', 1 + ((1045 + upTo(c, c.data.counts.cadre - 2)) % c.data.counts.cadre)) }),
  },
  {
    name: 'cadre-compliance',
    what: "one cadre's hours compliance (CadreCompliance), ORG_DEPT 350000",
    weight: 5,
    expected: ['OK'],
    fire: (c) => gql(c, 'orgProvince', 'CadreCompliance', { id: gid('Cadre', upTo(c, c.data.counts.cadre)), asOf: '2026-06-30' }),
  },
  {
    name: 'compliance-page',
    what: "a sector's cadres with compliance, 20 a page (CadresCompliancePage), INDUSTRY_BUREAU SOE",
    weight: 4,
    expected: ['OK'],
    fire: (c) => gql(c, 'soeBureau', 'CadresCompliancePage', { first: 20, asOf: '2026-06-30' }),
  },
  {
    name: 'learning-map',
    what: "a cadre's learning map over 2.5 years (CadreLearningMap), ORG_DEPT 350000",
    weight: 3,
    expected: ['OK'],
    fire: (c) => gql(c, 'orgProvince', 'CadreLearningMap', { id: gid('Cadre', upTo(c, c.data.counts.cadre)), from: '2024-01-01', to: '2026-06-30' }),
  },
  {
    name: 'overdue-cadres',
    what: 'overdue cadres of a city, 20 (OverdueCadres), ORG_DEPT 350200',
    weight: 2,
    expected: ['OK'],
    fire: (c) => gql(c, 'orgXiamen', 'OverdueCadres', { asOf: '2026-06-30', first: 20, offset: 0 }),
  },
  {
    name: 'compliance-summary',
    what: 'compliance aggregate by region or sector, by APQ hash (ComplianceSummary), REPORTER (safelisted)',
    weight: 2,
    expected: ['OK'],
    fire: async (c) => ({
      sent: await c.post('reporter', { variables: { groupBy: pick(c, ['REGION', 'SECTOR']), asOf: '2026-06-30' }, extensions: apq(listedHash('ComplianceSummary')) }),
    }),
  },
  {
    name: 'courses-page',
    what: 'course library by category, 20 a page (CoursesPage), PARTY_SCHOOL',
    weight: 4,
    expected: ['OK'],
    fire: (c) => gql(c, 'schoolXiamen', 'CoursesPage', { first: 20, filter: { category: [pick(c, ['THEORY', 'PARTY_SPIRIT', 'CAPABILITY', 'KNOWLEDGE'])] } }),
  },
  {
    name: 'cases-search',
    what: 'case bank keyword search in Chinese (TeachingCasesPage), ADMIN',
    weight: 3,
    expected: ['OK'],
    fire: (c) => gql(c, 'admin', 'TeachingCasesPage', { first: 20, filter: { keyword: pick(c, ['晋江', '木兰溪', '四下基层', '案例1', '摆脱贫困']) } }),
  },
  {
    name: 'records-page',
    what: "a sector's training records by mode, 50 a page (TrainingRecordsPage), INDUSTRY_BUREAU SOE",
    weight: 4,
    expected: ['OK'],
    fire: (c) => gql(c, 'soeBureau', 'TrainingRecordsPage', { first: 50, filter: { mode: [pick(c, ['FULL_TIME_TRAINING', 'ONLINE_SELF_STUDY'])] } }),
  },
  // ---- writes
  {
    name: 'create-record',
    what: 'createTrainingRecord (fresh external id), ORG_DEPT 350000',
    weight: 4,
    expected: ['OK'],
    fire: (c) =>
      gql(c, 'orgProvince', 'CreateTrainingRecord', {
        input: {
          cadreId: gid('Cadre', upTo(c, c.data.counts.cadre)),
          courseId: gid('Course', upTo(c, c.data.counts.course)),
          mode: 'FULL_TIME_TRAINING',
          title: '浸泡测试·脱产培训',
          hours: 4,
          startDate: '2025-03-01',
          endDate: '2025-03-01',
          externalId: `soak-${c.data.run}-${c.worker}-${c.seq}`,
        },
      }),
  },
  {
    name: 'update-current-version',
    what: 'updateTeacher with the version just read (each client its own teachers, so no race), ADMIN',
    weight: 3,
    expected: ['OK'],
    fire: async (c) => {
      const id = ownTeacher(c);
      const read = await readVersion(c, id);
      if (typeof read.version !== 'number') return { sent: read.sent, check: 'no version read' };
      const sent = await updateTeacher(c, id, read.version);
      const after = sent.body?.data?.updateTeacher?.teacher?.version;
      return { sent, check: sent.body?.errors || after === read.version + 1 ? undefined : `version ${read.version} → ${after}` };
    },
  },
  {
    name: 'update-stale-version',
    what: 'updateTeacher twice with the version read: the second is stale → CONFLICT, nothing written, ADMIN',
    weight: 2,
    expected: ['CONFLICT'],
    fire: async (c) => {
      const id = ownTeacher(c);
      const read = await readVersion(c, id);
      if (typeof read.version !== 'number') return { sent: read.sent, check: 'no version read' };
      const first = await updateTeacher(c, id, read.version);
      if (first.body?.errors) return { sent: first, check: 'the first update failed' };
      const sent = await updateTeacher(c, id, read.version);
      return { sent };
    },
  },
  {
    name: 'import-100',
    what: 'importTrainingRecords, 100 rows (a quarter by ID card), fresh external ids; all must be accepted, ADMIN',
    weight: 1,
    expected: ['OK'],
    fire: async (c) => {
      const records = [];
      for (let i = 0; i < 100; i++) {
        const [pk, idCard] = pick(c, c.data.cadres);
        const who = i % 4 === 3 ? { idCardNumber: idCard } : { cadreId: gid('Cadre', pk) };
        const day = String(upTo(c, 28)).padStart(2, '0');
        records.push({ externalId: `soak-import-${c.data.run}-${c.worker}-${c.seq}-${i}`, ...who, startDate: `2025-06-${day}`, endDate: `2025-06-${day}`, mode: 'ONLINE_SELF_STUDY', title: '浸泡测试·网络自学', hours: 2.5 });
      }
      const sent = await c.post('admin', { query: operation('ImportTrainingRecordsCounts'), variables: { platform: c.data.platform, records } });
      const r = sent.body?.data?.importTrainingRecords;
      return { sent, check: sent.body?.errors || r?.accepted === 100 ? undefined : `accepted ${r?.accepted}, rejected ${r?.rejected}, conflicts ${r?.conflicts}` };
    },
  },
  // ---- persisted operations
  {
    name: 'apq-register-unique',
    what: 'APQ registration (hash + text) of a document never seen before, ADMIN: fills the bounded caches',
    weight: 3,
    expected: ['OK'],
    fire: async (c) => {
      const query = uniqueDocument(c.data.run, 1_000_000 + c.worker * 1_000_000 + c.seq);
      return { sent: await c.post('admin', { query, extensions: apq(sha(query)) }) };
    },
  },
  {
    name: 'apq-miss',
    what: 'APQ hash alone, never registered, ADMIN: PersistedQueryNotFound (BAD_USER_INPUT)',
    weight: 1,
    expected: ['BAD_USER_INPUT'],
    fire: async (c) => {
      const sent = await c.post('admin', { extensions: apq(sha(`never-${c.data.run}-${c.worker}-${c.seq}`)) });
      return { sent, check: sent.body?.errors?.[0]?.message === 'PersistedQueryNotFound' ? undefined : 'not PersistedQueryNotFound' };
    },
  },
  {
    name: 'apq-listed',
    what: 'a manifest operation by hash alone (Me), CADRE',
    weight: 2,
    expected: ['OK'],
    fire: async (c) => ({ sent: await c.post('cadre', { extensions: apq(listedHash('Me')) }) }),
  },
  {
    name: 'safelist-refused',
    what: 'an unlisted document from a safelisted token (REPORTER by role, a school by token claim): 403 FORBIDDEN',
    weight: 1,
    expected: ['FORBIDDEN'],
    fire: async (c) => {
      const sent = await c.post(c.rnd() < 0.5 ? 'reporter' : 'lockedSchool', { query: REPORTER_UNLISTED });
      return { sent, check: sent.status === 403 && sent.body?.data === undefined ? undefined : `HTTP ${sent.status}, data ${JSON.stringify(sent.body?.data)}` };
    },
  },
  {
    name: 'safelist-listed',
    what: 'a manifest operation by text from a token locked by claim (TeacherPoolBrowse), PARTY_SCHOOL',
    weight: 2,
    expected: ['OK'],
    fire: (c) => gql(c, 'lockedSchool', 'TeacherPoolBrowse', { first: 20 }),
  },
  // ---- requests that breach the operation limits
  {
    name: 'breach-depth',
    what: 'an 18-level nested query, first: 1 at each level, ORG_DEPT',
    weight: 1,
    expected: ['QUERY_TOO_COMPLEX'],
    fire: async (c) => ({ sent: await c.post('orgProvince', { query: deepQuery(18) }) }),
  },
  {
    name: 'breach-aliases',
    what: '300 aliases of one field, ORG_DEPT',
    weight: 1,
    expected: ['QUERY_TOO_COMPLEX'],
    fire: async (c) => ({ sent: await c.post('orgProvince', { query: aliasesQuery(300) }) }),
  },
  {
    name: 'breach-cost',
    what: 'four nested lists at first: 100 (cost 10^8 by the first arguments), ADMIN',
    weight: 1,
    expected: ['QUERY_TOO_COMPLEX'],
    fire: async (c) => ({ sent: await c.post('admin', { query: COST_QUERY }) }),
  },
];

/** The outcome of one response (see the file comment). */
export function outcomeOf(sent: Sent, check: string | undefined): string {
  if (check) return 'BAD_DATA';
  const errors = sent.body?.errors;
  if (Array.isArray(errors) && errors.length) {
    const codes = [...new Set(errors.map((e: any) => String(e?.extensions?.code ?? 'NO_CODE')))].sort();
    return codes.join('+');
  }
  if (typeof sent.body !== 'object' || sent.body === null) return `HTTP_${sent.status}`;
  return sent.status === 200 ? 'OK' : `HTTP_${sent.status}`;
}
