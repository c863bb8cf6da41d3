import { rowScope } from '../access/row-scope';
import type { Viewer } from '../access/viewer';
import { ENUM_CATALOG } from '../core/enums';
import { BadInputError } from '../core/errors';
import { refPk, toGlobalId } from '../core/read/ids';
import { Params, type ReadDb } from '../core/read/sql';
import { TrainingAssignmentModel } from '../modules/assignment/assignment.loaders';
import { CadreModel } from '../modules/cadre/cadre.loaders';
import { TrainingRecordModel } from '../modules/training-record/training-record.loaders';
import { countedRecordConditions } from './compliance.repository';
import { AssignmentStatisticsDimension, StatisticsDimension, StatisticsMeasure } from './statistics.enums';
import type { AssignmentStatisticsFilter, TrainingStatisticsFilter } from './statistics.inputs';
import type { AssignmentStatisticsRow, StatisticsKey, TrainingStatisticsRow } from './statistics.types';

/**
 * 数据分析、趋势分析 (issue 10 §6): training records and assignments aggregated in one SQL statement
 * per request, grouped by whitelisted column expressions (never input text), in the caller's row
 * scope: the scope of the aggregated type (records, assignments) over alias `t` and the cadre scope
 * over the cadre each row hangs from, as the compliance engine applies them.
 */

export const MAX_DIMENSIONS = 4;
/** More groups than this is a request for raw rows, not statistics. */
export const MAX_GROUPS = 10_000;

type Join = 'region' | 'unit' | 'klass' | 'institution';

/** How a dimension's key is computed, named and presented. */
interface DimensionSql {
  /** The GROUP BY expression. */
  key: string;
  /** Its code and name (functionally dependent on the key). */
  code?: string;
  name?: string;
  joins: readonly Join[];
  /** ORDER BY expression when not the key (regions sort by code). */
  sort?: string;
  present: (key: unknown, code: unknown, name: unknown) => StatisticsKey;
}

const NONE_LABEL = '（无）';
const JOIN_SQL: Record<Join, string> = {
  region: 'left join region rg on rg.id = c.region_id',
  unit: 'left join unit u on u.id = c.unit_id',
  klass: 'left join training_class k on k.id = t.class_id',
  institution: 'left join institution i on i.id = k.institution_id',
};

const byId = (type: string) => (key: unknown, code: unknown, name: unknown): StatisticsKey => ({
  id: toGlobalId(type, key as number),
  code: (code as string | null) ?? null,
  label: (name as string | null) ?? NONE_LABEL,
});
const byEnum = (enumName: string) => (key: unknown): StatisticsKey => ({
  id: null,
  code: key as string,
  label: ENUM_CATALOG.get(enumName)?.values.find((v) => v.value === key)?.label ?? (key as string),
});
const year = (key: unknown): StatisticsKey => ({ id: null, code: String(key), label: `${String(key)}年` });
const quarter = (key: unknown): StatisticsKey => {
  const [y, q] = String(key).split('-Q');
  return { id: null, code: String(key), label: `${y}年第${q}季度` };
};

const REGION: DimensionSql = { key: 'c.region_id', code: 'rg.code', name: 'rg.name', joins: ['region'], sort: 'min(rg.code)', present: byId('Region') };
const UNIT: DimensionSql = { key: 'c.unit_id', name: 'u.name', joins: ['unit'], present: byId('Unit') };
const INSTITUTION: DimensionSql = { key: 'k.institution_id', name: 'i.name', joins: ['klass', 'institution'], present: byId('Institution') };

/** Training statistics: cadre attributes from `c`, record columns from `t`, its class from `k`. Dates are the record's end date. */
const TRAINING_DIMENSIONS: Record<StatisticsDimension, DimensionSql> = {
  REGION,
  UNIT,
  CATEGORY: { key: 'c.category', joins: [], present: byEnum('CadreCategory') },
  SECTOR: { key: 'c.sector', joins: [], present: byEnum('Sector') },
  MODE: { key: 't.mode', joins: [], present: byEnum('TrainingMode') },
  YEAR: { key: 'extract(year from t.end_date)::int', joins: [], present: year },
  QUARTER: { key: `to_char(t.end_date, 'YYYY-"Q"Q')`, joins: [], present: quarter },
  INSTITUTION,
  CLASS_KIND: { key: 'k.kind', joins: ['klass'], present: byEnum('ClassKind') },
};

/** Assignment statistics: the class (`k`) is always joined; the year is the class's start. */
const ASSIGNMENT_DIMENSIONS: Record<AssignmentStatisticsDimension, DimensionSql> = {
  REGION,
  UNIT,
  YEAR: { key: 'extract(year from k.start_date)::int', joins: [], present: year },
  INSTITUTION: { ...INSTITUTION, joins: ['institution'] },
};

