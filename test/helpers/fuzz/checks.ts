import type { Harness } from '../harness';

/** The public error contract (DESIGN §5, issue 8): nothing else may reach a client. */
export const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Text that must never appear in a response: SQL and driver messages, stack frames, file paths.
 * The generators never put such text into their inputs, so an echo cannot trip these.
 */
export const LEAKS: readonly [string, RegExp][] = [
  ['SQL statement', /\b(select|insert into|update|delete from)\b[^"\n]{0,200}\b(from|where|values|set)\b/i],
  ['SQL fragment', /\$\d+\b|\bt\.[a-z_]+ (=|>|<|in|is|like|ilike)\b|::(text|int|int4|json|jsonb|numeric)\b/],
  ['PostgreSQL message', /syntax error at or near|relation "|column "|violates [a-z -]*constraint|invalid input syntax|numeric field overflow|value too long for type|invalid byte sequence|out of range for type|duplicate key|null value in column|unsupported Unicode/i],
  ['stack frame', /\bat (async )?[\w$.<>[\] ]+ \(|\bat (async )?\/|\n\s+at |\.(ts|js|mjs|cjs):\d+/],
  ['file path', /\/work\/|node_modules|\/src\/|\/home\/|\/tmp\/|[A-Z]:\\\\/],
  ['driver or runtime error name', /\b(DatabaseError|DriverException|TypeError|ReferenceError|SyntaxError|RangeError)\b/],
];

export interface Reply {
  status: number;
  text: string;
  body: any;
}

/** The invariants every response keeps; returns what is wrong, or undefined. */
export function violations(reply: Reply, opts: { allowUnauthenticated: boolean; mustReject?: { field: string }; tooComplex?: boolean; acceptsNoRow?: boolean }): string[] {
  const out: string[] = [];
  if (reply.status >= 500 && reply.status !== 503) out.push(`HTTP ${reply.status}`);
  if (![200, 400, 401, 405, 406, 413, 415, 429, 503].includes(reply.status)) out.push(`unexpected HTTP status ${reply.status}`);
  if (reply.body === undefined || typeof reply.body !== 'object' || reply.body === null) {
    out.push('the body is not a JSON object');
    return out;
  }
  const errors: any[] = reply.body.errors ?? [];
  if (!Array.isArray(errors)) out.push('errors is not a list');
  for (const e of errors) {
    const code = e?.extensions?.code;
    if (!PUBLIC_CODES.has(code)) out.push(`an error without a public code: ${JSON.stringify(e).slice(0, 300)}`);
    else if (code === 'INTERNAL_SERVER_ERROR') out.push(`INTERNAL_SERVER_ERROR at ${JSON.stringify(e.path)}`);
    else if (code === 'UNAUTHENTICATED' && !opts.allowUnauthenticated) out.push('UNAUTHENTICATED with a valid token');
    if (e?.extensions && Object.keys(e.extensions).some((k) => k === 'stacktrace' || k === 'exception')) out.push('error extensions carry a stack');
  }
  for (const [what, re] of LEAKS) {
    const m = re.exec(reply.text);
    if (m) out.push(`${what} in the response: …${reply.text.slice(Math.max(0, m.index - 60), m.index + 80)}…`);
  }
  if (opts.tooComplex && !(reply.status === 400 && errors.some((e) => e?.extensions?.code === 'QUERY_TOO_COMPLEX') && reply.body.data === undefined)) {
    out.push(`a hostile document was not refused with QUERY_TOO_COMPLEX before execution: ${reply.text.slice(0, 200)}`);
  }
  if (opts.acceptsNoRow) {
    const r = reply.body.data?.importTrainingRecords;
    if (r && r.accepted + r.duplicates + r.unchanged + r.conflicts !== 0) out.push(`an import of invalid rows accepted some: ${reply.text.slice(0, 600)}`);
    if (!r && !errors.length) out.push('an import answered neither a result nor an error');
  }
  if (opts.mustReject) {
    const value = reply.body.data?.[opts.mustReject.field];
    if (!errors.length || (value !== null && value !== undefined)) out.push(`a mutation that must be refused was not: ${reply.text.slice(0, 300)}`);
  }
  return out;
}

/**
 * Row count and an md5 of every row of every table (the audit log excluded: reads of RESTRICTED
 * fields are audited by design). Sequences are left out: a refused insert may advance one.
 */
export async function tableChecksums(h: Harness): Promise<Record<string, string>> {
  const tables = await h.sql<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'audit_entry' order by 1`,
  );
  const parts = tables.map((t) => `select '${t.name}' as name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as sum from "${t.name}" x`);
  const rows = await h.sql<{ name: string; sum: string }>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}
