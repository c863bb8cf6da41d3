import { startHarness, type Harness } from './helpers/harness';
import {
  AddTextbookAwardDocument,
  ArchiveTextbookDocument,
  CreateTextbookDocument,
  RemoveTextbookAwardDocument,
  TextbookByIdDocument,
  TextbooksPageDocument,
  UpdateTextbookDocument,
  type TextbookFilter,
} from './generated/graphql';
import { toGlobalId } from '../src/core/read/ids';

/** Fixtures: textbooks whose titles start with 测教材 (nothing in the demo seed does). */
describe('textbooks: lists, lookups and writes', () => {
  let h: Harness;
  const gid = (pk: number) => toGlobalId('Textbook', pk);
  const inst = (pk: number) => toGlobalId('Institution', pk);
  let I1: number;
  let B1: number; // 2019, case textbook, at I1, provincial award 2020
  let B2: number; // 2021, at I1, author 王测五
  let B3: number; // 2023, case textbook, no institution, only an archived national award
  let B4: number; // archived
  let awardB1: number;

  const counts = () =>
    h.sql(`select (select count(*) from textbook)::int as textbooks, (select count(*) from textbook_award)::int as awards, (select count(*) from audit_entry)::int as audits`);

  beforeAll(async () => {
    h = await startHarness();
    [{ id: I1 }] = await h.sql(`insert into institution (name, kind, level, region_id) select '测教材学校', 'PARTY_SCHOOL', 'PROVINCIAL', id from region where code = '350000' returning id`);
    const textbook = async (title: string, authors: string[], publisher: string, year: number, isCase: boolean, institution: number | null, archived = false) =>
      (
        await h.sql(
          `insert into textbook (title, authors, publisher, year, is_case_textbook, institution_id, archived_at) values ($1, $2, $3, $4, $5, $6, case when $7 then now() end) returning id`,
          [title, authors, publisher, year, isCase, institution, archived],
        )
      )[0].id as number;
    B1 = await textbook('测教材甲：福建案例选编', ['张测三', '李测四'], '测试出版社', 2019, true, I1);
    B2 = await textbook('测教材乙', ['王测五'], '测试党史出版社', 2021, false, I1);
    B3 = await textbook('测教材丙', ['赵测六'], '测试人民出版社', 2023, true, null);
    B4 = await textbook('测教材丁', [], '测试出版社', 2020, false, I1, true);
    const award = async (t: number, level: string, year: number, archived = false) =>
      (await h.sql(`insert into textbook_award (textbook_id, name, level, year, archived_at) values ($1, '好教材', $2, $3, case when $4 then now() end) returning id`, [t, level, year, archived]))[0]
        .id as number;
    awardB1 = await award(B1, 'PROVINCIAL', 2020);
    await award(B3, 'NATIONAL', 2024, true);
  });
  afterAll(() => h.stop());

  const list = async (filter: TextbookFilter, extra: { includeArchived?: boolean; orderBy?: 'YEAR_DESC' | 'TITLE_ASC' } = {}) => {
    const res = await h.exec(TextbooksPageDocument, { filter, first: 100, ...extra });
    expect(res.errors).toBeUndefined();
    expect(res.data!.textbooks.totalCount).toBe(res.data!.textbooks.nodes.length);
    return res.data!.textbooks.nodes.map((n) => n.id);
  };
  const kw = '测教材';

  it('filters by year range, case flag, institution, awards and keyword', async () => {
    expect(await list({ keyword: kw })).toEqual([B1, B2, B3].map(gid));
    expect(await list({ keyword: kw }, { includeArchived: true })).toEqual([B1, B2, B3, B4].map(gid));
    expect(await list({ keyword: kw, yearFrom: 2020 })).toEqual([B2, B3].map(gid));
    expect(await list({ keyword: kw, yearFrom: 2019, yearTo: 2021 })).toEqual([B1, B2].map(gid));
    expect(await list({ keyword: kw, yearTo: 2019 })).toEqual([B1].map(gid));
    expect(await list({ keyword: kw, isCaseTextbook: true })).toEqual([B1, B3].map(gid));
    expect(await list({ institutionId: inst(I1) })).toEqual([B1, B2].map(gid));
    expect(await list({ keyword: kw, hasAward: true })).toEqual([B1].map(gid));
    expect(await list({ keyword: kw, hasAward: false })).toEqual([B2, B3].map(gid));
    expect(await list({ keyword: kw, awardLevel: ['NATIONAL'] })).toEqual([]);
    expect(await list({ keyword: '王测五' })).toEqual([B2].map(gid));
    expect(await list({ keyword: '测试人民出版社' })).toEqual([B3].map(gid));
    expect(await list({ keyword: kw }, { orderBy: 'YEAR_DESC' })).toEqual([B3, B2, B1].map(gid));
  });

  it('rejects a year range that ends before it starts', async () => {
    const res = await h.exec(TextbooksPageDocument, { filter: { yearFrom: 2022, yearTo: 2020 } });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.yearTo' });
  });

  it('finds one textbook with institution and live awards, and answers NOT_FOUND otherwise', async () => {
    const res = await h.exec(TextbookByIdDocument, { id: gid(B1) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.textbook).toEqual({
      id: gid(B1),
      title: '测教材甲：福建案例选编',
      authors: ['张测三', '李测四'],
      publisher: '测试出版社',
      year: 2019,
      isCaseTextbook: true,
      version: 1,
      archivedAt: null,
      institution: { id: inst(I1) },
      awards: [{ id: toGlobalId('TextbookAward', awardB1), name: '好教材', level: 'PROVINCIAL', year: 2020 }],
    });
    const b3 = await h.exec(TextbookByIdDocument, { id: gid(B3) });
    expect(b3.data!.textbook).toMatchObject({ institution: null, awards: [] });
    const missing = await h.exec(TextbookByIdDocument, { id: gid(99999999) });
    expect(missing.data).toBeNull();
    expect(missing.errors![0].extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('creates, updates with the version, refuses a stale version, and archives', async () => {
    const created = await h.exec(CreateTextbookDocument, {
      input: { title: '测新教材', authors: ['陈测七'], publisher: '测试出版社', year: 2024, isCaseTextbook: true, institutionId: inst(I1) },
    });
    expect(created.errors).toBeUndefined();
    const t = created.data!.createTextbook.textbook;
    expect(t).toEqual({ id: t.id, title: '测新教材', authors: ['陈测七'], publisher: '测试出版社', year: 2024, isCaseTextbook: true, version: 1, institution: { id: inst(I1) } });

    const updated = await h.exec(UpdateTextbookDocument, { input: { id: t.id, version: 1, authors: ['陈测七', '林测八'], year: 2025, institutionId: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTextbook.textbook).toMatchObject({ authors: ['陈测七', '林测八'], year: 2025, institution: null, version: 2 });

    const stale = await h.exec(UpdateTextbookDocument, { input: { id: t.id, version: 1, title: '不应写入' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const [stored] = await h.sql(`select title, year, version, institution_id from textbook where title = '测新教材'`);
    expect(stored).toEqual({ title: '测新教材', year: 2025, version: 2, institution_id: null });

    const archived = await h.exec(ArchiveTextbookDocument, { input: { id: t.id, version: 2 } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveTextbook.textbook.archivedAt).not.toBeNull();
    expect(await list({ keyword: '测新教材' })).toEqual([]);

    const audit = await h.sql(`select action, fields from audit_entry where entity = 'Textbook' and $1 = any(entity_ids) order by id`, [t.id]);
    expect(audit.map((a) => [a.action, a.fields])).toEqual([
      ['CREATE', ['title', 'authors', 'publisher', 'year', 'isCaseTextbook', 'institutionId']],
      ['UPDATE', ['authors', 'year', 'institution']],
      ['ARCHIVE', ['archivedAt']],
    ]);
  });

  it.each([
    ['an over-long title', { title: '书'.repeat(201) }, 'input.title'],
    ['an over-long publisher', { publisher: '社'.repeat(101) }, 'input.publisher'],
    ['an over-long author', { authors: ['名'.repeat(51)] }, 'input.authors'],
    ['a year before 1949', { year: 1900 }, 'input.year'],
    ['an unknown institution', { institutionId: inst(99999999) }, 'input.institutionId'],
    ['a malformed institution id', { institutionId: 'not an id' }, 'input.institutionId'],
  ])('rejects %s with BAD_USER_INPUT at its path and writes nothing', async (_what, over, field) => {
    const before = await counts();
    const res = await h.exec(CreateTextbookDocument, { input: { title: '测坏教材', publisher: '测试出版社', year: 2024, ...over } as never });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('records an award, refuses the same award twice, removes and re-records it', async () => {
    const added = await h.exec(AddTextbookAwardDocument, { input: { textbookId: gid(B2), name: '全省好教材', level: 'PROVINCIAL', year: 2022 } });
    expect(added.errors).toBeUndefined();
    const a = added.data!.addTextbookAward.award;
    expect(a).toEqual({ id: a.id, name: '全省好教材', level: 'PROVINCIAL', year: 2022, version: 1, textbook: { id: gid(B2) } });
    expect(added.data!.addTextbookAward.textbook.awards).toEqual([{ id: a.id, name: '全省好教材' }]);
    expect(await list({ keyword: kw, hasAward: true })).toEqual([B1, B2].map(gid));

    const before = await counts();
    const twice = await h.exec(AddTextbookAwardDocument, { input: { textbookId: gid(B2), name: '全省好教材', level: 'PROVINCIAL', year: 2022 } });
    expect(twice.errors![0].extensions).toEqual({ code: 'CONFLICT' });
    const badTextbook = await h.exec(AddTextbookAwardDocument, { input: { textbookId: gid(99999999), name: '全省好教材', level: 'PROVINCIAL', year: 2022 } });
    expect(badTextbook.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.textbookId' });
    expect(await counts()).toEqual(before);

    const removed = await h.exec(RemoveTextbookAwardDocument, { input: { id: a.id, version: 1 } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeTextbookAward.textbook.awards).toEqual([]);
    expect(await list({ keyword: kw, hasAward: true })).toEqual([B1].map(gid));

    const again = await h.exec(AddTextbookAwardDocument, { input: { textbookId: gid(B2), name: '全省好教材', level: 'NATIONAL', year: 2022 } });
    expect(again.data!.addTextbookAward.award).toMatchObject({ id: a.id, level: 'NATIONAL', version: 3 });
  });
});