const MEASURE_SQL: Record<StatisticsMeasure, { column: keyof TrainingStatisticsRow; sql: string }> = {
  HOURS: { column: 'hours', sql: 'coalesce(sum(t.credited_hours), 0)' },
  DAYS: { column: 'days', sql: 'coalesce(sum(t.days), 0)' },
  PEOPLE: { column: 'people', sql: 'count(distinct t.cadre_id)::int' },
  RECORDS: { column: 'records', sql: 'count(*)::int' },
  AVERAGE_HOURS_PER_CADRE: { column: 'averageHoursPerCadre', sql: 'round(sum(t.credited_hours) / nullif(count(distinct t.cadre_id), 0), 2)' },
};

const PAST_NOMINATED = `'APPROVED','FILED','ATTENDED','ABSENT','MAKEUP_REQUIRED','EXEMPTED'`;
const ASSIGNMENT_COUNTS: Record<Exclude<keyof AssignmentStatisticsRow, 'keys'>, string> = {
  nominated: 'count(*)::int',
  approved: `(count(*) filter (where t.status in (${PAST_NOMINATED})))::int`,
  filed: `(count(*) filter (where t.status in ('FILED','ATTENDED','ABSENT','MAKEUP_REQUIRED','EXEMPTED')))::int`,
  attended: `(count(*) filter (where t.status = 'ATTENDED'))::int`,
  absent: `(count(*) filter (where t.status in ('ABSENT','MAKEUP_REQUIRED','EXEMPTED')))::int`,
  makeupRequired: `(count(*) filter (where t.status = 'MAKEUP_REQUIRED'))::int`,
  exempted: `(count(*) filter (where t.status = 'EXEMPTED'))::int`,
};

/** Checks the shape of a request: at least one measure, no duplicates, at most {@link MAX_DIMENSIONS} dimensions. */
export function validateStatisticsArgs(measures: readonly string[] | null, groupBy: readonly string[], dates?: { from?: string | null; to?: string | null } | null): void {
  if (measures !== null) {
    if (measures.length === 0) throw new BadInputError('Ask for at least one measure.', 'measures');
    const dup = measures.findIndex((m, i) => measures.indexOf(m) !== i);
    if (dup >= 0) throw new BadInputError(`Measure ${measures[dup]} is listed twice.`, `measures.${dup}`);
  }
  if (groupBy.length > MAX_DIMENSIONS) throw new BadInputError(`Group by at most ${MAX_DIMENSIONS} dimensions.`, 'groupBy');
  const dup = groupBy.findIndex((d, i) => groupBy.indexOf(d) !== i);
  if (dup >= 0) throw new BadInputError(`Dimension ${groupBy[dup]} is listed twice.`, `groupBy.${dup}`);
  if (dates?.from && dates.to && dates.from > dates.to) throw new BadInputError('The range ends before it starts.', 'filter.to');
}

/** Adds `cadre`'s scope and the cadre filters (over alias `c`) to `where`. */
function cadreConditions(where: string[], params: Params, viewer: Viewer, filter: { regionCode?: string | null; unitId?: string | null }): void {
  const scope = rowScope(CadreModel, viewer, params);
  // Alias `t` inside the sub-select is the cadre: the scope rules are written over `t`.
  if (scope) where.push(`t.cadre_id in (select t.id from cadre t where ${scope})`);
  where.push('c.archived_at is null');
  if (filter.regionCode) where.push(`c.region_id in (select d.id from region d join region a on d.path like a.path || '%' where a.code = ${params.add(filter.regionCode)})`);
  if (filter.unitId) where.push(`c.unit_id = ${params.add(refPk(filter.unitId, 'Unit', 'filter.unitId'))}`);
}

interface Grouped {
  from: string;
  where: string[];
  dims: DimensionSql[];
  measures: string[];
  baseJoins?: readonly Join[];
}

/** The one statement: the groups and, as the row whose `__total` is true, the grand total. */
function groupedSql({ from, where, dims, measures, baseJoins = [] }: Grouped): string {
  const joins = new Set<Join>(baseJoins);
  for (const d of dims) for (const j of d.joins) joins.add(j);
  const order: Join[] = ['region', 'unit', 'klass', 'institution'];
  const keyCols = dims.flatMap((d, i) => [`${d.key} as "k${i}"`, `min(${d.code ?? 'null'}) as "c${i}"`, `min(${d.name ?? 'null'}) as "n${i}"`]);
  const grouping = dims.length ? `group by grouping sets ((${dims.map((d) => d.key).join(', ')}), ())` : '';
  const total = dims.length ? `grouping(${dims[0].key}) = 1` : 'true';
  const orderBy = dims.length ? `order by grouping(${dims[0].key}) desc, ${dims.map((d) => d.sort ?? d.key).join(', ')}` : '';
  return `select ${[...keyCols, ...measures, `${total} as "__total"`].join(', ')}
    from ${from} ${order.filter((j) => joins.has(j)).map((j) => JOIN_SQL[j]).join(' ')}
    where ${where.join(' and ')}
    ${grouping} ${orderBy} limit ${MAX_GROUPS + 2}`;
}

function keysOf<D extends string>(row: Record<string, unknown>, groupBy: readonly D[], table: Record<D, DimensionSql>): Partial<Record<D, StatisticsKey>> {
  const keys: Partial<Record<D, StatisticsKey>> = {};
  groupBy.forEach((d, i) => {
    const k = row[`k${i}`];
    keys[d] = k === null || k === undefined ? { id: null, code: null, label: NONE_LABEL } : table[d].present(k, row[`c${i}`], row[`n${i}`]);
  });
  return keys;
}

