jest.mock('../src/access/enforce', () => ({ ...jest.requireActual('../src/access/enforce'), enforcePolicy: (s: unknown) => s }));
import { startHarness, type Harness } from './helpers/harness';
describe('smoke', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(() => h.stop());
  it('runs', async () => {
    const r = await h.exec(`{ cadres(first: 3) { nodes { id compliance(asOf: "2025-06-30") { colour deadline reasons centralized { hours days met colour deadline } selfStudy { hours colour } } learningMap(from: "2020-01-01", to: "2025-12-31") { totalHours byYear { key hours } byMode { label hours } courses { title } institutions { name } } } } complianceSummary(groupBy: REGION, asOf: "2025-06-30") { total { total green yellow red } groups { key label total } } overdueCadres(asOf: "2025-06-30", first: 2) { totalCount nodes { colour deadline cadre { name } } } }`);
    console.log(JSON.stringify(r, null, 1).slice(0, 4000));
  });
});
