/**
 * The hand-written peer: graphql-js (`execute`, no JIT) + pg + DataLoader, nothing else — the same
 * operations as the hub with the same response shape (same global ids and cursors), so the hub's
 * framework cost (Apollo, type-graphql, the access layer) shows against it. Each relation level is
 * one batched statement, like the hub. Tokens are verified (HS256, jose) like the hub.
 *
 * Env: DATABASE_URL, PORT, JWT_SECRET. Runs as a child process of bench/run.ts.
 */
import http from 'node:http';
import DataLoader from 'dataloader';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { jwtVerify } from 'jose';
import { Pool, types as pgTypes } from 'pg';

const SDL = `
  type Query {
    teacher(id: ID!): Teacher
    teachers(filter: TeacherFilter, first: Int, after: String): TeacherConnection!
    cadres(first: Int, after: String): CadreConnection!
  }
  input TeacherFilter { source: [String!] kind: [String!] }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type TeacherConnection { totalCount: Int! pageInfo: PageInfo! edges: [TeacherEdge!]! nodes: [Teacher!]! }
  type TeacherEdge { cursor: String! node: Teacher! }
  type Teacher {
    id: ID! name: String! kind: String! source: String! title: String specialties: [String!]! isRenowned: Boolean! email: String
    institution: Institution courses: [Course!]! poolMemberships: [TeacherPoolMembership!]!
  }
  type Institution { id: ID! name: String! kind: String! }
  type Course { id: ID! title: String! hours: Float! institution: Institution! }
  type TeacherPoolMembership { year: Int! publisher: Institution! }
  type CadreConnection { nodes: [Cadre!]! }
  type Cadre { id: ID! name: String! category: String! unit: Unit! trainingRecords: [TrainingRecord!]! }
  type Unit { id: ID! name: String! }
  type TrainingRecord { id: ID! title: String! hours: Float! startDate: String! course: Course }
`;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 1082) return (v: string) => v;
    if (oid === 1700 || oid === 20) return (v: string) => Number(v);
    return pgTypes.getTypeParser(oid, format as 'text');
  },
};
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, types: types as never });
/** Statements and requests, read and reset by the runner at POST /__bench/stats. */
const stats = { requests: 0, statements: 0, errors: 0 };
const q = (text: string, values: unknown[]) => {
  stats.statements++;
  return pool.query(text, values);
};
const secret = new TextEncoder().encode(process.env.JWT_SECRET ?? '');

const gid = (type: string, pk: number) => Buffer.from(`${type}:${pk}`, 'utf8').toString('base64url');
const pkOf = (id: string) => Number(/:(\d+)$/.exec(Buffer.from(id, 'base64url').toString('utf8'))?.[1] ?? 0);
// The hub's cursor names its list and ordering: [list, order value, pk].
const cursor = (pk: number) => Buffer.from(JSON.stringify(['Teacher.ID_ASC', null, pk]), 'utf8').toString('base64url');
const afterPk = (after: string | null | undefined) => (after ? Number(JSON.parse(Buffer.from(after, 'base64url').toString('utf8'))[2]) : 0);

type Row = Record<string, any>;

function byId(sql: string) {
  return () =>
    new DataLoader<number, Row | null>(async (keys) => {
      const { rows } = await q(sql, [keys]);
      const m = new Map(rows.map((r) => [r.pk, r]));
      return keys.map((k) => m.get(k) ?? null);
    });
}
function grouped(sql: string) {
  return () =>
    new DataLoader<number, Row[]>(async (keys) => {
      const { rows } = await q(sql, [keys]);
      const m = new Map<number, Row[]>();
      for (const r of rows) {
        let l = m.get(r.key);
        if (!l) m.set(r.key, (l = []));
        l.push(r);
      }
      return keys.map((k) => m.get(k) ?? []);
    });
}

const TEACHER_COLS = 't.id as pk, t.name, t.kind, t.source, t.title, t.specialties, t.is_renowned as "isRenowned", t.email, t.institution_id as "institutionId"';
const makers = {
  institution: byId('select t.id as pk, t.name, t.kind from institution t where t.id = any($1::int[])'),
  unit: byId('select t.id as pk, t.name from unit t where t.id = any($1::int[])'),
  course: byId('select t.id as pk, t.title, t.hours, t.institution_id as "institutionId" from course t where t.id = any($1::int[])'),
  coursesOfTeacher: grouped(
    `select * from (select t.id as pk, t.title, t.hours, t.institution_id as "institutionId", p.teacher_id as key,
       row_number() over (partition by p.teacher_id order by t.id) as n
       from course_teacher p join course t on t.id = p.course_id where p.teacher_id = any($1::int[]) and t.archived_at is null) x where n <= 100 order by key, n`,
  ),
  poolsOfTeacher: grouped(
    `select * from (select t.id as pk, t.year, t.publisher_id as "publisherId", t.teacher_id as key,
       row_number() over (partition by t.teacher_id order by t.id) as n
       from teacher_pool_membership t where t.teacher_id = any($1::int[]) and t.archived_at is null) x where n <= 100 order by key, n`,
  ),
  recordsOfCadre: grouped(
    `select * from (select t.id as pk, t.title, t.hours, t.start_date as "startDate", t.course_id as "courseId", t.cadre_id as key,
       row_number() over (partition by t.cadre_id order by t.id) as n
       from training_record t where t.cadre_id = any($1::int[]) and t.archived_at is null) x where n <= 100 order by key, n`,
  ),
  teacher: byId(`select ${TEACHER_COLS} from teacher t where t.id = any($1::int[])`),
};
type Loaders = { [K in keyof typeof makers]: ReturnType<(typeof makers)[K]> };
const newLoaders = (): Loaders => Object.fromEntries(Object.entries(makers).map(([k, f]) => [k, f()])) as Loaders;

