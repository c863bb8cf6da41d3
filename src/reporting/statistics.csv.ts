import { BadInputError } from '../core/errors';
import { CadreCategory } from '../modules/cadre/cadre.enums';
import { TrainingMode, VerificationStatus } from '../modules/training-record/training-record.enums';
import { Sector } from '../modules/unit/unit.enums';
import { StatisticsDimension, StatisticsMeasure } from './statistics.enums';
import type { TrainingStatisticsFilter } from './statistics.inputs';
import { keyField } from './statistics.repository';
import type { TrainingStatisticsRow } from './statistics.types';

/**
 * `trainingStatistics` as CSV for spreadsheet and BI tools (六(三) 数据分析): query parameters in,
 * UTF-8 text with a BOM out, headers in Chinese and English, RFC 4180 quoting. csv-stringify is not
 * a dependency; quoting one field is the few lines below.
 */

export interface TrainingStatisticsArgs {
  measures: StatisticsMeasure[];
  groupBy: StatisticsDimension[];
  filter: TrainingStatisticsFilter;
}

const DIMENSION_HEADER: Record<StatisticsDimension, string> = {
  REGION: '地区',
  UNIT: '单位',
  CATEGORY: '干部类别',
  SECTOR: '行业系统',
  MODE: '培训形式',
  YEAR: '年度',
  QUARTER: '季度',
  INSTITUTION: '培训机构',
  CLASS_KIND: '班次类型',
};

const MEASURE_COLUMN: Record<StatisticsMeasure, { header: string; field: keyof Omit<TrainingStatisticsRow, 'keys'> }> = {
  HOURS: { header: '认定学时 hours', field: 'hours' },
  DAYS: { header: '培训天数 days', field: 'days' },
  PEOPLE: { header: '参训人数 people', field: 'people' },
  RECORDS: { header: '记录条数 records', field: 'records' },
  AVERAGE_HOURS_PER_CADRE: { header: '人均学时 average_hours_per_cadre', field: 'averageHoursPerCadre' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(query: Record<string, unknown>, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw.join(',') : String(raw);
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function enumList<E extends string>(query: Record<string, unknown>, name: string, values: Record<string, E>): E[] | undefined {
  const items = list(query, name);
  items?.forEach((v, i) => {
    if (!Object.values(values).includes(v as E)) throw BadInputError.invalid(`${name}.${i}`, `${v} is not one of ${Object.values(values).join(', ')}`);
  });
  return items as E[] | undefined;
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw BadInputError.invalid(name, 'give it once');
  return raw;
}

function date(query: Record<string, unknown>, name: string): string | undefined {
  const v = single(query, name);
  if (v !== undefined && (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)) {
    throw BadInputError.invalid(name, 'expected a date YYYY-MM-DD');
  }
  return v;
}

/** The GraphQL arguments from `?measures=HOURS,PEOPLE&groupBy=REGION,YEAR&from=…&to=…&region=…` (bad values: BadInputError naming the parameter). */
export function parseTrainingStatisticsQuery(query: Record<string, unknown>): TrainingStatisticsArgs {
  const measures = enumList(query, 'measures', StatisticsMeasure);
  if (!measures) throw new BadInputError('Ask for at least one measure.', 'measures');
  return {
    measures,
    groupBy: enumList(query, 'groupBy', StatisticsDimension) ?? [],
    filter: {
      from: date(query, 'from'),
      to: date(query, 'to'),
      regionCode: single(query, 'region'),
      unitId: single(query, 'unit'),
      sector: enumList(query, 'sector', Sector),
      category: enumList(query, 'category', CadreCategory),
      mode: enumList(query, 'mode', TrainingMode),
      verificationStatus: enumList(query, 'verificationStatus', VerificationStatus),
    },
  };
}

/** One CSV field (RFC 4180), defused against spreadsheet formulas (a text starting with = + - @ gets a leading '). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV document: BOM, header, one line per group (CRLF); per dimension a code (or id) column and a name column. */
export function trainingStatisticsCsv(args: Pick<TrainingStatisticsArgs, 'measures' | 'groupBy'>, rows: readonly TrainingStatisticsRow[]): string {
  const { measures, groupBy } = args;
  const header = [
    ...groupBy.flatMap((d) => [`${DIMENSION_HEADER[d]}代码 ${d.toLowerCase()}_code`, `${DIMENSION_HEADER[d]} ${d.toLowerCase()}`]),
    ...measures.map((m) => MEASURE_COLUMN[m].header),
  ];
  const lines = rows.map((r) => {
    const keys = r.keys as Record<string, { id: string | null; code: string | null; label: string } | null | undefined>;
    return [
      ...groupBy.flatMap((d) => {
        const k = keys[keyField(d)];
        return [csvField(k?.id ?? k?.code), csvField(k?.label)];
      }),
      ...measures.map((m) => csvField(r[MEASURE_COLUMN[m].field])),
    ].join(',');
  });
  return `\uFEFF${[header.map(csvField).join(','), ...lines].join('\r\n')}\r\n`;
}
