import { startHarness, type Harness } from './helpers/harness';
import { CadresWithTrainingDocument } from './generated/graphql';

describe('batched loading on the read path', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('runs the same small number of statements for 10 and for 100 cadres with nested relations', async () => {
    const small = await h.exec(CadresWithTrainingDocument, { first: 10 });
    const large = await h.exec(CadresWithTrainingDocument, { first: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.cadres.nodes).toHaveLength(10);
    expect(large.data!.cadres.nodes).toHaveLength(100);
    // The page really goes three levels deep, or the count would prove nothing.
    const records = large.data!.cadres.nodes.flatMap((c) => c.trainingRecords);
    expect(records.length).toBeGreaterThan(300);
    expect(records.filter((r) => r.course?.institution).length).toBeGreaterThan(10);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });

  it('returns the same nested rows as plain SQL', async () => {
    const res = await h.exec(CadresWithTrainingDocument, { first: 30, filter: { regionCode: '350500' } });
    const cadres = res.data!.cadres.nodes;
    // Per cadre: the first 100 live records by id (the relation's default limit).
    const expected = await h.sql(
      `select c.id, count(x.id)::int as n, coalesce(sum(x.hours), 0)::float as hours
         from cadre c join region r on r.id = c.region_id
         left join (select tr.id, tr.cadre_id, tr.hours, row_number() over (partition by tr.cadre_id order by tr.id) as k
                      from training_record tr where tr.archived_at is null) x on x.cadre_id = c.id and x.k <= 100
        where r.path like '/350000/350500/%' and c.archived_at is null
        group by c.id order by c.id limit 30`,
    );
    expect(cadres.map((c) => [c.trainingRecords.length, Math.round(c.trainingRecords.reduce((s, r) => s + (r.hours ?? 0), 0) * 10) / 10])).toEqual(
      expected.map((e) => [e.n, Math.round(e.hours * 10) / 10]),
    );
  });
});