function selects(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((f) => f.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === name));
}

const schema = buildSchema(SDL);
const resolvers: Record<string, Record<string, GraphQLFieldResolver<any, Loaders, any>>> = {
  Query: {
    teacher: (_r, { id }, l) => l.teacher.load(pkOf(id)),
    async teachers(_r, { filter, first, after }, _l, info) {
      const n = first ?? 20;
      const where = `t.archived_at is null and ($1::text[] is null or t.source = any($1)) and ($2::text[] is null or t.kind = any($2))`;
      const args = [filter?.source ?? null, filter?.kind ?? null];
      const [page, count] = await Promise.all([
        q(`select ${TEACHER_COLS} from teacher t where ${where} and t.id > $3 order by t.id limit $4`, [...args, afterPk(after), n + 1]),
        selects(info, 'totalCount') ? q(`select count(*)::int as n from teacher t where ${where}`, args) : undefined,
      ]);
      const rows = page.rows;
      const hasNextPage = rows.length > n;
      if (hasNextPage) rows.pop();
      const edges = rows.map((node) => ({ cursor: cursor(node.pk), node }));
      return { totalCount: count?.rows[0].n, nodes: rows, edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
    },
    async cadres(_r, { first, after }) {
      const { rows } = await q(
        `select t.id as pk, t.name, t.category, t.unit_id as "unitId" from cadre t where t.archived_at is null and t.id > $1 order by t.id limit $2`,
        [afterPk(after), first ?? 20],
      );
      return { nodes: rows };
    },
  },
  Teacher: {
    id: (r) => gid('Teacher', r.pk),
    institution: (r, _a, l) => (r.institutionId === null ? null : l.institution.load(r.institutionId)),
    courses: (r, _a, l) => l.coursesOfTeacher.load(r.pk),
    poolMemberships: (r, _a, l) => l.poolsOfTeacher.load(r.pk),
  },
  TeacherPoolMembership: { publisher: (r, _a, l) => l.institution.load(r.publisherId) },
  Institution: { id: (r) => gid('Institution', r.pk) },
  Course: { id: (r) => gid('Course', r.pk), institution: (r, _a, l) => l.institution.load(r.institutionId) },
  Cadre: { id: (r) => gid('Cadre', r.pk), unit: (r, _a, l) => l.unit.load(r.unitId), trainingRecords: (r, _a, l) => l.recordsOfCadre.load(r.pk) },
  Unit: { id: (r) => gid('Unit', r.pk) },
  TrainingRecord: { id: (r) => gid('TrainingRecord', r.pk), course: (r, _a, l) => (r.courseId === null ? null : l.course.load(r.courseId)) },
};
for (const [type, fields] of Object.entries(resolvers)) {
  const t = schema.getType(type) as GraphQLObjectType;
  for (const [name, fn] of Object.entries(fields)) t.getFields()[name].resolve = fn;
}

const documents = new Map<string, DocumentNode>();
function documentFor(query: string): DocumentNode | readonly Error[] {
  let doc = documents.get(query);
  if (!doc) {
    doc = parse(query);
    const errors = validate(schema, doc);
    if (errors.length) return errors;
    if (documents.size > 1000) documents.clear();
    documents.set(query, doc);
  }
  return doc;
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.url === '/__bench/stats') {
      const out = { ...stats };
      stats.requests = stats.statements = stats.errors = 0;
      return send(200, out);
    }
    stats.requests++;
    try {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!m) return send(401, { errors: [{ message: 'unauthenticated' }] });
      try {
        await jwtVerify(m[1], secret, { algorithms: ['HS256'] });
      } catch {
        return send(401, { errors: [{ message: 'unauthenticated' }] });
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const doc = documentFor(body.query);
      if (!('kind' in doc)) return send(400, { errors: doc.map((e) => ({ message: e.message })) });
      const result = await execute({ schema, document: doc, variableValues: body.variables, contextValue: newLoaders(), operationName: body.operationName });
      send(200, result);
    } catch (err) {
      send(500, { errors: [{ message: err instanceof Error ? err.message : String(err) }] });
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const a = server.address();
  process.send?.({ ready: true, port: typeof a === 'object' && a ? a.port : 0 });
});
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
});
