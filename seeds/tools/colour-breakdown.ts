// Dev tool: the compliance engine's colours over a database, overall and per requirement, and what makes the RED ones RED;
// then the coverage engine's totals per rule (as coverageSummary's `total` over active cadres).
//   node -r @swc-node/register seeds/tools/colour-breakdown.ts <database url> <asOf YYYY-MM-DD>
import { Client } from 'pg';
import { Role } from '../../src/access/viewer';
import { Params } from '../../src/core/read/sql';
import { complianceSql } from '../../src/reporting/compliance.repository';
import { coverageCtes, scopedCadresCte } from '../../src/reporting/coverage.repository';

/** `n (p %)` of a total. */
function share(n: number, total: number): string {
  return `${n} (${total ? Math.round((100 * n) / total) : 0} %)`;
}

interface CoverageTotal {
  rule: string;
  population: number;
  met: number;
  due: number;
  overdue: number;
  green: number;
  yellow: number;
  red: number;
}

/** Per coverage rule in force, the totals coverageSummary gives (active, unarchived cadres; the engine's own CTEs). */
async function coverageTotals(client: Client, asOf: string): Promise<void> {
  const params = new Params();
  const viewer = { subject: 'breakdown', role: Role.ADMIN };
  const day = `${params.add(asOf)}::date`;
  const sql = `with ${scopedCadresCte(params, viewer, [`t.archived_at is null`, `t.status = 'ACTIVE'`])},
  ${coverageCtes(params, viewer, day, 'cadres')}
  select s.rule_code as rule, count(*)::int as population,
    (count(*) filter (where s.status = 'MET'))::int as met, (count(*) filter (where s.status = 'DUE'))::int as due,
    (count(*) filter (where s.status = 'OVERDUE'))::int as overdue, (count(*) filter (where s.colour = 'GREEN'))::int as green,
    (count(*) filter (where s.colour = 'YELLOW'))::int as yellow, (count(*) filter (where s.colour = 'RED'))::int as red
  from coverage_status s group by 1 order by 1`;
  const { rows } = await client.query<CoverageTotal>(sql, params.values);
  console.log(`coverage as of ${asOf} (population, met / due / overdue, colours):`);
  for (const r of rows) {
    const colours = r.green + r.yellow + r.red > 0 ? `  GREEN ${r.green}  YELLOW ${r.yellow}  RED ${r.red}` : '  (share rule: no colours)';
    console.log(`  ${r.rule.padEnd(32)} ${String(r.population).padStart(5)}  met ${share(r.met, r.population)}  due ${r.due}  overdue ${r.overdue}${colours}`);
  }
}

async function main(): Promise<void> {
  const [url, asOf] = process.argv.slice(2);
  if (!url || !asOf) throw new Error('usage: colour-breakdown.ts <database url> <asOf>');
  const client = new Client({ connectionString: url });
  await client.connect();
  const params = new Params();
  const sql = complianceSql(params, { subject: 'breakdown', role: Role.ADMIN }, asOf, [`t.archived_at is null`, `t.status = 'ACTIVE'`]);
  const { rows } = await client.query<{ g: string; colour: string; c: string | null; s: string | null; t: string | null; n: number }>(
    `select x."cadreGroup" as g, x.colour, x."centralizedColour" as c, x."selfStudyColour" as s, x."theoryColour" as t, count(*)::int as n
     from (${sql}) x group by 1, 2, 3, 4, 5`,
    params.values,
  );
  const total = rows.reduce((a, r) => a + r.n, 0);
  const count = (pred: (r: (typeof rows)[number]) => boolean) => rows.filter(pred).reduce((a, r) => a + r.n, 0);
  const line = (label: string, pred: (r: (typeof rows)[number]) => boolean, col: (r: (typeof rows)[number]) => string | null) => {
    const n = count(pred);
    const parts = ['GREEN', 'YELLOW', 'RED'].map((c) => `${c} ${share(count((r) => pred(r) && col(r) === c), n)}`);
    console.log(`${label.padEnd(24)} ${String(n).padStart(5)}  ${parts.join('  ')}`);
  };
  console.log(`as of ${asOf}: ${total} active cadres`);
  line('overall', () => true, (r) => r.colour);
  for (const g of ['A', 'B']) line(`  group ${g}`, (r) => r.g === g, (r) => r.colour);
  for (const g of ['A', 'B']) line(`centralized, group ${g}`, (r) => r.g === g && r.c !== null, (r) => r.c);
  line('self-study', (r) => r.s !== null, (r) => r.s);
  line('theory (required)', (r) => r.t !== null, (r) => r.t);
  console.log('RED because (requirements RED):');
  const causes = new Map<string, number>();
  for (const r of rows.filter((x) => x.colour === 'RED')) {
    const key = [r.c === 'RED' ? `centralized ${r.g}` : '', r.s === 'RED' ? 'self-study' : '', r.t === 'RED' ? 'theory' : ''].filter(Boolean).join(' + ');
    causes.set(key, (causes.get(key) ?? 0) + r.n);
  }
  for (const [k, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(40)} ${n}`);
  await coverageTotals(client, asOf);
  await client.end();
}
void main();