function split<R>(rows: Record<string, unknown>[], grouped: boolean, toRow: (r: Record<string, unknown>, total: boolean) => R): { rows: R[]; total: R } {
  if (rows.length > MAX_GROUPS + 1) throw new BadInputError(`More than ${MAX_GROUPS} groups: group by fewer dimensions or narrow the filter.`, 'groupBy');
  const totalRow = rows.find((r) => r.__total === true)!;
  const groups = rows.filter((r) => r.__total !== true);
  return { rows: (grouped ? groups : [totalRow]).map((r) => toRow(r, false)), total: toRow(totalRow, true) };
}

/** Dimension name → GraphQL key field (`CLASS_KIND` → `classKind`). */
export function keyField(d: string): string {
  return d.toLowerCase().replace(/_(\w)/g, (_m, c: string) => c.toUpperCase());
}

/** 培训数据统计: the measures of the viewer's counted records per group, plus the total, in one statement. */
export async function trainingStatistics(
  db: ReadDb,
  viewer: Viewer,
  measures: readonly StatisticsMeasure[],
  groupBy: readonly StatisticsDimension[],
  filter: TrainingStatisticsFilter | null | undefined,
): Promise<{ rows: TrainingStatisticsRow[]; total: TrainingStatisticsRow }> {
  const params = new Params();
  const f = filter ?? {};
  const where = countedRecordConditions(params, f.verificationStatus);
  const scope = rowScope(TrainingRecordModel, viewer, params);
  if (scope) where.push(scope);
  if (f.from) where.push(`t.end_date >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`t.end_date <= ${params.add(f.to)}::date`);
  if (f.mode?.length) where.push(`t.mode = any(${params.add(f.mode)}::text[])`);
  cadreConditions(where, params, viewer, f);
  if (f.sector?.length) where.push(`c.sector = any(${params.add(f.sector)}::text[])`);
  if (f.category?.length) where.push(`c.category = any(${params.add(f.category)}::text[])`);
  const sql = groupedSql({
    from: 'training_record t join cadre c on c.id = t.cadre_id',
    where,
    dims: groupBy.map((d) => TRAINING_DIMENSIONS[d]),
    measures: measures.map((m) => `${MEASURE_SQL[m].sql} as "${MEASURE_SQL[m].column}"`),
  });
  const result = await db.query(sql, params.values);
  const asked = new Set(measures.map((m) => MEASURE_SQL[m].column));
  return split(result, groupBy.length > 0, (r, total) => {
    const keys = total ? {} : keysOf(r, groupBy, TRAINING_DIMENSIONS);
    const value = (col: keyof TrainingStatisticsRow) => (asked.has(col) ? (r[col] as number | null) : null);
    return {
      keys: Object.fromEntries(Object.entries(keys).map(([d, k]) => [keyField(d), k])),
      hours: value('hours'),
      days: value('days'),
      people: value('people'),
      records: value('records'),
      averageHoursPerCadre: value('averageHoursPerCadre'),
    };
  });
}

/** 调训情况统计: assignment counts per group plus the total, in one statement. */
export async function assignmentStatistics(
  db: ReadDb,
  viewer: Viewer,
  groupBy: readonly AssignmentStatisticsDimension[],
  filter: AssignmentStatisticsFilter | null | undefined,
): Promise<{ rows: AssignmentStatisticsRow[]; total: AssignmentStatisticsRow }> {
  const params = new Params();
  const f = filter ?? {};
  const where = ['t.archived_at is null', 'k.archived_at is null'];
  const scope = rowScope(TrainingAssignmentModel, viewer, params);
  if (scope) where.push(scope);
  if (f.from) where.push(`k.start_date >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`k.start_date <= ${params.add(f.to)}::date`);
  if (f.institutionId) where.push(`k.institution_id = ${params.add(refPk(f.institutionId, 'Institution', 'filter.institutionId'))}`);
  cadreConditions(where, params, viewer, f);
  const sql = groupedSql({
    from: 'training_assignment t join cadre c on c.id = t.cadre_id join training_class k on k.id = t.class_id',
    where,
    dims: groupBy.map((d) => ASSIGNMENT_DIMENSIONS[d]),
    measures: Object.entries(ASSIGNMENT_COUNTS).map(([col, sql]) => `${sql} as "${col}"`),
  });
  const result = await db.query(sql, params.values);
  return split(result, groupBy.length > 0, (r, total) => {
    const keys = total ? {} : keysOf(r, groupBy, ASSIGNMENT_DIMENSIONS);
    const counts = Object.fromEntries(Object.keys(ASSIGNMENT_COUNTS).map((col) => [col, r[col] as number])) as Omit<AssignmentStatisticsRow, 'keys'>;
    return { keys: Object.fromEntries(Object.entries(keys).map(([d, k]) => [keyField(d), k])), ...counts };
  });
}
