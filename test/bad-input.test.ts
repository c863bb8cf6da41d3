import { gzipSync } from 'node:zlib';
import { startHarness, type Harness } from './helpers/harness';
import { Role } from '../src/access/viewer';
import { toGlobalId } from '../src/core/read/ids';

/**
 * Bad input of every class the issue names, over real HTTP: each is a clear BAD_USER_INPUT (with the
 * input path where there is one) or the transport's own 4xx, never INTERNAL_SERVER_ERROR, and
 * nothing is written.
 */
describe('bad input', () => {
  let h: Harness;
  let auth: Record<string, string>;
  const tables = ['cadre', 'training_record', 'course', 'teaching_case', 'region'];
  let counts: Record<string, number>;

  const rowCounts = async () => {
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (await h.sql<{ n: number }>(`select count(*)::int as n from ${t}`))[0].n;
    return out;
  };

  beforeAll(async () => {
    h = await startHarness();
    auth = { authorization: `Bearer ${await h.token({ subject: 'fuzz-admin', role: Role.ADMIN })}` };
    counts = await rowCounts();
  });
  afterAll(async () => {
    // Every case below was rejected: nothing was written by any of them.
    expect(await rowCounts()).toEqual(counts);
    await h.stop();
  });

  const gql = (query: string, variables?: Record<string, unknown>) => h.post({ query, variables }, auth);

  /** One BAD_USER_INPUT error naming `field`, HTTP 400, no data. */
  const expectRejected = (res: { status: number; body: any }, field: string | undefined, message?: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    if (field) expect(res.body.errors[0].extensions.field).toBe(field);
    if (message) expect(res.body.errors[0].message).toMatch(message);
  };

  const CASES = 'query Cases($f: TeachingCaseFilter) { teachingCases(filter: $f) { totalCount } }';

  describe('strings', () => {
    it('rejects a NUL in a filter variable, naming the input path', async () => {
      expectRejected(await gql(CASES, { f: { keyword: '木兰溪\u0000' } }), 'filter.keyword', /NUL/);
      expectRejected(await gql(CASES, { f: { regionCode: '3505\u000082' } }), 'filter.regionCode', /NUL/);
      expectRejected(await gql(CASES, { f: { theme: ['四下基层', 'x\u0000'] } }), 'filter.theme.1', /NUL/);
    });

    it('rejects a NUL written as an escape in a document literal', async () => {
      expectRejected(await gql('{ cadres(filter: { regionCode: "35\\u00000" }) { totalCount } }'), 'filter.regionCode', /NUL/);
      expectRejected(await gql('{ teachingCases(filter: { theme: ["a", "b\\u0000"] }) { totalCount } }'), 'filter.theme.1', /NUL/);
    });

    it('names the input path of a variable used inside a literal', async () => {
      expectRejected(await gql('query($k: String) { teachingCases(filter: { keyword: $k }) { totalCount } }', { k: 'x\u0000' }), 'filter.keyword', /NUL/);
      expectRejected(await gql('query($t: String!) { teachingCases(filter: { theme: ["a", $t] }) { totalCount } }', { t: '\ud800' }), 'filter.theme.1', /surrogate/);
    });

    it('rejects a NUL in a variable default and in an object key', async () => {
      expectRejected(await gql('query($k: String = "a\\u0000") { teachingCases(filter: { keyword: $k }) { totalCount } }'), '$k', /NUL/);
      expectRejected(await gql(CASES, { f: { 'key\u0000': 1 } }), undefined, /NUL/);
    });

    it('rejects lone surrogates, in variables and in the document', async () => {
      expectRejected(await gql(CASES, { f: { keyword: 'a\ud800b' } }), 'filter.keyword', /surrogate/);
      expectRejected(await gql(CASES, { f: { keyword: '\udc00' } }), 'filter.keyword', /surrogate/);
      // A raw lone surrogate in the document is a syntax error; an escaped one is refused by the lexer.
      expectRejected(await gql('{ teachingCases(filter: { keyword: "\ud800" }) { totalCount } }'), undefined);
      expectRejected(await gql('{ teachingCases(filter: { keyword: "\\ud800" }) { totalCount } }'), undefined);
      // A correct pair (an astral character) is fine.
      const ok = await gql(CASES, { f: { keyword: '𠀀' } });
      expect(ok.body).toEqual({ data: { teachingCases: { totalCount: 0 } } });
    });

    it('rejects strings over MAX_STRING_LENGTH, naming the limit', async () => {
      const long = 'x'.repeat(h.config.maxStringLength + 1);
      const res = await gql(CASES, { f: { keyword: long } });
      expectRejected(res, 'filter.keyword', /limit is 100000 \(MAX_STRING_LENGTH\)/);
      expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.keyword', limit: 'MAX_STRING_LENGTH', allowed: 100000 });
      // Exactly at the limit passes the guard; the field's own, shorter rule then applies.
      const atLimit = await gql(CASES, { f: { keyword: 'x'.repeat(h.config.maxStringLength) } });
      expect(atLimit.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/shorter than or equal to 100/), extensions: { code: 'BAD_USER_INPUT', field: 'filter.keyword' } })]);
    });

    it('rejects a mutation carrying a NUL before anything is written', async () => {
      const res = await gql('mutation($in: CreateRegionInput!) { createRegion(input: $in) { region { id } } }', {
        in: { code: '350999', name: '测试\u0000区', level: 'COUNTY', parentId: toGlobalId('Region', 1) },
      });
      expectRejected(res, 'input.name', /NUL/);
    });
  });

  describe('numbers', () => {
    const RECORD = 'mutation($in: CreateTrainingRecordInput!) { createTrainingRecord(input: $in) { trainingRecord { id } } }';
    const record = (over: Record<string, unknown>) => ({
      cadreId: toGlobalId('Cadre', 1045),
      mode: 'ONLINE_SELF_STUDY',
      title: '网络自学',
      hours: 2,
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      ...over,
    });

    it('rejects hours that overflow the column, negative hours and days', async () => {
      for (const [over, field] of [
        [{ hours: 1e300 }, 'input.hours'],
        [{ hours: 1e7 }, 'input.hours'],
        [{ hours: -1 }, 'input.hours'],
        [{ creditedHours: 5e6 }, 'input.creditedHours'],
        [{ days: -0.5 }, 'input.days'],
        [{ days: 1e10 }, 'input.days'],
        // Exponent notation once crashed class-validator's decimal-places check (INTERNAL_SERVER_ERROR).
        [{ hours: 1e-7 }, 'input.hours'],
        [{ hours: 5e-324 }, 'input.hours'],
        [{ days: 1.25 }, 'input.days'],
      ] as const) {
        const res = await gql(RECORD, { in: record(over) });
        expect(res.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
        expect(res.body.data).toBeNull();
      }
    });

    it('rejects a float literal that is not finite', async () => {
      const res = await gql(`mutation { createTrainingRecord(input: { cadreId: "${toGlobalId('Cadre', 1045)}", mode: ONLINE_SELF_STUDY, title: "t", hours: 1e999, startDate: "2025-03-01", endDate: "2025-03-01" }) { trainingRecord { id } } }`);
      expectRejected(res, 'input.hours', /finite/);
    });

    it('rejects page sizes out of range', async () => {
      for (const first of [101, 1_000_000, -1]) {
        const res = await gql('query($n: Int) { cadres(first: $n) { totalCount } }', { n: first });
        expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } })]);
      }
      // Beyond 32 bits GraphQL's Int refuses it already.
      const huge = await gql('query($n: Int) { cadres(first: $n) { totalCount } }', { n: 2 ** 31 });
      expect(huge.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
      const literal = await gql('{ cadres(first: 99999999999) { totalCount } }');
      expectRejected(literal, 'first');
    });
  });

  describe('ids and cursors', () => {
    it('rejects a garbage id as bad input, and an id of another type as not found', async () => {
      const garbage = await gql('{ cadre(id: "!!not-base64!!") { name } }');
      expect(garbage.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
      const forged = await gql(`{ cadre(id: "${Buffer.from('Cadre:99999999999').toString('base64url')}") { name } }`);
      expect(forged.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      const course = await gql(`{ cadre(id: "${toGlobalId('Course', 1)}") { name } }`);
      expect(course.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    });

    it('rejects an input reference of another type, naming the input path', async () => {
      const res = await gql('mutation($in: CreateTrainingRecordInput!) { createTrainingRecord(input: $in) { trainingRecord { id } } }', {
        in: { cadreId: toGlobalId('Course', 1), mode: 'ONLINE_SELF_STUDY', title: 't', hours: 1, startDate: '2025-03-01', endDate: '2025-03-01' },
      });
      expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.cadreId' } })]);
    });

    it('rejects garbage cursors and cursors of another list', async () => {
      const bad = async (query: string, after: string) => {
        const res = await gql(query, { after });
        expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } })]);
      };
      const cadres = 'query($after: String) { cadres(first: 2, after: $after, orderBy: NAME_ASC) { nodes { id } } }';
      await bad(cadres, '%%%');
      await bad(cadres, Buffer.from('[{"a":1},1]').toString('base64url'));
      await bad(cadres, Buffer.from('["\\u0000", 1]').toString('base64url'));
      const courses = await gql('{ courses(first: 1, orderBy: ID_ASC) { pageInfo { endCursor } } }');
      await bad(cadres, courses.body.data.courses.pageInfo.endCursor);
      const cadresByBirth = await gql('{ cadres(first: 1, orderBy: ID_DESC) { pageInfo { endCursor } } }');
      await bad(cadres, cadresByBirth.body.data.cadres.pageInfo.endCursor);
    });
  });

  describe('token claims', () => {
    it('refuses a signed token whose claims could not be stored or compared (once INTERNAL_SERVER_ERROR)', async () => {
      for (const [claims, claim] of [
        [{ subject: 'org', role: Role.ORG_DEPT, region: '35\u00000' }, 'region'],
        [{ subject: 'org', role: Role.ORG_DEPT, region: '3502001234567' }, 'region'],
        [{ subject: 'bureau', role: Role.INDUSTRY_BUREAU, sector: 'SOE\u0000' }, 'sector'],
        [{ subject: 'x'.repeat(101), role: Role.ADMIN }, 'sub'],
        [{ subject: 'a\ud800', role: Role.ADMIN }, 'sub'],
        [{ subject: 'school', role: Role.PARTY_SCHOOL, agency: 'a\nb' }, 'agency'],
      ] as const) {
        const token = await h.token(claims);
        const res = await h.post({ query: '{ cadres(first: 1) { totalCount nodes { idCardNumber } } }' }, { authorization: `Bearer ${token}` });
        expect(res.status).toBe(401);
        expect(res.body.errors).toEqual([{ message: `The token's ${claim} claim is malformed.`, extensions: { code: 'UNAUTHENTICATED' } }]);
      }
      // Well-formed claims at their longest still work.
      const ok = await h.token({ subject: 's'.repeat(100), role: Role.ORG_DEPT, region: '350200' });
      const res = await h.post({ query: '{ cadres(first: 1) { totalCount nodes { idCardNumber } } }' }, { authorization: `Bearer ${ok}` });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });
  });

  describe('transport', () => {
    const url = () => `${h.baseUrl}/graphql`;
    const send = async (body: string, contentType?: string) => {
      const headers: Record<string, string> = { ...auth };
      if (contentType) headers['content-type'] = contentType;
      const res = await fetch(url(), { method: 'POST', headers, body });
      return { status: res.status, body: (await res.json()) as any };
    };
    const q = JSON.stringify({ query: '{ me { role } }' });

    it('accepts JSON', async () => {
      expect(await send(q, 'application/json')).toEqual({ status: 200, body: { data: { me: { role: 'ADMIN' } } } });
      expect(await send(q, 'application/json; charset=utf-8')).toEqual({ status: 200, body: { data: { me: { role: 'ADMIN' } } } });
    });

    it.each([
      ['text/plain', q],
      ['application/x-www-form-urlencoded', 'query=%7B%20me%20%7B%20role%20%7D%20%7D'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ me { role } }"}\r\n--x--\r\n'],
      ['application/graphql', '{ me { role } }'],
      [undefined, q],
    ])('answers content type %s with 415', async (type, body) => {
      const res = await send(body, type);
      expect(res.status).toBe(415);
      expect(res.body.errors).toEqual([{ message: expect.stringMatching(/application\/json/), extensions: { code: 'BAD_USER_INPUT' } }]);
    });

    it('answers a charset other than UTF-8 with 415', async () => {
      const res = await send(q, 'application/json; charset=latin1');
      expect(res.status).toBe(415);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['malformed JSON', '{"query": '],
      ['a JSON array (a batch)', '[{"query": "{ me { role } }"}]'],
      ['a JSON string', '"{ me { role } }"'],
      ['JSON null', 'null'],
      ['a JSON number', '42'],
      ['an object without query', '{"variables": {}}'],
      ['a query that is not a string', '{"query": {"kind": "Document"}}'],
      ['variables that are not an object', '{"query": "{ me { role } }", "variables": [1]}'],
      ['an empty body', ''],
    ])('answers %s with 400 BAD_USER_INPUT', async (_what, body) => {
      const res = await send(body, 'application/json');
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.body)).not.toMatch(/SyntaxError|node_modules|\.js:\d+|\bat \w+ \(/);
    });

    it('measures the limit after decompression: a small gzip that inflates past it is 413', async () => {
      const bomb = gzipSync(JSON.stringify({ query: '{ me { role } }', variables: { pad: ' '.repeat(4 * h.config.maxBodyBytes) } }));
      expect(bomb.length).toBeLessThan(64 * 1024);
      const res = await fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
      expect(res.status).toBe(413);
      expect(((await res.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'MAX_BODY_BYTES', allowed: 1048576 });
      const gz = await fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(q) });
      expect(await gz.json()).toEqual({ data: { me: { role: 'ADMIN' } } });
      const unknown = await fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'content-encoding': 'compress' }, body: q });
      expect(unknown.status).toBe(415);
      expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('answers a body over MAX_BODY_BYTES with 413 naming the limit', async () => {
      const big = JSON.stringify({ query: '{ me { role } }', variables: { pad: 'x'.repeat(h.config.maxBodyBytes) } });
      const res = await send(big, 'application/json');
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        errors: [
          {
            message: 'The request body is larger than the limit of 1 MB (MAX_BODY_BYTES).',
            extensions: { code: 'BAD_USER_INPUT', limit: 'MAX_BODY_BYTES', allowed: 1048576 },
          },
        ],
      });
    });
  });
});
